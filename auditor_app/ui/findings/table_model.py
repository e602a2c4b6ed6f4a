"""The findings of the whole audit as a table, and the sort/filter proxy the findings page shows it through."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from auditor_app.domain import grading, vocab
from auditor_app.domain.records import FindingRecord
from auditor_app.domain.vocab import STATUS_LABELS
from auditor_app.ui.findings.data import Catalogue
from auditor_app.ui.grades import grade_icon, grade_label, severity
from auditor_app.ui.i18n import marked, translate, vocab_label
from auditor_app.ui.models.clause_filter import fold

FindingIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
GradeRole = Qt.ItemDataRole.UserRole + 3
StatusRole = Qt.ItemDataRole.UserRole + 4
SearchRole = Qt.ItemDataRole.UserRole + 5
AnyIndex = QModelIndex | QPersistentModelIndex
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
                    FindingIdRole, SortRole, GradeRole, StatusRole, SearchRole})


class Column(IntEnum):
    REF = 0
    GRADE = 1
    CLAUSES = 2
    STATEMENT = 3
    STATUS = 4
    OWNER = 5
    DUE = 6
    AUTHOR = 7


_COLUMNS = len(Column)


def _headers() -> dict[Column, str]:
    return {
        Column.REF: translate("FindingsTable", "Ref."),
        Column.GRADE: translate("FindingsTable", "Grade"),
        Column.CLAUSES: translate("FindingsTable", "Clauses"),
        Column.STATEMENT: translate("FindingsTable", "Statement"),
        Column.STATUS: translate("FindingsTable", "Status"),
        Column.OWNER: translate("FindingsTable", "Action owner"),
        Column.DUE: translate("FindingsTable", "Due"),
        Column.AUTHOR: translate("FindingsTable", "Raised by"),
    }


def first_line(text: str | None) -> str:
    return next((line.strip() for line in (text or "").splitlines() if line.strip()), "")


class FindingsTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FindingRecord] = []
        self._catalogue = Catalogue()
        self._scheme = grading.DEFAULT
        self._headers = _headers()
        # The proxy asks for sort and search keys on every comparison and filter pass: computed once per row.
        self._keys: dict[tuple[int, int], Any] = {}

    def set_findings(
        self, findings: Sequence[FindingRecord], catalogue: Catalogue, scheme: grading.GradingScheme
    ) -> None:
        """Replace the rows; when the same findings stay in the same order only changed rows are signalled, so
        the selection and scroll position survive an edit."""
        same_rows = (
            [f.id for f in findings] == [f.id for f in self._rows]
            and catalogue is self._catalogue
            and scheme is self._scheme
        )
        if not same_rows:
            self.beginResetModel()
            self._rows, self._catalogue, self._scheme = list(findings), catalogue, scheme
            self._keys.clear()
            self.endResetModel()
            return
        old, self._rows = self._rows, list(findings)
        for row, (before, after) in enumerate(zip(old, self._rows, strict=True)):
            if before != after:
                self._keys = {k: v for k, v in self._keys.items() if k[0] != row}
                self.dataChanged.emit(self.index(row, 0), self.index(row, _COLUMNS - 1))

    def finding(self, row: int) -> FindingRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, finding_id: str) -> int:
        return next((row for row, f in enumerate(self._rows) if f.id == finding_id), -1)

    # -- QAbstractTableModel ------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < _COLUMNS:
            return self._headers[Column(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role not in _ROLES
            or not index.isValid()
            or not 0 <= index.row() < len(self._rows)
            or not 0 <= index.column() < _COLUMNS
        ):
            return None
        f = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(f, column)
        if role == SortRole:
            return self._cached(index.row(), index.column(), lambda: self._sort_key(f, column))
        if role == Qt.ItemDataRole.DecorationRole and column == Column.GRADE:
            return grade_icon(self._scheme, f.grade)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.CLAUSES:
                return "\n".join(self._catalogue.full_label(c) for c in f.clause_ids) or None
            if column == Column.STATEMENT:
                return (f.statement or "").strip() or None
            return None
        if role == FindingIdRole:
            return f.id
        if role == GradeRole:
            return f.grade
        if role == StatusRole:
            return f.status
        if role == SearchRole:
            return self._cached(
                index.row(),
                -1,
                lambda: fold(
                    " ".join(
                        filter(
                            None,
                            (
                                f.ref,
                                grade_label(self._scheme, f.grade),
                                self._catalogue.numbers(f.clause_ids),
                                f.requirement,
                                f.evidence_text,
                                f.statement,
                                f.location,
                                f.process,
                                f.action_owner,
                                f.meta.created_by,
                            ),
                        )
                    )
                ),
            )
        return None

    def _cached(self, row: int, column: int, compute: Callable[[], Any]) -> Any:
        key = (row, column)
        if key not in self._keys:
            self._keys[key] = compute()
        return self._keys[key]

    def _text(self, f: FindingRecord, column: Column) -> str:
        if column == Column.REF:
            return f.ref or ""
        if column == Column.GRADE:
            return grade_label(self._scheme, f.grade)
        if column == Column.CLAUSES:
            return self._catalogue.numbers(f.clause_ids)
        if column == Column.STATEMENT:
            return first_line(f.statement) or first_line(f.evidence_text)
        if column == Column.STATUS:
            if f.status and f.status not in STATUS_LABELS:
                return marked(f.status)
            return vocab_label(STATUS_LABELS.get(f.status or "", ""))
        if column == Column.OWNER:
            return f.action_owner or ""
        if column == Column.DUE:
            return f.due_date or ""
        return f.meta.created_by or ""

    def _sort_key(self, f: FindingRecord, column: Column) -> Any:
        if column == Column.REF:
            prefix, _, number = (f.ref or "").rpartition("-")
            return f"{prefix}-{int(number):06d}" if number.isdigit() else f.ref or ""
        if column == Column.GRADE:
            return severity(self._scheme, f.grade)
        if column == Column.CLAUSES:
            ordered = self._catalogue.ordered(f.clause_ids)
            return self._catalogue.sort_key(ordered[0]) if ordered else "~"
        if column == Column.STATUS:
            return vocab.rank(STATUS_LABELS, f.status)  # unknown statuses last
        if column == Column.DUE:
            return f.due_date or "9999"  # findings without a due date last
        return fold(self._text(f, column))


ALL = ""


class FindingsFilterModel(QSortFilterProxyModel):
    """Text filter (any words, in any column or field, ignoring case and accents), grade and status filters."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._terms: list[str] = []
        self._grade = ALL
        self._status = ALL

    @property
    def active(self) -> bool:
        return bool(self._terms or self._grade or self._status)

    def set_text(self, text: str) -> None:
        terms = fold(text).split()
        if terms != self._terms:
            self.beginFilterChange()
            self._terms = terms
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_grade(self, grade: str | None) -> None:
        if (grade or ALL) != self._grade:
            self.beginFilterChange()
            self._grade = grade or ALL
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str | None) -> None:
        if (status or ALL) != self._status:
            self.beginFilterChange()
            self._status = status or ALL
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._grade and model.data(index, GradeRole) != self._grade:
            return False
        if self._status and model.data(index, StatusRole) != self._status:
            return False
        if self._terms:
            haystack = model.data(index, SearchRole) or ""
            return all(term in haystack for term in self._terms)
        return True
