"""The audit trail as a table: when, who, which item, and what changed (newest first)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from auditor_app.services.history import CHANGED, CREATED, DELETED, RESTORED, TrailEntry
from auditor_app.ui.i18n import fill, translate

EntryRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    WHEN = 0
    WHO = 1
    WHAT = 2
    CHANGE = 3
    SIGNATURE = 4


def headers() -> tuple[str, ...]:
    return (
        translate("history", "When"),
        translate("history", "Who"),
        translate("history", "Item"),
        translate("history", "Change"),
        translate("history", "Signature"),
    )


def signature_text(entry: TrailEntry) -> str:
    """Who signed the change (verified), or that nobody did: never "signed" on the strength of a stored row."""
    label = entry.signature
    if label.startswith("signed by "):
        return fill(translate("history", "Signed by %1"), label[len("signed by "):])
    if label.startswith("NOT TRUSTED: "):
        return fill(translate("history", "Not trusted: %1"), label[len("NOT TRUSTED: "):])
    return translate("history", "Unsigned")


def change_text(entry: TrailEntry) -> str:
    """What happened, in one line: "Result: Nonconformity; Audited by: …", or created/deleted with the values."""
    values = "; ".join(f"{label}: {value}" for label, value in entry.changes)
    if entry.action == CREATED:
        return fill(translate("history", "Created — %1"), values) if values else translate("history", "Created")
    if entry.action == DELETED:
        return translate("history", "Deleted")
    if entry.action == RESTORED:
        return fill(translate("history", "Restored — %1"), values) if values else translate("history", "Restored")
    return values if entry.action == CHANGED else entry.action


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[TrailEntry] = []

    def set_entries(self, entries: Sequence[TrailEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[TrailEntry]:
        return list(self._entries)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries) or not 0 <= index.column() < len(Column):
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.WHEN: entry.at,
                Column.WHO: entry.author,
                Column.WHAT: entry.what,
                Column.CHANGE: " ".join(change_text(entry).split()),
                Column.SIGNATURE: signature_text(entry),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{entry.what} — {entry.at}, {entry.author}"]
            lines += [f"{label}: {value}" for label, value in entry.changes] or [change_text(entry)]
            return "\n".join([*lines, signature_text(entry)])
        if role == EntryRole:
            return entry
        return None
