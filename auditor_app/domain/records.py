"""Plain, immutable data objects that cross from the services into the CLI, exporters and UI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Defined in first_records (start-up imports only those) and part of this module's records like the others.
from auditor_app.domain.first_records import AuditDetails as AuditDetails
from auditor_app.domain.first_records import ChecklistInfo as ChecklistInfo
from auditor_app.domain.first_records import ClauseRecord as ClauseRecord
from auditor_app.domain.first_records import Provenance as Provenance
from auditor_app.domain.first_records import from_row as from_row


@dataclass(frozen=True, slots=True)
class TeamMember:
    id: str
    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    email: str | None = None
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
