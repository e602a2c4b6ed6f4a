"""Report use cases: the completeness check, then the PDF or Excel export from one consistent snapshot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from auditor_app.domain import records as rec
from auditor_app.domain import vocab
from auditor_app.errors import InputError, KnownError
from auditor_app.exporters import Cancelled
from auditor_app.exporters.source import Branding
from auditor_app.services import completeness, integrity, renditions, report_data
from auditor_app.services.session import AuditSession

Progress = Callable[[int, int], None]
__all__ = ["CERTIFICATION_SECTIONS", "Cancelled", "ReportBlocked", "export_pdf", "export_xlsx", "prepare"]
# Cancelled: for the UI

# The PDF sections ISO/IEC 17021-1 9.4.8 makes part of every certification report: the cover (the report's and
# the certification body's identification), the audit details (client and representative, type, objectives,
# scope, criteria, dates and sites, team, deviations from the plan, changes since the last audit, use of marks),
# the summary (conclusions, whether the objectives were met, the team's recommendation), diverging opinions
# (unresolved issues), the sampling disclaimer and the findings. The rest (contents, statistics, coverage,
# notes, interviews, meetings, plan, evidence index) supports them and may be left out. Where they apply, the
# verification of previous findings (9.4.8.3 c, 9.6.2.2) and Stage 1's conclusions (9.3.1.2) are required too;
# they print nothing in an audit they do not apply to.
CERTIFICATION_SECTIONS = ("cover", "details", "summary", "stage1", "diverging", "disclaimer", "previous", "findings")


def applies(section: str, data: report_data.ReportData) -> bool:
    """Whether a required section has anything to say in this audit (the cycle's sections only where they apply)."""
    d = data.details
    if section == "stage1":
        return d.audit_type == vocab.AuditType.STAGE1.value or bool(data.concerns or d.stage2_readiness)
    if section == "previous":
        return bool(data.carried or d.previous_audit)
    return True


class ReportBlocked(KnownError):
    """The certification report cannot be issued yet; the gaps say what to complete."""

    def __init__(self, gaps: list[completeness.Gap]) -> None:
        lines = "\n".join(f"  - {g.message}" for g in gaps)
        super().__init__(f"the certification report is not complete:\n{lines}")
        self.gaps = gaps


def prepare(session: AuditSession, profile: str, *, branded: bool = False,
            ) -> tuple[report_data.ReportData, list[completeness.Gap]]:
    """The report's data and what it still lacks. Unbranded unless asked: the check before an export (on the UI
    thread) needs no logo, and decoding one takes time."""
    data = report_data.gather(session, profile, brand=None if branded else Branding())
    return data, completeness.check(data)


def _photo(data: report_data.ReportData, long_edge: int, quality: int = 85,
           max_bytes: int = 0) -> Callable[[rec.EvidenceRecord], bytes | None]:
    def photo(item: rec.EvidenceRecord) -> bytes | None:
        try:  # documents (None) are listed in the evidence index, not pictured; the image cache spares re-exports
            return report_data.photo_rendition(item, data.load_evidence, long_edge, quality, max_bytes)
        except InputError:
            return None
    return photo


def export_xlsx(session: AuditSession, out: Path, *, profile: str = "certification",
                progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Path:
    from auditor_app.exporters.xlsx_report import build_xlsx

    integrity.require_sound(session, "the workbook")
    data, _gaps = prepare(session, profile, branded=True)  # a workbook is a working document: gaps do not block it
    return build_xlsx(data, Path(out), thumbnail=_photo(data, 96), progress=progress, cancelled=cancelled)


def export_pdf(session: AuditSession, out: Path, *, profile: str = "certification",
               sections: set[str] | None = None, size: str = "print", progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> tuple[Path, list[completeness.Gap]]:
    """The PDF report; the certification profile refuses while errors remain (missing parts, open conflicts).
    `size` is the photos' size profile (renditions.SIZE_PROFILES: print, email, compact)."""
    from auditor_app.exporters.pdf_report import build_pdf

    fit = renditions.size_profile(size)

    integrity.require_sound(session, "the report")
    data, gaps = prepare(session, profile, branded=True)
    if profile == "certification" and sections is not None:
        left_out = [key for key in CERTIFICATION_SECTIONS if key not in sections and applies(key, data)]
        if left_out:
            raise InputError(f"a certification report must contain the section(s) {', '.join(left_out)} "
                             "(ISO/IEC 17021-1 9.4.8); choose them or another profile")
    blocking = completeness.blocking(gaps)
    if blocking:
        raise ReportBlocked(blocking)
    path = build_pdf(data, Path(out), photo=_photo(data, fit.long_edge, fit.quality, fit.max_bytes), sections=sections,
                     progress=progress, cancelled=cancelled)
    return path, gaps
