"""The Findings page: the audit's findings sorted, filtered, shown in full, deleted and jumped from."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from test_ui_findings import double_click, feature_of, stored_findings, table_rows
from uihelpers import choose, cid, run_in, session_of

from auditor_app.services import audit, demo
from auditor_app.ui.findings.page import FindingsPage
from auditor_app.ui.findings.table_model import Column
from auditor_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)", extend=True)


@pytest.fixture(scope="module")
def _six_findings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every grade of the default scheme once (minor twice), on clauses of both standards."""
    root = tmp_path_factory.mktemp("six")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("AUDITOR_APP_DATA_DIR", str(root / "user-data"))
        patch.setenv("AUDITOR_APP_CONFIG_DIR", str(root / "user-config"))
        demo.build_demo(root / "six.audit", photos=2, notes_count=8, findings_count=6).close()
    return root / "six.audit"


@pytest.fixture
def path(_six_findings: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "six.audit"
    shutil.copyfile(_six_findings, copy)
    return copy


@pytest.fixture
def win(qtbot: QtBot, path: Path) -> Iterator[MainWindow]:
    window = MainWindow("Test Auditor")
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.show()
    qtbot.waitExposed(window)
    feature_of(window).show_findings()
    yield window
    window.close()


def page_of(win: MainWindow) -> FindingsPage:
    return feature_of(win).page


def click_header(qtbot: QtBot, page: FindingsPage, column: Column) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def select_ref(page: FindingsPage, ref: str) -> None:
    finding = next(f for f in page.data.findings if f.ref == ref)
    assert page.select(finding.id)


def test_the_page_lists_every_finding_with_its_clauses(win: MainWindow) -> None:
    assert win.workspace.tabText(win.workspace.currentIndex()) == "Findings"
    assert table_rows(win) == ["GP-01", "NC-01", "NC-02", "NC-03", "OBS-01", "OFI-01"]
    assert table_rows(win, Column.CLAUSES)[-1] == "ISO 9001 9.2, ISO 14001 9.2"  # checklist order, both standards
    assert table_rows(win, Column.GRADE)[3] == "Major nonconformity"
    assert table_rows(win, Column.AUTHOR)[0] == "Dr. Katrin Vogel"
    assert page_of(win).count_label.text() == "6 findings"


def test_sorting_by_grade_puts_the_most_serious_first(win: MainWindow, qtbot: QtBot) -> None:
    page = page_of(win)
    click_header(qtbot, page, Column.GRADE)
    assert table_rows(win) == ["NC-03", "NC-01", "NC-02", "OBS-01", "OFI-01", "GP-01"]
    click_header(qtbot, page, Column.GRADE)
    assert table_rows(win)[0] == "GP-01"
    click_header(qtbot, page, Column.CLAUSES)  # ISO 9001 before ISO 14001, 8.4.1 before 8.7
    assert table_rows(win) == ["NC-01", "NC-03", "OBS-01", "OFI-01", "GP-01", "NC-02"]


def test_text_grade_and_status_filters(win: MainWindow, qtbot: QtBot) -> None:
    page = page_of(win)
    qtbot.keyClicks(page.filter_edit, "GATE 3")  # evidence text, any case
    assert table_rows(win) == ["NC-02"]
    assert page.count_label.text() == "1 of 6 findings"
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "8.4.1")  # a clause number
    assert table_rows(win) == ["NC-03"]
    page.filter_edit.clear()
    choose(qtbot, page.grade_filter, "Minor nonconformity")
    assert table_rows(win) == ["NC-01", "NC-02"]
    choose(qtbot, page.status_filter, "Verified and closed")
    assert table_rows(win) == [] and page.count_label.text() == "0 of 6 findings"
    choose(qtbot, page.status_filter, "Open")
    choose(qtbot, page.grade_filter, "All grades")
    assert len(table_rows(win)) == 6


def test_double_click_jumps_to_the_clause(win: MainWindow, qtbot: QtBot) -> None:
    page = page_of(win)
    row = table_rows(win).index("NC-02")
    double_click(qtbot, page.table, page.proxy.index(row, Column.STATEMENT))
    assert win.workspace.currentIndex() == 0  # the clauses page
    assert win.page.clause_id == cid("8.2", "iso14001-2015")
    assert win.page.number_label.text() == "8.2"


