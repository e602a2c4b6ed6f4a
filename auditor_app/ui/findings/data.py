"""What the findings views read from the open audit: the clause catalogue, the findings, their cited items."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from auditor_app.domain import grading
from auditor_app.domain.records import ChecklistInfo, ClauseRecord, EvidenceRecord, FindingRecord, NoteRecord
from auditor_app.services import queries
from auditor_app.ui.grades import MINOR_GRADES
from auditor_app.ui.models.clause_nodes import standard_label
from auditor_app.ui.open_audit import Reader


@dataclass(frozen=True, slots=True)
class ClauseInfo:
    id: str
    number: str
    title: str
    standard: str  # "ISO 9001:2015"

    @property
    def short_standard(self) -> str:
        """ "ISO 9001": the edition is clear from the audit, and tables have little room."""
        return re.sub(r":\d{4}$", "", self.standard)

    @property
    def heading(self) -> str:
        return f"{self.number} {self.title}".strip()


def _padded(text: str) -> str:
    return re.sub(r"\d+", lambda m: m.group().zfill(6), text)


class Catalogue:
    """The audit's clauses by id, and how to name them: by number alone while only one standard is audited."""

    def __init__(self, checklists: Iterable[ChecklistInfo] = (), records: Iterable[ClauseRecord] = ()) -> None:
        standards = {info.key: standard_label(info) for info in checklists}
        self.by_id: dict[str, ClauseInfo] = {
            r.id: ClauseInfo(r.id, r.number or "", r.title or "", standards.get(r.checklist_key, r.checklist_key or ""))
            for r in records}
        self.several_standards = len({c.standard for c in self.by_id.values()}) > 1

    def get(self, clause_id: str) -> ClauseInfo | None:
        return self.by_id.get(clause_id)

    def number(self, clause_id: str) -> str:
        """ "8.5.1", or "ISO 14001 8.2" in an integrated audit."""
        info = self.by_id.get(clause_id)
        if info is None:
            return "?"
        return f"{info.short_standard} {info.number}" if self.several_standards else info.number

    def numbers(self, clause_ids: Sequence[str]) -> str:
        return ", ".join(self.number(c) for c in self.ordered(clause_ids))

    def sort_key(self, clause_id: str) -> str:
        """ISO 9001 before ISO 14001, then 8.9 before 8.10: every number in it compares as a number."""
        info = self.by_id.get(clause_id)
        return _padded(f"{info.standard}|{info.number}") if info is not None else "~"

    def ordered(self, clause_ids: Sequence[str]) -> list[str]:
        """References in checklist order (links made together have no order of their own)."""
        return sorted(clause_ids, key=self.sort_key)

    def full_label(self, clause_id: str) -> str:
        """ "8.5.1 Control of production and service provision — ISO 9001:2015" (for lists and completers)."""
        info = self.by_id.get(clause_id)
        return f"{info.heading} — {info.standard}" if info is not None else clause_id

    def matching(self, text: str) -> list[str]:
        """Clause ids a typed reference means: a completer entry, or a clause number (in any standard)."""
        text = text.strip()
        exact = [c for c in self.by_id if self.full_label(c) == text]
        if exact:
            return exact
        number = text.split()[0] if text else ""
        return [c.id for c in self.by_id.values() if c.number == number]


class FindingsData:
    """One read of the findings and of the clauses they cite, refreshed when an edit touches them."""

    def __init__(self, read: Reader | None = None) -> None:
        self._read = read  # the open audit's owner's read (None: no audit)
        self.scheme = grading.DEFAULT
        self.catalogue = Catalogue()
        self.findings: list[FindingRecord] = []
        self._notes: dict[str, NoteRecord] | None = None
        self._evidence: dict[str, EvidenceRecord] | None = None
        if read is not None:
            self.reload_audit()

    def reload_audit(self) -> None:
        read = self._read
        if read is None:
            return
        self.scheme = grading.scheme(read(queries.details).grading_scheme)
        self.catalogue = Catalogue(read(queries.checklists), read(queries.clauses))
        self.reload_findings()

    def reload_findings(self) -> None:
        self.findings = self._read(queries.findings) if self._read is not None else []
        self._notes = self._evidence = None  # cited items are read again when next needed

    def finding(self, finding_id: str | None) -> FindingRecord | None:
        return next((f for f in self.findings if f.id == finding_id), None)

    def on_clause(self, clause_id: str | None) -> list[FindingRecord]:
        return [f for f in self.findings if clause_id in f.clause_ids]

    def minors_on(self, clause_id: str, excluding: str | None = None) -> int:
        return sum(1 for f in self.on_clause(clause_id) if f.grade in MINOR_GRADES and f.id != excluding)

    # -- the items a finding can cite --------------------------------------------------------------------
    def notes_of(self, clause_ids: Sequence[str]) -> list[NoteRecord]:
        return [n for n in self.all_notes().values() if n.clause_id in clause_ids]

    def evidence_of(self, clause_ids: Sequence[str]) -> list[EvidenceRecord]:
        return [e for e in self.all_evidence().values() if e.clause_id in clause_ids]

    def all_notes(self) -> dict[str, NoteRecord]:
        if self._notes is None:
            self._notes = {n.id: n for n in self._read(queries.notes)} if self._read is not None else {}
        return self._notes

    def all_evidence(self) -> dict[str, EvidenceRecord]:
        if self._evidence is None:
            self._evidence = {e.id: e for e in self._read(queries.evidence)} if self._read is not None else {}
        return self._evidence

    def related(self, clause_id: str) -> list[str]:
        """The corresponding clauses of the audit's other standards (cross-walk)."""
        if self._read is None:
            return []
        return [c.id for c in self._read(queries.related_clauses, clause_id)]
