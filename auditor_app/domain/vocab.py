"""The audit vocabulary: audit types, clause results, note kinds, roles, finding statuses."""

from __future__ import annotations

from enum import StrEnum


class AuditType(StrEnum):
    GAP_ANALYSIS = "gap_analysis"
    INTERNAL = "internal"
    SUPPLIER = "supplier"
    STAGE1 = "stage1"
    STAGE2 = "stage2"
    SURVEILLANCE = "surveillance"
    RECERTIFICATION = "recertification"
    SPECIAL = "special"


AUDIT_TYPE_LABELS = {
    AuditType.GAP_ANALYSIS: "Gap analysis",
    AuditType.INTERNAL: "Internal audit",
    AuditType.SUPPLIER: "Supplier audit",
    AuditType.STAGE1: "Stage 1",
    AuditType.STAGE2: "Stage 2",
    AuditType.SURVEILLANCE: "Surveillance",
    AuditType.RECERTIFICATION: "Recertification",
    AuditType.SPECIAL: "Special audit",
}


class ClauseResult(StrEnum):
    NOT_AUDITED = "not_audited"
    CONFORMING = "conforming"
    NONCONFORMITY = "nonconformity"
    OBSERVATION = "observation"
    OFI = "ofi"
    NOT_APPLICABLE = "not_applicable"


RESULT_LABELS = {
    ClauseResult.NOT_AUDITED: "Not yet audited",
    ClauseResult.CONFORMING: "Conforming",
    ClauseResult.NONCONFORMITY: "Nonconformity",
    ClauseResult.OBSERVATION: "Observation",
    ClauseResult.OFI: "Opportunity for improvement",
    ClauseResult.NOT_APPLICABLE: "Not applicable",
}


class NoteKind(StrEnum):
    INTERVIEW = "interview"
    OBSERVATION = "observation"
    DOCUMENT = "document"
    SAMPLING = "sampling"
    GENERAL = "general"


class TeamRole(StrEnum):
    LEAD = "lead"
    AUDITOR = "auditor"
    TECHNICAL_EXPERT = "technical_expert"
    OBSERVER = "observer"
    TRAINEE = "trainee"


class FindingStatus(StrEnum):
    OPEN = "open"
    CORRECTION_PROPOSED = "correction_proposed"
    ACTION_ACCEPTED = "action_accepted"
    VERIFIED_CLOSED = "verified_closed"
    WITHDRAWN = "withdrawn"


class MeetingKind(StrEnum):
    OPENING = "opening"
    CLOSING = "closing"


class LinkKind(StrEnum):
    FINDING_CLAUSE = "finding_clause"  # a finding refers to a clause (one or more, across standards)
    FINDING_EVIDENCE = "finding_evidence"  # a finding cites an evidence file
    FINDING_NOTE = "finding_note"  # a finding cites a note as objective evidence


ROLE_LABELS = {"lead": "Lead auditor", "auditor": "Auditor", "technical_expert": "Technical expert",
               "observer": "Observer", "trainee": "Trainee auditor"}
NOTE_KIND_LABELS = {"interview": "Interview", "observation": "Observation", "document": "Document review",
                    "sampling": "Sampling", "general": "Note"}
STATUS_LABELS = {"open": "Open", "correction_proposed": "Correction proposed",
                 "action_accepted": "Action plan accepted", "verified_closed": "Verified and closed",
                 "withdrawn": "Withdrawn"}
# What the client answers (through the workbook); accepting, verifying and withdrawing are the auditor's decisions.
CLIENT_STATUSES = (FindingStatus.OPEN.value, FindingStatus.CORRECTION_PROPOSED.value)
CLOSED_STATUSES = (FindingStatus.VERIFIED_CLOSED.value, FindingStatus.WITHDRAWN.value)
MEETING_LABELS = {"opening": "Opening meeting", "closing": "Closing meeting"}
