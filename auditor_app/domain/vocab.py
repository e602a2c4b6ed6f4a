"""The audit vocabulary: audit types, clause results, note kinds, roles, finding statuses."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any


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


class ObjectivesMet(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class RecommendationDecision(StrEnum):
    RECOMMEND = "recommend"
    RECOMMEND_AFTER_CORRECTIONS = "recommend_after_corrections"
    DO_NOT_RECOMMEND = "do_not_recommend"
    NOT_APPLICABLE = "not_applicable"


class Readiness(StrEnum):
    """ISO/IEC 17021-1 9.3.1.2: the Stage 1 conclusion on the client's readiness for Stage 2."""

    READY = "ready"
    READY_WITH_CONCERNS = "ready_with_concerns"
    NOT_READY = "not_ready"


class CarriedKind(StrEnum):
    PREVIOUS_FINDING = "previous_finding"  # a finding of an earlier audit still open, to verify
    STAGE1_CONCERN = "stage1_concern"  # an area of concern from Stage 1, to check at Stage 2


class Verification(StrEnum):
    EFFECTIVE = "effective"
    PARTLY = "partly"
    NOT_EFFECTIVE = "not_effective"


class MeetingKind(StrEnum):
    OPENING = "opening"
    CLOSING = "closing"


class SignoffKind(StrEnum):
    """What the auditee's representative signs on the laptop's screen (since file format 6)."""

    CLOSING_ATTENDANCE = "closing_attendance"  # was present at the closing meeting
    FINDINGS_ACKNOWLEDGEMENT = "findings_acknowledgement"  # the findings were presented and understood


class LinkKind(StrEnum):
    FINDING_CLAUSE = "finding_clause"  # a finding refers to a clause (one or more, across standards)
    FINDING_EVIDENCE = "finding_evidence"  # a finding cites an evidence file
    FINDING_NOTE = "finding_note"  # a finding cites a note as objective evidence
    # Since file format 4: what a previous finding's or Stage 1 concern's verification rests on.
    CARRIED_NOTE = "carried_note"
    CARRIED_EVIDENCE = "carried_evidence"


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
# ISO/IEC 17021-1 9.4.8.2: the report confirms the audit objectives were fulfilled, or says why not.
OBJECTIVES_MET_LABELS = {"yes": "Yes, fulfilled", "partly": "Partly fulfilled", "no": "Not fulfilled"}
DECISION_LABELS = {"recommend": "Recommended for certification",
                   "recommend_after_corrections": "Recommended once corrections and corrective actions are accepted",
                   "do_not_recommend": "Not recommended for certification", "not_applicable": "Not applicable"}
# Both of these recommend certification, so an open major nonconformity contradicts them.
RECOMMENDING = (RecommendationDecision.RECOMMEND.value, RecommendationDecision.RECOMMEND_AFTER_CORRECTIONS.value)
READINESS_LABELS = {"ready": "Ready for Stage 2", "ready_with_concerns": "Ready for Stage 2, with areas of concern",
                    "not_ready": "Not ready for Stage 2"}
CARRIED_KIND_LABELS = {"previous_finding": "Previous finding", "stage1_concern": "Stage 1 area of concern"}
VERIFICATION_LABELS = {"effective": "Effective", "partly": "Partly effective", "not_effective": "Not effective"}
# A Stage 1 concern is checked rather than verified: the same three outcomes, in the words Stage 2 uses.
CONCERN_OUTCOME_LABELS = {"effective": "Resolved", "partly": "Partly resolved", "not_effective": "Not resolved"}
MEETING_LABELS = {"opening": "Opening meeting", "closing": "Closing meeting"}
SIGNOFF_KIND_LABELS = {"closing_attendance": "Attendance at the closing meeting",
                       "findings_acknowledgement": "Acknowledgement of the findings"}


# -- stored values this version may not know ----------------------------------------------------------------
# A newer version (or a hand-edited file) may carry a result, grade, status, type, role or kind this version
# has no label for, or a value of another JSON type. Readers show it as it is, marked, count it in a bucket
# of its own and sort it last: never dropped, never guessed, never a crash.
UNKNOWN_MARK = "unknown value"


def as_text(value: object) -> str:
    """A stored value as text: text as it is, anything else as its JSON."""
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError):
        return str(value)


def is_known(labels: Mapping[Any, str], value: object) -> bool:
    return isinstance(value, str) and value in labels


def marked(value: object, mark: str = UNKNOWN_MARK) -> str:
    """"partially_conforming (unknown value)": the raw value, marked as one this version does not know."""
    return f"{as_text(value)} ({mark})"


def label(labels: Mapping[Any, str], value: object, empty: str = "") -> str:
    """The label of a stored value; `empty` when there is none; an unknown value as it is, marked."""
    if value is None or value == "":
        return empty
    if isinstance(value, str):
        known = labels.get(value)
        if known is not None:
            return known
    return marked(value)


def key_or_marked(labels: Mapping[Any, str], value: object) -> str:
    """Where a listing shows stored keys ("lead", "interview"): a known key as it is, an unknown one marked."""
    if value is None or value == "" or is_known(labels, value):
        return "" if value is None else str(value)
    return marked(value)


def rank(order: Iterable[str], value: object) -> tuple[int, str]:
    """A sort key: the known values in `order`'s order, then unknown ones by their text."""
    keys = list(order)
    if isinstance(value, str) and value in keys:
        return (keys.index(value), "")
    return (len(keys), as_text(value))
