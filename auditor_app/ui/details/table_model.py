"""A table of records (team, plan, attendance) whose in-place edits become undoable commands, not writes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

AnyIndex = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class Column:
    field: str
    title: str
    editable: bool = True
    check: bool = False  # a yes/no field shown as a checkbox


class RecordTableModel(QAbstractTableModel):
    """Rows are frozen records in the order the owner gives; `set_records` keeps selections and open editors.

    An edit in place does not change the model: it emits `edit_requested`, the owner pushes a command, and
    the refreshed records come back through `set_records`.
    """

    edit_requested = Signal(str, dict)  # record id, {field: new value}

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Any] = []
        self.editable = True

    # -- content ------------------------------------------------------------------------------------------
    def set_records(self, records: Sequence[Any]) -> None:
        new_ids = [r.id for r in records]
        old_ids = [r.id for r in self._rows]
        if set(new_ids) != set(old_ids) or len(new_ids) != len(old_ids):
            self.beginResetModel()
            self._rows = list(records)
            self.endResetModel()
            return
        if new_ids != old_ids:  # the same rows in a new order (an edit moved one): a layout change keeps selection
            self.layoutAboutToBeChanged.emit()
            where = {record_id: row for row, record_id in enumerate(new_ids)}
            persistent = self.persistentIndexList()
            moved = [self.index(where[old_ids[i.row()]], i.column()) for i in persistent]
            self._rows = list(records)
            self.changePersistentIndexList(persistent, moved)
            self.layoutChanged.emit()
            return
        old = self._rows
        self._rows = list(records)
        for row, (before, after) in enumerate(zip(old, self._rows, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def records(self) -> list[Any]:
        return list(self._rows)

    def record(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        return next((row for row, r in enumerate(self._rows) if r.id == record_id), -1)

    def set_editable(self, editable: bool) -> None:
        if editable != self.editable:
            self.editable = editable
            if self._rows:  # flags changed: views re-read them
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    # -- for subclasses -----------------------------------------------------------------------------------
    def display(self, record: Any, column: Column) -> str:
        value = getattr(record, column.field)
        return "" if value is None else str(value)

    def stored_value(self, column: Column, value: Any) -> Any:
        """An editor's value as it is stored: one-line text without surrounding blanks, empty as unset."""
        if column.check or value is None:
            return value
        return " ".join(str(value).split()) or None

    # -- Qt -----------------------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.columns):
            return None
        record, column = self._rows[index.row()], self.columns[index.column()]
        if role == IdRole:
            return record.id
        if column.check:
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = bool(getattr(record, column.field))
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, column)
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(record, column.field)
            return "" if value is None else value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(record, column) or None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if self.editable and column.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable if column.check else Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (Qt.ItemFlag.ItemIsEditable
                                                           | Qt.ItemFlag.ItemIsUserCheckable):
            return False
        record, column = self._rows[index.row()], self.columns[index.column()]
        if column.check:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            new = self.stored_value(column, value)
        else:
            return False
        if new != getattr(record, column.field):
            self.edit_requested.emit(record.id, {column.field: new})
        return True
