"""The open audit's file is used on its one database thread only, from opening to closing, and never elsewhere."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from auditor_app.errors import NotFound
from auditor_app.services import audit, merge, overview, queries
from auditor_app.services.session import AuditSession
from auditor_app.storage import audit_file
from auditor_app.ui import staged_open
from auditor_app.ui.export_dialogs import CompletenessDialog, ProfileDialog
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.tasks import ExportProgress
from tests.ui.conftest import AUTHOR
from tests.ui.uihelpers import cid, click_clause, session_of

CLAUSE = cid("7.1.5.1")  # not audited in the demo


def db_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("audit-db-")]


def trace_audit_files(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(thread name, statement) for every statement on an audit file's connection made from now on, plus its
    connect and close."""
    seen: list[tuple[str, str]] = []
    connect, close = audit_file._connect, audit_file.AuditFile.close

    def traced_connect(path: Path, read_only: bool) -> Any:
        conn = connect(path, read_only)
        seen.append((threading.current_thread().name, f"connect {path.name}"))
        conn.set_trace_callback(lambda sql: seen.append((threading.current_thread().name, sql)))
        return conn

    def traced_close(self: audit_file.AuditFile) -> None:
        seen.append((threading.current_thread().name, f"close {self.path.name}"))
        close(self)

    monkeypatch.setattr(audit_file, "_connect", traced_connect)
    monkeypatch.setattr(audit_file.AuditFile, "close", traced_close)
    return seen


def test_opening_reads_an_edit_undo_an_export_a_merge_and_closing_all_use_the_one_database_thread(
        qtbot: QtBot, audit_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with audit.open_audit(audit_path, author=AUTHOR) as lead:
        bob = merge.hand_over_copy(lead, tmp_path / "Bob.audit", "Bob")
    with audit.open_audit(bob, author="Bob") as session:
        session.run(audit.set_clause_result, "iso9001-2015", "7.1.5.1", "observation")
    shown: list[str] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, *a, **k: shown.append(f"{title}: {text}"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen = trace_audit_files(monkeypatch)

    win = MainWindow(AUTHOR)
    qtbot.addWidget(win)
    assert win.open_path(audit_path)
    win.show()
    qtbot.waitUntil(lambda: win._checked, timeout=10_000)  # the rest of the file was checked
    click_clause(qtbot, win, cid("8.5.1"))  # a read
    before = win.audit.read(queries.clause, cid("4.1")).result
    win.set_result(cid("4.1"), "nonconformity")  # an edit
    assert win.audit.read(queries.clause, cid("4.1")).result == "nonconformity" != before
    win.undo_action.trigger()
    assert win.audit.read(queries.clause, cid("4.1")).result == before

    def internal(dialog: ProfileDialog) -> int:
        dialog.set_profile("internal")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProfileDialog, "exec", internal)
    monkeypatch.setattr(CompletenessDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "report"), ""))
    done: list[Any] = []
    win.exports.finished.connect(done.append)
    win.exports.pdf_action.trigger()
    qtbot.waitUntil(lambda: bool(done) and not win.audit.busy, timeout=60_000)
    assert done == [tmp_path / "report.pdf"] and (tmp_path / "report.pdf").read_bytes()[:4] == b"%PDF"

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(bob)], ""))
    win.team.merge_action.trigger()
    qtbot.waitUntil(lambda: not win.audit.busy and any("Bob.audit" in s for s in shown), timeout=20_000)
    assert win.audit.read(queries.clause, CLAUSE).result == "observation"  # merged in
    [thread] = db_threads()
    win.close()

    threads = {name for name, _ in seen}
    assert threads == {thread}, [s for s in seen if s[0] != thread][:5]
    statements = [sql for _, sql in seen]
    assert statements[0] == "connect a.audit" and statements[-1] == "close a.audit"
    assert "BEGIN IMMEDIATE" in statements and any(s.startswith("INSERT INTO op") for s in statements)
    assert "connect Bob.audit" in statements and "close Bob.audit" in statements  # the merge's input, read there
    assert db_threads() == []  # closing the window ended (joined) the thread


def test_the_file_cannot_be_used_from_the_ui_thread(window: MainWindow) -> None:
    session = session_of(window)
    assert session is not None
    with pytest.raises(Exception, match="same thread"):
        overview.read(session.file)  # straight at the connection: refused, not silently shared
    assert window.audit.read(lambda s: overview.read(s.file)).details.title  # through the owner it works


def test_exceptions_reach_the_caller_with_their_type_and_the_audit_stays_usable(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(session: AuditSession, what: str) -> None:
        raise NotFound(f"{what} does not exist in this audit")

    with pytest.raises(NotFound, match="note 1234 does not exist"):
        window.audit.read(missing, "note 1234")
    with pytest.raises(ZeroDivisionError):
        window.audit.read(lambda s: 1 / 0)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: warnings.append(f"{title}: {text}"))
    window.set_result(cid("4.1"), "no such result")  # refused by the service on the database thread
    assert warnings and warnings[0].startswith("Change not saved: ")
    assert window.undo_stack.count() == 0  # the failed step is dropped, nothing to undo
    window.set_result(cid("4.1"), "conforming")
    assert window.audit.read(queries.clause, cid("4.1")).result == "conforming"


def test_closing_and_reopening_keep_one_thread_per_open_audit(window: MainWindow, audit_path: Path,
                                                               tmp_path: Path) -> None:
    assert len(db_threads()) == 1
    other = tmp_path / "b.audit"
    other.write_bytes(audit_path.read_bytes())
    window.close_audit()
    assert db_threads() == []
    assert window.open_path(audit_path)
    first = db_threads()
    assert window.open_path(other)  # in place of the first: its thread ended once it was closed
    assert len(db_threads()) == 1 and db_threads() != first
    audit.open_audit(audit_path, author="next user").close()  # the first file was released


def test_quitting_while_an_export_runs_waits_for_it_then_releases_the_file(window: MainWindow, audit_path: Path,
                                                                          qtbot: QtBot) -> None:
    release = threading.Event()
    finished: list[float] = []

    def export(session: AuditSession) -> int:
        release.wait(10)
        count = len(queries.clauses(session))
        time.sleep(0.05)
        finished.append(time.monotonic())
        return count

    window.audit.run_exclusive("Exporting", "Exporting…", export, "Stopping…", bar=True)
    assert window.audit.busy and isinstance(QApplication.activeModalWidget(), ExportProgress)
    window.close()  # the window refuses to close while the work has the file
    assert window.audit.is_open
    threading.Timer(0.2, release.set).start()
    window.close_session()  # what quitting does (launch._run) once the event loop has ended
    closed = time.monotonic()
    assert finished and finished[0] <= closed
    assert not window.audit.is_open and db_threads() == []
    audit.open_audit(audit_path, author="next user").close()  # released


def test_start_up_opens_shows_and_checks_the_file_on_its_database_thread(qtbot: QtBot, audit_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    seen = trace_audit_files(monkeypatch)
    win = MainWindow(AUTHOR, staged=True)
    qtbot.addWidget(win)
    win.show()
    staged_open.open_at_start(win, audit_path)
    assert len(win.tree_model.clause_records()) == 136  # the first view, read there before the session exists
    qtbot.waitUntil(lambda: win._checked and win.staged is None, timeout=10_000)
    [thread] = db_threads()
    win.close()
    assert {name for name, _ in seen} == {thread} and seen[-1] == (thread, "close a.audit")
    assert db_threads() == []
