"""Notes of each kind: an interview with a new interviewee, document review, sampling; editing and deleting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from uihelpers import cid, click_clause

from auditor_app.services import audit, queries
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.note_dialog import NoteDialog, NoteInput

CLAUSE = cid("7.2")


def _fill(qtbot: QtBot, dialog: NoteDialog, kind: str, text: str) -> None:
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    dialog.text_edit.insertPlainText(text)  # as an input method delivers it: QTest types only ASCII keys


def test_interview_with_a_new_interviewee_adds_the_person_in_the_same_step(
        window: MainWindow, qtbot: QtBot, audit_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    click_clause(qtbot, window, CLAUSE)
    dialog = NoteDialog("7.2 Competence", window.audit.read(queries.people))
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, "interview", "Schulungsnachweise für Schweißer geprüft")
    assert not dialog.person_role.isEnabled()
    dialog.person_combo.setEditText("Frau Jülich 朱")
    assert dialog.person_role.isEnabled()
    qtbot.keyClicks(dialog.person_role, "Produktionsleiterin")
    qtbot.keyClicks(dialog.place, "Halle 3")
    answer = dialog.values()
    assert answer.new_person == {"name": "Frau Jülich 朱", "role": "Produktionsleiterin", "department": ""}
    monkeypatch.setattr(NoteDialog, "get_note", classmethod(lambda cls, *a: answer))
    qtbot.mouseClick(window.page.add_note_button, Qt.MouseButton.LeftButton)
    shown = window.page.note_texts()[0]
    assert shown.startswith("Interview — Frau Jülich 朱 — Halle 3\nSchulungsnachweise")
    window.undo_action.trigger()
    assert "Frau Jülich 朱" not in [p.name for p in window.audit.read(queries.people)]
    window.redo_action.trigger()
    window.close()
    with audit.open_audit(audit_path, author="checker", read_only=True) as session:
        [note] = queries.notes(session, CLAUSE)
        person = next(p for p in queries.people(session) if p.id == note.person_id)
    assert (note.kind, note.place, person.name, person.role) == ("interview", "Halle 3", "Frau Jülich 朱",
                                                               "Produktionsleiterin")


def test_an_existing_person_is_picked_not_added_again(window: MainWindow, qtbot: QtBot) -> None:
    people = window.audit.read(queries.people)
    assert people, "the demo audit has people"
    dialog = NoteDialog("7.2", people)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, "interview", "Asked about onboarding")
    dialog.person_combo.setCurrentIndex(1)
    answer = dialog.values()
    assert answer.new_person is None and answer.fields["person_id"] == people[0].id


def test_sampling_and_document_details_are_stored(window: MainWindow, qtbot: QtBot, audit_path: Path) -> None:
    dialog = NoteDialog("8.4")
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, "sampling", "3 of 25 orders lacked an approved supplier")
    qtbot.keyClicks(dialog.population, "240 purchase orders H1")
    dialog.sample_size.setValue(25)
    assert not dialog.place.isVisibleTo(dialog)
    window.add_note(CLAUSE, note=dialog.values())
    doc = NoteDialog("8.4")
    qtbot.addWidget(doc)
    _fill(qtbot, doc, "document", "Procedure current")
    qtbot.keyClicks(doc.document_ref, "QP-07 Einkauf")
    qtbot.keyClicks(doc.document_revision, "C")
    window.add_note(CLAUSE, note=doc.values())
    window.close()
    with audit.open_audit(audit_path, author="checker", read_only=True) as session:
        saved = {n.kind: n for n in queries.notes(session, CLAUSE)}
    assert (saved["sampling"].sample_size, saved["sampling"].population) == (25, "240 purchase orders H1")
    assert (saved["document"].document_ref, saved["document"].document_revision) == ("QP-07 Einkauf", "C")


def test_editing_and_deleting_a_note_are_undoable(window: MainWindow, qtbot: QtBot, audit_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    click_clause(qtbot, window, CLAUSE)
    window.add_note(CLAUSE, "observation", "first wording")
    index = window.page.notes_model.index(0)
    monkeypatch.setattr(NoteDialog, "get_note",
                        classmethod(lambda cls, *a: NoteInput("observation", "better wording", {"internal": True})))
    window.page.notes_list.activated.emit(index)  # Enter or double-click on the note
    assert "better wording" in window.page.note_texts()[0]
    window.undo_action.trigger()
    assert "first wording" in window.page.note_texts()[0]
    window.redo_action.trigger()
    window.page.notes_list.setCurrentIndex(window.page.notes_model.index(0))
    window.page.delete_note_action.trigger()
    assert window.page.note_texts() == ["No notes yet for this clause."]
    assert not window.page.notes_model.flags(window.page.notes_model.index(0))  # the placeholder is not a note
    window.undo_action.trigger()
    window.close()
    with audit.open_audit(audit_path, author="checker", read_only=True) as session:
        [note] = queries.notes(session, CLAUSE)
    assert (note.text, note.internal) == ("better wording", True)


def test_the_notes_model_passes_the_model_tester_with_and_without_notes(window: MainWindow, qtbot: QtBot,
                                                                        qtmodeltester: Any) -> None:
    click_clause(qtbot, window, CLAUSE)
    window.add_note(CLAUSE, "observation", "Kalibrierschein fehlt — 校准证书缺失")
    window.add_note(CLAUSE, "general", "second")
    qtmodeltester.check(window.page.notes_model)
    # Both recorded within the same second: between them the order is by id, the same in every copy of the audit.
    assert sorted(t.split("\n")[1] for t in window.page.note_texts()) == ["Kalibrierschein fehlt — 校准证书缺失",
                                                                         "second"]
    second = next(n for n in window.audit.read(queries.notes, CLAUSE) if n.text == "second")
    assert window.page.point_at_note(second.id)
    assert "second" in window.page.notes_list.currentIndex().data()
    window.undo_action.trigger()
    window.undo_action.trigger()
    qtmodeltester.check(window.page.notes_model)
    assert window.page.note_texts() == ["No notes yet for this clause."]
