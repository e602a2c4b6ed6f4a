"""The main window as an auditor uses it: pick a clause, record a result, add notes, undo, reopen."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from uihelpers import choose, cid, click_clause, row_text, session_of

from auditor_app.services import audit, queries
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.models.clause_tree import Column
from auditor_app.ui.note_dialog import NoteDialog, NoteInput

NC_CLAUSE = cid("7.1.5.1")  # not audited in the demo
# Opening a combo popup on the offscreen platform logs that it cannot raise it or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)", extend=True)


def stored(path: Path, clause: str) -> Any:
    with audit.open_audit(path, author="checker", read_only=True) as session:
        return queries.clause(session, clause)


def notes_shown(win: MainWindow) -> list[str]:
    return win.page.note_texts()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def record(kind: str) -> Any:
        return lambda _parent, title, text, *a, **k: shown.append((kind, f"{title}: {text}"))

    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    return shown


def test_title_and_status_bar_describe_the_open_audit(window: MainWindow, audit_path: Path) -> None:
    assert window.windowTitle() == "Stage 2 certification audit ISO 9001 + ISO 14001 — Müller Präzisionsteile GmbH"
    assert window.status_label.text() == f"18 of 136 clauses audited · 3 findings · {audit_path}"


def test_selecting_a_clause_shows_its_guidance_and_notes(window: MainWindow, qtbot: QtBot) -> None:
    assert window.page.stack.currentWidget() is window.page.placeholder
    click_clause(qtbot, window, cid("7.1.5.2"))
    page = window.page
    assert (page.number_label.text(), page.title_label.text()) == ("7.1.5.2", "Measurement traceability")
    assert "traceable to national or international measurement standards" in page.questions_label.text()
    assert "Calibration certificates from accredited laboratories" in page.evidence_label.text()
    assert page.result_combo.currentText() == row_text(window, cid("7.1.5.2"), Column.RESULT)
    assert page.audited_label.text() == "Audited by Dr. Katrin Vogel · 2026-11-11 15:00"


def test_choosing_nonconformity_updates_the_tree_and_is_saved(window: MainWindow, qtbot: QtBot,
                                                              audit_path: Path) -> None:
    click_clause(qtbot, window, NC_CLAUSE)
    assert row_text(window, NC_CLAUSE, Column.RESULT) == "Not yet audited"
    choose(qtbot, window.page.result_combo, "Nonconformity")
    assert row_text(window, NC_CLAUSE, Column.RESULT) == "Nonconformity"
    assert window.page.audited_label.text().startswith("Audited by Test Auditor")
    assert window.status_label.text().startswith("19 of 136 clauses audited")
    window.close()  # releases the file: reopening it is allowed
    record = stored(audit_path, NC_CLAUSE)
    assert (record.result, record.audited_by) == ("nonconformity", "Test Auditor")


def test_undo_restores_not_audited_and_redo_sets_it_again(window: MainWindow, qtbot: QtBot,
                                                          audit_path: Path) -> None:
    click_clause(qtbot, window, NC_CLAUSE)
    choose(qtbot, window.page.result_combo, "Nonconformity")
    assert window.undo_action.text() == "&Undo Set 7.1.5.1 to Nonconformity"
    window.undo_action.trigger()
    assert row_text(window, NC_CLAUSE, Column.RESULT) == "Not yet audited"
    assert window.page.result_combo.currentText() == "Not yet audited"
    assert window.page.audited_label.text() == "Not yet audited"
    assert window.status_label.text().startswith("18 of 136")
    window.redo_action.trigger()
    assert row_text(window, NC_CLAUSE, Column.RESULT) == "Nonconformity"
    assert window.page.result_combo.currentText() == "Nonconformity"
    window.undo_action.trigger()
    window.close()
    assert (stored(audit_path, NC_CLAUSE).result, stored(audit_path, NC_CLAUSE).audited_by) == ("not_audited", None)


def test_undo_of_a_change_elsewhere_shows_that_clause(window: MainWindow, qtbot: QtBot) -> None:
    click_clause(qtbot, window, NC_CLAUSE)
    choose(qtbot, window.page.result_combo, "Observation")
    click_clause(qtbot, window, cid("4.1"))
    window.undo_action.trigger()
    assert window.page.clause_id == NC_CLAUSE
    assert window.page.result_combo.currentText() == "Not yet audited"


def test_not_applicable_needs_a_justification(window: MainWindow, qtbot: QtBot, audit_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter([("", True), ("  ", True), ("Outsourced entirely; no own measuring equipment.", True)])
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: next(answers))
    click_clause(qtbot, window, NC_CLAUSE)
    for _empty in range(2):
        choose(qtbot, window.page.result_combo, "Not applicable")
        assert window.page.result_combo.currentText() == "Not yet audited"
        assert row_text(window, NC_CLAUSE, Column.RESULT) == "Not yet audited"
        assert not window.undo_stack.canUndo()
    choose(qtbot, window.page.result_combo, "Not applicable")
    assert row_text(window, NC_CLAUSE, Column.RESULT) == "Not applicable"
    assert window.page.justification_label.isVisible()
    assert "Outsourced entirely" in window.page.justification_label.text()
    window.close()
    record = stored(audit_path, NC_CLAUSE)
    assert (record.result, record.justification) == ("not_applicable",
                                                      "Outsourced entirely; no own measuring equipment.")


def test_cancelling_the_justification_keeps_the_result(window: MainWindow, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("ignored", False))
    click_clause(qtbot, window, NC_CLAUSE)
    choose(qtbot, window.page.result_combo, "Not applicable")
    assert row_text(window, NC_CLAUSE, Column.RESULT) == "Not yet audited"


def test_add_note_shows_it_and_undo_removes_it(window: MainWindow, qtbot: QtBot, audit_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Gauge GB-7 at line 2 carries no calibration label."
    monkeypatch.setattr(NoteDialog, "get_note", classmethod(lambda cls, *a: NoteInput("observation", text)))
    click_clause(qtbot, window, NC_CLAUSE)
    assert notes_shown(window) == ["No notes yet for this clause."]
    qtbot.mouseClick(window.page.add_note_button, Qt.MouseButton.LeftButton)
    assert len(notes_shown(window)) == 1
    assert notes_shown(window)[0].startswith(f"Observation on site\n{text}\n")
    assert notes_shown(window)[0].endswith("recorded by Test Auditor")
    assert row_text(window, NC_CLAUSE, Column.NOTES) == "1"
    assert window.page.notes_heading.text() == "Notes (1)"
    window.undo_action.trigger()
    assert notes_shown(window) == ["No notes yet for this clause."]
    assert row_text(window, NC_CLAUSE, Column.NOTES) == ""
    window.redo_action.trigger()
    assert notes_shown(window)[0].startswith(f"Observation on site\n{text}\n")
    window.close()
    with audit.open_audit(audit_path, author="checker", read_only=True) as session:
        saved = queries.notes(session, NC_CLAUSE)
    assert [(n.kind, n.text) for n in saved] == [("observation", text)]
    assert len({n.id for n in saved}) == 1  # redo brought back the same note, not a copy


def test_note_dialog_refuses_an_empty_note(qtbot: QtBot) -> None:
    dialog = NoteDialog("7.1.5.1 Measurement traceability")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.text_edit, "Interviewed the metrology technician.")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Interview"))
    assert ok.isEnabled()
    assert (dialog.kind(), dialog.text()) == ("interview", "Interviewed the metrology technician.")


def test_ctrl_l_focuses_the_clause_filter(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.search.hasFocus()


def test_a_file_that_is_not_an_audit_is_refused_with_a_message(qtbot: QtBot, tmp_path: Path,
                                                              messages: list[tuple[str, str]]) -> None:
    bad = tmp_path / "bad.audit"
    bad.write_bytes(b"hello")
    win = MainWindow("Test Auditor")
    qtbot.addWidget(win)
    assert win.open_path(bad) is False
    assert len(messages) == 1
    kind, text = messages[0]
    assert kind == "critical" and "cannot open" in text and "not an audit file" in text
    assert "Traceback" not in text
    assert win.windowTitle() == "auditor-app"


def test_a_failed_open_keeps_the_current_audit(window: MainWindow, tmp_path: Path,
                                               messages: list[tuple[str, str]]) -> None:
    title = window.windowTitle()
    assert window.open_path(tmp_path / "missing.audit") is False
    assert "the file does not exist" in messages[0][1]
    assert window.windowTitle() == title and session_of(window) is not None


def test_a_file_open_in_another_window_offers_a_read_only_copy(window: MainWindow, qtbot: QtBot, audit_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def answer(choice: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            asked.append(text)
            return choice
        return question

    other = MainWindow("Someone Else")
    qtbot.addWidget(other)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert other.open_path(audit_path) is False
    assert "is open in auditor-app by" in asked[0] and session_of(other) is None
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Open))
    assert other.open_path(audit_path) is True
    assert other.read_only and other.windowTitle().endswith("[read-only]")
    click_clause(qtbot, other, NC_CLAUSE)
    assert not other.page.result_combo.isEnabled()


def test_read_only_window_offers_no_edits(qtbot: QtBot, audit_path: Path) -> None:
    win = MainWindow("Test Auditor", read_only=True)
    qtbot.addWidget(win)
    assert win.open_path(audit_path)
    assert win.windowTitle().endswith("[read-only]")
    click_clause(qtbot, win, NC_CLAUSE)
    assert not win.page.result_combo.isEnabled() and not win.page.add_note_button.isEnabled()


def test_a_change_that_cannot_be_saved_is_reported_and_not_undoable(window: MainWindow, qtbot: QtBot,
                                                                    audit_path: Path,
                                                                    messages: list[tuple[str, str]]) -> None:
    click_clause(qtbot, window, NC_CLAUSE)
    audit_path.rename(audit_path.with_name("moved-away.audit"))  # e.g. the USB stick was pulled
    choose(qtbot, window.page.result_combo, "Nonconformity")
    assert messages and messages[0][0] == "warning" and "was moved or deleted while open" in messages[0][1]
    assert row_text(window, NC_CLAUSE, Column.RESULT) == "Not yet audited"
    assert window.page.result_combo.currentText() == "Not yet audited"
    assert not window.undo_stack.canUndo() and window.undo_stack.count() == 0


def test_narrow_pane_keeps_clause_titles_readable(window: MainWindow, qtbot: QtBot) -> None:
    wide = window.panel.tree.header().sectionSize(Column.RESULT)
    window.resize(760, 700)
    qtbot.waitUntil(lambda: window.panel.tree.header().sectionSize(Column.RESULT) < wide / 3)
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.panel.tree.header().sectionSize(Column.RESULT) == wide)


def test_save_a_copy_writes_a_second_file_and_never_overwrites(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               messages: list[tuple[str, str]]) -> None:
    click_clause(qtbot, window, NC_CLAUSE)
    choose(qtbot, window.page.result_combo, "Nonconformity")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "for-client"), ""))
    window.save_copy_action.trigger()
    copy = tmp_path / "for-client.audit"
    assert window.statusBar().currentMessage() == f"Copy saved to {copy}"
    assert stored(copy, NC_CLAUSE).result == "nonconformity"  # the copy has the latest edit
    window.save_copy_action.trigger()
    assert messages == [("warning", f"Copy not saved: cannot write {copy}: a file of that name already exists")]
    assert session_of(window) is not None and session_of(window).path.name == "a.audit"  # still editing the original


def test_status_bar_says_when_the_last_edit_was_stored(window: MainWindow, qtbot: QtBot) -> None:
    assert "last edit stored" not in window.status_label.text()
    assert "unsaved" not in window.windowTitle().lower() and "*" not in window.windowTitle()
    window.set_result(NC_CLAUSE, "conforming")
    assert re.search(r"last edit stored at \d\d:\d\d:\d\d", window.status_label.text())


def test_results_and_notes_have_keyboard_shortcuts(window: MainWindow, qtbot: QtBot, audit_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    click_clause(qtbot, window, NC_CLAUSE)
    shortcuts = {a.shortcut().toString(): a for a in window.menus.audit.actions() + [
        a for m in window.menus.audit.findChildren(type(window.menus.audit)) for a in m.actions()]}
    shortcuts["Alt+1"].trigger()
    assert row_text(window, NC_CLAUSE, Column.RESULT) == "Conforming"
    monkeypatch.setattr(NoteDialog, "get_note", classmethod(lambda cls, *a: NoteInput("general", "by keyboard")))
    shortcuts["Ctrl+Shift+N"].trigger()
    assert "by keyboard" in window.page.note_texts()[0]
    shortcuts["Alt+0"].trigger()
    assert row_text(window, NC_CLAUSE, Column.RESULT) == "Not yet audited"


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    """An ambiguous shortcut does nothing at all in Qt: every key sequence of the window is used once."""
    from collections import Counter as Count

    from PySide6.QtGui import QAction

    seen = Count(s.toString() for a in window.findChildren(QAction) if a.isVisible() or a.menu() is None
                 for s in a.shortcuts() if not s.isEmpty()
                 if a.shortcutContext() != Qt.ShortcutContext.WidgetShortcut)
    assert [k for k, n in seen.items() if n > 1] == []


def test_frequent_actions_carry_icons_of_the_bundled_set(window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    with_shortcut = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty() and a.text()]
    pages = {f"Ctrl+{n}" for n in range(1, 10)}  # "Show <page>" entries: the page names say it
    missing = [a.text() for a in with_shortcut if a.icon().isNull()
               and a.shortcut().toString() not in pages | {"Ctrl+Q"}]
    assert missing == []
    assert not window.exports.pdf_action.icon().isNull() and not window.team.merge_action.icon().isNull()
