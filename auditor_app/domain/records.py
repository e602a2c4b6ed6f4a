"""Plain, immutable data objects that cross from the services into the CLI, exporters and UI."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Provenance:
    created_at: str | None = None
    created_by: str | None = None
    updated_at: str | None = None
    updated_by: str | None = None
    conflicts: int = 0


@dataclass(frozen=True, slots=True)
class AuditDetails:
    id: str
    title: str | None = None
    client: str | None = None
    sites: tuple[str, ...] = ()
    scope: str | None = None
    audit_type: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    objectives: str | None = None
    criteria: str | None = None
    language: str | None = None
    confidentiality: str | None = None
    grading_scheme: str | None = None
    report_number: str | None = None
    report_revision: str | None = None
    conclusions: str | None = None
    recommendation: str | None = None
    diverging_opinions: str | None = None
    plan_deviations: str | None = None
    client_representative: str | None = None
    client_representative_role: str | None = None
    changes_since_last: str | None = None
    certification_marks: str | None = None
    objectives_met: str | None = None
    objectives_comment: str | None = None
    recommendation_decision: str | None = None
    previous_audit_id: str | None = None
    previous_audit: str | None = None
    chain_id: str | None = None
    cycle_history: str | None = None  # stored JSON text (decoded by services/cycle)
    stage2_readiness: str | None = None
    stage2_readiness_comment: str | None = None
    planned_auditor_days: str | None = None
    report_template: str | None = None  # a name in this computer's template library (services/template_library)
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class TeamMember:
    id: str
    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    email: str | None = None
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class ChecklistInfo:
    id: str
    key: str | None = None
    title: str | None = None
    standard: str | None = None
    edition: str | None = None
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class ClauseRecord:
    id: str
    checklist_key: str | None = None
    number: str | None = None
    title: str | None = None
    parent_number: str | None = None
    depth: int = 0
    position: int = 0
    questions: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    tags: tuple[tuple[str, str], ...] = ()
    result: str = "not_audited"
    justification: str | None = None
    audited_by: str | None = None
    audited_at: str | None = None
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class NoteRecord:
    id: str
    clause_id: str | None = None
    kind: str | None = None
    text: str | None = None
    person_id: str | None = None
    place: str | None = None
    document_ref: str | None = None
    document_revision: str | None = None
    population: str | None = None
    sample_method: str | None = None
    sample_size: int | None = None
    sample_items: str | None = None
    internal: bool = False
    recorded_at: str | None = None
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class PersonRecord:
    id: str
    name: str | None = None
    role: str | None = None
    department: str | None = None
    organisation: str | None = None
    contact: str | None = None
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class EvidenceRecord:
    id: str
    sha256: str | None = None
    filename: str | None = None
    mime: str | None = None
    size: int | None = None
    caption: str | None = None
    taken_at: str | None = None
    camera: str | None = None
    clause_id: str | None = None
    note_id: str | None = None
    width: int | None = None
    height: int | None = None
    rotation: int | None = None
    annotations: str | None = None  # the shapes as stored JSON text (decoded by services/annotations)
    original_sha256: str | None = None  # set when the stored file is a reduced copy of the original
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class FindingRecord:
    id: str
    ref: str | None = None
    grade: str | None = None
    requirement: str | None = None
    evidence_text: str | None = None
    statement: str | None = None
    location: str | None = None
    process: str | None = None
    status: str | None = None
    root_cause: str | None = None
    correction: str | None = None
    corrective_action: str | None = None
    action_owner: str | None = None
    due_date: str | None = None
    verified_by: str | None = None
    closed_at: str | None = None
    grading_basis: str | None = None  # stored JSON text (decoded by domain.n19.Factors.from_json)
    follow_up_of: str | None = None  # the carried item (previous finding) this one follows up
    clause_ids: tuple[str, ...] = ()
    evidence_ids: tuple[str, ...] = ()
    note_ids: tuple[str, ...] = ()
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class LinkRecord:
    id: str
    kind: str | None = None
    source_id: str | None = None
    target_id: str | None = None
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class PlanRow:
    id: str
    day: str | None = None
    start: str | None = None
    end: str | None = None
    process: str | None = None
    clauses: str | None = None
    auditor: str | None = None
    auditee: str | None = None
    location: str | None = None
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class Meeting:
    id: str
    kind: str | None = None
    held_at: str | None = None
    location: str | None = None
    notes: str | None = None
    acknowledgement: str | None = None
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class Attendee:
    id: str
    meeting_id: str | None = None
    name: str | None = None
    organisation: str | None = None
    role: str | None = None
    present: bool = True
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class CarriedRecord:
    """A previous finding or Stage 1 concern taken over from the audit before, with its verification here."""

    id: str
    kind: str | None = None
    origin_audit_id: str | None = None
    origin_audit: str | None = None
    origin_id: str | None = None
    ref: str | None = None
    grade: str | None = None
    statement: str | None = None
    requirement: str | None = None
    clause_refs: tuple[str, ...] = ()  # "checklist_key#number"
    origin_status: str | None = None
    due_date: str | None = None
    client_response: str | None = None
    verification: str | None = None
    verification_evidence: str | None = None
    verified_by: str | None = None
    verified_on: str | None = None
    follow_up_id: str | None = None
    note_ids: tuple[str, ...] = ()
    evidence_ids: tuple[str, ...] = ()
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class ConcernRecord:
    id: str
    statement: str | None = None
    clause_refs: tuple[str, ...] = ()
    area: str | None = None
    raised_by: str | None = None
    raised_at: str | None = None
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class TimeRecord:
    id: str
    auditor: str | None = None
    day: str | None = None
    minutes: int | None = None
    on_site: bool = True
    activity: str | None = None
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class IssuedReport:
    id: str
    revision: str | None = None
    file_format: str | None = None
    profile: str | None = None
    language: str | None = None
    file_name: str | None = None
    sha256: str | None = None
    size: int | None = None
    signed: bool = False
    signer: str | None = None
    signer_role: str | None = None
    certificate_subject: str | None = None
    certificate_sha256: str | None = None
    issued_at: str | None = None
    issued_by: str | None = None
    note: str | None = None
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class Signoff:
    id: str
    kind: str | None = None
    meeting_id: str | None = None
    signer_name: str | None = None
    signer_role: str | None = None
    organisation: str | None = None
    statement: str | None = None
    finding_refs: tuple[str, ...] = ()
    image_sha256: str | None = None
    signed_at: str | None = None
    recorded_by: str | None = None
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class Signer:
    id: str  # the copy's replica id
    member: str | None = None
    public_key: str | None = None
    lead: bool = False
    meta: Provenance = Provenance()


@dataclass(frozen=True, slots=True)
class Conflict:
    entity_type: str
    entity_id: str
    field: str
    kind: str
    heads: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    seq: int
    at: str
    author: str
    entity_type: str
    entity_id: str
    field: str
    value: Any
    superseded: int  # how many earlier versions this change replaced
    op_id: str
    signature: str = "unsigned"  # "signed by NAME (fingerprint)", "unsigned", or "NOT TRUSTED: why" (verified)


RECORD_TYPES: dict[str, type[Any]] = {
    "audit": AuditDetails, "team_member": TeamMember, "checklist": ChecklistInfo, "clause": ClauseRecord,
    "note": NoteRecord, "person": PersonRecord, "evidence": EvidenceRecord, "finding": FindingRecord,
    "link": LinkRecord, "plan_row": PlanRow, "meeting": Meeting, "attendee": Attendee,
    "carried": CarriedRecord, "concern": ConcernRecord, "time_record": TimeRecord,
    "issued_report": IssuedReport, "signoff": Signoff, "signer": Signer,
}

_PROVENANCE = ("created_at", "created_by", "updated_at", "updated_by", "conflicts")
_JSON_TUPLES = {"sites", "questions", "evidence", "clause_refs", "finding_refs"}
_NUMBERS = {"sample_size", "size", "width", "height", "rotation", "minutes"}  # whole-number fields the log fills


_NAMES: dict[type[Any], tuple[str, ...]] = {}


def _names(cls: type[Any]) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def from_row(cls: type[T], row: Any, **extra: Any) -> T:
    """Build a record from a cache row mapping, decoding JSON columns and defaulting missing values."""
    # A plain dict of the row: RowMapping.get goes through the generic Mapping machinery, ~1 µs a field.
    fields = getattr(row, "_fields", None)  # a property on SQLAlchemy rows: read it once
    mapping = dict(zip(fields, row, strict=True)) if fields is not None else row
    values: dict[str, Any] = {}
    for name in _names(cls):  # field names worked out once per record type: exports read 20,000 rows
        if name == "meta":
            values["meta"] = Provenance(mapping.get("created_at"), mapping.get("created_by"), mapping.get("updated_at"),
                                        mapping.get("updated_by"), int(mapping.get("conflicts") or 0))
            continue
        if name in extra:
            values[name] = extra[name]
            continue
        raw = mapping.get(name)
        if raw is None:
            continue
        if name in _JSON_TUPLES and isinstance(raw, str):
            raw = _texts(json.loads(raw))
        elif name == "tags" and isinstance(raw, str):
            raw = tuple(sorted(json.loads(raw).items()))
        elif name in ("internal", "present", "on_site", "signed"):
            raw = bool(raw)
        elif name in _NUMBERS and (isinstance(raw, bool) or not isinstance(raw, int)):
            continue  # a hand-edited file's text or fraction where a whole number belongs: read as not given
        values[name] = raw
    return cls(**values)


def _texts(value: Any) -> tuple[str, ...]:
    # A list of texts as stored; a hand-edited file may hold one text, or numbers, in its place: shown as text.
    items = value if isinstance(value, list) else [value]
    return tuple(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in items)
