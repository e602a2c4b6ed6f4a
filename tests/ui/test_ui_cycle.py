"""The certification cycle in the window: Stage 1, and the next audit made from the previous one."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import AUTHOR
from cyclehelpers import KEY, accept_concern, make_audit, new_from, older_edition, tab_visible
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from uihelpers import choose, feature_of, session_of

from auditor_app.domain import vocab
from auditor_app.services import audit, queries
from auditor_app.ui.cycle.concern_dialog import ConcernDialog
from auditor_app.ui.cycle.feature import CycleFeature
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.navigation import Navigation

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)", extend=True)



def test_stage1_in_the_window_then_stage2_made_from_it_verifies_the_concern(
        qtbot: QtBot, empty_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    win = empty_window
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
    details = win.audit.read(queries.details)
    assert (details.stage2_readiness, details.stage2_readiness_comment) == (
        "ready_with_concerns", "Documented system complete; internal audit of production not yet done")
    # An area of concern on a clause of the audit; undo takes it away, redo brings the same one back.
    accept_concern(qtbot, feature, "No internal audit of production yet", (f"{KEY}#9.2",), "Production")
    concerns = win.audit.read(queries.concerns)
    assert [(c.statement, c.clause_refs, c.area) for c in concerns] == [
        ("No internal audit of production yet", (f"{KEY}#9.2",), "Production")]
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "AC-01" and "9.2" in page.model.index(0, 2).data()
    win.undo_stack.undo()
    assert win.audit.read(queries.concerns) == [] and page.model.rowCount() == 0
    win.undo_stack.redo()
    assert [c.id for c in win.audit.read(queries.concerns)] == [concerns[0].id]
    win.undo_stack.undo()
    win.undo_stack.undo()  # the readiness too
    assert win.audit.read(queries.details).stage2_readiness is None
    win.undo_stack.redo()
    win.undo_stack.redo()

    # Stage 2 from it, through the dialog.
    dialog = new_from(qtbot, win, monkeypatch, stage1)
    assert dialog.preview is not None, dialog.what_label.text()
    text = dialog.what_label.text()
    assert "Stage 1" in text and "ACME Werkzeugbau GmbH" in text and "1 area of concern to check" in text
    assert dialog.type_combo.currentData() == vocab.AuditType.STAGE2.value
    assert "Stage 2" in dialog.title_edit.text()
    target = tmp_path / "stage2.audit"
    dialog.path_edit.setText(str(target))
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session_of(win) is not None and session_of(win).path == target, timeout=20_000)
    assert win.audit.read(queries.details).audit_type == vocab.AuditType.STAGE2.value
    previous = feature.previous_page
    assert tab_visible(win, previous)
    items = win.audit.read(queries.carried)
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
    item = win.audit.read(queries.carried)[0]
    assert (item.verification, item.verification_evidence, item.verified_by) == (
        "effective", "Internal audit report IA-2026-03 of production seen", AUTHOR)
    assert previous.model.index(0, 7).data() == "Resolved"
    win.undo_stack.undo()
    assert win.audit.read(queries.carried)[0].verification is None


def test_new_from_previous_refuses_a_damaged_file_and_an_existing_target(
        qtbot: QtBot, empty_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    win = empty_window
    broken = tmp_path / "broken.audit"
    broken.write_bytes(b"this is not an audit file" * 100)
    dialog = new_from(qtbot, win, monkeypatch, broken)
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


def test_the_dialog_offers_the_library_newer_version_with_what_changed(
        qtbot: QtBot, empty_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    win = empty_window
    previous = tmp_path / "stage2-old.audit"
    audit.create_audit(previous, author=AUTHOR, checklists=[older_edition()],
                       details={"audit_type": "stage2", "client": "Müller Feinmechanik"}).close()
    dialog = new_from(qtbot, win, monkeypatch, previous)
    assert dialog.type_combo.currentData() == vocab.AuditType.SURVEILLANCE.value
    box = dialog.update_boxes[KEY]
    assert box.text() == f"Use ISO 9001:2015 + Amd 1:2024 ({KEY}) instead of ISO 9001:2015"
    shown = [dialog.checklists.itemAt(n).widget().text() for n in range(dialog.checklists.count())]
    assert any("added" in text and "10" in text for text in shown), shown
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    target = tmp_path / "surveillance.audit"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session_of(win) is not None and session_of(win).path == target, timeout=20_000)
    assert [c.edition for c in win.audit.read(queries.checklists)] == ["2015 + Amd 1:2024"]
    assert "Made from Stage 2" in win.statusBar().currentMessage()


def test_an_area_of_concern_is_edited_and_deleted_one_step_each(
        qtbot: QtBot, empty_window: MainWindow, tmp_path: Path) -> None:
    win = empty_window
    stage1 = make_audit(tmp_path / "stage1.audit", vocab.AuditType.STAGE1.value)
    assert win.open_path(stage1)
    feature = feature_of(win, CycleFeature)
    page = feature.stage1_page
    accept_concern(qtbot, feature, "Calibration intervals not justified", (f"{KEY}#7.1.5.2",), "Lab")
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = feature.dialog
    assert isinstance(dialog, ConcernDialog)
    assert dialog.area_edit.text() == "Lab"
    dialog.area_edit.setText("Metrology lab")
    dialog.check_refs(f"{KEY}#7.1.5.1")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: feature.dialog is None)
    concern = win.audit.read(queries.concerns)[0]
    assert (concern.area, concern.clause_refs) == ("Metrology lab", (f"{KEY}#7.1.5.1", f"{KEY}#7.1.5.2"))
    assert page.model.index(0, 3).data() == "Metrology lab"
    win.undo_stack.undo()
    concern = win.audit.read(queries.concerns)[0]
    assert (concern.area, concern.clause_refs) == ("Lab", (f"{KEY}#7.1.5.2",))
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert win.audit.read(queries.concerns) == [] and page.model.rowCount() == 0
    assert "Undo brings it back" in win.statusBar().currentMessage()
    win.undo_stack.undo()
    assert [c.statement for c in win.audit.read(queries.concerns)] == ["Calibration intervals not justified"]
