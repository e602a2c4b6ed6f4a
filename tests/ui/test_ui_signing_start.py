"""A key-bound copy opened at start-up (the staged fast path): its key is unlocked on the UI thread before the
window takes the session, as when it is opened from the File menu."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from signhelpers import Dialogs, make_bound_copy
from uihelpers import cid, session_of

from auditor_app.services import history, keys
from auditor_app.ui import staged_open
from auditor_app.ui.main_window import MainWindow


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def start(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[MainWindow, Path]]:
    """Max's key-bound copy, about to be opened as `auditor-app max.audit` opens it."""
    path = make_bound_copy(tmp_path, monkeypatch)
    win = MainWindow("Max", staged=True)
    qtbot.addWidget(win)
    win.show()
    yield win, path
    win.close()


def _started(qtbot: QtBot, win: MainWindow, path: Path) -> None:
    staged_open.open_at_start(win, path)
    assert win.staged is not None  # the fast path, not the careful one
    qtbot.waitUntil(lambda: session_of(win) is not None, timeout=20_000)


def test_a_bound_copy_opened_at_start_up_asks_for_the_passphrase_and_signs_edits(
        start: tuple[MainWindow, Path], qtbot: QtBot, dialogs: Dialogs) -> None:
    win, path = start
    dialogs.answers = ["not it", "max passphrase"]
    _started(qtbot, win, path)
    assert dialogs.asked == ["Changes to max.audit are signed with your key. Its passphrase (cancel to open the "
                             "audit read-only):"] * 2
    assert dialogs.shown == [("warning", "Wrong passphrase. Try again, or cancel.")]
    assert not win.read_only and "[read-only]" not in win.windowTitle()
    win.add_note(cid("8.3"), "observation", "Checked on site.")
    assert dialogs.shown[1:] == []  # no "Change not saved: … key … locked"
    [entry] = [e for e in win.audit.read(history.clause_trail, cid("8.3")) if "Checked on site." in str(e)]
    signer = keys.unlock("max passphrase")
    assert entry.signature == f"signed by Max ({signer.fingerprint})"


def test_cancelling_the_passphrase_at_start_up_opens_the_copy_read_only_and_says_why(
        start: tuple[MainWindow, Path], qtbot: QtBot, dialogs: Dialogs) -> None:
    win, path = start
    dialogs.answers = [None]
    _started(qtbot, win, path)
    assert win.read_only and win.windowTitle().endswith("[read-only]")
    assert win.status_label.text().endswith(
        "read-only: changes to it are signed with your key, which was not unlocked")
    win.add_note(cid("8.3"), "observation", "Checked on site.")  # refused quietly: the window is read-only
    assert dialogs.shown == []
    assert not [e for e in win.audit.read(history.clause_trail, cid("8.3")) if "Checked on site." in str(e)]
