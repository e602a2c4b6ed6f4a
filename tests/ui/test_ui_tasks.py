"""The worker-thread runner: results and errors arrive on the UI thread; Cancel stops only what has not started."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from auditor_app.errors import BugError, KnownError
from auditor_app.ui.tasks import BusyDialog, Task, known, run_busy


def outcomes(task: Task) -> list[tuple[str, Any, threading.Thread]]:
    seen: list[tuple[str, Any, threading.Thread]] = []
    task.succeeded.connect(lambda value: seen.append(("ok", value, threading.current_thread())))
    task.failed.connect(lambda exc: seen.append(("error", exc, threading.current_thread())))
    task.cancelled.connect(lambda: seen.append(("cancelled", None, threading.current_thread())))
    return seen


def test_the_result_is_computed_elsewhere_and_delivered_here(qtbot: QtBot) -> None:
    workers: list[threading.Thread] = []

    def work() -> int:
        workers.append(threading.current_thread())
        return 42

    task = Task(work)
    seen = outcomes(task)
    task.start()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("ok", 42, threading.main_thread())]
    assert workers and workers[0] is not threading.main_thread()


def test_an_exception_is_delivered_not_raised(qtbot: QtBot) -> None:
    def work() -> None:
        raise KnownError("the disk is full")

    task = Task(work)
    seen = outcomes(task)
    task.start()
    qtbot.waitUntil(lambda: bool(seen))
    kind, error, thread = seen[0]
    assert (kind, str(error), thread) == ("error", "the disk is full", threading.main_thread())


def test_cancel_before_the_start_means_it_never_runs(qtbot: QtBot) -> None:
    ran: list[bool] = []
    task = Task(lambda: ran.append(True))
    seen = outcomes(task)
    assert task.cancel()
    task.start()
    qtbot.waitUntil(lambda: bool(seen))
    assert [s[0] for s in seen] == ["cancelled"] and not ran


def test_cancel_while_running_says_it_cannot_stop_and_waits(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started, release = threading.Event(), threading.Event()

    def work() -> str:
        started.set()
        release.wait(10)
        return "merged"

    task = run_busy(parent, "Merging", "Merging two files…", work, "Too late to stop.")
    seen = outcomes(task)
    [dialog] = parent.findChildren(BusyDialog)
    assert dialog.isVisible() and dialog.isModal() and dialog.bar.maximum() == 0  # indeterminate
    assert started.wait(10)
    dialog.reject()  # what Esc, the close button and Cancel do
    assert dialog.isVisible() and dialog.label.text() == "Too late to stop." and not dialog.buttons.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][:2] == ("ok", "merged")
    qtbot.waitUntil(lambda: not parent.findChildren(BusyDialog))  # closed and deleted once the work has ended


def test_known_errors_are_shown_and_bugs_reraised() -> None:
    error = KnownError("cannot open x.audit: the file is empty")
    assert known(error) is error
    with pytest.raises(BugError):
        known(BugError("inconsistent state"))
    with pytest.raises(ZeroDivisionError):
        known(ZeroDivisionError())


def test_cancel_of_running_work_that_can_stop_asks_it_to(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started, stop = threading.Event(), threading.Event()

    def work() -> None:
        started.set()
        if not stop.wait(5):
            raise AssertionError("never asked to stop")
        raise KnownError("stopped at a safe point")

    task = run_busy(parent, "Merging", "Merging two files", work, "Stopping at the next file…", stop.set)
    seen = outcomes(task)
    qtbot.waitUntil(started.is_set)
    dialog = next(d for d in parent.findChildren(BusyDialog))
    dialog.reject()  # the user's Cancel, once the work is under way
    assert dialog.label.text() == "Stopping at the next file…"
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][0] == "error" and str(seen[0][1]) == "stopped at a safe point"
