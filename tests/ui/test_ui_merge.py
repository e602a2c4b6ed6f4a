"""Team work in the window: merging members' files off the UI thread, deciding conflicts, hand-over copies."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from uihelpers import cid, session_of

from auditor_app.services import audit, merge, notes, queries, reports
from auditor_app.ui.conflicts import NO_CONFLICTS, CombineDialog
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.tasks import BusyDialog

LEAD = "Lena Lead"
RESULT_CLAUSE = cid("7.1.5.1")  # not audited in the demo
BOB_TEXT = "Bob's wording: the gauge GB-7 had no calibration label at line 2."
CHEN_TEXT = "Chen's wording: calibration label missing on GB-7; technician confirmed it is overdue."


@dataclass
class Team:
    note_id: str
    bob: Path
    chen: Path


class Messages:
    """QMessageBox's static functions, recorded; question() answers from a list (default: Yes)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answers: list[QMessageBox.StandardButton] = []
        for kind in ("information", "warning", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))

    def _recorder(self, kind: str) -> Any:
        def show(_parent: object, title: str, text: str, *_args: object, **_kwargs: object) -> Any:
            self.shown.append((kind, title, text))
            if kind == "question":
                return self.answers.pop(0) if self.answers else QMessageBox.StandardButton.Yes
            return QMessageBox.StandardButton.Ok
        return show

    def of(self, kind: str) -> list[str]:
        return [f"{title}: {text}" for k, title, text in self.shown if k == kind]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    return Messages(monkeypatch)


def _copy_for(lead_path: Path, member: str, dest: Path) -> Path:
    with audit.open_audit(lead_path, author=LEAD) as lead:
        return merge.hand_over_copy(lead, dest, member)


@pytest.fixture
def team(audit_path: Path, tmp_path: Path) -> Team:
    """Two hand-over copies of the lead's file in which Bob and Chen reworded the same note differently."""
    with audit.open_audit(audit_path, author=LEAD, read_only=True) as lead:
        note_id = queries.notes(lead)[0].id
    bob, chen = (_copy_for(audit_path, who, tmp_path / f"{who}.audit") for who in ("Bob", "Chen"))
    with audit.open_audit(bob, author="Bob") as session:
        session.run(notes.edit_note, note_id, text=BOB_TEXT)
        session.run(audit.set_clause_result, "iso9001-2015", "7.1.5.1", "observation")
    with audit.open_audit(chen, author="Chen") as session:
        session.run(notes.edit_note, note_id, text=CHEN_TEXT)
    return Team(note_id, bob, chen)


@pytest.fixture
def win(qtbot: QtBot, team: Team, audit_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(LEAD)
    qtbot.addWidget(window)
    assert window.open_path(audit_path)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def note_text(window: MainWindow, note_id: str) -> str | None:
    assert session_of(window) is not None
    return next((n.text for n in window.audit.read(queries.notes) if n.id == note_id), None)


def merge_by_menu(window: MainWindow, qtbot: QtBot, messages: Messages, monkeypatch: pytest.MonkeyPatch,
                  *paths: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    before = len(messages.shown)
    window.team.merge_action.trigger()
    qtbot.waitUntil(lambda: not window.audit.busy and len(messages.shown) > before, timeout=20_000)


def test_merging_two_copies_shows_a_summary_and_the_conflict(win: MainWindow, qtbot: QtBot, team: Team,
                                                             messages: Messages,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(team.bob), str(team.chen)], ""))
    win.team.merge_action.trigger()
    # While the worker has the session, nothing in the window can reach it.
    assert win.audit.busy and isinstance(QApplication.activeModalWidget(), BusyDialog)
    assert not win.open_action.isEnabled() and not win.team.merge_action.isEnabled()
    assert not win.panel.isEnabled() and not win.undo_action.isEnabled()
    qtbot.waitUntil(lambda: not win.audit.busy and bool(messages.shown), timeout=20_000)
    [summary] = messages.of("information")
    assert "Bob.audit: 4 operations, 0 evidence files" in summary
    assert "Chen.audit: 1 operation, 0 evidence files" in summary
    assert "1 conflict to decide" in summary and "cannot be undone" in summary and "before-merge" in summary
    assert "· 1 conflict ·" in win.status_label.text()
    assert win.team.conflicts_action.text() == "&Conflicts (1)"
    assert win.open_action.isEnabled() and win.panel.isEnabled() and win.undo_stack.count() == 0
    assert session_of(win) is not None and win.audit.read(queries.clause, RESULT_CLAUSE).result == "observation"
    panel = win.team.panel
    assert panel.isVisible() and panel.model.rowCount() == 1
    row = panel.current_row()
    assert row is not None and row.what.startswith("Note “") and row.field_label == "Text"
    assert row.kind_label == "changed differently by Bob and Chen"
    assert {(c.version.author, c.value_text()) for c in panel.cards} == {("Bob", BOB_TEXT),
                                                                                 ("Chen", CHEN_TEXT)}
    assert all(c.keep_button.isVisible() for c in panel.cards) and panel.combine_button.isVisible()
    assert not panel.restore_button.isVisible()


