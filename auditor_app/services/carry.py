"""A new audit made from the previous one of a client's chain: what it carries over, and what it must verify."""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor_app.domain import checklist_diff, vocab
from auditor_app.domain import records as rec
from auditor_app.domain.checklist import Checklist, checklist_from_json
from auditor_app.errors import InputError
from auditor_app.services import audit, checklist_languages, cycle, integrity, library, queries
from auditor_app.services.session import AuditSession, new_id
from auditor_app.storage import cache_reads

if TYPE_CHECKING:
    from auditor_app.services import keys

# Carried items get ids from their source, so every copy made from the same previous audit (the lead's, or an
# auditor's made independently) holds the same item: merging them keeps one.
_NAMESPACE = uuid.UUID("8d0f3c52-5a53-4bd4-9f0e-0c6a52e1d7a4")
# The audit's fields that describe the client and the audit programme, not this visit's outcome.
CARRIED_DETAILS = ("client", "sites", "scope", "criteria", "objectives", "language", "confidentiality",
                   "grading_scheme", "client_representative", "client_representative_role", "planned_auditor_days",
                   "report_template")


# Strengths recorded as findings: nothing to verify at the next audit.
POSITIVE_GRADES = ("good_practice", "PF")


def carried_id(previous_audit_id: str, source_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{previous_audit_id}:{source_id}"))


@dataclass(frozen=True, slots=True)
class EditionOffer:
    """A checklist of the previous audit, and the library's newer or revised version of it if there is one."""

    previous: Checklist
    newer: Checklist | None
    diff: checklist_diff.ChecklistDiff | None

    def describe(self) -> str:
        prev = f"{self.previous.standard}:{self.previous.edition}"
        if self.newer is None or self.diff is None:
            return f"{prev} ({self.previous.key}): no other version in the library"
        target = f"{self.newer.standard}:{self.newer.edition} ({self.newer.key})"
        return f"{prev} ({self.previous.key}) → {target}: " + "; ".join(self.diff.summary())


@dataclass(frozen=True, slots=True)
class CarrySummary:
    previous: str  # the previous audit's label
    findings: int  # previous findings to verify
    concerns: int  # Stage 1 areas of concern to check
    team: int
    people: int
    plan_rows: int
    checklists: tuple[str, ...]  # "ISO 9001:2015 (iso9001-2015)", as loaded in the new audit
    updated: tuple[str, ...] = field(default=())  # EditionOffer.describe() of each checklist moved to a new version


def open_previous(path: Path | str, *, author: str) -> AuditSession:
    """The previous audit, read-only and checked: a damaged or altered file must not seed the next audit."""
    session = audit.open_audit(path, author=author, read_only=True)
    try:
        integrity.require_sound(session, "a new audit from it", evidence=False)
    except BaseException:
        session.close()
        raise
    return session


def label(details: rec.AuditDetails) -> str:
    """"Stage 2, 2026-03-02 to 2026-03-04, report R-2026-014": how reports and items name an audit."""
    kind = vocab.label(vocab.AUDIT_TYPE_LABELS, details.audit_type, "Audit")
    when = details.start_date or ""
    if details.end_date and details.end_date != details.start_date:
        when = f"{when} to {details.end_date}" if when else details.end_date
    parts = [kind, when, f"report {details.report_number}" if details.report_number else ""]
    return ", ".join(p for p in parts if p) or (details.title or details.id)


def checklists_of(session: AuditSession) -> list[Checklist]:
    """The checklists loaded in an audit, as they were loaded there (the edition it was audited against)."""
    with session.reading() as conn:
        contents = cache_reads.checklist_contents(conn)
    return [checklist_from_json(json.loads(content)) for content in contents if content]


def edition_offers(previous: list[Checklist]) -> list[EditionOffer]:
    """For each checklist: the library's version of the same key if it differs, else the newest other edition of
    the same standard; with what changed clause by clause."""
    offers = []
    for old in previous:
        newer = None
        same_key = [e for e in library.entries() if e.key == old.key]
        if same_key:  # in the language the previous audit used, where the library has it
            candidate = checklist_languages.get_or_original(old.key, old.language)[0]
            if candidate != old:
                newer = candidate
        if newer is None:
            others = [e for e in library.entries()
                      if _standard(e.standard) == _standard(old.standard) and e.key != old.key
                      and (e.edition or "") > (old.edition or "")]
            if others:
                newer = library.get(max(others, key=lambda e: e.edition or "").key)
        offers.append(EditionOffer(old, newer, checklist_diff.diff(old, newer) if newer is not None else None))
    return offers


def _standard(text: str | None) -> str:
    return " ".join((text or "").replace("ISO/IEC", "ISO").split()).casefold()


def carried_items(previous: AuditSession) -> list[tuple[str, dict[str, Any]]]:
    """(id, values) of every item the next audit takes over: findings not yet closed (corrections awaiting
    verification included; good practices are not carried), items carried into the previous audit and not found
    effective there (a follow-up finding raised for one is carried as a finding instead), and, after a Stage 1,
    its areas of concern."""
    details = queries.details(previous)
    origin = {"origin_audit_id": details.id, "origin_audit": label(details)}
    clause_refs = _clause_refs(previous)
    items: list[tuple[str, dict[str, Any]]] = []
    for f in queries.findings(previous):
        if f.status in vocab.CLOSED_STATUSES or f.grade in POSITIVE_GRADES:
            continue
        items.append((carried_id(details.id, f.id), {
            "kind": vocab.CarriedKind.PREVIOUS_FINDING.value, **origin, "origin_id": f.id, "ref": f.ref,
            "grade": f.grade, "statement": f.statement or f.evidence_text, "requirement": f.requirement,
            "clause_refs": [clause_refs[c] for c in f.clause_ids if c in clause_refs], "origin_status": f.status,
            "due_date": f.due_date, "client_response": client_response(f)}))
    for item in queries.carried(previous):
        if item.verification == vocab.Verification.EFFECTIVE.value or item.follow_up_id:
            continue
        values = {name: getattr(item, name) for name in (
            "kind", "origin_audit_id", "origin_audit", "origin_id", "ref", "grade", "statement", "requirement",
            "origin_status", "due_date", "client_response")}
        values["clause_refs"] = list(item.clause_refs)
        if item.verification:  # what the last verification found stays visible to the next verifier
            outcome = vocab.label(vocab.VERIFICATION_LABELS, item.verification)
            earlier = f"{label(details)}: {outcome}" + (f", {item.verification_evidence}"
                                                         if item.verification_evidence else "")
            values["client_response"] = "\n".join(t for t in (item.client_response, earlier) if t)
        items.append((carried_id(details.id, item.id), values))
    if details.audit_type == vocab.AuditType.STAGE1.value:
        for number, concern in enumerate(queries.concerns(previous), 1):
            items.append((carried_id(details.id, concern.id), {
                "kind": vocab.CarriedKind.STAGE1_CONCERN.value, **origin, "origin_id": concern.id,
                "ref": f"AC-{number:02d}",  # as Stage 1's report lists them (same order)
                "statement": concern.statement, "clause_refs": list(concern.clause_refs),
                "requirement": concern.area}))
    return items


def client_response(f: rec.FindingRecord) -> str | None:
    """What the client answered to a finding (root cause, correction, corrective action), as one text."""
    parts = [(title, value) for title, value in (
        ("Root cause", f.root_cause), ("Correction", f.correction), ("Corrective action", f.corrective_action),
        ("Action owner", f.action_owner)) if value and value.strip()]
    return "\n".join(f"{title}: {value.strip()}" for title, value in parts) or None


def _clause_refs(session: AuditSession) -> dict[str, str]:
    return {c.id: f"{c.checklist_key}#{c.number}" for c in queries.clauses(session) if c.checklist_key and c.number}


def new_from_previous(path: Path | str, previous_path: Path | str | AuditSession, *, author: str, audit_type: str,
                      title: str | None = None, start_date: str | None = None, end_date: str | None = None,
                      update: Collection[str] = (), signer: keys.Signer | None = None
                      ) -> tuple[AuditSession, CarrySummary]:
    """Create the next audit of the chain. `update` names checklists (their keys in the previous audit) to move to
    the library's newer version (edition_offers); the others are loaded exactly as the previous audit had them.
    `previous_path` may be the previous audit already opened with open_previous (the caller closes it)."""
    try:
        kind = vocab.AuditType(audit_type).value
    except ValueError:
        raise InputError(f"unknown audit type {audit_type!r}") from None
    for value, what in ((start_date, "start date"), (end_date, "end date")):
        if value:
            _day(value, what)
    given = isinstance(previous_path, AuditSession)
    previous = previous_path if isinstance(previous_path, AuditSession) else open_previous(previous_path, author=author)
    try:
        if given:  # checked already by open_previous (remembered per session), unless the caller opened it otherwise
            integrity.require_sound(previous, "a new audit from it", evidence=False)
        details = queries.details(previous)
        offers = edition_offers(checklists_of(previous))
        unknown = set(update) - {o.previous.key for o in offers}
        if unknown:
            raise InputError(f"checklist(s) {', '.join(sorted(unknown))} are not in the previous audit "
                             f"({', '.join(o.previous.key for o in offers)})")
        refused = [key for key in update if next(o for o in offers if o.previous.key == key).newer is None]
        if refused:
            raise InputError(f"the library has no other version of {', '.join(refused)}")
        chosen = [o.newer if (o.previous.key in update and o.newer is not None) else o.previous for o in offers]
        moved = {o.previous.key: o.newer for o in offers if o.previous.key in update and o.newer is not None}
        items = carried_items(previous)
        if moved:  # clause references follow the checklist to its new version, by clause number
            for _id, item in items:
                item["clause_refs"] = [_moved(ref, moved) for ref in item["clause_refs"]]
        team = [m for m in queries.team(previous) if (m.name or "").strip() and m.name != author]
        people = queries.people(previous)
        plan = queries.plan(previous)
        values: dict[str, Any] = {name: getattr(details, name) for name in CARRIED_DETAILS}
        values["sites"] = list(details.sites)
        values.update(audit_type=kind, start_date=start_date, end_date=end_date,
                      title=title or _title(details, kind, start_date), previous_audit_id=details.id,
                      previous_audit=label(details), chain_id=details.chain_id or details.id,
                      cycle_history=cycle.history_for_next(previous))
    finally:
        if not given:
            previous.close()
    days = _shifted_days(plan, start_date)

    def fill(session: AuditSession) -> None:
        with session.transaction() as tx:
            for m in team:
                # The author leads the new audit: an earlier lead joins it as an auditor, not as a second lead.
                role = vocab.TeamRole.AUDITOR.value if m.role == vocab.TeamRole.LEAD.value else m.role
                tx.create("team_member", new_id(), {"name": m.name, "role": role, "organisation": m.organisation,
                                                    "email": m.email})
            for p in people:
                tx.create("person", new_id(), {k: getattr(p, k) for k in ("name", "role", "department",
                                                                         "organisation", "contact")})
            for row in plan:
                tx.create("plan_row", new_id(), {
                    "day": days.get((row.day or "")[:10]), "start": row.start, "end": row.end, "process": row.process,
                    "clauses": row.clauses, "auditor": row.auditor, "auditee": row.auditee, "location": row.location})
            for item_id, item in items:
                tx.create("carried", item_id, {k: v for k, v in item.items() if v not in (None, "", [])})

    session = audit.create_audit(path, author=author, checklists=chosen, details=values, fill=fill, signer=signer)
    summary = CarrySummary(
        previous=values["previous_audit"], team=len(team) + 1, people=len(people), plan_rows=len(plan),
        findings=sum(1 for _i, v in items if v["kind"] == vocab.CarriedKind.PREVIOUS_FINDING.value),
        concerns=sum(1 for _i, v in items if v["kind"] == vocab.CarriedKind.STAGE1_CONCERN.value),
        checklists=tuple(f"{c.standard}:{c.edition} ({c.key})" for c in chosen),
        updated=tuple(o.describe() for o in offers if o.previous.key in moved))
    return session, summary


def _moved(ref: str, moved: dict[str, Checklist]) -> str:
    key, _sep, number = ref.partition("#")
    return f"{moved[key].key}#{number}" if key in moved else ref


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"{what} {text!r} is not a date (YYYY-MM-DD)") from None


def _title(details: rec.AuditDetails, kind: str, start_date: str | None) -> str:
    year = (start_date or date.today().isoformat())[:4]
    client = details.client or details.title or "Audit"
    return f"{client} – {vocab.AUDIT_TYPE_LABELS[vocab.AuditType(kind)]} {year}"


def _shifted_days(plan: list[rec.PlanRow], start_date: str | None) -> dict[str, str | None]:
    """The plan is a template: its first day moves to the new start date, the others keep their distance from it;
    without a start date the rows come without days."""
    distinct = sorted({row.day[:10] for row in plan if row.day and _is_day(row.day[:10])})
    if not start_date or not distinct:
        return {}
    shift = _day(start_date, "start date") - date.fromisoformat(distinct[0])
    return {day: (date.fromisoformat(day) + shift).isoformat() for day in distinct}


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
