"""The clause tree: one top-level row per standard, clauses nested by their parent number."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from enum import IntEnum
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from auditor_app.domain.first_records import ChecklistInfo, ClauseRecord
from auditor_app.domain.vocab import ClauseResult
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, fill, plural, translate
from auditor_app.ui.icons import RESULT_SEVERITY, icon, result_colour, result_icon, result_label
from auditor_app.ui.models.clause_nodes import Node, build_tree, standard_label

ClauseIdRole = Qt.ItemDataRole.UserRole + 1
ResultRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
NumberRole = Qt.ItemDataRole.UserRole + 4
TitleRole = Qt.ItemDataRole.UserRole + 5
FindingsRole = Qt.ItemDataRole.UserRole + 6
AuditorRole = Qt.ItemDataRole.UserRole + 7


class Column(IntEnum):
    CLAUSE = 0
    RESULT = 1
    NOTES = 2
    EVIDENCE = 3
    FINDINGS = 4


COLUMNS = tuple(Column)  # by number, without Enum lookups: views call data() thousands of times per paint
COUNTED = (Column.NOTES, Column.EVIDENCE, Column.FINDINGS)
COUNT_ICONS = {Column.NOTES: "note", Column.EVIDENCE: "evidence", Column.FINDINGS: "finding"}
HEADERS = {Column.CLAUSE: QT_TRANSLATE_NOOP("ClauseTreeModel", "Clause"),
           Column.RESULT: QT_TRANSLATE_NOOP("ClauseTreeModel", "Result"),
           Column.NOTES: QT_TRANSLATE_NOOP("ClauseTreeModel", "Notes"),
           Column.EVIDENCE: QT_TRANSLATE_NOOP("ClauseTreeModel", "Files"),
           Column.FINDINGS: QT_TRANSLATE_NOOP("ClauseTreeModel", "Findings")}
AnyIndex = QModelIndex | QPersistentModelIndex
RoleDataSeq = Sequence[QModelRoleData]


def _audited(result: str) -> bool:
    return result != ClauseResult.NOT_AUDITED


class ClauseTreeModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = Node(parent=None, row=0)
        self._by_id: dict[str, Node] = {}
        self._counts: dict[Column, dict[str, int]] = {column: {} for column in COUNTED}
        self._rollups: dict[int, tuple[int, int, int]] = {}  # by id(node); cleared when results change
        self._sums: dict[tuple[int, Column], int] = {}  # a heading's count per column; cleared when counts change
        # What data() answered, by (id(node), column, role): a full repaint of the tree asks ~2,000 times for
        # values that change only with an edit. Cleared on every change to the model's contents.
        self._cells: dict[tuple[int, int, int], Any] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading and updating ---------------------------------------------------------------------
    def set_clauses(self, checklists: Iterable[ChecklistInfo], records: Iterable[ClauseRecord],
                    note_counts: Mapping[str, int] | None = None, evidence_counts: Mapping[str, int] | None = None,
                    finding_counts: Mapping[str, int] | None = None) -> None:
        """Rebuild the whole tree (opening a file); edits go through update_clauses instead."""
        self.beginResetModel()
        self._rollups.clear()
        self._sums.clear()
        self._cells.clear()
        self._root, self._by_id = build_tree(checklists, records)
        for column, counts in zip(COUNTED, (note_counts, evidence_counts, finding_counts), strict=True):
            self._counts[column] = dict(counts or {})
        self.endResetModel()

    def count(self, column: Column, clause_id: str) -> int:
        return self._counts[column].get(clause_id, 0)

    def auditors(self) -> list[str]:
        """Who has recorded results, for the "audited by" filter."""
        return sorted({n.clause.audited_by for n in self._by_id.values() if n.clause and n.clause.audited_by},
                      key=str.casefold)

    def update_clauses(self, records: Iterable[ClauseRecord]) -> None:
        """Replace changed clause records, signalling only their rows and, for a new result, their ancestors'."""
        ancestors: dict[int, Node] = {}
        for record in records:
            node = self._by_id.get(record.id)
            if node is None or node.clause == record:
                continue
            old_result = node.clause.result if node.clause else None
            node.clause = record
            self._cells.clear()
            if old_result != record.result:
                self._rollups.clear()
            self._row_changed(node)
            if old_result != record.result:  # progress and roll-up of every enclosing row change with it
                ancestors.update((id(a), a) for a in node.ancestors())
        for node in ancestors.values():
            self._row_changed(node)

    def update_note_counts(self, counts: Mapping[str, int]) -> None:
        self.update_counts(Column.NOTES, counts)

    def update_counts(self, column: Column, counts: Mapping[str, int]) -> None:
        """New per-clause counts for one column; only the cells that changed (and their standard) repaint."""
        old = self._counts[column]
        changed = {cid for cid in set(counts) | set(old) if counts.get(cid, 0) != old.get(cid, 0)}
        self._counts[column] = dict(counts)
        if changed:
            self._sums = {k: v for k, v in self._sums.items() if k[1] != column}
            self._cells.clear()
        standards: dict[int, Node] = {}
        for cid in changed:
            node = self._by_id.get(cid)
            if node is not None:
                self._cell_changed(node, column)
                standard = node.standard()
                standards[id(standard)] = standard
        for standard in standards.values():
            self._cell_changed(standard, column)

    def _row_changed(self, node: Node) -> None:
        parent = self._index_of(node.parent)
        self.dataChanged.emit(self.index(node.row, 0, parent), self.index(node.row, len(Column) - 1, parent))

    def _cell_changed(self, node: Node, column: Column) -> None:
        index = self.index(node.row, column, self._index_of(node.parent))
        self.dataChanged.emit(index, index)

    def _index_of(self, node: Node | None) -> QModelIndex:
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    # -- lookups for views --------------------------------------------------------------------------
    def index_of_clause(self, clause_id: str) -> QModelIndex:
        node = self._by_id.get(clause_id)
        return self._index_of(node) if node is not None else QModelIndex()

    def clause_records(self) -> list[ClauseRecord]:
        return [node.clause for node in self._by_id.values() if node.clause is not None]

    def standard_title(self, clause_id: str) -> str:
        node = self._by_id.get(clause_id)
        info = node.standard().checklist if node is not None else None
        return (info.title or standard_label(info)) if info is not None else ""

    # -- QAbstractItemModel -------------------------------------------------------------------------
    def _node(self, index: AnyIndex) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than with hasIndex(), and no helper calls: a full repaint of the tree calls
        # this ~3,000 times.
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            children = parent.internalPointer().children
        else:
            children = self._root.children
        if 0 <= row < len(children) and 0 <= column < len(COLUMNS):
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: AnyIndex | None = None) -> Any:
        if index is None:  # the QObject overload: parent() with no argument is the owner object
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer().parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        label = translate("ClauseTreeModel", HEADERS[column])
        if column in COUNTED:
            # Narrow count columns: an icon heads them and the tooltip names them, so titles keep the room.
            if role == Qt.ItemDataRole.DecorationRole:
                return icon(COUNT_ICONS[column])
            if role == Qt.ItemDataRole.ToolTipRole:
                return label
            return None
        return label if role == Qt.ItemDataRole.DisplayRole else None

    # flags() is not overridden: the base class answers enabled and selectable for every valid index, which is
    # what the tree needs, without a Python call per painted cell.

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self._cell(index.internalPointer(), index.column(), role)

    def multiData(self, index: AnyIndex, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        # The item delegate asks for all the roles of a cell it paints in one call: one Python call per cell
        # instead of seven. It reuses the span between cells, so a role without a value is cleared.
        # (The type stubs do not know that a span is a sequence of role data; it is, and writes go through.)
        spans = [roleDataSpan] if isinstance(roleDataSpan, QModelRoleData) else cast(RoleDataSeq, roleDataSpan)
        node, column = (index.internalPointer(), index.column()) if index.isValid() else (None, 0)
        for role_data in spans:
            value = self._cell(node, column, role_data.role()) if node is not None else None
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _cell(self, node: Node, column: int, role: int) -> Any:
        key = (id(node), column, role)
        try:
            return self._cells[key]
        except KeyError:
            pass
        value = (self._clause_data(node, node.clause, COLUMNS[column], role) if node.clause is not None
                 else self._standard_data(node, COLUMNS[column], role))
        self._cells[key] = value
        return value

    def _clause_data(self, node: Node, record: ClauseRecord, column: Column, role: int) -> Any:
        if role == ClauseIdRole:
            return record.id
        if role == ResultRole:
            return record.result
        if role == NumberRole:
            return record.number
        if role == TitleRole:
            return record.title
        if role == FindingsRole:
            return self._counts[Column.FINDINGS].get(record.id, 0)
        if role == AuditorRole:
            return record.audited_by or ""
        if column is Column.CLAUSE:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{record.number}  {record.title}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{record.number} {record.title}"
            if role == SortRole:
                return record.position
        elif column is Column.RESULT:
            if node.children and record.result == ClauseResult.NOT_AUDITED:
                return self._rollup_data(node, role, record.position)
            if role == Qt.ItemDataRole.DisplayRole:
                return result_label(record.result)
            if role == Qt.ItemDataRole.ToolTipRole:
                if record.result == ClauseResult.NOT_AUDITED or not record.audited_by:
                    return result_label(record.result)
                when = (record.audited_at or "").replace("T", " ")
                return fill(self.tr("%1 — audited by %2, %3"), result_label(record.result), record.audited_by, when)
            if role == Qt.ItemDataRole.DecorationRole:
                return result_icon(record.result)
            if role == Qt.ItemDataRole.ForegroundRole and record.result != ClauseResult.NOT_AUDITED:
                return result_colour(record.result)
            if role == Qt.ItemDataRole.FontRole and record.result == ClauseResult.NONCONFORMITY:
                return self._bold
            if role == SortRole:
                return RESULT_SEVERITY.get(record.result, 99) * 10_000 + record.position
        elif column in COUNTED:
            return self._count_data(column, self._counts[column].get(record.id, 0), role)
        return None

    def _rollup_data(self, node: Node, role: int, position: int) -> Any:
        """A heading clause not assessed itself shows how far its sub-clauses are, and any nonconformity."""
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.DecorationRole, SortRole):
            return None
        done, total, ncs = self._rollup(node)
        if role == Qt.ItemDataRole.DecorationRole:
            return result_icon(ClauseResult.NOT_AUDITED)
        if role == Qt.ItemDataRole.ForegroundRole:
            return result_colour(ClauseResult.NONCONFORMITY if ncs else ClauseResult.NOT_AUDITED)
        if role == SortRole:
            return (0 if ncs else RESULT_SEVERITY[ClauseResult.NOT_AUDITED]) * 10_000 + position
        if role == Qt.ItemDataRole.ToolTipRole:
            if ncs:
                return fill(plural(self.tr("Not yet audited itself; %1 of %n sub-clause(s) audited, %2 with a "
                                           "nonconformity", "", total), total), done, ncs)
            return fill(plural(self.tr("Not yet audited itself; %1 of %n sub-clause(s) audited", "", total), total),
                        done)
        return self.rollup_text(done, total, ncs)

    def _rollup(self, node: Node) -> tuple[int, int, int]:
        """(audited, total, nonconformities) below a heading, computed once per change, not once per paint."""
        key = id(node)
        cached = self._rollups.get(key)
        if cached is None:
            clauses = list(node.descendants())
            cached = self._rollups[key] = (sum(1 for c in clauses if _audited(c.result)), len(clauses),
                                           sum(1 for c in clauses if c.result == ClauseResult.NONCONFORMITY))
        return cached

    def _sum(self, node: Node, column: Column) -> int:
        key = (id(node), column)
        cached = self._sums.get(key)
        if cached is None:
            counts = self._counts[column]
            cached = self._sums[key] = sum(counts.get(c.id, 0) for c in node.descendants())
        return cached

    def rollup_text(self, done: int, total: int, ncs: int) -> str:
        """A heading row's result column: "13/20 audited · 1 NC" (also used to size the column)."""
        text = fill(self.tr("%1/%2 audited"), done, total)
        return fill(self.tr("%1 · %2 NC"), text, ncs) if ncs else text

    def _count_data(self, column: Column, count: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(count) if count else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.EVIDENCE:
                return plural(self.tr("%n evidence file(s)", "", count), count)
            if column is Column.FINDINGS:
                return plural(self.tr("%n finding(s)", "", count), count)
            return plural(self.tr("%n note(s)", "", count), count)
        if role == SortRole:
            return count
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _standard_data(self, node: Node, column: Column, role: int) -> Any:
        info = node.checklist
        if column is Column.CLAUSE:
            if role == Qt.ItemDataRole.DisplayRole:
                return standard_label(info) if info is not None else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return info.title if info is not None else None
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return node.row if role == SortRole else None
        if column is Column.RESULT:
            return self._rollup_data(node, role, node.row) if role != Qt.ItemDataRole.DecorationRole else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SortRole,
                    Qt.ItemDataRole.TextAlignmentRole):
            return self._count_data(column, self._sum(node, column), role)
        return None
