"""Exporting the PDF or Word report and the Excel workbook: profile, completeness, file, then a cancellable worker."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from auditor_app.errors import AuditorError
from auditor_app.exporters.source import Branding
from auditor_app.services import queries, report_data, report_size, reports
from auditor_app.services.completeness import Gap
from auditor_app.ui import tasks
from auditor_app.ui.export_dialogs import PROFILES, CompletenessDialog, ProfileDialog, template_text, where_to_fix
from auditor_app.ui.feature import Feature, Menus
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, fill, translate
from auditor_app.ui.issuing import IssueFlow
from auditor_app.ui.tasks import ExportProgress, Job

if TYPE_CHECKING:
    from auditor_app.services.session import AuditSession
    from auditor_app.ui.feature import Shell
    from auditor_app.ui.open_audit import OpenAudit

# What each kind is called and its file-dialog filter, translated where shown.
KINDS = {"pdf": (QT_TRANSLATE_NOOP("exporting", "PDF report"), QT_TRANSLATE_NOOP("exporting", "PDF files (*.pdf)")),
         "docx": (QT_TRANSLATE_NOOP("exporting", "Word report"),
                  QT_TRANSLATE_NOOP("exporting", "Word documents (*.docx)")),
         "xlsx": (QT_TRANSLATE_NOOP("exporting", "Excel workbook"),
                  QT_TRANSLATE_NOOP("exporting", "Excel workbooks (*.xlsx)"))}
CANCELLED_TEXT = QT_TRANSLATE_NOOP("exporting", "Export cancelled: no file was written.")


def file_name(title: str | None, suffix: str) -> str:
    """A file name from the audit title: no characters that a file system or e-mail client would trip on."""
    stem = re.sub(r"[^\w\- .,()&+]+", "_", title or "").strip(" ._")
    return (re.sub(r"\s+", " ", stem)[:120] or translate("exporting", "audit report")) + suffix


def is_cancelled(exc: BaseException) -> bool:
    return isinstance(exc, reports.Cancelled)


class Exports(Feature):
    """File ▸ Export report / workbook, on a worker that has the open audit to itself meanwhile."""

    finished = Signal(object)  # the written Path, or None (cancelled, blocked or failed)

    def __init__(self, audit: OpenAudit, shell: Shell) -> None:
        super().__init__(audit, shell)
        self.progress: ExportProgress | None = None
        self.done_box: QMessageBox | None = None
        self.template: reports.TemplateChoice | None = None  # the Word report's, as the dialog showed it
        self.issuing: IssueFlow | None = None

    def add_actions(self, menus: Menus) -> None:
        menu = menus.file
        menu.addSeparator()
        self.pdf_action = menu.addAction(self.tr("Export &report (PDF)…"), lambda: self.choose("pdf"))
        self.docx_action = menu.addAction(self.tr("Export report (Wor&d)…"), lambda: self.choose("docx"))
        self.xlsx_action = menu.addAction(self.tr("Export &workbook (Excel)…"), lambda: self.choose("xlsx"))
        self.issue_action = menu.addAction(self.tr("&Issue report…"), self.issue)

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        for action in (self.pdf_action, self.docx_action, self.xlsx_action):
            action.setEnabled(has_audit)
        self.issue_action.setEnabled(has_audit and editable)  # issuing records the issue in the audit

    def issue(self) -> IssueFlow:
        """File ▸ Issue report…: the PDF at the next revision, signed, written and recorded (ui/issuing)."""
        flow = self.issuing = IssueFlow(self.audit, self.shell, self.review)
        flow.start()
        return flow

    # -- the dialogs before ------------------------------------------------------------------------------
    def choose(self, kind: str) -> None:
        """The whole export as the user lives it: profile, completeness, file name, then the export."""
        if not self.audit.is_open or self.audit.busy:
            return
        self.template = None
        if kind == "docx":
            self.template = self.word_template()
            if self.template is None:
                return
        dialog = ProfileDialog(self.shell.parent_widget, kind, estimate=self._estimator(), template=self.template)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        profile, sections, size = dialog.profile, dialog.sections(), dialog.photo_size
        languages = (dialog.language, dialog.second_language)
        if not self.review(profile, languages):
            return
        path = self.ask_path(kind)
        if path is not None:
            self.export_report(kind, profile, path, sections, size=size, languages=languages)

    def word_template(self) -> reports.TemplateChoice | None:
        """The template the Word report will be filled into; None (said in a message) when the audit's is not on
        this computer: it is refused before any work starts, never replaced by another one."""
        if not self.audit.is_open:
            return None
        try:
            return self.audit.read(reports.audit_template)
        except reports.TemplateMissing as exc:
            QMessageBox.warning(self.shell.parent_widget, self.tr("Word report not exported"), fill(self.tr(
                "This audit's Word report uses the template “%1”, which is not on this computer.\n\nAdd it in Edit "
                "› Preferences › Word templates on this computer, or choose another template on the Audit page "
                "(Word report template). No other template is used in its place."), exc.name))
            return None

    def _estimator(self) -> Callable[[str, set[str] | None], report_size.SizeEstimate | None]:
        """The PDF's size for a photo size: the audit is read once, on the first estimate. No estimate when it
        cannot be read (the completeness check that follows says why)."""
        audit = self.audit
        read: list[report_data.ReportData] = []

        def estimate(size: str, sections: set[str] | None) -> report_size.SizeEstimate | None:
            if not read and audit.is_open and not audit.busy:
                try:
                    read.append(audit.read(report_data.gather, "internal", brand=Branding()))
                except AuditorError:
                    return None
            return report_size.estimate(read[0], size, sections) if read else None
        return estimate

    def review(self, profile: str, languages: tuple[str | None, str | None] = (None, None)) -> bool:
        """The completeness check before exporting; True to go on."""
        if not self.audit.is_open:
            return False
        try:
            _data, gaps = self.audit.read(reports.prepare, profile, language=languages[0], second=languages[1])
        except AuditorError as exc:
            QMessageBox.warning(self.shell.parent_widget, self.tr("Cannot check the report"), str(exc))
            return False
        if not gaps:
            return True
        dialog = CompletenessDialog(self.shell.parent_widget, gaps,
                                    translate("export_dialogs", dict(PROFILES)[profile]))
        dialog.jump_requested.connect(self.go_to)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def go_to(self, gap: Gap) -> None:
        if gap.entity_type == "clause" and self.shell.select_clause(gap.entity_id):
            return
        if gap.entity_type == "conflict":
            self.shell.show_conflicts(gap.conflict_key)
        self.shell.show_status(where_to_fix(gap), 30_000)

    def ask_path(self, kind: str) -> Path | None:
        where = self.audit.path
        if where is None:
            return None
        suffix = "." + kind
        title = self.audit.read(queries.details).title or where.stem
        start = where.parent / file_name(title, suffix)
        what, pattern = (translate("exporting", text) for text in KINDS[kind])
        name, _ = QFileDialog.getSaveFileName(self.shell.parent_widget, fill(self.tr("Export %1"), what), str(start),
                                              pattern)
        if not name:
            return None
        return Path(name) if name.lower().endswith(suffix) else Path(name + suffix)

    # -- the export on a worker thread --------------------------------------------------------------------
    def export_report(self, kind: str, profile: str, path: Path, sections: set[str] | None = None, *,
                      size: str = "print", languages: tuple[str | None, str | None] = (None, None)) -> bool:
        """Start the export after the dialogs; the outcome is shown, and `finished` says what was written."""
        if not self.audit.is_open or self.audit.busy:
            return False
        language, second = languages
        job = Job(self)
        if kind == "pdf":
            def work(session: AuditSession) -> Path:
                return reports.export_pdf(session, path, profile=profile, sections=sections, size=size,
                                          language=language, second=second, progress=job.report,
                                          cancelled=job.is_cancelled)[0]
        elif kind == "docx":  # the template the dialog showed (else chosen now: the audit's, the preferences'…)
            chosen = self.template

            def work(session: AuditSession) -> Path:
                return reports.export_docx(session, path, profile=profile, language=language, second=second,
                                           progress=job.report, cancelled=job.is_cancelled, chosen=chosen)[0]
        else:
            def work(session: AuditSession) -> Path:
                return reports.export_xlsx(session, path, profile=profile, language=language, second=second,
                                           progress=job.report, cancelled=job.is_cancelled)
        text = fill(self.tr("Exporting the %1 to %2…"), translate("exporting", KINDS[kind][0]), path.name)

        def prepare(task: tasks.Task) -> None:
            task.succeeded.connect(self._succeeded)
            task.failed.connect(self._failed)
            task.cancelled.connect(self._cancelled)

        task = self.audit.run_exclusive(self.tr("Exporting"), text, work,
                                        self.tr("Stopping the export; no file is written…"), job.request_cancel, job,
                                        prepare, bar=True)
        self.progress = task.dialog if isinstance(task.dialog, ExportProgress) else None
        return True

    def _succeeded(self, path: Path) -> None:
        self.progress = None
        text = fill(self.tr("Saved as\n%1"), path)
        if path.suffix.lower() == ".docx" and self.template is not None:
            text += "\n\n" + fill(self.tr("Template: %1"), template_text(self.template))
        box = self.done_box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export finished"), text,
                                          QMessageBox.StandardButton.Close, self.shell.parent_widget)
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
        box.finished.connect(box.deleteLater)
        box.open()  # window-modal without a nested event loop
        self.shell.show_status(fill(self.tr("Exported to %1"), path), 10_000)
        self.finished.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self.progress = None
        if is_cancelled(exc):
            self._cancelled()
            return
        self.finished.emit(None)
        if isinstance(exc, reports.ReportBlocked):
            QMessageBox.warning(self.shell.parent_widget, self.tr("Report not exported"), str(exc))
            return
        QMessageBox.warning(self.shell.parent_widget, self.tr("Report not exported"),
                            fill(self.tr("%1\n\nNo file was written."), tasks.known(exc)))

    def _cancelled(self) -> None:
        self.progress = None
        self.shell.show_status(translate("exporting", CANCELLED_TEXT), 10_000)
        self.finished.emit(None)
