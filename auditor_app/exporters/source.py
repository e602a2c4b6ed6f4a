"""What the exporters read: a structural type that the services' ReportData satisfies (no services import)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Protocol

from auditor_app.domain import grading
from auditor_app.domain import records as rec
from auditor_app.domain.cycle_coverage import CycleCoverage
from auditor_app.domain.time_summary import TimeSummary
from auditor_app.exporters.wording import Wording


@dataclass(frozen=True, slots=True)
class Branding:
    """Who issues the report: the auditing organisation's name and its logo, already re-encoded from pixels
    (a PNG without metadata, at most LOGO_EDGE pixels on its long side; None when no usable logo is set)."""

    organisation: str = ""
    logo: bytes | None = None


LOGO_EDGE = 1200  # pixels: sharp at 300 dpi across the 70 mm the cover gives a logo
# What services/audit.py stores as a new audit's confidentiality: the marking's meaning, not words a user typed.
DEFAULT_MARKING = "Confidential"


def marking_text(t: Wording, stored: str) -> str:
    """The confidentiality marking as printed: none, or the stored default, in the report's words; anything a user
    typed as typed (a German "Streng vertraulich" is not English to translate)."""
    typed = stored.strip()
    return t.label("Confidential") if not typed or typed == DEFAULT_MARKING else stored


class ReportSource(Protocol):
    """The fields and helpers of services.report_data.ReportData that the PDF and the workbook use."""

    @property
    def details(self) -> rec.AuditDetails: ...
    @property
    def team(self) -> tuple[rec.TeamMember, ...]: ...
    @property
    def checklists(self) -> tuple[rec.ChecklistInfo, ...]: ...
    @property
    def clauses(self) -> tuple[rec.ClauseRecord, ...]: ...
    @property
    def notes(self) -> tuple[rec.NoteRecord, ...]: ...
    @property
    def people(self) -> dict[str, rec.PersonRecord]: ...
    @property
    def evidence(self) -> tuple[rec.EvidenceRecord, ...]: ...
    @property
    def findings(self) -> tuple[rec.FindingRecord, ...]: ...
    @property
    def plan(self) -> tuple[rec.PlanRow, ...]: ...
    @property
    def meetings(self) -> tuple[rec.Meeting, ...]: ...
    @property
    def attendees(self) -> tuple[rec.Attendee, ...]: ...
    @property
    def scheme(self) -> grading.GradingScheme: ...
    @property
    def profile(self) -> str: ...
    @property
    def branding(self) -> Branding: ...
    @property
    def wording(self) -> Wording: ...
    @property
    def carried(self) -> tuple[rec.CarriedRecord, ...]: ...
    @property
    def concerns(self) -> tuple[rec.ConcernRecord, ...]: ...
    @property
    def time_records(self) -> tuple[rec.TimeRecord, ...]: ...
    @property
    def cycle(self) -> CycleCoverage | None: ...
    @property
    def time_summary(self) -> TimeSummary: ...
    @property
    def signoffs(self) -> tuple[rec.Signoff, ...]: ...
    @property
    def signatures(self) -> dict[str, bytes]: ...

    def clause_label(self, clause_id: str) -> str: ...
    def grade_label(self, key: str | None) -> str: ...
    def findings_by_grade(self) -> Counter[str]: ...
    def findings_by_standard(self) -> dict[str, Counter[str]]: ...
    def coverage(self) -> dict[str, tuple[int, int]]: ...


def cited_photos(data: ReportSource) -> list[rec.EvidenceRecord]:
    """The photos findings cite, each once, in the order the findings cite them (the reports' pictures)."""
    by_id = {e.id: e for e in data.evidence}
    seen: dict[str, rec.EvidenceRecord] = {}
    for finding in data.findings:
        for evidence_id in finding.evidence_ids:
            item = by_id.get(evidence_id)
            if item is not None and (item.mime or "").startswith("image/"):
                seen.setdefault(item.id, item)
    return list(seen.values())
