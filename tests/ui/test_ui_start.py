"""The start page as an auditor meets it: recent audits (one of them moved away), opening, closing, the menus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from uihelpers import cid, feature_of, session_of

from auditor_app import paths
from auditor_app.services import audit, queries, recent
from auditor_app.services.recent import RecentAudit
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.models.recent_audits import Column, RecentAuditsModel
from auditor_app.ui.start_feature import StartFeature, _listed
from auditor_app.ui.start_page import StartPage

AUTHOR = "Test Auditor"
GONE = RecentAudit(path="/nowhere/any/more/供应商审核.audit", title="供应商审核 — 深圳精密电子",
                   client="深圳精密电子有限公司", start_date="2026-09-14", end_date="2026-09-15", audited=37,
                   total=91, last_opened="2026-09-15T17:02")


def feature(win: MainWindow) -> StartFeature:
    return feature_of(win, StartFeature)


def rows(model: RecentAuditsModel) -> list[list[str]]:
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())] for r in range(model.rowCount())]



def remember(path: Path) -> RecentAudit:
    with audit.open_audit(path, author=AUTHOR, read_only=True) as session:
        return recent.remember(session)


def test_start_page_lists_recent_audits_and_marks_the_missing_one(audit_path: Path, qtbot: QtBot,
                                                                   qtmodeltester: Any) -> None:
    recent.store(GONE)
    remember(audit_path)
    win = MainWindow(AUTHOR)
    qtbot.addWidget(win)
    win.show()
    page = feature(win).start_page
    assert win.stack.currentWidget() is page
    assert win.windowTitle() == "auditor-app"
    assert rows(page.model) == [
        ["Stage 2 certification audit ISO 9001 + ISO 14001", "Müller Präzisionsteile GmbH", "2026-11-10 – 2026-11-12",
         "18 of 136 clauses", str(audit_path.parent)],
        ["供应商审核 — 深圳精密电子", "深圳精密电子有限公司", "2026-09-14 – 2026-09-15", "file not found",
         "/nowhere/any/more"],
    ]
    grey = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert page.model.index(1, Column.TITLE).data(Qt.ItemDataRole.ForegroundRole) == grey
    assert page.model.index(0, Column.TITLE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "File not found" in page.model.index(1, Column.LOCATION).data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(page.model)
    assert not page.remove_button.isEnabled()  # nothing selected yet
    page.table.selectRow(1)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [r[0] for r in rows(page.model)] == ["Stage 2 certification audit ISO 9001 + ISO 14001"]
    assert [e.path for e in recent.entries()] == [str(audit_path)]  # forgotten for good; the file is untouched
    assert audit_path.exists()
    win.close()


def test_an_empty_list_says_what_will_appear(empty_window: MainWindow) -> None:
    page = feature(empty_window).start_page
    assert page.recent_stack.currentWidget() is page.empty_label
    assert "No recent audits yet" in page.empty_label.text()


def test_enter_opens_a_recent_audit_and_close_brings_back_the_start_page(audit_path: Path, qtbot: QtBot) -> None:
    remember(audit_path)
    win = MainWindow(AUTHOR)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    page = feature(win).start_page
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert session_of(win) is not None and session_of(win).path == audit_path
    assert win.stack.currentWidget() is win.workspace
    win.set_result(cid("7.1.5.1"), "conforming")
    feature(win).close_action.trigger()
    assert session_of(win) is None
    assert win.stack.currentWidget() is page
    assert win.windowTitle() == "auditor-app"
    assert win.tree_model.rowCount() == 0  # nothing of the closed audit is left behind the start page
    # The edit made just before closing is in the list's progress, without waiting for the pause.
    assert rows(page.model)[0][Column.PROGRESS] == "19 of 136 clauses"
    page.table.selectRow(0)
    page.open_index(page.model.index(0, 0))
    assert session_of(win) is not None and session_of(win).path == audit_path
    win.close()


def test_progress_is_saved_once_edits_pause(window: MainWindow, qtbot: QtBot) -> None:
    assert recent.entries()[0].audited == 18  # remembered when it was opened
    window.set_result(cid("7.1.5.1"), "conforming")
    window.set_result(cid("7.1.6"), "nonconformity")
    assert recent.entries()[0].audited == 18  # not written on every click
    qtbot.waitUntil(lambda: recent.entries()[0].audited == 20, timeout=5000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: recent.entries()[0].audited == 19, timeout=5000)


def test_a_missing_file_is_offered_for_removal_when_opened(empty_window: MainWindow,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    recent.store(GONE)
    page = feature(empty_window).start_page
    page.refresh()
    asked: list[str] = []

    def answer(_parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.table.doubleClicked.emit(page.model.index(0, Column.TITLE))
    assert session_of(empty_window) is None
    assert GONE.path in asked[0] and "no longer there" in asked[0]
    assert page.model.rowCount() == 0 and recent.entries() == []


def test_delete_key_removes_the_selected_entry(empty_window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    recent.store(RecentAudit(path=str(tmp_path / "one.audit"), title="One"))
    recent.store(RecentAudit(path=str(tmp_path / "two.audit"), title="Two"))
    page = feature(empty_window).start_page
    page.refresh()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [e.title for e in recent.entries()] == ["One"]


def test_buttons_start_new_open_and_sample(qtbot: QtBot) -> None:
    page = StartPage()
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.new_requested):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.open_requested):
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.sample_requested):
        qtbot.mouseClick(page.sample_button, Qt.MouseButton.LeftButton)


def test_menus_offer_new_close_and_preferences(window: MainWindow) -> None:
    start = feature(window)
    file_actions = [a for a in window.menus.file.actions() if not a.isSeparator()]
    assert file_actions[0] is start.new_action and start.new_action.shortcut().toString() == "Ctrl+N"
    assert file_actions[file_actions.index(window.sample_action) + 1] is start.close_action
    assert start.close_action.shortcut().toString() == "Ctrl+W"
    assert start.preferences_action in window.menus.edit.actions()
    assert start.preferences_action.shortcut().toString() == "Ctrl+,"
    assert start.close_action.isEnabled()
    start.close_action.trigger()
    assert not start.close_action.isEnabled() and start.new_action.isEnabled()


def test_the_sample_and_read_only_copies_are_not_listed(tmp_path: Path) -> None:

    assert not _listed(paths.sample_audit())
    assert not _listed(paths.user_data_dir() / "read-only-copies" / "x-20261110.audit")
    assert _listed(tmp_path / "client.audit")


def test_opening_records_the_audit_at_the_top(window: MainWindow, audit_path: Path) -> None:
    top = recent.entries()[0]
    assert (top.path, top.title, top.client) == (str(audit_path), "Stage 2 certification audit ISO 9001 + ISO 14001",
                                                 "Müller Präzisionsteile GmbH")
    session = session_of(window)
    assert session is not None
    assert (top.audited, top.total) == (18, len(window.audit.read(queries.clauses)))