def test_keeping_a_version_settles_the_conflict_and_undo_brings_back_the_shown_text(
        win: MainWindow, qtbot: QtBot, team: Team, messages: Messages, monkeypatch: pytest.MonkeyPatch) -> None:
    merge_by_menu(win, qtbot, messages, monkeypatch, team.bob, team.chen)
    provisional = note_text(win, team.note_id)
    [chosen] = [c for c in win.team.panel.cards if c.version.value != provisional]
    qtbot.mouseClick(chosen.keep_button, Qt.MouseButton.LeftButton)
    panel = win.team.panel
    assert panel.model.rowCount() == 0 and panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == NO_CONFLICTS
    assert "conflict" not in win.status_label.text() and win.team.conflicts_action.text() == "&Conflicts (0)"
    assert note_text(win, team.note_id) == chosen.version.value
    assert session_of(win) is not None and win.audit.read(queries.conflicts) == []
    assert win.undo_action.text().startswith(f"&Undo Keep {chosen.version.author}'s text of Note")
    win.undo_action.trigger()
    assert note_text(win, team.note_id) == provisional  # the log is append-only: the conflict stays settled
    win.redo_action.trigger()
    assert note_text(win, team.note_id) == chosen.version.value


def test_writing_a_combination_starts_from_every_version(win: MainWindow, qtbot: QtBot, team: Team,
                                                         messages: Messages, monkeypatch: pytest.MonkeyPatch) -> None:
    merge_by_menu(win, qtbot, messages, monkeypatch, team.bob, team.chen)
    offered: list[str] = []

    def combine(_cls: type, _what: str, text: str, _parent: object = None) -> str:
        offered.append(text)
        return "Both: no label on GB-7 at line 2, calibration overdue."

    monkeypatch.setattr(CombineDialog, "get_text", classmethod(combine))
    qtbot.mouseClick(win.team.panel.combine_button, Qt.MouseButton.LeftButton)
    assert offered and set(offered[0].split("\n\n")) == {BOB_TEXT, CHEN_TEXT}
    assert note_text(win, team.note_id) == "Both: no label on GB-7 at line 2, calibration overdue."
    assert win.team.panel.model.rowCount() == 0


