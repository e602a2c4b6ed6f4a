"""The certification cycle in the window: Stage 1, a Stage 2 made from it through the dialog, verification."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from auditor_app.domain import vocab
from auditor_app.services import audit, carry, findings, library, queries
from auditor_app.ui.cycle.concern_dialog import ConcernDialog
from auditor_app.ui.cycle.feature import CycleFeature
from auditor_app.ui.cycle.follow_up_dialog import FollowUpDialog
from auditor_app.ui.cycle.new_from_previous import NewFromPreviousDialog
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.navigation import Navigation
from tests.ui.conftest import AUTHOR
from tests.ui.uihelpers import choose, cid, feature_of

KEY = "iso9001-2015"
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)", extend=True)


def make_audit(path: Path, audit_type: str, client: str = "ACME Werkzeugbau GmbH") -> Path:
    audit.create_audit(path, author=AUTHOR, checklists=[library.get(KEY)],
                       details={"audit_type": audit_type, "client": client, "title": f"{client} {audit_type}",
                                "start_date": "2026-02-02", "end_date": "2026-02-03"}).close()
    return path


def stage2_with_open_nc(path: Path) -> Path:
    make_audit(path, vocab.AuditType.STAGE2.value)
    with audit.open_audit(path, author=AUTHOR) as session, session.transaction() as tx:
        findings.create_finding(tx, grade="major", clause_ids=[cid("8.5.1")], statement="Work instructions missing",
                                evidence_text="Line 3 operators had no instruction", requirement="8.5.1 a)")
    return path


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = MainWindow(AUTHOR)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def tab_visible(win: MainWindow, page: object) -> bool:
    return win.workspace.isTabVisible(win.workspace.indexOf(page))


def _accept_concern(qtbot: QtBot, feature: CycleFeature, statement: str, refs: tuple[str, ...], area: str) -> None:
    qtbot.mouseClick(feature.stage1_page.add_button, Qt.MouseButton.LeftButton)
    dialog = feature.dialog
    assert isinstance(dialog, ConcernDialog)
    qtbot.keyClicks(dialog.statement_edit, statement)
    qtbot.keyClicks(dialog.area_edit, area)
    qtbot.keyClicks(dialog.filter_edit, refs[0])
    dialog.check_refs(*refs)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: feature.dialog is None)


def _new_from(qtbot: QtBot, win: MainWindow, monkeypatch: pytest.MonkeyPatch, previous: Path) -> NewFromPreviousDialog:
    feature = feature_of(win, CycleFeature)
    feature.new_action.trigger()
    dialog = feature.dialog
    assert isinstance(dialog, NewFromPreviousDialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(previous), ""))
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.reading is None, timeout=10_000)
    return dialog


def test_stage1_in_the_window_then_stage2_made_from_it_verifies_the_concern(
        qtbot: QtBot, open_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    win = open_window
    stage1 = make_audit(tmp_path / "stage1.audit", vocab.AuditType.STAGE1.value)
    assert win.open_path(stage1)
    feature = feature_of(win, CycleFeature)
    page = feature.stage1_page
    assert tab_visible(win, page) and not tab_visible(win, feature.previous_page)
    # View › Show … names the pages shown, in order; Ctrl+5 is Stage 1 (the hidden page takes no number).
    navigation = feature_of(win, Navigation)
    shown = [a.text() for a in navigation.page_actions if a.isVisible()]
    assert shown[-1] == "Show Stage 1" and "Show Previous findings" not in shown
    navigation.page_actions[len(shown) - 1].trigger()
    assert win.workspace.currentWidget() is page
    file_menu = win.menus.file.actions()
    assert [a.text() for a in file_menu[:2]] == ["&New audit…", "New audit from &previous…"]
    # Readiness, with its reasons: one undoable step.
    choose(qtbot, page.readiness_combo, "Ready for Stage 2, with areas of concern")
    page.comment_edit.setPlainText("Documented system complete; internal audit of production not yet done")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    details = queries.details(win.session)
    assert (details.stage2_readiness, details.stage2_readiness_comment) == (
        "ready_with_concerns", "Documented system complete; internal audit of production not yet done")
    # An area of concern on a clause of the audit; undo takes it away, redo brings the same one back.
    _accept_concern(qtbot, feature, "No internal audit of production yet", (f"{KEY}#9.2",), "Production")
    concerns = queries.concerns(win.session)
    assert [(c.statement, c.clause_refs, c.area) for c in concerns] == [
        ("No internal audit of production yet", (f"{KEY}#9.2",), "Production")]
    assert page.model.rowCount() == 1
    assert "9.2" in page.model.index(0, 1).data()
    win.undo_stack.undo()
    assert queries.concerns(win.session) == [] and page.model.rowCount() == 0
    win.undo_stack.redo()
    assert [c.id for c in queries.concerns(win.session)] == [concerns[0].id]
    win.undo_stack.undo()
    win.undo_stack.undo()  # the readiness too
    assert queries.details(win.session).stage2_readiness is None
    win.undo_stack.redo()
    win.undo_stack.redo()

    # Stage 2 from it, through the dialog.
    dialog = _new_from(qtbot, win, monkeypatch, stage1)
    assert dialog.preview is not None, dialog.what_label.text()
    text = dialog.what_label.text()
    assert "Stage 1" in text and "ACME Werkzeugbau GmbH" in text and "1 area of concern to check" in text
    assert dialog.type_combo.currentData() == vocab.AuditType.STAGE2.value
    assert "Stage 2" in dialog.title_edit.text()
    target = tmp_path / "stage2.audit"
    dialog.path_edit.setText(str(target))
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.session is not None and win.session.path == target, timeout=20_000)
    assert queries.details(win.session).audit_type == vocab.AuditType.STAGE2.value
    previous = feature.previous_page
    assert tab_visible(win, previous)
    items = queries.carried(win.session)
    assert [(i.kind, i.statement, i.clause_refs) for i in items] == [
        (vocab.CarriedKind.STAGE1_CONCERN.value, "No internal audit of production yet", (f"{KEY}#9.2",))]
    assert previous.model.index(0, 3).data() == "No internal audit of production yet"
    # A concern is resolved or not (Stage 2's words), verified by the author today unless changed.
    offered = [previous.outcome_combo.itemText(n) for n in range(previous.outcome_combo.count())]
    assert "Resolved" in offered and "Effective" not in offered
    assert previous.verifier_edit.text() == AUTHOR
    choose(qtbot, previous.outcome_combo, "Resolved")
    qtbot.keyClicks(previous.evidence_edit, "Internal audit report IA-2026-03 of production seen")
    qtbot.mouseClick(previous.record_button, Qt.MouseButton.LeftButton)
    item = queries.carried(win.session)[0]
    assert (item.verification, item.verification_evidence, item.verified_by) == (
        "effective", "Internal audit report IA-2026-03 of production seen", AUTHOR)
    assert previous.model.index(0, 7).data() == "Resolved"
    win.undo_stack.undo()
    assert queries.carried(win.session)[0].verification is None


def test_not_effective_with_a_follow_up_is_one_step(
        qtbot: QtBot, open_window: MainWindow, tmp_path: Path) -> None:
    win = open_window
    stage2 = stage2_with_open_nc(tmp_path / "stage2.audit")
    session, _summary = carry.new_from_previous(tmp_path / "s1.audit", stage2, author=AUTHOR,
                                                audit_type="surveillance", start_date="2027-02-01")
    session.close()
    assert win.open_path(tmp_path / "s1.audit")
    feature = feature_of(win, CycleFeature)
    page = feature.previous_page
    assert tab_visible(win, page) and not tab_visible(win, feature.stage1_page)
    assert page.model.index(0, 3).data() == "Work instructions missing"
    assert page.model.index(0, 2).data() == "Major nonconformity"
    before = len(queries.findings(win.session))
    steps = win.undo_stack.count()
    qtbot.mouseClick(page.follow_up_button, Qt.MouseButton.LeftButton)
    dialog = feature.dialog
    assert isinstance(dialog, FollowUpDialog)
    assert dialog.grade_combo.currentData() == "major"  # as graded before, to start with
    choose(qtbot, dialog.grade_combo, "Minor nonconformity")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled() and "statement" in dialog.problem_label.text()
    qtbot.keyClicks(dialog.statement_edit, "Instructions issued but not used on line 3")
    assert not ok.isEnabled() and "objective evidence" in dialog.problem_label.text()
    qtbot.keyClicks(dialog.evidence_edit, "Operator on line 3 worked from memory")
    assert ok.isEnabled()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: feature.dialog is None)
    assert win.undo_stack.count() == steps + 1
    item = queries.carried(win.session)[0]
    new = [f for f in queries.findings(win.session) if f.follow_up_of == item.id]
    assert len(new) == 1 and len(queries.findings(win.session)) == before + 1
    assert (new[0].grade, new[0].statement, new[0].clause_ids) == (
        "minor", "Instructions issued but not used on line 3", (cid("8.5.1"),))
    assert (item.verification, item.follow_up_id) == ("not_effective", new[0].id)
    assert page.model.index(0, 7).data() == "Not effective"
    assert not page.follow_up_button.isEnabled()
    # Undo takes both away; redo brings back the same finding.
    win.undo_stack.undo()
    item = queries.carried(win.session)[0]
    assert (item.verification, item.follow_up_id) == (None, None)
    assert len(queries.findings(win.session)) == before
    assert page.follow_up_button.isEnabled()
    win.undo_stack.redo()
    item = queries.carried(win.session)[0]
    assert (item.verification, item.follow_up_id) == ("not_effective", new[0].id)
    assert [f.id for f in queries.findings(win.session) if f.follow_up_of == item.id] == [new[0].id]


def test_a_verification_cites_notes_one_step_each(qtbot: QtBot, open_window: MainWindow, tmp_path: Path) -> None:
    from auditor_app.services import notes
    win = open_window
    stage2 = stage2_with_open_nc(tmp_path / "stage2.audit")
    carry.new_from_previous(tmp_path / "s1.audit", stage2, author=AUTHOR, audit_type="surveillance")[0].close()
    with audit.open_audit(tmp_path / "s1.audit", author=AUTHOR) as session, session.transaction() as tx:
        note_id = notes.add_note(tx, cid("8.5.1"), "interview", "Line 3 supervisor showed the new instructions")
    assert win.open_path(tmp_path / "s1.audit")
    page = feature_of(win, CycleFeature).previous_page
    entry = next(page.cited_list.item(n) for n in range(page.cited_list.count())
                 if "Line 3 supervisor" in page.cited_list.item(n).text())
    entry.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: queries.carried(win.session)[0].note_ids == (note_id,))
    assert win.undo_stack.undoText() == "Cite for NC-01"
    win.undo_stack.undo()
    assert queries.carried(win.session)[0].note_ids == ()


def test_new_from_previous_refuses_a_damaged_file_and_an_existing_target(
        qtbot: QtBot, open_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    win = open_window
    broken = tmp_path / "broken.audit"
    broken.write_bytes(b"this is not an audit file" * 100)
    dialog = _new_from(qtbot, win, monkeypatch, broken)
    assert dialog.preview is None
    assert "broken.audit cannot be used:" in dialog.what_label.text()
    assert "Traceback" not in dialog.what_label.text()
    assert not dialog.create_button.isEnabled()
    stage1 = make_audit(tmp_path / "stage1.audit", vocab.AuditType.STAGE1.value)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(stage1), ""))
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    dialog.path_edit.setText(str(stage1))
    assert "stage1.audit already exists" in dialog.problem_label.text()
    assert not dialog.create_button.isEnabled()
    # The name is taken between choosing it and Create: the worker refuses, the message says so, the file stays.
    target = tmp_path / "next.audit"
    dialog.path_edit.setText(str(target))
    assert dialog.create_button.isEnabled()
    target.write_bytes(b"someone else's")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: shown.append(f"{title}: {text}"))
    monkeypatch.setattr(dialog, "_check", lambda: None)  # as if the name was taken after the last check
    dialog.create_audit()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [f"Audit not created: cannot create {target}: a file of that name already exists"]
    assert target.read_bytes() == b"someone else's"
    dialog.reject()


def test_the_cycle_models_pass_the_model_tester(qtmodeltester: object, tmp_path: Path) -> None:
    from auditor_app.domain import grading
    from auditor_app.domain.records import CarriedRecord, ConcernRecord
    from auditor_app.ui.cycle.models import carried_model, concern_model
    carried = carried_model(lambda: grading.DEFAULT)
    carried.set_records([CarriedRecord("a", kind="previous_finding", ref="F-1", grade="major", statement="x\ny",
                                       clause_refs=(f"{KEY}#8.5.1",), verification="superb"),
                         CarriedRecord("b", kind="stage1_concern", statement="z", verification="effective")])
    qtmodeltester.check(carried)  # type: ignore[attr-defined]
    assert carried.index(0, 3).data() == "x y"
    assert carried.index(0, 7).data() == "superb (unknown value)"
    assert carried.index(1, 7).data() == "Resolved"
    concerns = concern_model()
    concerns.set_records([ConcernRecord("c", statement="s", clause_refs=(f"{KEY}#9.2",), area="Production")])
    qtmodeltester.check(concerns)  # type: ignore[attr-defined]


def older_edition() -> object:
    import dataclasses
    current = library.get(KEY)
    # The same standard as an earlier library had it: without clause 10 and under its old edition's name.
    return dataclasses.replace(current, edition="2015", clauses=tuple(c for c in current.clauses if c.number != "10"))


def test_the_dialog_offers_the_library_newer_version_with_what_changed(
        qtbot: QtBot, open_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    win = open_window
    previous = tmp_path / "stage2-old.audit"
    audit.create_audit(previous, author=AUTHOR, checklists=[older_edition()],  # type: ignore[list-item]
                       details={"audit_type": "stage2", "client": "Müller Feinmechanik"}).close()
    dialog = _new_from(qtbot, win, monkeypatch, previous)
    assert dialog.type_combo.currentData() == vocab.AuditType.SURVEILLANCE.value
    box = dialog.update_boxes[KEY]
    assert box.text() == f"Use ISO 9001:2015 + Amd 1:2024 ({KEY}) instead of ISO 9001:2015"
    shown = [dialog.checklists.itemAt(n).widget().text() for n in range(dialog.checklists.count())]
    assert any("added" in text and "10" in text for text in shown), shown
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    target = tmp_path / "surveillance.audit"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.session is not None and win.session.path == target, timeout=20_000)
    assert [c.edition for c in queries.checklists(win.session)] == ["2015 + Amd 1:2024"]
    assert "Made from Stage 2" in win.statusBar().currentMessage()


def test_values_this_version_does_not_know_are_shown_marked_and_kept(
        qtbot: QtBot, open_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import forged_values as forged
    win = open_window
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: refused.append(f"{title}: {text}"))
    stage2 = stage2_with_open_nc(tmp_path / "stage2.audit")
    path = tmp_path / "s1.audit"
    session, _summary = carry.new_from_previous(path, stage2, author=AUTHOR, audit_type="surveillance")
    item_id = queries.carried(session)[0].id
    session.close()
    forged.append(path, [("carried", item_id, "verification", "superbly_effective"),
                         ("audit", forged.audit_id(path), "stage2_readiness", "ready_pending_documents")])
    with audit.open_audit(path, author="checker") as session:
        queries.rebuild_cache(session)
    assert win.open_path(path)
    feature = feature_of(win, CycleFeature)
    page, stage1 = feature.previous_page, feature.stage1_page
    assert page.outcome_combo.currentText() == "superbly_effective (unknown value)"
    assert page.model.index(0, 7).data() == "superbly_effective (unknown value)"
    qtbot.keyClicks(page.evidence_edit, "Seen on line 3")
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    item = queries.carried(win.session)[0]
    assert refused == []
    assert (item.verification, item.verification_evidence) == ("superbly_effective", "Seen on line 3")
    # Readiness recorded by a newer version: the page is there (it holds something), the value marked and kept.
    assert tab_visible(win, stage1)
    assert stage1.readiness_combo.currentText() == "ready_pending_documents (unknown value)"
    stage1.comment_edit.setPlainText("Documents promised for March")
    qtbot.mouseClick(stage1.save_button, Qt.MouseButton.LeftButton)
    details = queries.details(win.session)
    assert refused == []
    assert (details.stage2_readiness, details.stage2_readiness_comment) == (
        "ready_pending_documents", "Documents promised for March")


def test_an_area_of_concern_is_edited_and_deleted_one_step_each(
        qtbot: QtBot, open_window: MainWindow, tmp_path: Path) -> None:
    win = open_window
    stage1 = make_audit(tmp_path / "stage1.audit", vocab.AuditType.STAGE1.value)
    assert win.open_path(stage1)
    feature = feature_of(win, CycleFeature)
    page = feature.stage1_page
    _accept_concern(qtbot, feature, "Calibration intervals not justified", (f"{KEY}#7.1.5.2",), "Lab")
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = feature.dialog
    assert isinstance(dialog, ConcernDialog)
    assert dialog.area_edit.text() == "Lab"
    dialog.area_edit.setText("Metrology lab")
    dialog.check_refs(f"{KEY}#7.1.5.1")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: feature.dialog is None)
    concern = queries.concerns(win.session)[0]
    assert (concern.area, concern.clause_refs) == ("Metrology lab", (f"{KEY}#7.1.5.1", f"{KEY}#7.1.5.2"))
    assert page.model.index(0, 2).data() == "Metrology lab"
    win.undo_stack.undo()
    concern = queries.concerns(win.session)[0]
    assert (concern.area, concern.clause_refs) == ("Lab", (f"{KEY}#7.1.5.2",))
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert queries.concerns(win.session) == [] and page.model.rowCount() == 0
    assert "Undo brings it back" in win.statusBar().currentMessage()
    win.undo_stack.undo()
    assert [c.statement for c in queries.concerns(win.session)] == ["Calibration intervals not justified"]


def test_back_to_not_verified_clears_who_and_when(qtbot: QtBot, open_window: MainWindow, tmp_path: Path) -> None:
    win = open_window
    stage2 = stage2_with_open_nc(tmp_path / "stage2.audit")
    carry.new_from_previous(tmp_path / "s1.audit", stage2, author=AUTHOR, audit_type="surveillance")[0].close()
    assert win.open_path(tmp_path / "s1.audit")
    page = feature_of(win, CycleFeature).previous_page
    choose(qtbot, page.outcome_combo, "Partly effective")
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    item = queries.carried(win.session)[0]
    assert (item.verification, item.verified_by) == ("partly", AUTHOR)
    choose(qtbot, page.outcome_combo, "Not verified yet")
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    item = queries.carried(win.session)[0]
    assert (item.verification, item.verified_by, item.verified_on) == (None, None, None)
