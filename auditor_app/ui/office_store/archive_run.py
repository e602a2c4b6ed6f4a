"""The archive's store reads run off the UI thread, the password asked as the sync asks it (keyring, then dialog)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from auditor_app.ui import tasks
from auditor_app.ui.office_store import password
from auditor_app.ui.office_store.flow import SyncJob
from auditor_app.ui.open_audit import OpenAudit


class StoreRun(QObject):
    """One read of the store (`fn(password)`), with the open audit's owner holding the file meanwhile or, with no
    audit open, on a worker of its own; a password the server asks for is taken from the OS keyring or asked."""

    done = Signal(object)  # the result, or None when nothing came (cancelled, refused: the refusal was shown)

    def __init__(self, parent: QWidget, audit: OpenAudit, url: str, title: str, text: str,
                 fn: Callable[[str | None, SyncJob], Any], given: str | None = None) -> None:
        super().__init__(parent)
        self._parent, self._audit, self._url, self._title, self._text, self._fn = parent, audit, url, title, text, fn
        self.label = password.store_label(url)
        # `given`: one the store accepted earlier in the same dialog, not asked again
        self._secret = password.Secret(url, self.label, given)
        self._dialog: tasks.BusyDialog | None = None

    def run(self) -> None:
        job, fn, given = SyncJob(self), self._fn, self._secret.password
        job.said.connect(lambda line: self._said(job, line))  # the service's progress lines, under the text
        running = self.tr("Stopping… Nothing is written.")

        def prepare(task: tasks.Task) -> None:
            self._dialog = task.dialog if isinstance(task.dialog, tasks.BusyDialog) else None

        if self._audit.is_open:  # its owner runs the work: nothing else reaches the file in between
            task = self._audit.run_exclusive(self._title, self._text, lambda _session: fn(given, job), running,
                                             job.request_cancel, job, prepare)
        else:
            task = tasks.run_busy(self._parent, self._title, self._text, lambda: fn(given, job), running,
                                  job.request_cancel, job, prepare)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.cancelled.connect(lambda: self.done.emit(None))

    def _said(self, job: SyncJob, line: str) -> None:
        # Once cancelled, the dialog says it is stopping: a late progress line must not cover that.
        if self._dialog is not None and self._dialog.isVisible() and not job.is_cancelled():
            self._dialog.label.setText(f"{self._text}\n\n{line}")

    def _succeeded(self, result: object) -> None:
        self._secret.accepted(self._parent)
        self._dialog = None
        self.done.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._dialog = None
        if self._secret.wanted(exc):
            if self._secret.another(self._parent):
                self.run()
            else:
                self.done.emit(None)
            return
        self.done.emit(None)
        QMessageBox.warning(self._parent, self._title, str(tasks.known(exc)))

    @property
    def password(self) -> str | None:
        return self._secret.password
