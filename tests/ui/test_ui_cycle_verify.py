"""Verifying what an audit took over from the previous one: outcome, citations, follow-up, unknown values."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import AUTHOR
from cyclehelpers import KEY, stage2_with_open_nc, tab_visible
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from uihelpers import choose, cid, feature_of

from auditor_app.services import audit, carry, queries
from auditor_app.ui.cycle.feature import CycleFeature
from auditor_app.ui.cycle.follow_up_dialog import FollowUpDialog
from auditor_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)", extend=True)



def test_not_effective_with_a_follow_up_is_one_step(
        qtbot: QtBot, empty_window: MainWindow, tmp_path: Path) -> None:
    win = empty_window
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
    before = len(win.audit.read(queries.findings))
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
    item = win.audit.read(queries.carried)[0]
    new = [f for f in win.audit.read(queries.findings) if f.follow_up_of == item.id]
    assert len(new) == 1 and len(win.audit.read(queries.findings)) == before + 1
    assert (new[0].grade, new[0].statement, new[0].clause_ids) == (
        "minor", "Instructions issued but not used on line 3", (cid("8.5.1"),))
    assert (item.verification, item.follow_up_id) == ("not_effective", new[0].id)
    assert page.model.index(0, 7).data() == "Not effective"
    assert not page.follow_up_button.isEnabled()
    # Undo takes both away; redo brings back the same finding.
    win.undo_stack.undo()
    item = win.audit.read(queries.carried)[0]
    assert (item.verification, item.follow_up_id) == (None, None)
    assert len(win.audit.read(queries.findings)) == before
    assert page.follow_up_button.isEnabled()
    win.undo_stack.redo()
    item = win.audit.read(queries.carried)[0]
    assert (item.verification, item.follow_up_id) == ("not_effective", new[0].id)
    assert [f.id for f in win.audit.read(queries.findings) if f.follow_up_of == item.id] == [new[0].id]


def test_a_verification_cites_notes_one_step_each(qtbot: QtBot, empty_window: MainWindow, tmp_path: Path) -> None:
    from auditor_app.services import notes
    win = empty_window
    stage2 = stage2_with_open_nc(tmp_path / "stage2.audit")
    carry.new_from_previous(tmp_path / "s1.audit", stage2, author=AUTHOR, audit_type="surveillance")[0].close()
    with audit.open_audit(tmp_path / "s1.audit", author=AUTHOR) as session, session.transaction() as tx:
        note_id = notes.add_note(tx, cid("8.5.1"), "interview", "Line 3 supervisor showed the new instructions")
    assert win.open_path(tmp_path / "s1.audit")
    page = feature_of(win, CycleFeature).previous_page
    entry = next(page.cited_list.item(n) for n in range(page.cited_list.count())
                 if "Line 3 supervisor" in page.cited_list.item(n).text())
    entry.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: win.audit.read(queries.carried)[0].note_ids == (note_id,))
    assert win.undo_stack.undoText() == "Cite for NC-01"
    win.undo_stack.undo()
    assert win.audit.read(queries.carried)[0].note_ids == ()


def test_the_cycle_models_pass_the_model_tester(qtmodeltester: object, tmp_path: Path) -> None:
    from auditor_app.domain import grading
    from auditor_app.domain.records import CarriedRecord, ConcernRecord
    from auditor_app.ui.cycle.models import carried_model, concern_model, origin_text

    history = {"prev": {"audit_id": "prev", "audit_type": "surveillance", "start_date": "2027-03-01",
                        "end_date": "2027-03-02", "report_number": "R-7"}}
    carried = carried_model(lambda: grading.DEFAULT, lambda r: origin_text(history, r))
    carried.set_records([CarriedRecord("a", kind="previous_finding", ref="F-1", grade="major", statement="x\ny",
                                       clause_refs=(f"{KEY}#8.5.1",), verification="superb",
                                       origin_audit_id="prev", origin_audit="stored words"),
                         CarriedRecord("b", kind="stage1_concern", statement="z", verification="effective")])
    qtmodeltester.check(carried)  # type: ignore[attr-defined]
    assert carried.index(0, 3).data() == "x y"
    # Where an item comes from is worded from the chain's history (in the window's language); the stored English
    # name only for an audit the history lacks.
    assert carried.index(0, 1).data() == "Surveillance, 2027-03-01 to 2027-03-02, report R-7"
    assert origin_text({}, CarriedRecord("c", origin_audit_id="gone", origin_audit="Stage 2, 2026")) == "Stage 2, 2026"
    assert carried.index(0, 7).data() == "superb (unknown value)"
    assert carried.index(1, 7).data() == "Resolved"
    concerns = concern_model()
    concerns.set_records([ConcernRecord("c", statement="s", clause_refs=(f"{KEY}#9.2",), area="Production")])
    qtmodeltester.check(concerns)  # type: ignore[attr-defined]


def test_values_this_version_does_not_know_are_shown_marked_and_kept(
        qtbot: QtBot, empty_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import forged_values as forged
    win = empty_window
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
    item = win.audit.read(queries.carried)[0]
    assert refused == []
    assert (item.verification, item.verification_evidence) == ("superbly_effective", "Seen on line 3")
    # Readiness recorded by a newer version: the page is there (it holds something), the value marked and kept.
    assert tab_visible(win, stage1)
    assert stage1.readiness_combo.currentText() == "ready_pending_documents (unknown value)"
    stage1.comment_edit.setPlainText("Documents promised for March")
    qtbot.mouseClick(stage1.save_button, Qt.MouseButton.LeftButton)
    details = win.audit.read(queries.details)
    assert refused == []
    assert (details.stage2_readiness, details.stage2_readiness_comment) == (
        "ready_pending_documents", "Documents promised for March")


def test_back_to_not_verified_clears_who_and_when(qtbot: QtBot, empty_window: MainWindow, tmp_path: Path) -> None:
    win = empty_window
    stage2 = stage2_with_open_nc(tmp_path / "stage2.audit")
    carry.new_from_previous(tmp_path / "s1.audit", stage2, author=AUTHOR, audit_type="surveillance")[0].close()
    assert win.open_path(tmp_path / "s1.audit")
    page = feature_of(win, CycleFeature).previous_page
    choose(qtbot, page.outcome_combo, "Partly effective")
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    item = win.audit.read(queries.carried)[0]
    assert (item.verification, item.verified_by) == ("partly", AUTHOR)
    choose(qtbot, page.outcome_combo, "Not verified yet")
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    item = win.audit.read(queries.carried)[0]
    assert (item.verification, item.verified_by, item.verified_on) == (None, None, None)


def test_carried_clause_references_read_as_standard_and_number() -> None:
    from auditor_app.ui.cycle.models import refs_text

    assert refs_text(["iso9001-2015#7.1.5.2", "iso14001-2015#8.2"]) == "ISO 9001 7.1.5.2, ISO 14001 8.2"
    assert refs_text(["unknown-list#4.1"]) == "unknown-list#4.1"  # a checklist the library lacks: as stored
