"""A file whose log holds unsound operations (valid hashes, unreadable text, no clock value): refused, never a crash."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from uihelpers import session_of, visible_numbers

from auditor_app.domain.ops import op_hash
from auditor_app.ui import staged_open
from auditor_app.ui.main_window import MainWindow

AUTHOR = "Test Auditor"


def forge_unsound_ops(path: Path) -> None:
    """Two forged operations with valid hashes: a value that is not UTF-8, then (newest) a clock that is a word."""
    conn = sqlite3.connect(path)
    for value_sql, hlc in (("CAST(x'22ff22' AS TEXT)", "0001700000000.00000"), ("'\"x\"'", "yesterday")):
        op_id, entity_id, replica = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
        digest = op_hash(op_id, "note", entity_id, "text", '"x"', [], hlc, "Mallory", replica, 2)
        conn.execute("INSERT INTO op(op_id, entity_type, entity_id, field, value, parents, hlc, author, "
                     "replica_id, schema_version, op_hash) "
                     f"VALUES (?, 'note', ?, 'text', {value_sql}, '[]', ?, 'Mallory', ?, 2, ?)",
                     (op_id, entity_id, hlc, replica, digest))
    conn.commit()
    conn.close()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a, **k: seen.append(f"{title}: {text}"))
    return seen


def test_file_open_refuses_a_forged_log_with_its_reason(qtbot: QtBot, audit_path: Path, shown: list[str]) -> None:
    forge_unsound_ops(audit_path)
    win = MainWindow(AUTHOR)
    qtbot.addWidget(win)
    win.open_path(audit_path)
    qtbot.waitUntil(lambda: bool(shown) and session_of(win) is None, timeout=10_000)
    assert "the file is damaged (operation " in shown[0] and "not UTF-8" in shown[0], shown
    assert f"run `auditor-app check {audit_path}`" in shown[0]


def test_start_up_refuses_a_forged_log_with_its_reason(qtbot: QtBot, audit_path: Path, shown: list[str]) -> None:
    forge_unsound_ops(audit_path)
    win = MainWindow(AUTHOR, staged=True)
    qtbot.addWidget(win)
    staged_open.open_at_start(win, audit_path)
    qtbot.waitUntil(lambda: win.complete and win.staged is None, timeout=10_000)
    qtbot.waitUntil(lambda: bool(shown))
    assert session_of(win) is None and shown[0].startswith("Audit file damaged: "), shown
    assert "not UTF-8" in shown[0]
    assert not visible_numbers(win)  # nothing of the refused audit stays on screen
    win.close()
