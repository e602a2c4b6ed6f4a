"""The Audit page as an auditor uses it: details stored when a field is left, team, plan, meetings, undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot
from uihelpers import choose, session_of

from auditor_app.domain.records import AuditDetails
from auditor_app.services import audit, queries
from auditor_app.ui.details.commands import EditFields
from auditor_app.ui.details.feature import AuditDetails as DetailsFeature
from auditor_app.ui.details.page import DetailsPage
from auditor_app.ui.details.team import TeamMemberDialog
from auditor_app.ui.main_window import MainWindow

# Opening a combo popup on the offscreen platform logs that it cannot raise it or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)", extend=True)


def details_page(win: MainWindow) -> DetailsPage:
    feature = next(f for f in win.features if isinstance(f, DetailsFeature))
    feature.action.trigger()  # Audit › Audit details
    assert win.workspace.currentWidget() is feature.page
    win.activateWindow()
    return feature.page


def stored(path: Path) -> tuple[AuditDetails, Any, Any, Any]:
    with audit.open_audit(path, author="checker", read_only=True) as session:
        return queries.details(session), queries.plan(session), queries.meetings(session), queries.team(session)


def write(widget: QWidget, text: str) -> None:
    """Text as an input method commits it: how Chinese or accented text arrives (QTest keys are ASCII only)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Click into a field, replace its text, and leave it with Tab, as a user does."""
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    write(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not field.hasFocus()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a, **k: shown.append(f"{title}: {text}"))
    return shown


def test_client_dates_and_audit_type_are_stored_when_left_and_kept_after_reopening(
        window: MainWindow, qtbot: QtBot, audit_path: Path) -> None:
    form = details_page(window).form
    type_into(qtbot, form.fields["client"], "深圳精密制造有限公司")
    assert window.undo_action.text() == "&Undo Change client"
    start = form.fields["start_date"]
    start.edit.setFocus()
    start.edit.setDateTime(QDateTime(QDate(2027, 3, 1), QTime(0, 0)))
    qtbot.keyClick(start.edit, Qt.Key.Key_Return)
    qtbot.mouseClick(form.fields["end_date"].clear_button, Qt.MouseButton.LeftButton)
    assert form.fields["end_date"].edit.text() == "not set"
    choose(qtbot, form.fields["audit_type"], "Surveillance")
    assert window.windowTitle().endswith("— 深圳精密制造有限公司")
    window.close()
    details = stored(audit_path)[0]
    assert (details.client, details.start_date, details.end_date, details.audit_type) == (
        "深圳精密制造有限公司", "2027-03-01", None, "surveillance")


def test_undo_and_redo_of_a_field_edit_update_the_form(window: MainWindow, qtbot: QtBot, audit_path: Path) -> None:
    form = details_page(window).form
    client = form.fields["client"]
    type_into(qtbot, client, "Müller & Söhne <GmbH>")
    window.undo_action.trigger()
    assert client.text() == "Müller Präzisionsteile GmbH"
    window.redo_action.trigger()
    assert client.text() == "Müller & Söhne <GmbH>"
    window.undo_action.trigger()
    window.close()
    assert stored(audit_path)[0].client == "Müller Präzisionsteile GmbH"


def test_an_external_change_updates_the_form_but_not_a_field_being_typed_in(window: MainWindow, qtbot: QtBot) -> None:
    page = details_page(window)
    title, scope = page.form.fields["title"], page.conclusions.fields["conclusions"]
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " (draft)")
    session = session_of(window)
    assert session is not None
    # Another part of the window changes the audit (a merge resolution, an undo of its own edit …).
    window.undo_stack.push(EditFields(window.audit.command_context(), "audit", session.audit_id,
                                      {"title": "Stage 2 — revised", "conclusions": "Konform; 结论：符合"}, {},
                                      "Change title"))
    assert scope.toPlainText() == "Konform; 结论：符合"
    assert title.text() == "Stage 2 certification audit ISO 9001 + ISO 14001 (draft)"  # the user's typing stays
    qtbot.keyClick(title, Qt.Key.Key_Tab)  # leaving the field stores what the user typed
    assert window.audit.read(queries.details).title == "Stage 2 certification audit ISO 9001 + ISO 14001 (draft)"
    window.undo_action.trigger()
    assert title.text() == "Stage 2 — revised"


def test_closing_the_window_stores_the_field_still_being_edited(window: MainWindow, qtbot: QtBot,
                                                                audit_path: Path) -> None:
    conclusions = details_page(window).conclusions.fields["diverging_opinions"]
    conclusions.setFocus()
    qtbot.waitUntil(conclusions.hasFocus)
    conclusions.selectAll()
    write(conclusions, "Der Werkleiter sieht NC-02 als Beobachtung.")
    window.close()
    assert stored(audit_path)[0].diverging_opinions == "Der Werkleiter sieht NC-02 als Beobachtung."


def test_grading_scheme_change_is_refused_while_findings_have_other_grades(
        window: MainWindow, qtbot: QtBot, audit_path: Path, messages: list[str]) -> None:
    scheme = details_page(window).form.fields["grading_scheme"]
    choose(qtbot, scheme, "GHTF/SG3/N19 grades 1–5 (medical devices)")
    assert len(messages) == 1
    assert messages[0].startswith("Grading scheme not changed: 3 finding(s) have grades that")
    assert "• NC-01 (minor)" in messages[0] and "• OBS-01 (observation)" in messages[0]
    assert scheme.currentText() == "Major / minor (ISO/IEC 17021-1)"
    assert not window.undo_stack.canUndo()
    window.close()
    assert stored(audit_path)[0].grading_scheme == "iso17021"


def test_plan_rows_are_added_and_edited_in_place_and_stored(window: MainWindow, qtbot: QtBot,
                                                            audit_path: Path) -> None:
    page = details_page(window)
    page.show_section(page.plan)
    plan = page.plan
    before = plan.model.rowCount()
    qtbot.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)
    assert plan.model.rowCount() == before + 1
    new = plan.model.record(plan.model.rowCount() - 1)  # after the closing meeting: same day, from 15:00
    assert (new.day, new.start, new.end) == ("2026-11-12", "15:00", "16:00")
    editor = QApplication.focusWidget()  # the process cell is open for typing
    assert isinstance(editor, QLineEdit)
    write(editor, "生产与放行")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    row = plan.model.row_of(new.id)
    qtbot.waitUntil(lambda: plan.model.index(row, 3).data() == "生产与放行")  # the view commits after the key
    assert window.undo_action.text() == "&Undo Change process / area in the audit plan"
    # An earlier start moves the row to its place in the timetable.
    start = plan.model.index(row, 1)
    delegate = plan.table.itemDelegateForIndex(start)
    time_editor = delegate.createEditor(plan.table.viewport(), QStyleOptionViewItem(), start)
    delegate.setEditorData(time_editor, start)
    time_editor.setTime(QTime(7, 45))
    delegate.setModelData(time_editor, plan.model, start)
    time_editor.deleteLater()
    assert plan.model.record(plan.model.row_of(new.id)).start == "07:45"
    assert plan.model.row_of(new.id) < row
    window.close()
    rows = {r.id: r for r in stored(audit_path)[1]}
    assert (rows[new.id].process, rows[new.id].start, rows[new.id].day) == ("生产与放行", "07:45", "2026-11-12")


def test_removing_a_plan_row_is_undoable(window: MainWindow, qtbot: QtBot) -> None:
    plan = details_page(window).plan
    first = plan.model.record(0)
    plan.table.selectRow(0)
    qtbot.mouseClick(plan.remove_button, Qt.MouseButton.LeftButton)
    assert plan.model.row_of(first.id) == -1
    window.undo_action.trigger()
    assert plan.model.row_of(first.id) == 0


def test_attendee_present_toggle_is_stored(window: MainWindow, qtbot: QtBot, audit_path: Path) -> None:
    panel = details_page(window).meetings.panels["closing"]
    assert panel.count_label.text() == "<b>Attendance</b> — 8 of 8 present"
    row = next(r for r in range(panel.model.rowCount()) if panel.model.index(r, 1).data() == "张敏")
    index = panel.model.index(row, 0)
    panel.table.setFocus()
    panel.table.setCurrentIndex(index)
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)  # toggles the "present" checkbox
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert panel.count_label.text() == "<b>Attendance</b> — 7 of 8 present"
    assert window.undo_action.text() == "&Undo Mark 张敏 absent"
    window.close()
    meetings, attendees = stored(audit_path)[2]
    closing = next(m.id for m in meetings if m.kind == "closing")
    assert [(a.name, a.present) for a in attendees if a.meeting_id == closing and a.name == "张敏"] == [("张敏", False)]


def test_auditee_people_and_team_join_a_new_audits_opening_meeting(qtbot: QtBot, make_audit, tmp_path: Path) -> None:
    session = make_audit("new.audit")
    path = session.path
    session.close()
    win = MainWindow("Test Auditor")
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.show()
    panel = details_page(win).meetings.panels["opening"]
    qtbot.mouseClick(panel.team_button, Qt.MouseButton.LeftButton)  # the file has no meeting yet: it is created
    panel.name_edit.setText("Ahmed Al-Farsi")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(panel.team_button, Qt.MouseButton.LeftButton)  # nobody twice
    assert [panel.model.index(r, 1).data() for r in range(panel.model.rowCount())] == ["Ahmed Al-Farsi",
                                                                                      "Anna Auditor"]
    win.undo_action.trigger()
    assert panel.model.rowCount() == 1
    location = panel.fields["location"]
    location.setFocus()
    write(location, "Besprechungsraum 2")
    qtbot.keyClick(location, Qt.Key.Key_Return)
    win.close()
    meetings, attendees = stored(path)[2]
    assert [(m.kind, m.location) for m in meetings] == [("opening", "Besprechungsraum 2")]
    assert [a.name for a in attendees] == ["Anna Auditor"]


def test_team_members_are_added_edited_and_removed(window: MainWindow, qtbot: QtBot, audit_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    team = details_page(window).team

    def fill(dialog: TeamMemberDialog) -> int:
        dialog.name_edit.setText("Aiko Tanaka (田中)")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findText("Observer"))
        dialog.email_edit.setText("aiko@example.jp")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TeamMemberDialog, "exec", fill)
    qtbot.mouseClick(team.add_button, Qt.MouseButton.LeftButton)
    shown = [[team.model.index(r, c).data() for c in range(4)] for r in range(team.model.rowCount())]
    assert shown[-1] == ["Aiko Tanaka (田中)", "Observer", "", "aiko@example.jp"]  # observers after auditors
    assert [s[0] for s in shown[:2]] == ["Dr. Katrin Vogel", "Li Wei (李伟)"]
    assert team.selected()[0].name == "Aiko Tanaka (田中)"

    def change_role(dialog: TeamMemberDialog) -> int:
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findText("Trainee auditor"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TeamMemberDialog, "exec", change_role)
    qtbot.mouseClick(team.edit_button, Qt.MouseButton.LeftButton)
    assert window.undo_action.text() == "&Undo Edit team member Aiko Tanaka (田中)"
    sam = team.model.row_of(next(m.id for m in team.model.records() if m.name == "Samuel Okafor"))
    team.table.selectRow(sam)
    qtbot.mouseClick(team.remove_button, Qt.MouseButton.LeftButton)
    window.close()
    members = {m.name: m.role for m in stored(audit_path)[3]}
    assert members == {"Dr. Katrin Vogel": "lead", "Li Wei (李伟)": "auditor", "Aiko Tanaka (田中)": "trainee"}


def test_a_read_only_audit_cannot_be_edited(qtbot: QtBot, audit_path: Path) -> None:
    win = MainWindow("Test Auditor", read_only=True)
    qtbot.addWidget(win)
    assert win.open_path(audit_path)
    page = details_page(win)
    assert page.form.fields["client"].isReadOnly()
    assert not page.plan.add_button.isEnabled()
    assert not page.plan.model.flags(page.plan.model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    win.close()


@pytest.mark.parametrize("which", ["team", "plan", "attendance"])
def test_every_table_model_passes_the_model_tester(window: MainWindow, qtmodeltester: Any, which: str) -> None:
    page = details_page(window)
    model = {"team": page.team.model, "plan": page.plan.model,
             "attendance": page.meetings.panels["opening"].model}[which]
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    model.set_records(list(reversed(model.records())))  # a reordering (an edit moved a row) keeps it sound
    model.set_records(model.records()[1:])  # so does a removal (an undo, a merge)
    model.set_editable(False)


def test_a_refused_attendee_edit_is_reported_and_the_table_shows_what_is_stored(
        window: MainWindow, qtbot: QtBot, messages: list[str]) -> None:
    panel = details_page(window).meetings.panels["opening"]
    index = panel.model.index(0, 1)
    name = index.data()
    panel.table.setFocus()
    panel.table.setCurrentIndex(index)
    panel.table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == ["Change not saved: an attendee needs a name"]
    assert panel.model.index(0, 1).data() == name
    assert not window.undo_stack.canUndo()


def test_a_new_audit_can_switch_to_another_grading_scheme(qtbot: QtBot, make_audit) -> None:
    session = make_audit("afnor.audit")
    path = session.path
    session.close()
    win = MainWindow("Test Auditor")
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.show()
    scheme = details_page(win).form.fields["grading_scheme"]
    choose(qtbot, scheme, "AFNOR (PF / PP / PS / NCmin / NCmaj)")
    assert win.undo_action.text() == "&Undo Change grading scheme"
    assert session_of(win) is not None and win.audit.read(queries.details).grading_scheme == "afnor"
    win.undo_action.trigger()
    assert scheme.currentText() == "Major / minor (ISO/IEC 17021-1)"
    win.close()


def test_ctrl_shift_d_shows_the_audit_page(window: MainWindow, qtbot: QtBot) -> None:
    window.show_clauses()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = window.workspace.currentWidget()
    assert isinstance(page, DetailsPage)
    assert page.form.fields["client"].text() == "Müller Präzisionsteile GmbH"
    assert window.workspace.tabText(window.workspace.indexOf(page)) == "Audit"