def test_the_selected_finding_is_shown_in_full(win: MainWindow) -> None:
    page = page_of(win)
    select_ref(page, "NC-01")
    text = page.detail.toPlainText()
    for expected in ("NC-01 · Minor nonconformity", "7.1.5.2 Measurement traceability — ISO 9001:2015",
                     "Two calipers (MS-114, MS-120) in use at line 2", "Calibration label on caliper #MS-114",
                     "Statement of nonconformity", "Calibration status of measuring equipment is not maintained"):
        assert expected in text
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()


def test_delete_then_undo_brings_the_finding_back_with_its_clause(win: MainWindow, qtbot: QtBot, path: Path) -> None:
    page = page_of(win)
    select_ref(page, "NC-03")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "NC-03" not in table_rows(win)
    assert win.statusBar().currentMessage() == "Finding NC-03 deleted — Edit › Undo brings it back."
    assert win.undo_action.text() == "&Undo Delete finding NC-03"
    win.undo_action.trigger()
    assert "NC-03" in table_rows(win)
    win.close()
    nc = stored_findings(path)["NC-03"]
    assert nc.clause_ids == (cid("8.4.1"),) and nc.grade == "major"


def test_an_edit_keeps_the_finding_selected(win: MainWindow, qtbot: QtBot) -> None:
    page = page_of(win)
    select_ref(page, "OBS-01")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    composer = feature_of(win).composer
    assert composer is not None
    composer.location_edit.setText("Quality lab, building 2")
    qtbot.mouseClick(composer.ok_button, Qt.MouseButton.LeftButton)
    assert page.data.finding(page.selected_id()).ref == "OBS-01"
    assert "Quality lab, building 2" in page.detail.toPlainText()


def test_new_from_the_page_without_a_clause_needs_one_for_a_nonconformity(win: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(page_of(win).new_button, Qt.MouseButton.LeftButton)
    composer = feature_of(win).composer
    assert composer is not None and composer.heading.text() == "New finding"
    assert composer.references.clause_ids() == []
    qtbot.keyClicks(composer.evidence_edit, "Seen at the gate")
    assert "needs a clause reference" in composer.problem_label.text()
    composer.reject()


def test_the_model_and_its_filter_pass_the_qt_model_tester(win: MainWindow, qtbot: QtBot,
                                                           qtmodeltester: object) -> None:
    page = page_of(win)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtbot.keyClicks(page.filter_edit, "nc")
    qtmodeltester.check(page.proxy)  # type: ignore[attr-defined]


def test_a_read_only_window_offers_no_finding_edits(qtbot: QtBot, path: Path) -> None:
    window = MainWindow("Reader", read_only=True)
    qtbot.addWidget(window)
    assert window.open_path(path)
    feature = feature_of(window)
    assert not feature.new_action.isEnabled()
    assert not feature.page.new_button.isEnabled() and not feature.tab.new_button.isEnabled()
    feature.new_finding()
    assert feature.composer is None
    window.close()


def test_the_audit_grading_scheme_decides_the_grades_offered(win: MainWindow, qtbot: QtBot) -> None:
    # Another part of the workspace (audit details) changes the scheme; the window passes the change on.
    session = session_of(win)
    assert session is not None
    win.apply_change(run_in(win, audit.update_details, {"grading_scheme": "afnor"}))
    page = page_of(win)
    assert [page.grade_filter.itemText(i) for i in range(page.grade_filter.count())] == [
        "All grades", "Non-conformité majeure", "Non-conformité mineure", "Point sensible", "Piste de progrès",
        "Point fort"]
    assert table_rows(win, Column.GRADE)[1] == "Minor nonconformity"  # graded before the change: kept as it was
    win.show_clauses()
    win.select_clause(cid("7.1.5.1"))  # not audited yet: a minor is the likely grade
    qtbot.keyClick(win.page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    composer = feature_of(win).composer
    assert composer is not None and composer.grade_combo.currentText() == "Non-conformité mineure"
    composer.evidence_edit.insertPlainText("Rüstfreigabe ohne Unterschrift")  # QTest types ASCII only
    composer.statement_edit.insertPlainText("Freigabe nicht gelenkt")
    qtbot.mouseClick(composer.ok_button, Qt.MouseButton.LeftButton)
    finding = next(f for f in feature_of(win).data.findings if f.clause_ids == (cid("7.1.5.1"),))
    assert (finding.grade, finding.ref) == ("NCmin", "NC-04")
