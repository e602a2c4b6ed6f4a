"""The photos a scan found, as the review table shows them: include, thumbnail, time, file, status, clause, caption."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPixmap

from auditor_app.domain.records import ChecklistInfo, ClauseRecord
from auditor_app.services.photo_import import Candidate
from auditor_app.ui.i18n import fill, translate

AnyIndex = QModelIndex | QPersistentModelIndex
ClauseIdRole = Qt.ItemDataRole.UserRole + 1
_NUMBER = re.compile(r"\d+(?:\.\d+)*")


class Column(IntEnum):
    INCLUDE = 0
    PHOTO = 1
    TAKEN = 2
    FILE = 3
    CAMERA = 4
    STATUS = 5
    CLAUSE = 6
    CAPTION = 7


class ClauseChoices:
    """The audit's clauses as the clause column offers them; a typed number means the first checklist's clause."""

    def __init__(self, checklists: Sequence[ChecklistInfo], clauses: Sequence[ClauseRecord]) -> None:
        standard = {c.key: c.standard or c.title or c.key or "" for c in checklists}
        rank = {c.key: i for i, c in enumerate(checklists)}
        ordered = sorted(clauses, key=lambda c: (rank.get(c.checklist_key, len(rank)), c.position))
        multi = len({c.checklist_key for c in clauses}) > 1
        self.labels: dict[str, str] = {}
        self.short: dict[str, str] = {}
        self._by_label: dict[str, str] = {}
        self._by_number: dict[str, str] = {}
        self._by_standard: dict[tuple[str, str], str] = {}
        for clause in ordered:
            number = clause.number or ""
            name = standard.get(clause.checklist_key, "")
            self.short[clause.id] = f"{number} · {name}" if multi else number
            label = f"{number}  {clause.title or ''}" + (f"  ({name})" if multi else "")
            self.labels[clause.id] = label
            self._by_label[label.casefold()] = clause.id
            self._by_number.setdefault(number, clause.id)
            for digits in re.findall(r"\d{4,5}", name):
                self._by_standard[digits, number] = clause.id

    def resolve(self, text: str) -> tuple[bool, str | None]:
        """(understood, clause id): "" clears the clause; "7.5", "14001 7.5" or a label from the list pick one."""
        text = " ".join(text.split())
        if not text:
            return True, None
        exact = self._by_label.get(text.casefold()) or next(
            (cid for label, cid in self._by_label.items() if " ".join(label.split()) == text.casefold()), None)
        if exact:
            return True, exact
        numbers = _NUMBER.findall(text)
        for number in numbers:
            for other in numbers:
                if (other, number) in self._by_standard:
                    return True, self._by_standard[other, number]
        for number in numbers:
            if number in self._by_number:
                return True, self._by_number[number]
        return False, None


def _headers() -> tuple[str, ...]:
    return ("", translate("PhotoReview", "Photo"), translate("PhotoReview", "Taken"),
            translate("PhotoReview", "File"), translate("PhotoReview", "Camera"), translate("PhotoReview", "Status"),
            translate("PhotoReview", "Clause"), translate("PhotoReview", "Caption"))


@dataclass
class ReviewRow:
    candidate: Candidate
    include: bool
    clause_id: str | None
    suggested: str | None
    caption: str = ""
    thumbnail: QImage | None = None


class PhotoReviewModel(QAbstractTableModel):
    counts_changed = Signal()
    refused = Signal(str)  # a typed clause the audit does not have

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ReviewRow] = []
        self.choices = ClauseChoices([], [])
        self._pixmaps: dict[int, QPixmap] = {}

    def set_rows(self, rows: Sequence[ReviewRow], choices: ClauseChoices) -> None:
        self.beginResetModel()
        self.rows, self.choices = list(rows), choices
        self._pixmaps.clear()
        self.endResetModel()
        self.counts_changed.emit()

    def included(self) -> list[ReviewRow]:
        return [r for r in self.rows if r.include and r.candidate.status == "new"]

    # -- the Qt model ------------------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 8:
            return None
        return _headers()[section]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.rows[index.row()].candidate.status != "new":
            return flags
        if index.column() == Column.INCLUDE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() in (Column.CLAUSE, Column.CAPTION):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        item = row.candidate
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.INCLUDE and item.status == "new":
            return Qt.CheckState.Checked if row.include else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == Column.PHOTO:
            return self._pixmap(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == Column.CLAUSE:
                return self.choices.labels.get(row.clause_id or "", "")
            return row.caption if column == Column.CAPTION else self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS and item.status != "new":
            return QBrush(QColor("#A3342B") if item.status == "refused" else QColor("#6B7480"))
        if role == ClauseIdRole:
            return row.clause_id
        return None

    def _text(self, row: ReviewRow, column: int) -> str | None:
        item = row.candidate
        if column == Column.TAKEN:
            return (item.taken_at or "").replace("T", " ") or translate("PhotoReview", "unknown")
        if column == Column.FILE:
            return item.path.name
        if column == Column.CAMERA:
            return item.camera or ""
        if column == Column.STATUS:
            if item.status == "refused":
                return fill(translate("PhotoReview", "Refused: %1"), item.refusal)
            if item.already_in_audit:
                return translate("PhotoReview", "Duplicate: already in this audit")
            if item.duplicate_of is not None:
                return fill(translate("PhotoReview", "Duplicate of %1"), item.duplicate_of.name)
            return translate("PhotoReview", "New")
        if column == Column.CLAUSE:
            return self.choices.short.get(row.clause_id or "", "") if item.status == "new" else ""
        if column == Column.CAPTION:
            return row.caption
        return None

    def _tooltip(self, row: ReviewRow, column: int) -> str | None:
        if column in (Column.FILE, Column.PHOTO):
            return str(row.candidate.path)
        if column == Column.STATUS:
            return self._text(row, column)
        if column == Column.CLAUSE and row.clause_id:
            label = self.choices.labels.get(row.clause_id, "")
            if row.clause_id == row.suggested:
                return fill(translate("PhotoReview", "%1\nSuggested by the audit-plan slot the photo was taken in"),
                            label)
            return label
        return None

    def _pixmap(self, row: int) -> QPixmap | None:
        image = self.rows[row].thumbnail
        if image is None or image.isNull():
            return None
        if row not in self._pixmaps:  # pixmaps are made on the UI thread, once, when first shown
            self._pixmaps[row] = QPixmap.fromImage(image)
        return self._pixmaps[row]

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (Qt.ItemFlag.ItemIsEditable |
                                                           Qt.ItemFlag.ItemIsUserCheckable):
            return False
        row, column = self.rows[index.row()], index.column()
        if column == Column.INCLUDE and role == Qt.ItemDataRole.CheckStateRole:
            row.include = Qt.CheckState(value) == Qt.CheckState.Checked
            self.counts_changed.emit()
        elif column == Column.CLAUSE and role == Qt.ItemDataRole.EditRole:
            understood, clause_id = self.choices.resolve(str(value or ""))
            if not understood:
                self.refused.emit(str(value))
                return False
            row.clause_id = clause_id
            self.counts_changed.emit()
        elif column == Column.CAPTION and role == Qt.ItemDataRole.EditRole:
            row.caption = " ".join(str(value or "").split())
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def toggle(self, row: int) -> None:
        self.setData(self.index(row, Column.INCLUDE),
                     Qt.CheckState.Unchecked if self.rows[row].include else Qt.CheckState.Checked,
                     Qt.ItemDataRole.CheckStateRole)
