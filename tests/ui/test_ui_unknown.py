"""A file written by a newer version: the window shows what it does not know, marked, and does not rewrite it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import forged_values as forged
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_ui_details import details_page
from test_ui_evidence import feature as evidence_feature
from test_ui_evidence import titles
from test_ui_findings import feature_of, stored_findings, table_rows
from test_ui_search import feature as search_feature
from test_ui_search import open_find, shown, type_query
from uihelpers import choose, cid, click_clause, row_text, session_of

from auditor_app.services import audit, queries
from auditor_app.ui.findings.table_model import Column as FindingColumn
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.models.clause_tree import Column
from auditor_app.ui.models.history_list import Column as HistoryColumn

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)", extend=True)
CLAUSE = forged.CLAUSE_715
MARKED = "partially_conforming (unknown value)"


@pytest.fixture
def newer_path(audit_path: Path) -> Path:
    forged.append(audit_path, forged.unknown_everywhere(audit_path))
    with audit.open_audit(audit_path, author="checker") as session:
        queries.rebuild_cache(session)
    return audit_path


@pytest.fixture
def win(qtbot: QtBot, newer_path: Path) -> Iterator[MainWindow]:
    window = MainWindow("Test Auditor")
    qtbot.addWidget(window)
    assert window.open_path(newer_path)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def result_ops(win: MainWindow) -> list[str]:
    """The clause's result operations, as the file holds them (read through the window's own session)."""
    assert session_of(win) is not None
    return [h.value for h in win.audit.read(queries.history, CLAUSE) if h.field == "result"]


def stored_result(win: MainWindow) -> str:
    assert session_of(win) is not None
    record = win.audit.read(queries.clause, CLAUSE)
    assert record is not None
    return record.result


def test_the_tree_and_the_clause_page_show_the_unknown_result(win: MainWindow, qtbot: QtBot,
                                                              qtmodeltester: Any) -> None:
    assert row_text(win, CLAUSE, Column.RESULT) == MARKED
    click_clause(qtbot, win, CLAUSE)
    combo = win.page.result_combo
    assert (combo.currentText(), combo.currentData()) == (MARKED, "partially_conforming")
    assert win.page.audited_label.text() != "Not yet audited"
    qtmodeltester.check(win.tree_model)


def test_working_on_the_clause_does_not_rewrite_its_unknown_result(win: MainWindow, qtbot: QtBot) -> None:
    before = result_ops(win)
    click_clause(qtbot, win, CLAUSE)
    choose(qtbot, win.page.result_combo, MARKED)  # picking the shown result again changes nothing
    win.add_note(CLAUSE, "general", "Calibration records of the torque wrenches seen.")
    click_clause(qtbot, win, cid("7.1.6"))
    click_clause(qtbot, win, CLAUSE)
    assert win.page.result_combo.currentText() == MARKED
    assert result_ops(win) == before and stored_result(win) == "partially_conforming"
    choose(qtbot, win.page.result_combo, "Conforming")  # the user's own change is stored …
    assert stored_result(win) == "conforming" and row_text(win, CLAUSE, Column.RESULT) == "Conforming"
    win.undo_action.trigger()  # … and undone back to the newer version's result
    assert stored_result(win) == "partially_conforming" and row_text(win, CLAUSE, Column.RESULT) == MARKED
    assert win.page.result_combo.currentText() == MARKED


def test_a_finding_with_an_unknown_grade_and_status_is_shown_and_edited_without_losing_them(
        win: MainWindow, qtbot: QtBot, newer_path: Path) -> None:
    feature = feature_of(win)
    feature.show_findings()
    row = table_rows(win, FindingColumn.GRADE).index("critical (unknown value)")
    assert table_rows(win, FindingColumn.STATUS)[row] == "disputed (unknown value)"
    finding = next(f for f in feature.data.findings if f.grade == "critical")
    feature.edit_finding(finding.id)
    composer = feature.composer
    assert composer is not None
    assert composer.grade_combo.currentText() == "critical (unknown value)"
    assert composer.follow_up.status_combo.currentText() == "disputed (unknown value)"
    qtbot.keyClicks(composer.follow_up.owner, "Tomasz Nowak")
    composer.accept()
    win.close()
    stored = next(f for f in stored_findings(newer_path).values() if f.id == finding.id)
    assert (stored.grade, stored.status, stored.action_owner) == ("critical", "disputed", "Tomasz Nowak")


def test_the_audit_page_shows_unknown_type_role_and_meeting_kind(win: MainWindow) -> None:
    page = details_page(win)
    assert page.form.fields["audit_type"].currentText() == "stage3 (unknown value)"
    roles = page.team.model
    shown = {roles.index(r, 1).data() for r in range(roles.rowCount())}
    assert "expert_witness (unknown value)" in shown
    tabs = page.meetings.tabs
    assert "interim (unknown value)" in [tabs.tabText(i) for i in range(tabs.count())]


def test_search_history_and_gallery_show_the_newer_values(win: MainWindow, qtbot: QtBot) -> None:
    found = open_find(qtbot, win)
    type_query(qtbot, found, "video")
    assert any(title.startswith("note: video (unknown value)") for _group, hits in shown(found) for title in hits)
    qtbot.keyClick(win, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(search_feature(win).history.isVisible)
    click_clause(qtbot, win, CLAUSE)
    model = search_feature(win).history.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    changes = [str(model.index(r, HistoryColumn.CHANGE).data()) for r in range(model.rowCount())]
    assert any("Result: partially_conforming (unknown value)" in c for c in changes)
    gallery = evidence_feature(win)
    win.show_page(gallery.page)  # a photo whose rotation and size are text, not numbers, is still listed
    assert len(titles(gallery.page.model)) == 2
