"""Start-up: the audit on screen before the services are loaded, then the whole workspace around it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from uihelpers import cid, click_clause, damage_the_log, row_text, session_of, visible_numbers

from auditor_app.errors import FileLocked
from auditor_app.services import audit, queries
from auditor_app.ui import staged_open
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.models.clause_tree import Column
from auditor_app.ui.tasks import Task

AUTHOR = "Test Auditor"
START = Task.start


class Held(list[Task]):
    """Workers held until released (in a test the services are loaded already, so the start-up worker would be
    done before the test could look at the window in between); once released, tasks start as usual."""

    released = False

    def start(self, task: Task) -> None:
        if self.released:
            START(task)
        else:
            self.append(task)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Held:
    waiting = Held()
    monkeypatch.setattr(Task, "start", lambda task: waiting.start(task))
    return waiting


@pytest.fixture
def staged(qtbot: QtBot, audit_path: Path, held: Held) -> Iterator[MainWindow]:
    """A window as the program starts it: the audit on screen, its session still being made."""
    win = MainWindow(AUTHOR, staged=True)
    qtbot.addWidget(win)
    win.show()
    staged_open.open_at_start(win, audit_path)
    yield win
    _release(held)
    win.close()


def db_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("audit-db-")]


def _release(held: Held) -> None:
    held.released = True
    while held:
        START(held.pop())


def _complete(qtbot: QtBot, win: MainWindow, held: Held) -> None:
    _release(held)
    qtbot.waitUntil(lambda: session_of(win) is not None, timeout=10_000)


def test_the_audit_is_on_screen_before_its_session_and_the_same_after(staged: MainWindow, qtbot: QtBot,
                                                                      audit_path: Path, held: Held) -> None:
    win = staged
    assert session_of(win) is None and not win.complete  # the worker is still importing and making the session
    assert win.windowTitle() == "Stage 2 certification audit ISO 9001 + ISO 14001 — Müller Präzisionsteile GmbH"
    assert len(visible_numbers(win)) == 136
    first = {n: row_text(win, cid(n), Column.RESULT) for n in ("7.1.5.1", "7.1.5.2", "8.3")}
    counts = {n: row_text(win, cid(n), Column.NOTES) for n in ("7.1.5.2", "8.5.1")}
    status = win.status_label.text()
    assert status.startswith("18 of 136 clauses audited · 3 findings · ") and str(audit_path) in status
    assert [a.text() for a in win.menuBar().actions()] == ["&File", "&Edit", "&View", "&Audit", "E&vidence", "&Help"]
    assert not win.menus.file.actions()  # filled when the workspace is complete
    _complete(qtbot, win, held)
    assert win.complete and win.staged is None
    assert {n: row_text(win, cid(n), Column.RESULT) for n in first} == first  # nothing moved or changed
    assert {n: row_text(win, cid(n), Column.NOTES) for n in counts} == counts
    assert win.status_label.text() == status
    assert win.menus.file.actions() and win.workspace.count() > 1  # menus and pages (findings, evidence, …)
    qtbot.waitUntil(lambda: win._checked)  # the whole file was checked on the worker
    win.add_note(cid("8.3"), "observation", "Checked on site. 检查")
    assert [n.text for n in win.audit.read(queries.notes, cid("8.3"))][-1] == "Checked on site. 检查"


def test_a_clause_picked_during_start_up_is_shown_when_the_workspace_is_ready(staged: MainWindow, qtbot: QtBot,
                                                                               held: Held) -> None:
    win = staged
    click_clause_early = cid("7.1.5.2")
    index = win.panel.view_index(win.tree_model.index_of_clause(click_clause_early))
    win.panel.tree.setCurrentIndex(index)
    assert win.page.clause_id is None
    _complete(qtbot, win, held)
    assert win.page.clause_id == click_clause_early
    click_clause(qtbot, win, cid("8.3"))  # and the tree goes on working as usual
    assert win.page.clause_id == cid("8.3")


def test_closing_during_start_up_releases_the_file(qtbot: QtBot, audit_path: Path, held: Held) -> None:
    win = MainWindow(AUTHOR, staged=True)
    qtbot.addWidget(win)
    win.show()
    staged_open.open_at_start(win, audit_path)
    assert win.staged is not None
    _release(held)
    win.close()  # while the worker runs
    assert win.staged is None and not db_threads()  # the file was closed on its thread, which has ended
    audit.open_audit(audit_path, author="next user").close()  # not locked any more


def test_a_file_in_use_takes_the_careful_path(qtbot: QtBot, audit_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, *a, **k: asked.append(title)
                        or QMessageBox.StandardButton.Cancel)
    other = audit.open_audit(audit_path, author="someone else")
    try:
        win = MainWindow(AUTHOR, staged=True)
        qtbot.addWidget(win)
        staged_open.open_at_start(win, audit_path)
        assert win.complete and session_of(win) is None and asked == ["Audit file in use"] and not db_threads()
        with pytest.raises(FileLocked):
            audit.open_audit(audit_path, author="third")
    finally:
        other.close()


def test_damage_found_on_the_worker_closes_the_audit_with_its_reason(qtbot: QtBot, audit_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a, **k: shown.append(f"{title}: {text}"))
    damage_the_log(audit_path)
    win = MainWindow(AUTHOR, staged=True)
    qtbot.addWidget(win)
    staged_open.open_at_start(win, audit_path)
    assert len(visible_numbers(win)) == 136  # the first view reads only the small, checked tables
    qtbot.waitUntil(lambda: win.complete and win.staged is None, timeout=10_000)
    qtbot.waitUntil(lambda: bool(shown))
    assert session_of(win) is None and shown[0].startswith("Audit file damaged: ") and not db_threads()
    assert not visible_numbers(win)  # nothing of a damaged audit stays on screen
    win.close()


def test_the_first_view_is_shown_without_importing_sqlalchemy(audit_path: Path) -> None:
    # Guards the start-up design: SQLAlchemy (0.2 s) and the services load on a worker after the first view; so do
    # the records the first view does not show (~15 ms) and the log file's handler (~7 ms), and what is logged
    # before that handler exists still reaches the log file.
    code = """
