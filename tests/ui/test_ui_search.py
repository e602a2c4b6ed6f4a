"""Find in audit (Ctrl+F) and the History dock (Ctrl+H), used the way an auditor does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from uihelpers import choose, cid, click_clause, session_of

from auditor_app.services import history, queries
from auditor_app.services.search import SearchIndex
from auditor_app.ui import search_feature
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.models.history_list import Column, HistoryModel
from auditor_app.ui.models.note_list import NoteIdRole
from auditor_app.ui.models.search_results import SearchResultsModel, group_title, plain
from auditor_app.ui.search_feature import SearchFeature

# Opening a combo popup on the offscreen platform logs that it cannot raise it or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)", extend=True)


def feature(window: MainWindow) -> SearchFeature:
    return next(f for f in window.features if isinstance(f, SearchFeature))


def open_find(qtbot: QtBot, window: MainWindow) -> SearchFeature:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    found = feature(window)
    qtbot.waitUntil(found.panel.isVisible)
    assert found.panel.field.hasFocus()
    return found


def type_query(qtbot: QtBot, found: SearchFeature, text: str) -> None:
    found.panel.field.clear()
    if text.isascii():
        qtbot.keyClicks(found.panel.field, text)
    else:  # Chinese arrives from the input method as committed text, not as key presses
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(found.panel.field, event)
    qtbot.waitUntil(lambda: "result" in found.panel.status.text() or "No matches" in found.panel.status.text())


def shown(found: SearchFeature) -> list[tuple[str, list[str]]]:
    """(group heading, [kind: title]) as the panel lists them."""
    return [(group_title(g), [f"{h.kind}: {plain(h.title)}" for h in g.hits]) for g in found.panel.model.groups()]


def test_ctrl_f_finds_as_you_type_grouped_by_clause_and_enter_goes_there(window: MainWindow, qtbot: QtBot) -> None:
    click_clause(qtbot, window, cid("4.1"))
    found = open_find(qtbot, window)
    type_query(qtbot, found, "CALIPER")
    groups = shown(found)
    assert groups[0][0] == "7.1.5.2 Measurement traceability"
    assert "evidence: Calibration label on caliper #MS-114" in groups[0][1]
    assert found.panel.status.text().startswith(f"{found.panel.model.hit_count()} result")
    qtbot.keyClick(found.panel.field, Qt.Key.Key_Return)  # the first hit is picked: Enter goes to it
    assert window.page.clause_id == cid("7.1.5.2")
    assert window.workspace.currentIndex() == 0  # the clauses page


def test_chinese_note_is_found_and_shown_on_its_clause(window: MainWindow, qtbot: QtBot) -> None:
    note = next(n for n in window.audit.read(queries.notes) if n.text and "不合格品" in n.text)
    found = open_find(qtbot, window)
    type_query(qtbot, found, "不合格")
    assert [k for _, hits in shown(found) for k in hits] == ["note: Interview · " +
                                                             window._people[note.person_id or ""]]
    qtbot.keyClick(found.panel.field, Qt.Key.Key_Down)  # into the results
    qtbot.keyClick(found.panel.view, Qt.Key.Key_Return)
    assert window.page.clause_id == note.clause_id
    assert window.page.notes_list.currentIndex().data(NoteIdRole) == note.id


def test_a_finding_opens_the_findings_page(window: MainWindow, qtbot: QtBot) -> None:
    found = open_find(qtbot, window)
    type_query(qtbot, found, "unlocked")
    finding = next(f for f in window.audit.read(queries.findings) if "unlocked" in (f.evidence_text or ""))
    assert shown(found) == [("8.7 Control of nonconforming outputs", [f"finding: {finding.ref} · Observation"])]
    qtbot.keyClick(found.panel.field, Qt.Key.Key_Return)
    assert window.page.clause_id == cid("8.7")  # the clause is shown behind it
    assert window.workspace.tabText(window.workspace.currentIndex()).startswith("Findings")
    page = window.workspace.currentWidget()
    assert page.selected_id() == finding.id


def test_nothing_found_and_escape_closes(window: MainWindow, qtbot: QtBot) -> None:
    found = open_find(qtbot, window)
    type_query(qtbot, found, 'zz "NEAR(*-')
    assert found.panel.model.rowCount() == 0
    assert found.panel.status.text() == "No matches for “zz \"NEAR(*-”."
    qtbot.keyClick(found.panel.field, Qt.Key.Key_Escape)
    assert not found.panel.isVisible()


def test_results_follow_edits_and_undo(window: MainWindow, qtbot: QtBot) -> None:
    click_clause(qtbot, window, cid("8.7"))
    found = open_find(qtbot, window)
    type_query(qtbot, found, "Zollfreigabe")
    assert found.panel.model.rowCount() == 0
    window.add_note(cid("8.7"), "general", "Zollfreigabe für Rücksendungen geprüft.")
    assert shown(found) == [("8.7 Control of nonconforming outputs", ["note: Note"])]
    window.undo_stack.undo()
    assert found.panel.model.rowCount() == 0


def test_a_large_audit_is_indexed_off_the_ui_thread(window: MainWindow, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_feature, "BUILD_INLINE", 0)
    found = feature(window)
    found.find_action.trigger()
    assert found.index is None and found.panel.status.text() == "Indexing the audit…"
    window.add_note(cid("8.7"), "general", "Während des Indexierens notiert.")  # edits meanwhile are kept
    qtbot.keyClicks(found.panel.field, "indexierens")
    qtbot.waitUntil(lambda: found.panel.model.hit_count() == 1)
    assert found.panel.status.text() == "1 result in 1 clause"


def test_history_dock_shows_who_set_a_result_also_after_reopening(window: MainWindow, qtbot: QtBot,
                                                                  audit_path: Path) -> None:
    found = feature(window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(found.history.isVisible)
    assert found.history.empty.text().startswith("Select a clause")
    click_clause(qtbot, window, cid("7.1.5.1"))
    choose(qtbot, window.page.result_combo, "Nonconformity")
    model = found.history.model

    def newest() -> tuple[str, str, str]:
        index = model.index(0, Column.WHO)
        return (str(index.data()), str(index.siblingAtColumn(Column.WHAT).data()),
                str(index.siblingAtColumn(Column.CHANGE).data()))

    qtbot.waitUntil(lambda: model.rowCount() > 0 and newest()[0] == "Test Auditor")
    assert newest()[1] == "Clause 7.1.5.1"
    assert newest()[2].startswith("Result: Nonconformity; Audited by: Test Auditor")
    assert found.history.caption.text().startswith("7.1.5.1 General")
    before = newest()
    window.close_session()
    assert model.rowCount() == 0
    assert window.open_path(audit_path)  # the trail is stored in the file, not kept by the window
    click_clause(qtbot, window, cid("7.1.5.1"))
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    assert newest() == before


def test_models_pass_the_model_tester(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    session = session_of(window)
    assert session is not None
    index = window.audit.read(SearchIndex.build)
    results = SearchResultsModel()
    results.set_groups(index.grouped(index.search("calibration")))
    assert results.rowCount() > 1 and results.rowCount(results.index(0, 0)) > 0
    assert results.parent(results.first_hit()) == results.index(0, 0)
    assert not results.index(0, 0, results.first_hit()).isValid()
    qtmodeltester.check(results)
    trail = HistoryModel()
    trail.set_entries(window.audit.read(history.clause_trail, cid("7.1.5.2")))
    assert trail.rowCount() > 0 and trail.rowCount(trail.index(0, 0)) == 0
    assert trail.index(0, Column.WHO).data() == "Dr. Katrin Vogel"
    qtmodeltester.check(trail)
    assert not results.hit(QModelIndex())
    index.close()
