"""Opening files the careful way: USB sticks and cloud folders, damaged logs found after the window shows."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from uihelpers import damage_the_log, session_of

from auditor_app.services import audit
from auditor_app.storage import location
from auditor_app.ui import opening
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.tasks import BusyDialog


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    for kind in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, *a, **k: seen.append(f"{title}: {text}"))
    return seen


def _click(label: str) -> Any:
    def exec_(box: QMessageBox) -> int:
        seen = [b.text() for b in box.buttons()]
        next(b for b in box.buttons() if b.text() == label).click()
        exec_.texts.append((box.text(), seen))  # type: ignore[attr-defined]
        return 0

    exec_.texts = []  # type: ignore[attr-defined]
    return exec_


def test_a_file_on_a_usb_stick_is_worked_on_as_a_local_copy(qtbot: QtBot, audit_path: Path, shown: list[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit, "where_is", lambda _p: location.Location("removable", "vfat at /media/usb"))
    clicker = _click("Work on a local copy")
    monkeypatch.setattr(QMessageBox, "exec", clicker)
    win = MainWindow("Test Auditor")
    qtbot.addWidget(win)
    assert win.open_path(audit_path)
    text, buttons = clicker.texts[0]
    assert "removable media" in text and "Open it where it is" in buttons
    assert session_of(win) is not None and session_of(win).path.parent.name == "working-copies"
    assert "local copy" in shown[0]
    win.close()


def test_damage_found_by_the_deferred_check_closes_the_audit(qtbot: QtBot, audit_path: Path,
                                                             shown: list[str]) -> None:
    damage_the_log(audit_path)
    win = MainWindow("Test Auditor")
    qtbot.addWidget(win)
    assert win.open_path(audit_path)  # the window shows the audit at once …
    qtbot.waitUntil(lambda: session_of(win) is None, timeout=5000)  # … and closes it when the check fails
    assert any("damaged" in s for s in shown)


def test_the_safety_backup_is_taken_when_the_audit_is_closed_not_as_it_opens(qtbot: QtBot, audit_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor_app.services import queries
    from auditor_app.storage import backup

    win = MainWindow("Test Auditor")
    qtbot.addWidget(win)
    assert win.open_path(audit_path)
    qtbot.waitUntil(lambda: win._checked)  # the deferred whole-file check has passed
    audit_id = session_of(win).audit_id
    assert backup.list_backups(audit_id) == []  # opening costs no backup time
    win.set_result(win.audit.read(queries.clauses)[0].id, "conforming")
    shown: list[tuple[int, int]] = []
    original = BusyDialog.show_progress
    monkeypatch.setattr(BusyDialog, "show_progress",
                        lambda self, done, total: (shown.append((done, total)), original(self, done, total)))
    modal: list[object] = []
    QTimer.singleShot(0, lambda: modal.append(QApplication.activeModalWidget()))
    win.close_audit()
    # The copy ran on a worker behind a progress dialog, the window's event loop running meanwhile.
    assert isinstance(modal[0], BusyDialog) and session_of(win) is None and not win.audit.busy
    [taken] = backup.list_backups(audit_id)
    assert shown and shown[-1][0] == shown[-1][1]  # pages copied, to the last one
    with audit.open_audit(taken.path, author="checker", read_only=True) as copy:
        assert queries.clauses(copy)[0].result == "conforming"  # the day's work is in it
    assert win.open_path(audit_path)
    qtbot.waitUntil(lambda: win._checked)
    win.close_audit()
    assert session_of(win) is None and not win.audit.busy  # not due again within 15 minutes: closed at once
    assert len(backup.list_backups(audit_id)) == 1


def test_cancelling_the_closing_backup_still_closes_and_leaves_no_partial_copy(
        qtbot: QtBot, audit_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor_app.storage import backup

    monkeypatch.setattr(backup, "STEP_PAGES", 1)  # many small, slowed steps: Cancel lands half-way
    stepper = backup._stepper

    def slow_stepper(*args: Any) -> Any:
        step = stepper(*args)

        def slow(*a: int) -> None:
            time.sleep(0.003)
            step(*a)
        return slow

    monkeypatch.setattr(backup, "_stepper", slow_stepper)
    win = MainWindow("Test Auditor")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_path(audit_path)
    qtbot.waitUntil(lambda: win._checked)
    audit_id = session_of(win).audit_id
    cancelled: list[tuple[int, int]] = []
    failures: list[BaseException] = []
    original_progress, original_failed = BusyDialog.show_progress, opening.log.warning

    def cancel_once_copying(self: BusyDialog, done: int, total: int) -> None:
        original_progress(self, done, total)
        if not cancelled and 0 < done < total:
            cancelled.append((done, total))
            self.reject()  # Cancel, while pages are being copied

    monkeypatch.setattr(BusyDialog, "show_progress", cancel_once_copying)
    monkeypatch.setattr(opening.log, "warning", lambda *a: (failures.append(a), original_failed(*a)))
    win.close()  # quitting the application with a backup due
    assert cancelled, "the copy was cancelled half-way, not before it started"
    assert not failures  # a cancelled backup is not a failure worth a log line
    assert not win.isVisible() and session_of(win) is None
    assert backup.list_backups(audit_id) == []
    assert not list(backup.audit_backup_dir(audit_id).iterdir())  # no partial file left behind


def _write_protect(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from auditor_app.storage import fsutil

    path.chmod(0o444)
    if os.geteuid() == 0:  # root ignores permission bits; every other user is refused as this simulates
        real = os.access
        monkeypatch.setattr(fsutil.os, "access", lambda p, mode, *a, **k:
                            False if Path(p) == path and mode & os.W_OK else real(p, mode, *a, **k))


def test_a_write_protected_file_opens_read_only_marked_and_says_why(qtbot: QtBot, audit_path: Path, shown: list[str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _write_protect(audit_path, monkeypatch)
    before = audit_path.read_bytes()
    win = MainWindow("Test Auditor")
    qtbot.addWidget(win)
    assert win.open_path(audit_path)
    assert win.read_only and session_of(win) is not None and session_of(win).file.read_only
    assert shown == ["Opened read-only: a.audit is open read-only: the file is write-protected.\n\nYou can read, "
                     "search and export it. To edit it, save a copy (File ▸ Save a copy…) to a folder you can write "
                     "to, and open the copy."]
    assert win.windowTitle().endswith("[read-only]")
    assert "read-only: the file is write-protected" in win.status_label.text()
    assert not win.page.result_combo.isEnabled()  # nothing invites an edit that would fail
    win.close()
    assert audit_path.read_bytes() == before


def test_a_read_only_folder_is_named(tmp_path: Path, audit_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from auditor_app.errors import FileReadOnly
    from auditor_app.storage import fsutil

    real = os.access
    monkeypatch.setattr(fsutil.os, "access", lambda p, mode, *a, **k:
                        False if Path(p) == tmp_path and mode & os.W_OK else real(p, mode, *a, **k))
    with pytest.raises(FileReadOnly, match="its folder .* is read-only"):
        audit.open_audit(audit_path, author="Test Auditor")
    audit.open_audit(audit_path, author="Test Auditor", read_only=True).close()
