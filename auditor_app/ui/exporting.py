"""Exporting the PDF or Word report and the Excel workbook: profile, completeness, file, then a cancellable worker."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from auditor_app.errors import AuditorError
from auditor_app.exporters.source import Branding
from auditor_app.services import queries, report_data, report_size, reports
from auditor_app.services.completeness import Gap
from auditor_app.ui import tasks
from auditor_app.ui.export_dialogs import PROFILES, CompletenessDialog, ProfileDialog, template_text, where_to_fix
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, fill, translate
from auditor_app.ui.tasks import Job

if TYPE_CHECKING:
    from auditor_app.ui.main_window import MainWindow

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


class ExportProgress(QProgressDialog):
    """Modal while the export runs; Cancel, Esc and the close button only ask, the task decides when it ends."""

    def __init__(self, parent: QWidget, text: str) -> None:
        super().__init__(text, translate("ExportProgress", "Cancel"), 0, 0, parent)
        self.setWindowTitle(self.tr("Exporting"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoReset(False)
        self.setAutoClose(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(420)
        self.canceled.disconnect(self.cancel)  # cancel() would hide the dialog while the worker still runs

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        if self.maximum() != total:
            self.setRange(0, max(total, 1))
        self.setValue(min(max(done, self.value()), max(total, 1)))

    def reject(self) -> None:
        self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.canceled.emit()

    def finish(self) -> None:
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()


def run_with_progress(window: MainWindow, owner: QObject, title: str, text: str, work: Callable[[Job], Any],
                      stopping: str, *, succeeded: Callable[[Any], None],
                      failed: Callable[[BaseException], None], cancelled: Callable[[], None]) -> ExportProgress:
    """`work(job)` on a worker that has the session to itself (the window's team owns the task), behind a
    progress dialog whose Cancel asks the job to stop and shows `stopping` until it has. The outcome handlers are
    connected before the worker starts; the dialog is returned for callers that keep it."""
    job = Job(owner)
    task = tasks.Task(lambda: work(job), window)
    dialog = ExportProgress(window, text)
    dialog.setWindowTitle(title)
    job.progressed.connect(dialog.show_progress)  # queued: the dialog lives on the UI thread

    def cancel() -> None:
        job.request_cancel()
        task.cancel()
        dialog.setLabelText(stopping)
        dialog.setCancelButtonText(translate("exporting", "Stopping…"))

    dialog.canceled.connect(cancel)
    for signal in (task.succeeded, task.failed, task.cancelled):
        signal.connect(dialog.finish)
        signal.connect(job.deleteLater)
        signal.connect(task.deleteLater)
    # Owned before the caller's handlers are connected: they run once the session is free again (and may start
    # the next task); the worker starts last, so no outcome can arrive before everything is connected.
    window.team.own(task)
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.cancelled.connect(cancelled)
    dialog.show()
    task.start()
    return dialog


class Exports(QObject):
    """File ▸ Export report / workbook for a window, using its team's pause while the worker has the session."""

    finished = Signal(object)  # the written Path, or None (cancelled, blocked or failed)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.progress: ExportProgress | None = None
        self.done_box: QMessageBox | None = None
        self.template: reports.TemplateChoice | None = None  # the Word report's, as the dialog showed it

    def add_actions(self, menu: QMenu) -> None:
        self.pdf_action = menu.addAction(self.tr("Export &report (PDF)…"), lambda: self.choose("pdf"))
        self.docx_action = menu.addAction(self.tr("Export report (Wor&d)…"), lambda: self.choose("docx"))
        self.xlsx_action = menu.addAction(self.tr("Export &workbook (Excel)…"), lambda: self.choose("xlsx"))

    def sync_actions(self, has_audit: bool) -> None:
        for action in (self.pdf_action, self.docx_action, self.xlsx_action):
            action.setEnabled(has_audit)

    # -- the dialogs before ------------------------------------------------------------------------------
    def choose(self, kind: str) -> None:
        """The whole export as the user lives it: profile, completeness, file name, then the export."""
        session = self.window.session
        if session is None or self.window.team.busy:
            return
        self.template = None
        if kind == "docx":
            self.template = self.word_template()
            if self.template is None:
                return
        dialog = ProfileDialog(self.window, kind, estimate=self._estimator(), template=self.template)
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
        session = self.window.session
        if session is None:
            return None
        try:
            return reports.audit_template(session)
        except reports.TemplateMissing as exc:
            QMessageBox.warning(self.window, self.tr("Word report not exported"), fill(self.tr(
                "This audit's Word report uses the template “%1”, which is not on this computer.\n\nAdd it in Edit "
                "› Preferences › Word templates on this computer, or choose another template on the Audit page "
                "(Word report template). No other template is used in its place."), exc.name))
            return None

    def _estimator(self) -> Callable[[str, set[str] | None], report_size.SizeEstimate | None]:
        """The PDF's size for a photo size: the audit is read once, on the first estimate. No estimate when it
        cannot be read (the completeness check that follows says why)."""
        session = self.window.session
        read: list[report_data.ReportData] = []

        def estimate(size: str, sections: set[str] | None) -> report_size.SizeEstimate | None:
            if not read and session is not None:
                try:
                    read.append(report_data.gather(session, "internal", brand=Branding()))
                except AuditorError:
                    return None
            return report_size.estimate(read[0], size, sections) if read else None
        return estimate

    def review(self, profile: str, languages: tuple[str | None, str | None] = (None, None)) -> bool:
        """The completeness check before exporting; True to go on."""
        session = self.window.session
        if session is None:
            return False
        try:
            _data, gaps = reports.prepare(session, profile, language=languages[0], second=languages[1])
        except AuditorError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot check the report"), str(exc))
            return False
        if not gaps:
            return True
        dialog = CompletenessDialog(self.window, gaps, translate("export_dialogs", dict(PROFILES)[profile]))
        dialog.jump_requested.connect(self.go_to)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def go_to(self, gap: Gap) -> None:
        if gap.entity_type == "clause" and self.window.select_clause(gap.entity_id):
            return
        if gap.entity_type == "conflict":
            self.window.team.show_conflicts(gap.conflict_key)
        self.window.statusBar().showMessage(where_to_fix(gap), 30_000)

    def ask_path(self, kind: str) -> Path | None:
        session = self.window.session
        if session is None:
            return None
        suffix = "." + kind
        title = queries.details(session).title or session.path.stem
        start = session.path.parent / file_name(title, suffix)
        what, pattern = (translate("exporting", text) for text in KINDS[kind])
        name, _ = QFileDialog.getSaveFileName(self.window, fill(self.tr("Export %1"), what), str(start), pattern)
        if not name:
            return None
        return Path(name) if name.lower().endswith(suffix) else Path(name + suffix)

    # -- the export on a worker thread --------------------------------------------------------------------
    def export_report(self, kind: str, profile: str, path: Path, sections: set[str] | None = None, *,
                      size: str = "print", languages: tuple[str | None, str | None] = (None, None)) -> bool:
        """Start the export after the dialogs; the outcome is shown, and `finished` says what was written."""
        session, team = self.window.session, self.window.team
        if session is None or team.busy:
            return False
        language, second = languages
        if kind == "pdf":
            def work(job: Job) -> Path:
                return reports.export_pdf(session, path, profile=profile, sections=sections, size=size,
                                          language=language, second=second, progress=job.report,
                                          cancelled=job.is_cancelled)[0]
        elif kind == "docx":  # the template the dialog showed (else chosen now: the audit's, the preferences'…)
            chosen = self.template

            def work(job: Job) -> Path:
                return reports.export_docx(session, path, profile=profile, language=language, second=second,
                                           progress=job.report, cancelled=job.is_cancelled, chosen=chosen)[0]
        else:
            def work(job: Job) -> Path:
                return reports.export_xlsx(session, path, profile=profile, language=language, second=second,
                                           progress=job.report, cancelled=job.is_cancelled)
        text = fill(self.tr("Exporting the %1 to %2…"), translate("exporting", KINDS[kind][0]), path.name)
        self.progress = run_with_progress(self.window, self, self.tr("Exporting"), text, work,
                                          self.tr("Stopping the export; no file is written…"),
                                          succeeded=self._succeeded, failed=self._failed, cancelled=self._cancelled)
        return True

    def _succeeded(self, path: Path) -> None:
        self.progress = None
        text = fill(self.tr("Saved as\n%1"), path)
        if path.suffix.lower() == ".docx" and self.template is not None:
            text += "\n\n" + fill(self.tr("Template: %1"), template_text(self.template))
        box = self.done_box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export finished"), text,
                                          QMessageBox.StandardButton.Close, self.window)
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
        box.finished.connect(box.deleteLater)
        box.open()  # window-modal without a nested event loop
        self.window.statusBar().showMessage(fill(self.tr("Exported to %1"), path), 10_000)
        self.finished.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self.progress = None
        if is_cancelled(exc):
            self._cancelled()
            return
        self.finished.emit(None)
        if isinstance(exc, reports.ReportBlocked):
            QMessageBox.warning(self.window, self.tr("Report not exported"), str(exc))
            return
        QMessageBox.warning(self.window, self.tr("Report not exported"),
                            fill(self.tr("%1\n\nNo file was written."), tasks.known(exc)))

    def _cancelled(self) -> None:
        self.progress = None
        self.window.statusBar().showMessage(translate("exporting", CANCELLED_TEXT), 10_000)
        self.finished.emit(None)
