"""Editors for the audit plan's cells: a calendar for the day, times, and the auditor picked from the team."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QTimeEdit, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex


class PlanDelegate(QStyledItemDelegate):
    """Day and times are stored as ISO text ("2026-11-10", "08:30"), whatever the editor's display."""

    def __init__(self, team_names: Callable[[], list[str]], default_day: Callable[[], str | None],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._team_names = team_names
        self._default_day = default_day

    @staticmethod
    def _field(index: AnyIndex) -> str:
        model = index.model()
        columns = getattr(model, "columns", ())
        return str(columns[index.column()].field) if 0 <= index.column() < len(columns) else ""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        field = self._field(index)
        if field == "day":
            day = QDateEdit(parent)
            day.setDisplayFormat("yyyy-MM-dd")
            day.setCalendarPopup(True)
            return day
        if field in ("start", "end"):
            time = QTimeEdit(parent)
            time.setDisplayFormat("HH:mm")
            return time
        if field == "auditor":
            combo = QComboBox(parent)
            combo.setEditable(True)  # "All", or two names for a shared slot
            combo.addItems(self._team_names())
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QDateEdit):
            day = QDate.fromString(value or (self._default_day() or ""), "yyyy-MM-dd")
            editor.setDate(day if day.isValid() else QDate.currentDate())
        elif isinstance(editor, QTimeEdit):
            time = QTime.fromString(value, "HH:mm")
            editor.setTime(time if time.isValid() else QTime(9, 0))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toString("yyyy-MM-dd"))
        elif isinstance(editor, QTimeEdit):
            model.setData(index, editor.time().toString("HH:mm"))
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        else:
            super().setModelData(editor, model, index)
