"""Stored values this version does not know (a newer version's, or a hand-edited file's), and where they are."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from auditor_app.domain import grading, vocab
from auditor_app.domain import records as rec


@dataclass(frozen=True, slots=True)
class UnknownValue:
    entity_type: str
    entity_id: str
    where: str  # how the user knows the entity: "clause 7.1.5", "finding NC-01", "the audit"
    field: str
    value: str  # as stored (text, or the JSON of another type)

    @property
    def message(self) -> str:
        what = _WHAT.get(self.field, self.field.replace("_", " "))
        article = "an" if what[0] in "aeiou" else "a"
        return (f"{self.where} has {article} {what} this version does not know: {self.value}; "
                "the report prints it as it is")


_WHAT = {"audit_type": "audit type", "grading_scheme": "grading scheme", "objectives_met": "answer to whether the "
         "objectives were met", "recommendation_decision": "recommendation decision"}
_AUDIT_TYPES: Mapping[str, str] = {str(k): v for k, v in vocab.AUDIT_TYPE_LABELS.items()}
_RESULTS: Mapping[str, str] = {str(k): v for k, v in vocab.RESULT_LABELS.items()}


def find(details: rec.AuditDetails, *, team: Iterable[rec.TeamMember] = (), clauses: Iterable[rec.ClauseRecord] = (),
         notes: Iterable[rec.NoteRecord] = (), findings: Iterable[rec.FindingRecord] = (),
         meetings: Iterable[rec.Meeting] = ()) -> list[UnknownValue]:
    """Every choice field whose value has no label here, in a stable order (audit, team, clauses, notes,
    findings, meetings); an empty value is not unknown, only missing."""
    out: list[UnknownValue] = []

    def check(labels: Mapping[str, str], value: object, entity_type: str, entity_id: str, where: str,
              field: str) -> None:
        if value not in (None, "") and not vocab.is_known(labels, value):
            out.append(UnknownValue(entity_type, entity_id, where, field, vocab.as_text(value)))

    check(_AUDIT_TYPES, details.audit_type, "audit", details.id, "the audit", "audit_type")
    check({k: k for k in grading.SCHEMES}, details.grading_scheme, "audit", details.id, "the audit", "grading_scheme")
    check(vocab.OBJECTIVES_MET_LABELS, details.objectives_met, "audit", details.id, "the audit", "objectives_met")
    check(vocab.DECISION_LABELS, details.recommendation_decision, "audit", details.id, "the audit",
          "recommendation_decision")
    scheme = grading.scheme(details.grading_scheme if isinstance(details.grading_scheme, str) else None)
    grades = {g.key: g.label for g in scheme.grades}
    for m in team:
        check(vocab.ROLE_LABELS, m.role, "team_member", m.id, f"team member {vocab.as_text(m.name or '?')}", "role")
    numbers = {}
    for c in clauses:
        numbers[c.id] = c.number
        check(_RESULTS, c.result, "clause", c.id, f"clause {c.number}", "result")
    for n in notes:
        number = numbers.get(n.clause_id or "")
        check(vocab.NOTE_KIND_LABELS, n.kind, "note", n.id, f"a note on clause {number}" if number else "a note",
              "kind")
    for f in findings:
        where = f"finding {vocab.as_text(f.ref)}" if f.ref else "a finding"
        check(grades, f.grade, "finding", f.id, where, "grade")
        check(vocab.STATUS_LABELS, f.status, "finding", f.id, where, "status")
    for meeting in meetings:
        check(vocab.MEETING_LABELS, meeting.kind, "meeting", meeting.id, "a meeting", "kind")
    return out
