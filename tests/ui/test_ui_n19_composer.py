"""The finding composer under GHTF N19: the auditor states the factors and the grade follows, with its reasons."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from uihelpers import cid, click_clause, run_in, session_of

from auditor_app.services import audit, findings, library, queries
from auditor_app.ui.findings.feature import FindingsFeature
from auditor_app.ui.main_window import MainWindow

NOT_FULFILLED = "The requirement is not fulfilled as the evidence shows."  # 17021-1 9.4.5.2

MD = "iso13485-2016"
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)", extend=True)


@pytest.fixture
def md_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "md.audit"
    audit.create_audit(path, author="Lead", checklists=[library.get(MD)], details={
        "title": "Sterile devices", "client": "MedTech AG", "audit_type": "stage2",
        "grading_scheme": "ghtf_n19"}).close()
    win = MainWindow("Test Auditor")
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_the_composer_shows_the_factors_and_the_computed_grade_and_stores_them(md_window: MainWindow,
                                                                               qtbot: QtBot) -> None:
    win = md_window
    click_clause(qtbot, win, cid("7.5.6", MD))
    qtbot.keyClick(win.page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    feature = next(f for f in win.features if isinstance(f, FindingsFeature))
    composer = feature.composer
    assert composer is not None and composer.n19 is not None and composer.n19.isVisible()
    offered = [composer.grade_combo.itemText(i) for i in range(composer.grade_combo.count())]
    assert offered == ["Nonconformity (grade computed by GHTF N19)", "Opportunity for improvement"]  # no pick of 1-5
    assert composer.n19.result_label.text().startswith(
        "Grade 3 — direct QMS impact (7.5.6), first occurrence (computed by GHTF/SG3/N19")
    qtbot.mouseClick(composer.n19.repeat, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(composer.n19.no_procedure, Qt.MouseButton.LeftButton)
    assert composer.n19.result_label.text().startswith(
        "Grade 5 — direct QMS impact (7.5.6), repeat; +1 no documented procedure")
    qtbot.mouseClick(composer.n19.no_procedure, Qt.MouseButton.LeftButton)
    assert composer.grade == "4"
    composer.evidence_edit.insertPlainText("Sterilization validation report SV-17 not renewed after the new load")
    composer.statement_edit.insertPlainText("The requirement is not fulfilled.")
    qtbot.mouseClick(composer.ok_button, Qt.MouseButton.LeftButton)
    assert feature.composer is None
    session = session_of(win)
    assert session is not None
    [finding] = win.audit.read(queries.findings)
    assert finding.grade == "4"
    assert json.loads(finding.grading_basis or "") == {"scheme": "ghtf_n19", "repeat": True, "no_procedure": False,
                                                       "released_nonconforming": False}


def test_a_chapter_heading_is_graded_and_without_a_clause_nothing_can_be_saved(md_window: MainWindow,
                                                                            qtbot: QtBot) -> None:
    win = md_window
    click_clause(qtbot, win, cid("7.5.6", MD))
    qtbot.keyClick(win.page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    composer = next(f for f in win.features if isinstance(f, FindingsFeature)).composer
    assert composer is not None and composer.n19 is not None
    composer.references.set_clause_ids([cid("4", MD)])  # a chapter heading is gradable: indirect
    composer.evidence_edit.insertPlainText("Scope statement omits the Malaysian site")
    composer.statement_edit.insertPlainText("The requirement is not fulfilled.")
    assert composer.grade == "1" and composer.ok_button.isEnabled()
    composer.references.set_clause_ids([])
    assert not composer.ok_button.isEnabled()
    assert "clause reference" in composer.problem_label.text()


def test_editing_the_factors_regrades_the_finding_and_undo_puts_both_back(md_window: MainWindow,
                                                                          qtbot: QtBot) -> None:
    win = md_window
    session = session_of(win)
    assert session is not None
    win.apply_change(run_in(win, findings.create_finding, statement=NOT_FULFILLED,
                                 grade="1", clause_ids=[cid("6.2", MD)],
                                 evidence_text="Two operators without training records",
                                 grading_basis={"scheme": "ghtf_n19", "repeat": False}))
    feature = next(f for f in win.features if isinstance(f, FindingsFeature))
    [finding] = win.audit.read(queries.findings)
    feature.edit_finding(finding.id)
    composer = feature.composer
    assert composer is not None and composer.n19 is not None
    assert composer.grade_combo.currentText() == "Nonconformity (grade computed by GHTF N19)"
    assert not composer.n19.repeat.isChecked()
    qtbot.mouseClick(composer.n19.repeat, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(composer.n19.released, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(composer.ok_button, Qt.MouseButton.LeftButton)
    [edited] = win.audit.read(queries.findings)
    assert edited.grade == "3"  # 6.2 indirect, repeat (2), +1 nonconforming devices released
    assert json.loads(edited.grading_basis or "")["released_nonconforming"] is True
    win.undo_stack.undo()
    [undone] = win.audit.read(queries.findings)
    assert undone.grade == "1" and json.loads(undone.grading_basis or "")["repeat"] is False


def test_a_finding_graded_before_factors_were_recorded_keeps_its_grade_when_edited(md_window: MainWindow,
                                                                                   qtbot: QtBot) -> None:
    win = md_window
    session = session_of(win)
    assert session is not None
    win.apply_change(run_in(win, findings.create_finding, statement=NOT_FULFILLED,
                                 grade="4", clause_ids=[cid("6.2", MD)],
                                 evidence_text="Two operators without training records"))
    feature = next(f for f in win.features if isinstance(f, FindingsFeature))
    [finding] = win.audit.read(queries.findings)
    feature.edit_finding(finding.id)
    composer = feature.composer
    assert composer is not None and composer.n19 is not None
    assert composer.grade_combo.currentText() == "Grade 4 (graded without N19 factors)"
    assert not composer.n19.isVisible() and composer.grade == "4"
    composer.location_edit.setText("Hall 2")
    qtbot.mouseClick(composer.ok_button, Qt.MouseButton.LeftButton)
    [edited] = win.audit.read(queries.findings)
    assert (edited.grade, edited.grading_basis, edited.location) == ("4", None, "Hall 2")
