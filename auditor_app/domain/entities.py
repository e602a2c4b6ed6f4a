"""The entity types of an audit and their fields: the one description the log, cache and services share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

from auditor_app.domain import vocab


class Kind(Enum):
    TEXT = "text"  # free text: concurrent edits are never auto-merged
    SHORT = "short"  # one-line text
    CHOICE = "choice"
    DATE = "date"  # ISO 8601 date or date-time text
    INT = "int"
    BOOL = "bool"
    REF = "ref"  # id of another entity
    LIST = "list"  # list of one-line texts
    JSON = "json"  # structured value written by the application


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    kind: Kind
    choices: tuple[str, ...] = ()
    max_length: int = 200_000
    auto_merge: bool = False  # bookkeeping (who/when): concurrent values take the deterministic winner

    def validate(self, value: Any) -> Any:
        """Return the value to store, or raise ValueError saying what is wrong with it."""
        if value is None:
            return None
        kind = self.kind
        if kind in (Kind.TEXT, Kind.SHORT, Kind.REF):
            if not isinstance(value, str):
                raise ValueError(f"{self.name}: expected text, got {type(value).__name__}")
            if len(value) > self.max_length:
                raise ValueError(f"{self.name}: longer than {self.max_length} characters")
            if kind is Kind.SHORT and ("\n" in value or "\r" in value):
                value = " ".join(value.split())
            return value
        if kind is Kind.CHOICE:
            if value not in self.choices:
                raise ValueError(f"{self.name}: {value!r} is not one of {', '.join(self.choices)}")
            return value
        if kind is Kind.DATE:
            if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
                raise ValueError(f"{self.name}: {value!r} is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
            return value
        if kind is Kind.INT:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{self.name}: expected a whole number, got {value!r}")
            return value
        if kind is Kind.BOOL:
            if not isinstance(value, bool):
                raise ValueError(f"{self.name}: expected true or false, got {value!r}")
            return value
        if kind is Kind.LIST:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"{self.name}: expected a list of texts")
            return value
        return value


_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?")


@dataclass(frozen=True, slots=True)
class EntitySpec:
    name: str
    fields: tuple[FieldSpec, ...]
    label: str

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(f"{self.name} has no field {name!r}")

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


def _choices(enum: type[Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in enum)


def _f(name: str, kind: Kind = Kind.SHORT, choices: tuple[str, ...] = (), auto_merge: bool = False) -> FieldSpec:
    return FieldSpec(name, kind, choices, auto_merge=auto_merge)


AUDIT = EntitySpec("audit", (
    _f("title"), _f("client"), _f("sites", Kind.LIST), _f("scope", Kind.TEXT),
    _f("audit_type", Kind.CHOICE, _choices(vocab.AuditType)), _f("start_date", Kind.DATE),
    _f("end_date", Kind.DATE), _f("objectives", Kind.TEXT), _f("criteria", Kind.TEXT), _f("language"),
    _f("confidentiality"), _f("grading_scheme"), _f("report_number"), _f("report_revision"),
    _f("conclusions", Kind.TEXT), _f("recommendation", Kind.TEXT), _f("diverging_opinions", Kind.TEXT),
    _f("plan_deviations", Kind.TEXT),
    # Since file format 3: what ISO/IEC 17021-1 9.4.8 and 9.6.2.2 add to a report.
    _f("client_representative"), _f("client_representative_role"), _f("changes_since_last", Kind.TEXT),
    _f("certification_marks", Kind.TEXT), _f("objectives_met", Kind.CHOICE, _choices(vocab.ObjectivesMet)),
    _f("objectives_comment", Kind.TEXT),
    _f("recommendation_decision", Kind.CHOICE, _choices(vocab.RecommendationDecision)),
    # Since file format 4: the certification cycle. The audit this one follows (id, and a label for reports),
    # the chain of audits of one client's certification (the first audit's id, carried), what the earlier
    # audits of the chain covered (JSON, services/cycle.py), Stage 1's conclusion on readiness for Stage 2,
    # and the audit time set at the application review (IAF MD 5), in auditor-days as decimal text.
    _f("previous_audit_id"), _f("previous_audit"), _f("chain_id"), _f("cycle_history", Kind.JSON),
    _f("stage2_readiness", Kind.CHOICE, _choices(vocab.Readiness)), _f("stage2_readiness_comment", Kind.TEXT),
    _f("planned_auditor_days"),
    # Since file format 5: the name of the certification body's Word template (services/template_library.py) the
    # report uses; empty: the preferences' default, else the built-in one.
    _f("report_template"),
), "Audit details")

TEAM_MEMBER = EntitySpec("team_member", (
    _f("name"), _f("role", Kind.CHOICE, _choices(vocab.TeamRole)), _f("organisation"), _f("email"),
), "Team member")

CHECKLIST = EntitySpec("checklist", (
    _f("key"), _f("title"), _f("standard"), _f("edition"), _f("content", Kind.JSON),
), "Checklist")

CLAUSE = EntitySpec("clause", (
    _f("result", Kind.CHOICE, _choices(vocab.ClauseResult)), _f("justification", Kind.TEXT),
    _f("audited_by", auto_merge=True), _f("audited_at", Kind.DATE, auto_merge=True),
), "Clause")

NOTE = EntitySpec("note", (
    _f("clause_id", Kind.REF), _f("kind", Kind.CHOICE, _choices(vocab.NoteKind)), _f("text", Kind.TEXT),
    _f("person_id", Kind.REF), _f("place"), _f("document_ref"), _f("document_revision"),
    _f("population"), _f("sample_method"), _f("sample_size", Kind.INT), _f("sample_items", Kind.TEXT),
    _f("internal", Kind.BOOL), _f("recorded_at", Kind.DATE),
), "Note")

PERSON = EntitySpec("person", (
    _f("name"), _f("role"), _f("department"), _f("organisation"), _f("contact"),
), "Person")

EVIDENCE = EntitySpec("evidence", (
    _f("sha256"), _f("filename"), _f("mime"), _f("size", Kind.INT), _f("caption", Kind.TEXT),
    _f("taken_at", Kind.DATE), _f("camera"), _f("clause_id", Kind.REF), _f("note_id", Kind.REF),
    _f("width", Kind.INT), _f("height", Kind.INT), _f("rotation", Kind.INT),
    # Since file format 2: drawn annotations (JSON, applied over the original, never into it) and, once the
    # stored file has been replaced by a reduced copy, the SHA-256 of the original as taken.
    _f("annotations", Kind.JSON), _f("original_sha256"),
), "Evidence")

FINDING = EntitySpec("finding", (
    _f("ref"), _f("grade"), _f("requirement", Kind.TEXT), _f("evidence_text", Kind.TEXT),
    _f("statement", Kind.TEXT), _f("location"), _f("process"),
    _f("status", Kind.CHOICE, _choices(vocab.FindingStatus)), _f("root_cause", Kind.TEXT),
    _f("correction", Kind.TEXT), _f("corrective_action", Kind.TEXT), _f("action_owner"),
    _f("due_date", Kind.DATE), _f("verified_by"), _f("closed_at", Kind.DATE),
    # Since file format 3: what a rule-based grade was computed from (GHTF N19's factors), for reports.
    _f("grading_basis", Kind.JSON),
    # Since file format 4: the previous finding (carried item) a not-effective verification raised this one for.
    _f("follow_up_of", Kind.REF),
), "Finding")

# Since file format 4: what an audit takes over from the one before it, to verify or check (17021-1 9.6.2.2,
# 9.3.1.2). The origin is copied, not referenced: the earlier file is not at hand on site.
CARRIED = EntitySpec("carried", (
    _f("kind", Kind.CHOICE, _choices(vocab.CarriedKind)), _f("origin_audit_id"), _f("origin_audit"),
    _f("origin_id"), _f("ref"), _f("grade"), _f("statement", Kind.TEXT), _f("requirement", Kind.TEXT),
    _f("clause_refs", Kind.LIST), _f("origin_status"), _f("due_date", Kind.DATE), _f("client_response", Kind.TEXT),
    _f("verification", Kind.CHOICE, _choices(vocab.Verification)), _f("verification_evidence", Kind.TEXT),
    _f("verified_by"), _f("verified_on", Kind.DATE), _f("follow_up_id", Kind.REF),
), "Item from a previous audit")

# Since file format 4: a Stage 1 area of concern (17021-1 9.3.1.2.3), which could be a nonconformity at Stage 2.
CONCERN = EntitySpec("concern", (
    _f("statement", Kind.TEXT), _f("clause_refs", Kind.LIST), _f("area"), _f("raised_by"), _f("raised_at", Kind.DATE),
), "Area of concern")

# Since file format 4: time an auditor actually spent on the audit on one day (IAF MD 5), against the plan.
TIME_RECORD = EntitySpec("time_record", (
    _f("auditor"), _f("day", Kind.DATE), _f("minutes", Kind.INT), _f("on_site", Kind.BOOL), _f("activity"),
), "Audit time")

# Since file format 6: each report issued to the client (17021-1 9.4.8), so that an issued revision stays as
# issued: its file's hash, how it was made, and the signature on it, if any (PAdES). A re-issue is a new one.
ISSUED_REPORT = EntitySpec("issued_report", (
    _f("revision"), _f("file_format"), _f("profile"), _f("language"), _f("file_name"), _f("sha256"),
    _f("size", Kind.INT), _f("signed", Kind.BOOL), _f("signer"), _f("signer_role"), _f("certificate_subject"),
    _f("certificate_sha256"), _f("issued_at", Kind.DATE), _f("issued_by"), _f("note", Kind.TEXT),
), "Issued report")

# Since file format 6: a signature the auditee's representative gave on the screen, on site: the image is an
# evidence blob (by its SHA-256), the statement is the text they were shown when signing, word for word.
SIGNOFF = EntitySpec("signoff", (
    _f("kind", Kind.CHOICE, _choices(vocab.SignoffKind)), _f("meeting_id", Kind.REF), _f("signer_name"),
    _f("signer_role"), _f("organisation"), _f("statement", Kind.TEXT), _f("finding_refs", Kind.LIST),
    _f("image_sha256"), _f("signed_at", Kind.DATE), _f("recorded_by"),
), "Sign-off")

# Since file format 6: who may sign this audit's operations. One per copy (replica): its id is the replica id.
# The lead's own record (`lead` true) is signed by that key itself and anchors trust; each member's binding is
# written by the lead at hand-over and signed by the lead's key (services/trust.py).
SIGNER = EntitySpec("signer", (
    _f("member"), _f("public_key"), _f("lead", Kind.BOOL),
), "Signing key")

LINK = EntitySpec("link", (
    _f("kind", Kind.CHOICE, _choices(vocab.LinkKind)), _f("source_id", Kind.REF), _f("target_id", Kind.REF),
), "Link")

PLAN_ROW = EntitySpec("plan_row", (
    _f("day", Kind.DATE), _f("start"), _f("end"), _f("process"), _f("clauses"), _f("auditor"),
    _f("auditee"), _f("location"),
), "Audit plan row")

MEETING = EntitySpec("meeting", (
    _f("kind", Kind.CHOICE, _choices(vocab.MeetingKind)), _f("held_at", Kind.DATE), _f("location"),
    _f("notes", Kind.TEXT), _f("acknowledgement", Kind.TEXT),
), "Meeting")

ATTENDEE = EntitySpec("attendee", (
    _f("meeting_id", Kind.REF), _f("name"), _f("organisation"), _f("role"), _f("present", Kind.BOOL),
), "Attendee")

ENTITIES: dict[str, EntitySpec] = {
    spec.name: spec
    for spec in (AUDIT, TEAM_MEMBER, CHECKLIST, CLAUSE, NOTE, PERSON, EVIDENCE, FINDING, LINK, PLAN_ROW,
                 MEETING, ATTENDEE, CARRIED, CONCERN, TIME_RECORD, ISSUED_REPORT, SIGNOFF, SIGNER)
}


def spec_for(entity_type: str) -> EntitySpec:
    try:
        return ENTITIES[entity_type]
    except KeyError:
        raise KeyError(f"unknown entity type {entity_type!r}") from None
