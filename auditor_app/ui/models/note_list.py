"""The clause page's notes as a list model over plain rows (note id and the text shown), or one placeholder."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex
NoteIdRole = Qt.ItemDataRole.UserRole + 1


class NoteListModel(QAbstractListModel):
    """Rows of (note id, text). With no notes it shows `empty` as a single row that cannot be selected."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []
        self._empty = ""

    def set_notes(self, rows: Sequence[tuple[str, str]], empty: str) -> None:
        self.beginResetModel()
        self._rows, self._empty = list(rows), empty
        self.endResetModel()

    def row_of(self, note_id: str) -> int:
        return next((i for i, (nid, _text) in enumerate(self._rows) if nid == note_id), -1)

    def texts(self) -> list[str]:
        """What the list shows, top to bottom."""
        return [text for _nid, text in self._rows] if self._rows else [self._empty]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        if parent.isValid():
            return 0
        return len(self._rows) or 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self._rows:
            return Qt.ItemFlag.NoItemFlags  # the placeholder is text, not a note
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if not self._rows:
            return self._empty if role == Qt.ItemDataRole.DisplayRole else None
        note_id, text = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == NoteIdRole:
            return note_id
        return None
