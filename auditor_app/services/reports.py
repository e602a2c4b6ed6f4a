"""Report use cases: the completeness check, then the PDF or Excel export from one consistent snapshot."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from auditor_app.domain import records as rec
from auditor_app.domain import vocab
from auditor_app.errors import InputError, KnownError
from auditor_app.exporters import Cancelled, wording
from auditor_app.exporters.source import Branding
from auditor_app.services import completeness, integrity, preferences, queries, renditions, report_data
from auditor_app.services.session import AuditSession

if TYPE_CHECKING:  # ReportLab is imported only when a PDF is made
    from auditor_app.exporters import pdf_issue

Progress = Callable[[int, int], None]
__all__ = ["CERTIFICATION_SECTIONS", "Cancelled", "ReportBlocked", "TemplateChoice", "TemplateMissing",
           "audit_template", "check_template", "choose_template", "export_docx", "export_pdf", "export_xlsx", "prepare",
           "report_template"]
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


def prepare(session: AuditSession, profile: str, *, branded: bool = False, language: str | None = None,
            second: str | None = None) -> tuple[report_data.ReportData, list[completeness.Gap]]:
    """The report's data and what it still lacks. Unbranded unless asked: the check before an export (on the UI
    thread) needs no logo, and decoding one takes time."""
    check_languages(language, second)
    data = report_data.gather(session, profile, brand=None if branded else Branding(), language=language,
                              second=second)
    return data, completeness.check(data)


def _photo(data: report_data.ReportData, long_edge: int, quality: int = 85,
           max_bytes: int = 0) -> Callable[[rec.EvidenceRecord], bytes | None]:
    def photo(item: rec.EvidenceRecord) -> bytes | None:
        try:  # documents (None) are listed in the evidence index, not pictured; the image cache spares re-exports
            return report_data.photo_rendition(item, data.load_evidence, long_edge, quality, max_bytes)
        except InputError:
            return None
    return photo


def check_languages(language: str | None, second: str | None) -> None:
    """Refuse a report language reports are not written in (the audit's own language falls back to English)."""
    for value, what in ((language, "report language"), (second, "second report language")):
        if value is not None and wording.code(value) is None:
            raise InputError(f"{what} {value!r} is not one reports are written in "
                             f"({', '.join(wording.LANGUAGES)})")


def export_xlsx(session: AuditSession, out: Path, *, profile: str = "certification", language: str | None = None,
                second: str | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> Path:
    from auditor_app.exporters.xlsx_report import build_xlsx

    integrity.require_sound(session, "the workbook")
    # A workbook is a working document: gaps do not block it.
    data, _gaps = prepare(session, profile, branded=True, language=language, second=second)
    return build_xlsx(data, Path(out), thumbnail=_photo(data, 96), progress=progress, cancelled=cancelled)


def export_pdf(session: AuditSession, out: Path, *, profile: str = "certification", language: str | None = None,
               second: str | None = None, sections: set[str] | None = None, size: str = "print",
               progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
               issue: pdf_issue.Issue | None = None) -> tuple[Path, list[completeness.Gap]]:
    """The PDF report; the certification profile refuses while errors remain (missing parts, open conflicts).
    `size` is the photos' size profile (renditions.SIZE_PROFILES: print, email, compact). `issue`: the report is
    being issued (services/issuing): printed at that revision, with its issue history and signature block."""
    from auditor_app.exporters.pdf_report import build_pdf

    fit = renditions.size_profile(size)

    integrity.require_sound(session, "the report")
    data, gaps = prepare(session, profile, branded=True, language=language, second=second)
    if issue is not None:
        data = dataclasses.replace(data, details=dataclasses.replace(data.details, report_revision=issue.revision))
    if profile == "certification" and sections is not None:
        left_out = [key for key in CERTIFICATION_SECTIONS if key not in sections and applies(key, data)]
        if left_out:
            raise InputError(f"a certification report must contain the section(s) {', '.join(left_out)} "
                             "(ISO/IEC 17021-1 9.4.8); choose them or another profile")
    blocking = completeness.blocking(gaps)
    if blocking:
        raise ReportBlocked(blocking)
    path = build_pdf(data, Path(out), photo=_photo(data, fit.long_edge, fit.quality, fit.max_bytes), sections=sections,
                     progress=progress, cancelled=cancelled, issue=issue)
    return path, gaps


@dataclass(frozen=True, slots=True)
class TemplateChoice:
    """Which Word template an export uses, and why."""

    kind: str  # "given" (--template), "audit" (its name in the library), "preferences" or "built-in"
    path: Path | None  # None: the built-in template
    name: str = ""  # the library's name ("audit"), else the file's name

    def describe(self) -> str:
        if self.kind == "given":
            return f"the template {self.path}"
        if self.kind == "audit":
            return f"the audit's template {self.name!r} (this computer's template library)"
        if self.kind == "preferences":
            return f"the default template of the preferences ({self.path})"
        return "the built-in template"


class TemplateMissing(InputError):
    """The audit names a template this computer's library lacks: never replaced by another one (a certification
    body's report on the wrong template is worse than none)."""

    def __init__(self, name: str) -> None:
        shown = name if re.fullmatch(r"[\w.-]+", name) else f'"{name}"'  # as typed into a shell
        super().__init__(f"the audit's report template {name!r} is not on this computer: add it with "
                         f"`auditor-app template add {shown} FILE.docx`, or choose another template for the audit")
        self.name = name


def choose_template(audit_template: str | None, given: Path | None = None) -> TemplateChoice:
    """The template to use, first that applies: the one given (`--template`), the audit's (by name, from the
    library, or the built-in one chosen for it), the preferences' default, the built-in one. TemplateMissing when
    the audit's is not on this computer."""
    from auditor_app.services import template_library

    if given is not None:
        return TemplateChoice("given", Path(given), Path(given).name)
    if audit_template == template_library.BUILT_IN:
        return TemplateChoice("built-in", None)
    if audit_template:
        stored = template_library.path(audit_template)
        if stored is None:
            raise TemplateMissing(audit_template)
        return TemplateChoice("audit", stored, audit_template)
    default = preferences.load().report_template
    if default:
        return TemplateChoice("preferences", Path(default), Path(default).name)
    return TemplateChoice("built-in", None)


def report_template(template: Path | None = None) -> Path | None:
    """The Word template to use apart from the audit's: the one given, else the preferences' (None: built-in)."""
    return choose_template(None, template).path


def audit_template(session: AuditSession, given: Path | None = None) -> TemplateChoice:
    """choose_template for this audit."""
    return choose_template(queries.details(session).report_template, given)


def check_template(template: Path) -> None:
    """InputError (one line naming the file and the paragraph or variable) when the template cannot be used."""
    from auditor_app.exporters import docx_template

    docx_template.check(Path(template))


def export_docx(session: AuditSession, out: Path, *, profile: str = "certification", template: Path | None = None,
                language: str | None = None, second: str | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None,
                chosen: TemplateChoice | None = None) -> tuple[Path, list[completeness.Gap]]:
    """The editable Word report, from the template audit_template picks (or `chosen`, as already shown to the
    user); refused like the PDF (a damaged file; a certification report with errors left), and the template is
    checked before the audit is read, so a broken one costs no time."""
    from auditor_app.exporters import docx_template
    from auditor_app.exporters.docx_report import build_docx

    integrity.require_sound(session, "the Word report")
    choice = chosen if chosen is not None else audit_template(session, template)
    if choice.path is not None:
        docx_template.check(choice.path)
    data, gaps = prepare(session, profile, branded=True, language=language, second=second)
    blocking = completeness.blocking(gaps)
    if blocking:
        raise ReportBlocked(blocking)
    path = build_docx(data, Path(out), photo=_photo(data, renditions.REPORT_LONG_EDGE), template=choice.path,
                      progress=progress, cancelled=cancelled)
    return path, gaps
