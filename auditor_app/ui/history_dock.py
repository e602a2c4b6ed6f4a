"""The History dock: the audit trail of the clause on screen with its notes, evidence and findings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from auditor_app.services.history import TrailEntry
from auditor_app.ui.clause_page import scaled_label
from auditor_app.ui.models.history_list import Column, HistoryModel


class HistoryDock(QDockWidget):
    """A view only: the feature reads the trail and hands it over with `show_trail`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History"), parent)
        self.setObjectName("history_dock")
        self.caption = scaled_label(bold=True)
        self.caption.setWordWrap(False)
        self.model = HistoryModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(Column.WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.WHO, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.WHAT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.WHO, 150)
        header.resizeSection(Column.WHAT, 260)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(8, 6, 8, 8)
        box.setSpacing(6)
        box.addWidget(self.caption)
        box.addWidget(self.stack, 1)
        self.setWidget(body)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.caption.setText(self.tr("History"))
        self.model.set_entries([])
        self.empty.setText(self.tr("Select a clause to see who changed what in it, and when."))
        self.stack.setCurrentWidget(self.empty)

    def show_trail(self, caption: str, entries: Sequence[TrailEntry]) -> None:
        self.caption.setText(caption)
        self.model.set_entries(entries)
        if entries:
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.setText(self.tr("Nothing has been recorded for this clause yet."))
            self.stack.setCurrentWidget(self.empty)
