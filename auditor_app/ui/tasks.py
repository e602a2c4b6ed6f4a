"""Long service calls off the UI thread: a one-shot worker thread and the modal busy dialog shown meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from auditor_app.errors import AuditorError, BugError
from auditor_app.ui.i18n import translate

WAITING, RUNNING, CANCELLED = "waiting", "running", "cancelled"


class _Thread(QThread):
    def __init__(self, work: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        self._work()


class Task(QObject):
    """Runs a callable once on its own thread; the outcome arrives as a signal on the thread that made the task.

    The callable must not touch widgets. Cancel works only until the callable starts: a service call without
    a progress callback cannot be stopped safely half-way.
    """

    succeeded = Signal(object)  # the callable's return value
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._lock = threading.Lock()
        self._state = WAITING
        self._result: Any = None
        self._error: BaseException | None = None
        self._thread = _Thread(self._work, self)
        self.dialog: QDialog | None = None  # the modal dialog shown while it runs, if any
        # QThread.finished is emitted on the worker thread; the task lives here, so delivery is queued to us.
        self._thread.finished.connect(self._deliver)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> bool:
        """True if the callable had not started yet (and now never will)."""
        with self._lock:
            if self._state == WAITING:
                self._state = CANCELLED
                return True
            return self._state == CANCELLED

    def wait(self) -> None:
        self._thread.wait()

    def _work(self) -> None:  # on the worker thread
        with self._lock:
            if self._state == CANCELLED:
                return
            self._state = RUNNING
        try:
            self._result = self._fn()
        except BaseException as exc:  # handed to the UI thread, which decides what the user sees
            self._error = exc

    @Slot()
    def _deliver(self) -> None:
        self._thread.wait()  # finished is emitted just before the thread ends; let it end before we go on
        if self._state == CANCELLED:
            self.cancelled.emit()
        elif self._error is not None:
            error, self._error = self._error, None  # drop the traceback's frames once delivered
            self.failed.emit(error)
        else:
            self.succeeded.emit(self._result)


class Job(QObject):
    """The worker side of one long task: progress goes out as a signal, cancel comes in as a thread-safe flag."""

    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()

    def report(self, done: int, total: int) -> None:  # on the worker thread: only emits, never touches widgets
        self.progressed.emit(done, total)

    def request_cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()


class BusyDialog(QDialog):
    """Modal while a task runs, so nothing else reaches the audit file meanwhile; closing it means Cancel."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget, title: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # indeterminate until the service reports progress, if it does
        self.bar.setTextVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.label)
        box.addWidget(self.bar)
        box.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def reject(self) -> None:
        # Esc, the close button and Cancel only ask; the dialog closes when the task has really ended.
        self.cancel_requested.emit()

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        """Steps done of the total; the bar shows the count as a percentage, never going backwards."""
        total = max(total, 1)
        if self.bar.maximum() != total:
            self.bar.setRange(0, total)
            self.bar.setTextVisible(True)
        self.bar.setValue(min(max(done, self.bar.value()), total))

    def cannot_stop(self, text: str) -> None:
        self.label.setText(text)
        self.buttons.setEnabled(False)

    def finish(self) -> None:
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()


class ExportProgress(QProgressDialog):
    """Modal while an export or import runs; Cancel, Esc and the close button only ask, the task decides when it
    ends."""

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


def known(exc: BaseException) -> AuditorError:
    """A failure to show as its one-line message; anything else is re-raised for the crash dialog."""
    if isinstance(exc, AuditorError) and not isinstance(exc, BugError):
        return exc
    raise exc


def run_busy(parent: QWidget, title: str, text: str, fn: Callable[[], Any], running_text: str,
             stop: Callable[[], None] | None = None, job: Job | None = None,
             prepare: Callable[[Task], None] | None = None) -> Task:
    """Start `fn` on a worker thread behind a modal busy dialog; connect to the returned task's signals.

    `running_text` replaces `text` when Cancel comes after `fn` started: with `stop`, `fn` is asked to stop
    (it raises at its next safe point); without, the work cannot be stopped half-way and finishes. A `job`
    whose `report` `fn` calls moves the dialog's bar. `prepare(task)` runs before the worker starts (to connect
    to its outcome before any event can deliver it).
    """
    task = Task(fn, parent)
    dialog = BusyDialog(parent, title, text)
    if job is not None:
        job.progressed.connect(dialog.show_progress)  # queued: emitted on the worker thread

    def cancel() -> None:
        if not task.cancel():
            if stop is not None:
                stop()
            dialog.cannot_stop(running_text)

    dialog.cancel_requested.connect(cancel)
    # Connected before the caller's handlers, so the dialog is gone before any result is shown.
    task.succeeded.connect(dialog.finish)
    task.failed.connect(dialog.finish)
    task.cancelled.connect(dialog.finish)
    for signal in (task.succeeded, task.failed, task.cancelled):
        signal.connect(task.deleteLater)
    return _start(task, dialog, prepare)


def _start(task: Task, dialog: QDialog, prepare: Callable[[Task], None] | None) -> Task:
    """Show the dialog and start the work, once the caller had its chance to connect to the task's outcome."""
    task.dialog = dialog
    if prepare is not None:
        prepare(task)
    dialog.show()
    task.start()
    return task


def run_progress(parent: QWidget, title: str, text: str, fn: Callable[[], Any], running_text: str,
                 stop: Callable[[], None] | None = None, job: Job | None = None,
                 prepare: Callable[[Task], None] | None = None) -> Task:
    """Like run_busy, behind a progress dialog whose Cancel always asks `stop` (the work returns what it has
    finished, or raises when it stopped) and shows `running_text` until the work has ended; the `job` is
    deleted with the task."""
    task = Task(fn, parent)
    dialog = ExportProgress(parent, text)
    dialog.setWindowTitle(title)
    if job is not None:
        job.progressed.connect(dialog.show_progress)  # queued: the dialog lives on the UI thread

    def cancel() -> None:
        if stop is not None:
            stop()
        task.cancel()
        dialog.setLabelText(running_text)
        dialog.setCancelButtonText(translate("exporting", "Stopping…"))

    dialog.canceled.connect(cancel)
    for signal in (task.succeeded, task.failed, task.cancelled):
        signal.connect(dialog.finish)
        if job is not None:
            signal.connect(job.deleteLater)
        signal.connect(task.deleteLater)
    return _start(task, dialog, prepare)