def test_a_deletion_against_an_edit_is_kept_or_confirmed(qtbot: QtBot, audit_path: Path, tmp_path: Path,
                                                         messages: Messages, monkeypatch: pytest.MonkeyPatch) -> None:
    with audit.open_audit(audit_path, author=LEAD, read_only=True) as lead:
        note_id = queries.notes(lead)[1].id
    bob, chen = (_copy_for(audit_path, who, tmp_path / f"{who}.audit") for who in ("Bob", "Chen"))
    with audit.open_audit(bob, author="Bob") as session:
        session.run(notes.delete_note, note_id)
    with audit.open_audit(chen, author="Chen") as session:
        session.run(notes.edit_note, note_id, text="Still needed: the sample covered 12 records.")
    window = MainWindow(LEAD)
    qtbot.addWidget(window)
    assert window.open_path(audit_path)
    window.show()
    merge_by_menu(window, qtbot, messages, monkeypatch, bob, chen)
    panel = window.team.panel
    row = panel.current_row()
    assert row is not None and row.is_delete_edit and row.kind_label == "deleted by Bob, changed by Chen"
    assert row.what == "Note “Still needed: the sample covered 12 records.”"  # named from its history
    assert {c.value_text() for c in panel.cards} == {"Deleted",
                                                                "Text: Still needed: the sample covered 12 records."}
    assert panel.detail_label.text().startswith("Deleted by Bob, changed by Chen. Keep the item with the changes")
    assert panel.restore_button.isVisible() and panel.delete_button.isVisible()
    assert not panel.combine_button.isVisible() and not any(c.keep_button.isVisible() for c in panel.cards)
    assert note_text(window, note_id) is None  # until decided, the audit shows it deleted
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert note_text(window, note_id) == "Still needed: the sample covered 12 records."
    assert panel.model.rowCount() == 0
    window.undo_action.trigger()
    assert note_text(window, note_id) is None
    window.close()


def test_the_conflict_model_passes_the_model_tester(win: MainWindow, qtbot: QtBot, team: Team, messages: Messages,
                                                    monkeypatch: pytest.MonkeyPatch, qtmodeltester: Any) -> None:
    qtmodeltester.check(win.team.panel.model)  # empty
    merge_by_menu(win, qtbot, messages, monkeypatch, team.bob, team.chen)
    qtmodeltester.check(win.team.panel.model)


def test_a_file_of_another_audit_is_merged_only_when_confirmed(win: MainWindow, qtbot: QtBot, make_audit: Any,
                                                               messages: Messages,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    other = make_audit(name="other.audit", author="Olga")
    other.run(audit.set_clause_result, "iso9001-2015", "7.1.5.1", "ofi")
    other_path = other.path
    other.close()
    assert session_of(win) is not None
    history = len(win.audit.read(queries.history))
    messages.answers = [QMessageBox.StandardButton.No]
    merge_by_menu(win, qtbot, messages, monkeypatch, other_path)
    [question] = messages.of("question")
    assert "other.audit belongs to a different audit" in question and "line up clause by clause" in question
    assert "--accept-other-audit" not in question
    assert not messages.of("information") and len(win.audit.read(queries.history)) == history
    assert win.audit.read(queries.clause, RESULT_CLAUSE).result == "not_audited"
    messages.answers = [QMessageBox.StandardButton.Yes]
    merge_by_menu(win, qtbot, messages, monkeypatch, other_path)
    qtbot.waitUntil(lambda: bool(messages.of("information")) and not win.audit.busy, timeout=20_000)
    [summary] = messages.of("information")
    assert "other.audit: " in summary and " operations, 0 evidence files" in summary
    assert win.audit.read(queries.clause, RESULT_CLAUSE).result == "ofi"


def test_a_damaged_file_is_refused_with_its_reason(win: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                    messages: Messages, monkeypatch: pytest.MonkeyPatch) -> None:
    junk = tmp_path / "junk.audit"
    junk.write_bytes(b"junk")
    assert session_of(win) is not None
    history = len(win.audit.read(queries.history))
    merge_by_menu(win, qtbot, messages, monkeypatch, junk)
    [warning] = messages.of("warning")
    assert "junk.audit" in warning and "not an audit file" in warning and "was not changed" in warning
    assert len(win.audit.read(queries.history)) == history and win.open_action.isEnabled()


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_dropping_audit_files_merges_them_after_asking(win: MainWindow, qtbot: QtBot, team: Team, tmp_path: Path,
                                                       messages: Messages) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("x")
    mixed = _mime(team.bob, text_file)  # events do not own their data: keep it alive while they are sent
    enter = QDragEnterEvent(win.rect().center(), Qt.DropAction.CopyAction, mixed, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, enter)
    assert not enter.isAccepted()  # not only audit files: refused
    mime = _mime(team.bob, team.chen)
    enter = QDragEnterEvent(win.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(win.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: bool(messages.of("information")) and not win.audit.busy, timeout=20_000)
    assert "Bob.audit" in messages.of("question")[0] and "Chen.audit" in messages.of("question")[0]
    assert "Bob.audit: 4 operations" in messages.of("information")[0]
    assert "· 1 conflict ·" in win.status_label.text()


def test_hand_over_copy_is_for_the_named_member(win: MainWindow, qtbot: QtBot, tmp_path: Path, audit_path: Path,
                                                messages: Messages, monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[list[str]] = []

    def get_item(_parent: object, _title: str, _label: str, items: list[str], *_a: object) -> tuple[str, bool]:
        offered.append(list(items))
        return "  Dana Dietrich ", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))  # no member key: an unsigned copy
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "for-dana"), ""))
    win.team.hand_over_action.trigger()
    qtbot.waitUntil(lambda: bool(messages.shown) and not win.audit.busy, timeout=20_000)
    assert offered and "Dr. Katrin Vogel" in offered[0]  # the audit team is offered
    dest = tmp_path / "for-dana.audit"
    assert messages.of("information") == [f"Hand-over copy saved: The copy for Dana Dietrich is saved as\n{dest}\n\n"
                                          "When Dana Dietrich is done, merge the file back with File ▸ Merge team "
                                          "files…"]
    assert session_of(win) is not None
    audit_id = session_of(win).audit_id
    with audit.open_audit(dest, author="checker", read_only=True) as copy:
        assert copy.file.meta["copy_for"] == "Dana Dietrich" and copy.audit_id == audit_id
    win.team.hand_over_action.trigger()  # the same name again: the service never overwrites
    qtbot.waitUntil(lambda: bool(messages.of("warning")) and not win.audit.busy, timeout=20_000)
    assert "already exists" in messages.of("warning")[0]


