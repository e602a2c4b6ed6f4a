"""Adding evidence: the file dialog, dropped files and folders, pasted screenshots; many files on a worker."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QDateTime, QIODevice, QObject, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from auditor_app.services import evidence_views
from auditor_app.services.evidence_views import Added, Source, Target
from auditor_app.services.session import ChangeSet
from auditor_app.ui import tasks
from auditor_app.ui.evidence.commands import AddEvidence
from auditor_app.ui.i18n import fill
from auditor_app.ui.tasks import ExportProgress, Job

if TYPE_CHECKING:
    from auditor_app.services.session import AuditSession
    from auditor_app.ui.feature import Shell
    from auditor_app.ui.open_audit import OpenAudit

PHOTO_PATTERNS = "*.jpg *.jpeg *.png *.webp *.heic *.heif"
DOCUMENT_PATTERNS = "*.pdf *.docx *.xlsx *.pptx *.odt *.ods"
INLINE_BYTES = 4 * 1024 * 1024  # one file up to this size is probed in well under a second on the UI thread
BULK_FILES = 5  # more dropped at once (or a folder) goes to the bulk import's review, when there is one
SHOWN_FAILURES = 15


def expand(paths: Sequence[Path]) -> list[Path]:
    """Files, and the files inside dropped folders (not hidden ones such as .DS_Store or Thumbs caches)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file()
                              and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        else:
            out.append(path)
    return out


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; the binding wants str
    return bytes(buffer.data().data())


class EvidenceAdder(QObject):
    """Turns what the user chose, dropped or pasted into one undoable add, and says which files were refused."""

    finished = Signal()  # an add has ended (added, refused, cancelled): tests wait for it

    def __init__(self, audit: OpenAudit, shell: Shell) -> None:
        super().__init__(shell.parent_widget)
        self.audit = audit
        self.shell = shell
        self.progress: ExportProgress | None = None

    def filters(self) -> str:
        return ";;".join((fill(self.tr("Evidence files (%1)"), f"{PHOTO_PATTERNS} {DOCUMENT_PATTERNS}"),
                          fill(self.tr("Photos (%1)"), PHOTO_PATTERNS),
                          fill(self.tr("Documents (%1)"), DOCUMENT_PATTERNS),
                          self.tr("All files (*)")))

    def choose_files(self, target: Target, where: str) -> None:
        path = self.audit.path
        if path is None:
            return
        names, _ = QFileDialog.getOpenFileNames(self.shell.parent_widget, fill(self.tr("Add evidence to %1"), where),
                                                str(path.parent), self.filters())
        if names:
            self.add_paths([Path(n) for n in names], target, where)

    def dropped(self, paths: Sequence[Path], target: Target, where: str) -> None:
        bulk = len(paths) > BULK_FILES or any(p.is_dir() for p in paths)
        if bulk and self.shell.import_photos(paths):  # the bulk import reviews a card or folder first
            return
        self.add_paths(expand(paths), target, where)

    def paste(self, target: Target, where: str) -> bool:
        """A screenshot (stored as PNG) or files copied in the file manager; False when there is nothing."""
        data = QGuiApplication.clipboard().mimeData()
        if data is not None and data.hasImage():
            image = QGuiApplication.clipboard().image()
            if not image.isNull():
                stamp = QDateTime.currentDateTime().toString("yyyy-MM-dd HH.mm.ss")
                self.add([Source(fill(self.tr("Screenshot %1.png"), stamp), data=png_bytes(image))], target, where)
                return True
        files = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()] if data is not None else []
        if files:
            self.dropped(files, target, where)
            return True
        self.shell.show_status(self.tr("Nothing to paste: the clipboard holds no picture or file."),
                                            10_000)
        return False

    def add_paths(self, paths: Sequence[Path], target: Target, where: str) -> None:
        self.add([Source(p.name, p) for p in paths], target, where)

    def add(self, sources: Sequence[Source], target: Target, where: str) -> None:
        """One small file is added at once; more, or a big one, on the worker with progress and Cancel."""
        audit = self.audit
        if not sources or not audit.is_open or audit.read_only or audit.busy:
            return
        if len(sources) == 1 and _size(sources[0]) <= INLINE_BYTES:
            command = AddEvidence(audit.command_context(), where, target, sources)
            audit.push(command)
            if command.failed is None and command.added is not None:
                self._added(command.added)
            self.finished.emit()
            return
        self._start(list(sources), target, where)

    def _start(self, sources: list[Source], target: Target, where: str) -> None:
        job = Job(self)

        def work(session: AuditSession) -> tuple[Added, ChangeSet]:
            return evidence_views.add_files(session, sources, target, progress=job.report, cancelled=job.is_cancelled)

        def prepare(task: tasks.Task) -> None:
            task.succeeded.connect(lambda result: self._worker_done(result, target, where))
            task.failed.connect(self._worker_failed)
            task.cancelled.connect(self._cancelled)

        task = self.audit.run_exclusive(
            self.tr("Adding evidence"), fill(self.tr("Adding %1 files to %2…"), len(sources), where), work,
            self.tr("Stopping after the file being added…"), job.request_cancel, job, prepare, bar=True)
        self.progress = task.dialog if isinstance(task.dialog, ExportProgress) else None

    def _worker_done(self, result: tuple[Added, ChangeSet], target: Target, where: str) -> None:
        self.progress = None
        added, _change = result
        if added.evidence_ids and self.audit.is_open:
            self.audit.push(AddEvidence(self.audit.command_context(), where, target, done=result))
        self._added(added)
        self.finished.emit()

    def _worker_failed(self, exc: BaseException) -> None:
        self.progress = None
        if isinstance(exc, evidence_views.Cancelled):
            self._cancelled()
            return
        QMessageBox.warning(self.shell.parent_widget, self.tr("Evidence not added"), str(tasks.known(exc)))
        self.finished.emit()

    def _cancelled(self) -> None:
        self.progress = None
        self.shell.show_status(self.tr("Adding cancelled: no files were added."), 10_000)
        self.finished.emit()

    def _added(self, added: Added) -> None:
        count = len(added.evidence_ids)
        if count:
            self.shell.show_status(fill(self.tr("%1 evidence file added.") if count == 1
                                        else self.tr("%1 evidence files added."), count), 10_000)
        if added.failures:
            self.show_failures(added.failures, count)

    def show_failures(self, failures: Sequence[tuple[str, str]], added: int) -> None:
        lines = [f"• {name}: {why}" for name, why in failures[:SHOWN_FAILURES]]
        if len(failures) > SHOWN_FAILURES:
            lines.append(fill(self.tr("… and %1 more"), len(failures) - SHOWN_FAILURES))
        if not added:
            head = self.tr("No file was added:")
        else:
            head = fill(self.tr("%1 file was added; these were not:") if added == 1
                        else self.tr("%1 files were added; these were not:"), added)
        hint = self.tr("Evidence can be photos (JPEG, PNG, WebP), PDF files and office documents.")
        QMessageBox.warning(self.shell.parent_widget, self.tr("Some files were not added") if added
                            else self.tr("Files not added"), "\n".join([head, "", *lines, "", hint]))


def _size(source: Source) -> int:
    if source.data is not None:
        return len(source.data)
    try:
        return source.path.stat().st_size if source.path is not None else 0
    except OSError:
        return 0  # unreadable: the add says so, and it takes no time
