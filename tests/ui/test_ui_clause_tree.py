"""The clause tree model and its filter: structure, results a user can tell apart, instant search."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from uihelpers import cid, click_clause, row_text, run_in, session_of, visible_numbers

from auditor_app.domain.vocab import ClauseResult
from auditor_app.services import audit, queries
from auditor_app.ui.icons import result_pixmap
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.models.clause_filter import ClauseFilterModel, fold
from auditor_app.ui.models.clause_tree import ClauseIdRole, ClauseTreeModel, Column, ResultRole


@pytest.fixture
def model(audit_path: Path, qapp: object) -> ClauseTreeModel:
    with audit.open_audit(audit_path, author="t", read_only=True) as session:
        tree = ClauseTreeModel()
        tree.set_clauses(queries.checklists(session), queries.clauses(session), {cid("7.1.5.2"): 2})
    return tree


def test_model_passes_the_qt_model_tester(model: ClauseTreeModel, qtmodeltester: object) -> None:
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_filter_proxy_passes_the_qt_model_tester(model: ClauseTreeModel, qtmodeltester: object) -> None:
    proxy = ClauseFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    proxy.set_search("measur")
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]


def test_a_painted_cell_shows_what_data_answers(model: ClauseTreeModel) -> None:
    # The delegate reads a cell's roles through multiData in one call; it must agree with data() role by role.
    delegate = QStyledItemDelegate()
    rows = [QModelIndex()]
    while rows:
        parent = rows.pop()
        for row in range(model.rowCount(parent)):
            rows.append(model.index(row, 0, parent))
            for column in Column:
                index = model.index(row, column, parent)
                option = QStyleOptionViewItem()
                delegate.initStyleOption(option, index)
                assert option.text == (index.data() or "")
                assert option.icon.isNull() == (index.data(Qt.ItemDataRole.DecorationRole) is None)
                assert option.font.bold() == (index.data(Qt.ItemDataRole.FontRole) is not None)
                foreground = index.data(Qt.ItemDataRole.ForegroundRole)
                if foreground is not None:
                    assert option.palette.text().color() == foreground


def test_one_top_row_per_standard_in_numeric_order_with_progress(model: ClauseTreeModel) -> None:
    tops = [model.index(row, Column.CLAUSE).data() for row in range(model.rowCount())]
    assert tops == ["ISO 9001:2015", "ISO 14001:2015"]
    assert model.index(0, Column.CLAUSE).data(Qt.ItemDataRole.ToolTipRole).startswith("ISO 9001:2015 Quality")
    # The demo audits 12 ISO 9001 clauses and marks 8.3 not applicable.
    assert model.index(0, Column.RESULT).data() == f"13/{_count(model, model.index(0, 0))} audited · 1 NC"


def _count(model: ClauseTreeModel, parent: QModelIndex) -> int:
    return sum(1 + _count(model, model.index(r, 0, parent)) for r in range(model.rowCount(parent)))


def test_clauses_nest_by_parent_number(model: ClauseTreeModel) -> None:
    index = model.index_of_clause(cid("7.1.5.2"))
    chain = []
    while index.isValid():
        chain.append(index.data())
        index = index.parent()
    assert chain == ["7.1.5.2  Measurement traceability", "7.1.5  Monitoring and measuring resources",
                     "7.1  Resources", "7  Support", "ISO 9001:2015"]


def test_result_column_has_label_icon_and_colour(model: ClauseTreeModel) -> None:
    audited = model.index_of_clause(cid("7.1.5.2")).siblingAtColumn(Column.RESULT)
    assert audited.data() == "Nonconformity"  # the demo raises a minor nonconformity on 7.1.5.2
    assert not audited.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert audited.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index_of_clause(cid("7.1.5.2")).siblingAtColumn(Column.NOTES).data() == "2"
    assert model.index_of_clause(cid("7.1.5.1")).siblingAtColumn(Column.RESULT).data() == "Not yet audited"


def test_heading_clause_not_assessed_itself_shows_progress_of_its_subclauses(model: ClauseTreeModel) -> None:
    heading = model.index_of_clause(cid("7.1.5")).siblingAtColumn(Column.RESULT)
    assert heading.data() == "1/2 audited · 1 NC"
    assert heading.data(ResultRole) == "not_audited"  # its own result, which the filter uses
    record = next(r for r in model.clause_records() if r.id == cid("7.1.5.1"))
    model.update_clauses([dataclasses.replace(record, result="nonconformity")])
    assert heading.data() == "2/2 audited · 2 NC"
    assert "2 with a nonconformity" in heading.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index_of_clause(cid("7")).siblingAtColumn(Column.RESULT).data().endswith("· 2 NC")


def test_result_icons_differ_in_shape_not_only_colour(qtbot: QtBot) -> None:
    def shape(result: str) -> bytes:
        # Only the alpha channel: what is left for someone who cannot tell the colours apart.
        image = result_pixmap(result, 32).toImage().convertToFormat(QImage.Format.Format_Alpha8)
        return bytes(image.constBits())

    shapes = {shape(r.value) for r in ClauseResult}
    assert len(shapes) == len(ClauseResult)


def test_update_changes_only_the_edited_rows(model: ClauseTreeModel, qtbot: QtBot) -> None:
    record = next(r for r in model.clause_records() if r.id == cid("7.1.5.1"))
    changed: list[tuple[str, str]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.data(), b.siblingAtColumn(0).data())))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.layoutChanged):
        model.update_clauses([record, dataclasses.replace(record, result="nonconformity")])
    # The clause itself, then every enclosing row, whose progress changed with it; nothing else.
    assert [text for text, _ in changed] == ["7.1.5.1  General", "7.1.5  Monitoring and measuring resources",
                                             "7.1  Resources", "7  Support", "ISO 9001:2015"]
    assert model.index_of_clause(record.id).siblingAtColumn(Column.RESULT).data() == "Nonconformity"
    assert model.index_of_clause(record.id).data(ResultRole) == "nonconformity"


def test_search_7_1_5_leaves_matches_and_their_ancestors(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.panel.search, "7.1.5")
    assert visible_numbers(window) == ["7", "7.1", "7.1.5", "7.1.5.1", "7.1.5.2"]
    assert window.panel.match_label.text() == "3 of 136 clauses match"
    index = window.panel.view_index(window.tree_model.index_of_clause(cid("7.1.5.2")))
    assert window.panel.tree.isExpanded(index.parent())  # the deepest match is on screen, not folded away
    window.panel.search.clear()
    assert len(visible_numbers(window)) == 136


def test_search_by_title_ignores_case_and_accents(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.panel.search, "MÉASUREMENT traceab")
    assert visible_numbers(window)[-1] == "7.1.5.2"
    assert fold("Prüfung STRASSE") == fold("prufung straße")


def test_search_with_no_match_says_so(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.panel.search, "zzz-nothing")
    assert visible_numbers(window) == []
    assert window.panel.match_label.text() == "No clause matches the filter."


def test_result_filter(window: MainWindow, qtbot: QtBot) -> None:
    combo = window.panel.result_filter
    combo.setCurrentIndex(combo.findText("Not applicable"))
    assert visible_numbers(window) == ["8", "8.3"]
    combo.setCurrentIndex(combo.findText("With nonconformity"))
    assert visible_numbers(window) == ["7", "7.1", "7.1.5", "7.1.5.2", "8", "8.2"]  # ISO 9001 and ISO 14001
    combo.setCurrentIndex(combo.findText("Not yet audited"))
    assert "7.1.5.2" not in visible_numbers(window) and "7.1.5.1" in visible_numbers(window)
    ids = set(window.panel.visible_clause_ids())
    window.set_result(cid("7.1.5.1"), "nonconformity")
    # The clause just edited stays under the cursor until the filter is changed again.
    assert set(window.panel.visible_clause_ids()) == ids
    assert row_text(window, cid("7.1.5.1"), Column.RESULT) == "Nonconformity"
    combo.setCurrentIndex(combo.findText("With nonconformity"))
    assert visible_numbers(window) == ["7", "7.1", "7.1.5", "7.1.5.1", "7.1.5.2", "8", "8.2"]
    assert window.panel.tree.model().index(0, 0).data(ClauseIdRole) is None  # the standard row, kept as context


def test_sorting_by_result_puts_nonconformities_first_and_clause_order_comes_back(
        window: MainWindow, qtbot: QtBot) -> None:
    panel = window.panel
    click_clause(qtbot, window, cid("7.1.5.1"))
    in_order = visible_numbers(window)
    header = panel.tree.header()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(Column.RESULT) + 5, header.height() // 2))
    assert header.sortIndicatorSection() == Column.RESULT
    ordered = visible_numbers(window)
    # Within ISO 9001's "7 Support", the nonconforming 7.1.5.2 now comes before its conforming sibling.
    assert ordered.index("7.1.5.2") < ordered.index("7.1.5.1") and sorted(ordered) == sorted(in_order)
    # The clause on screen stays selected and in view, and its section stays open.
    assert panel.source_index(panel.tree.currentIndex()) == window.tree_model.index_of_clause(cid("7.1.5.1"))
    assert panel.tree.isExpanded(panel.view_index(window.tree_model.index_of_clause(cid("7.1.5"))))
    assert window.page.clause_id == cid("7.1.5.1")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(Column.CLAUSE) + 5, header.height() // 2))
    assert header.sortIndicatorSection() == Column.CLAUSE
    if header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
        panel.tree.sortByColumn(Column.CLAUSE, Qt.SortOrder.AscendingOrder)
    assert visible_numbers(window) == in_order
    assert panel.tree.model() is window.tree_model  # clause order, unfiltered: the view needs no proxy
    assert panel.source_index(panel.tree.currentIndex()) == window.tree_model.index_of_clause(cid("7.1.5.1"))


def test_a_filter_shows_through_the_proxy_and_clearing_it_returns_to_the_whole_tree(
        window: MainWindow, qtbot: QtBot) -> None:
    panel = window.panel
    click_clause(qtbot, window, cid("7.1.5.1"))
    qtbot.keyClicks(panel.search, "calib")
    assert panel.tree.model() is panel.proxy and "7.1.5.1" not in visible_numbers(window)
    assert window.page.clause_id == cid("7.1.5.1")  # the page does not change under the auditor's hands
    panel.search.clear()
    assert panel.tree.model() is window.tree_model and len(visible_numbers(window)) == 136
    # Default expansion: each standard open, its sections folded, the clause on screen revealed.
    assert panel.tree.isExpanded(panel.view_index(window.tree_model.index_of_clause(cid("7.1.5"))))
    assert not panel.tree.isExpanded(panel.view_index(window.tree_model.index_of_clause(cid("8"))))


def test_tree_counts_files_and_findings_and_filters_mine_with_findings_and_by_auditor(
        window: MainWindow, qtbot: QtBot) -> None:
    from auditor_app.services import evidence as evidence_service
    from auditor_app.services import findings as findings_service
    from auditor_app.ui.models.clause_filter import MINE, WITH_FINDINGS

    clause = cid("7.3")
    assert row_text(window, clause, Column.EVIDENCE) == "" and row_text(window, clause, Column.FINDINGS) == ""
    pdf = b"%PDF-1.4\n%%EOF\n"
    run_in(window, evidence_service.attach_evidence, pdf, "awareness.pdf", clause_id=clause)
    window.apply_change(session_of(window).last_change)
    run_in(window, lambda tx: findings_service.create_finding(tx, grade="ofi", clause_ids=[clause],
                                                                  statement="Awareness posters outdated"))
    window.apply_change(session_of(window).last_change)
    assert row_text(window, clause, Column.EVIDENCE) == "1"
    assert row_text(window, clause, Column.FINDINGS) == "1"
    combo = window.panel.result_filter
    combo.setCurrentIndex(combo.findData(WITH_FINDINGS))
    assert clause in set(window.panel.visible_clause_ids())
    assert cid("7.4") not in set(window.panel.visible_clause_ids())
    combo.setCurrentIndex(combo.findData(MINE))
    assert clause not in set(window.panel.visible_clause_ids())
    window.set_result(clause, "conforming")  # now audited by the window's user: one of "my clauses"
    combo.setCurrentIndex(combo.findData("all"))
    combo.setCurrentIndex(combo.findData(MINE))
    assert clause in set(window.panel.visible_clause_ids())
    by_me = combo.findText("Audited by Test Auditor")
    assert by_me >= 0
    combo.setCurrentIndex(by_me)
    visible = set(window.panel.visible_clause_ids())
    assert clause in visible and cid("7.4") not in visible  # others' clauses and the unaudited are filtered out