def test_the_merge_dialog_counts_its_steps(win: MainWindow, qtbot: QtBot, team: Team, messages: Messages,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[int, int]] = []
    original = BusyDialog.show_progress

    def record(self: BusyDialog, done: int, total: int) -> None:
        shown.append((done, total))  # as the service sent them
        original(self, done, total)

    monkeypatch.setattr(BusyDialog, "show_progress", record)
    merge_by_menu(win, qtbot, messages, monkeypatch, team.bob, team.chen)
    # Two files checked (total known so far: 2), then the backup, two files' operations and the rebuild.
    assert shown[:2] == [(1, 2), (2, 2)] and shown[-1] == (6, 6)
    assert [d for d, _ in shown] == sorted(d for d, _ in shown) and {t for _, t in shown[2:]} == {6}


def test_a_conflict_gap_of_the_report_opens_that_conflict(win: MainWindow, qtbot: QtBot, team: Team,
                                                          messages: Messages, monkeypatch: pytest.MonkeyPatch) -> None:
    merge_by_menu(win, qtbot, messages, monkeypatch, team.bob, team.chen)
    win.team.panel.hide()
    assert session_of(win) is not None
    gaps = [g for g in win.audit.read(reports.prepare, "certification")[1] if g.entity_type == "conflict"]
    assert [g.message for g in gaps] == ["A merge conflict on a note on clause 5.2 (text) is not resolved."]
    assert gaps[0].severity == "error" and gaps[0].conflict_key == ("note", team.note_id, "text")
    win.exports.go_to(gaps[0])
    assert win.team.panel.isVisible()
    row = win.team.panel.current_row()
    assert row is not None and row.key == ("note", team.note_id, "text")
    assert win.statusBar().currentMessage().startswith("Decide the conflict in View ▸ Conflicts: A merge conflict")
