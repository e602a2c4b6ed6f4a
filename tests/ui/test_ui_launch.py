"""Starting the desktop application, and what the user sees when something goes wrong."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from auditor_app import logsetup
from auditor_app.errors import StorageFull
from auditor_app.services import audit
from auditor_app.ui import crash
from auditor_app.ui.launch import launch
from auditor_app.ui.main_window import MainWindow

NO_DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


@pytest.fixture
def no_display(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in NO_DISPLAY_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")


@pytest.fixture
def fresh_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Log into this test's folder, and leave no handler behind for the next test."""
    logger = logging.getLogger("auditor_app")
    before = list(logger.handlers)
    monkeypatch.setattr(logsetup, "_configured", False)
    yield
    for handler in logger.handlers[:]:
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()


@pytest.fixture
def event_loop_returns(monkeypatch: pytest.MonkeyPatch, fresh_logging: None) -> list[MainWindow]:
    """Make app.exec() return at once, remembering the windows it would have run."""
    windows: list[MainWindow] = []

    def fake_exec(*_args: Any) -> int:
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    return windows


def test_without_a_display_launch_explains_and_fails(no_display: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert launch([]) == 1
    err = capsys.readouterr().err
    assert "needs a display" in err
    assert "auditor-app new|info|check|export|import|demo|history" in err
    assert "auditor-app --help" in err and "xvfb-run auditor-app" in err
    assert "Traceback" not in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is for Linux")
def test_without_a_display_qt_is_never_imported() -> None:
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY_VARS}
    code = ("import sys; from auditor_app.__main__ import main; rc = main([]); "
            "sys.exit(rc + 10 if 'PySide6' in sys.modules else rc)")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 1, done.stderr  # 11 would mean Qt was imported before the check
    assert "needs a display" in done.stderr


def test_launch_opens_the_given_file_and_releases_it(event_loop_returns: list[MainWindow], audit_path: Path,
                                                     qtbot: QtBot) -> None:
    assert launch([str(audit_path)]) == 0
    window = event_loop_returns[0]
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("Stage 2 certification audit")
    assert QApplication.applicationName() == "auditor-app"
    assert sys.excepthook is crash.handle_exception
    audit.open_audit(audit_path, author="next user").close()  # not locked any more


def test_launch_without_a_file_opens_the_sample_audit(event_loop_returns: list[MainWindow], qtbot: QtBot,
                                                      tmp_path: Path) -> None:
    assert launch(["--read-only"]) == 0
    window = event_loop_returns[0]
    qtbot.addWidget(window)
    assert (tmp_path / "user-data" / "sample.audit").exists()
    assert window.windowTitle().endswith("Müller Präzisionsteile GmbH [read-only]")


def test_launch_with_a_bad_file_shows_the_reason(event_loop_returns: list[MainWindow], tmp_path: Path,
                                                 qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    bad = tmp_path / "notes.audit"
    bad.write_bytes(b"hello")
    assert launch([str(bad)]) == 0
    qtbot.addWidget(event_loop_returns[0])
    assert shown == [f"cannot open {bad}: it is not an audit file (not an SQLite database)"]


def test_unexpected_error_shows_crash_dialog_and_logs(fresh_logging: None, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    dialogs: list[QMessageBox] = []

    def shown(box: QMessageBox) -> int:
        dialogs.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install()
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    box = dialogs[0]
    assert "ValueError: boom in a slot" in box.text()
    assert box.informativeText() == f"The details were written to {logsetup.log_file()}"
    assert "Traceback (most recent call last)" in box.detailedText()  # behind "Show Details…"
    assert "boom in a slot" in logsetup.log_file().read_text(encoding="utf-8")
    assert capsys.readouterr().err == ""


def test_known_error_reaching_the_hook_is_one_line(fresh_logging: None, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("no crash dialog for a known error"))
    crash.handle_exception(StorageFull, StorageFull("the disk is full"), None)
    assert shown == ["the disk is full"]