import json, logging, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from auditor_app.ui import launch, tasks
held = []  # the worker starts only once the first view has been looked at
start = tasks.Task.start
tasks.Task.start = lambda task: held.append(task)
app = QApplication([])
window = launch.start(Path(sys.argv[1]))
QTest.qWaitForWindowExposed(window)
first = {"sqlalchemy": "sqlalchemy" in sys.modules, "clauses": len(window.tree_model.clause_records()),
         "title": window.windowTitle(), "all records": "auditor_app.domain.records" in sys.modules,
         "log handler": "logging.handlers" in sys.modules}
logging.getLogger("auditor_app.test").warning("noted while the first view was up")
tasks.Task.start = start
for task in held:
    start(task)
deadline = time.monotonic() + 30
while not window.audit.is_open and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
first["session"] = window.audit.is_open
first["keyring"] = "keyring" in sys.modules  # the OS keyring is looked for only when a signing key is needed
first["psycopg"] = "psycopg" in sys.modules  # the office store's driver: only a sync imports it
from auditor_app import logsetup
first["logged"] = "WARNING auditor_app.test: noted while the first view was up" in logsetup.log_file().read_text()
window.close()
print(json.dumps(first))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code, str(audit_path)], capture_output=True, text=True,
                          timeout=60, env=env, check=False)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"sqlalchemy": False, "clauses": 136, "session": True, "keyring": False, "psycopg": False,
                    "title": "Stage 2 certification audit ISO 9001 + ISO 14001 — Müller Präzisionsteile GmbH",
                    "all records": False, "log handler": False, "logged": True}
