"""Shared pieces of the Audit page's sections: a record table and a frameless scrolling page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QScrollArea, QTableView, QVBoxLayout, QWidget


def record_table(model: QAbstractItemModel, widths: Sequence[int]) -> QTableView:
    """Rows selected whole, alternating colours, no row numbers, resizable columns with the last one stretched."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def scrolling(owner: QWidget, content: QWidget) -> None:
    """Fill `owner` with `content` in a frameless scroll area (long forms on small laptop screens)."""
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
