"""One sync as the user lives it: run it on the audit's thread with progress and Cancel, ask for the password (or
take the one remembered in the OS keyring), ask about unsigned changes as a merge does, then report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from auditor_app.services.merge import MergedFile, MergeReport
from auditor_app.ui.i18n import fill, plural
from auditor_app.ui.merging import MergeWords
from auditor_app.ui.office_store import password
from auditor_app.ui.open_audit import OpenAudit
from auditor_app.ui.tasks import BusyDialog, Job, Task, known

if TYPE_CHECKING:
    from auditor_app.domain.records import Conflict
    from auditor_app.services.session import AuditSession
    from auditor_app.services.store_sync import SyncReport


class SyncJob(Job):
    """A Job whose worker also says what it is doing (the service's progress lines)."""

    said = Signal(str)

    def say(self, text: str) -> None:  # on the worker thread: only emits
        self.said.emit(text)


@dataclass(frozen=True)
class Synced:
    report: SyncReport
    conflicts: tuple[Conflict, ...]  # every conflict open in the audit afterwards


class SyncFlow(QObject):
    done = Signal(object)  # Synced, or None when nothing was done (cancelled, refused)

    def __init__(self, parent: QWidget, audit: OpenAudit, url: str) -> None:
        super().__init__(parent)
        self._parent, self._audit, self._url = parent, audit, url
        self.label = password.store_label(url)
        self._secret = password.Secret(url, self.label)
        self._accept_unsigned = False
        self._dialog: BusyDialog | None = None
        self._text = ""

    def run(self) -> None:
        job = SyncJob(self)
        job.said.connect(lambda line: self._said(job, line))
        self._text = fill(self.tr("Synchronising with %1: your changes go to the store first, then your team's "
                                  "come into this audit."), self.label)
        url, given, accept = self._url, self._secret.password, self._accept_unsigned

        def work(session: AuditSession) -> Synced:
            from auditor_app.services import queries, store_sync

            report = store_sync.sync(session, url, password=given, batch=store_sync.BATCH, progress=job.say,
                                     cancelled=job.is_cancelled, accept_unsigned=accept)
            return Synced(report, tuple(queries.conflicts(session)))

        def prepare(task: Task) -> None:
            self._dialog = task.dialog if isinstance(task.dialog, BusyDialog) else None

        task = self._audit.run_exclusive(
            self.tr("Office store"), self._text, work,
            self.tr("Stopping after the current batch… What was pushed stays in the store; nothing is pulled into "
                    "your audit."), job.request_cancel, job=job, prepare=prepare)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.cancelled.connect(lambda: self._end(None))

    def _said(self, job: SyncJob, line: str) -> None:
        if self._dialog is not None and not job.is_cancelled():  # once cancelled, the dialog says it is stopping
            self._dialog.label.setText(f"{self._text}\n\n{line}")

    def _end(self, synced: Synced | None) -> None:
        self._dialog = None
        self.done.emit(synced)

    def _succeeded(self, synced: Synced) -> None:
        self._secret.accepted(self._parent)
        self._end(synced)

    def _failed(self, exc: BaseException) -> None:
        from auditor_app.services import store_sync

        self._dialog = None
        if self._secret.wanted(exc):
            if self._secret.another(self._parent):
                self.run()
            else:
                self._end(None)
            return
        if isinstance(exc, store_sync.UnsignedInStore):
            if MergeWords(self).accept_unsigned(self._parent, self.label, exc.total, exc.whom):
                self._accept_unsigned = True
                self.run()
                return
            self._end(None)
            return
        if isinstance(exc, store_sync.SyncCancelled):
            self._end(None)
            QMessageBox.information(self._parent, self.tr("Sync cancelled"), str(exc))
            return
        self._end(None)
        QMessageBox.warning(self._parent, self.tr("Office store"),
                            fill(self.tr("%1\n\nYour audit file was not changed."), known(exc)))

    # -- the outcome ----------------------------------------------------------------------------------
    def summary(self, synced: Synced) -> str:
        report = synced.report
        lines = [self.tr("The audit is now in the office store, assigned to you.")] if report.created else []
        operations = plural(self.tr("%n operation(s)", "", report.ops_pushed), report.ops_pushed)
        files = plural(self.tr("%n evidence file(s)", "", report.blobs_pushed), report.blobs_pushed)
        lines.append(fill(self.tr("Pushed to %1: %2, %3"), self.label, operations, files))
        if report.ops_pulled or report.blobs_pulled:
            pulled = MergedFile(Path(self.label), "office store", report.ops_pulled, report.blobs_pulled,
                                report.unsigned)
            return MergeWords(self).summary(MergeReport((pulled,), synced.conflicts, report.backup), lines)
        lines.append(self.tr("Nothing new from your team in the store."))
        count = len(synced.conflicts)
        if count:
            lines.append(plural(self.tr("%n conflict(s) still to decide: see View ▸ Conflicts.", "", count), count))
        return "\n".join(lines)

    def show_summary(self, synced: Synced) -> None:
        QMessageBox.information(self._parent, self.tr("Sync finished"), self.summary(synced))
