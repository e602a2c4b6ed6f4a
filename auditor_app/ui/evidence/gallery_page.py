"""The workspace's Evidence page: every photo and document of the audit, filtered and sorted by time taken."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from auditor_app.domain.records import EvidenceRecord
from auditor_app.ui.clause_page import scaled_label
from auditor_app.ui.evidence.gallery_model import GalleryFilter, GalleryModel, IdRole
from auditor_app.ui.evidence.gallery_view import EvidenceGrid
from auditor_app.ui.evidence.thumbnails import ThumbnailLoader
from auditor_app.ui.i18n import fill
from auditor_app.ui.icons import icon

ALL, UNASSIGNED, THIS_CLAUSE = "all", "unassigned", "clause"


class GalleryPage(QWidget):
    add_requested = Signal()
    paste_requested = Signal()
    open_requested = Signal(str, list)  # evidence id, the ids in the order shown
    delete_requested = Signal(list)
    files_dropped = Signal(list)

    def __init__(self, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GalleryModel(loader, self)
        self.proxy = GalleryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0, Qt.SortOrder.AscendingOrder)
        self._unassigned: frozenset[str] = frozenset()
        self._on_clause: frozenset[str] = frozenset()
        self.heading = scaled_label(scale=1.35, bold=True)
        self.heading.setText(self.tr("Evidence"))
        self.count_label = QLabel()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by caption, file name or camera"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.addAction(icon("filter"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter_edit.textChanged.connect(self._filter)
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("All evidence"), ALL)
        self.scope_combo.addItem(self.tr("Not yet assigned"), UNASSIGNED)
        self.scope_combo.addItem(self.tr("On the clause shown"), THIS_CLAUSE)
        self.scope_combo.currentIndexChanged.connect(self._filter)
        self.order_combo = QComboBox()
        self.order_combo.addItem(self.tr("Oldest first"), Qt.SortOrder.AscendingOrder)
        self.order_combo.addItem(self.tr("Newest first"), Qt.SortOrder.DescendingOrder)
        self.order_combo.setToolTip(self.tr("Sorted by the time each photo was taken"))
        self.order_combo.currentIndexChanged.connect(lambda _row: self.proxy.sort(0, self.order_combo.currentData()))
        self.add_button = QPushButton(icon("paperclip"), self.tr("Add files…"))
        self.add_button.clicked.connect(self.add_requested)
        self.paste_button = QPushButton(icon("paste"), self.tr("Paste"))
        self.paste_button.clicked.connect(self.paste_requested)
        self.grid = EvidenceGrid()
        self.grid.setModel(self.proxy)
        self.grid.empty_text = self.tr("No evidence here.\nDrop photos or documents on this page, or use Add files…")
        self.grid.open_requested.connect(lambda evidence_id: self.open_requested.emit(evidence_id, self.shown_ids()))
        self.grid.delete_requested.connect(self.delete_requested)
        self.grid.files_dropped.connect(self.files_dropped)
        self._layout()

    def _layout(self) -> None:
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addSpacing(12)
        title_row.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        title_row.addWidget(self.add_button)
        title_row.addWidget(self.paste_button)
        tools = QHBoxLayout()
        tools.addWidget(self.filter_edit, 1)
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.scope_combo)
        tools.addWidget(show)
        tools.addWidget(self.scope_combo)
        order = QLabel(self.tr("&Order:"))
        order.setBuddy(self.order_combo)
        tools.addWidget(order)
        tools.addWidget(self.order_combo)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.addLayout(title_row)
        box.addLayout(tools)
        box.addWidget(self.grid, 1)

    def set_records(self, records: Sequence[EvidenceRecord], unassigned: set[str]) -> None:
        self._unassigned = frozenset(unassigned)
        self.model.set_records(records)
        self._filter()

    def set_clause(self, number: str | None, ids: set[str]) -> None:
        """The clause on the clause page: "On the clause shown" keeps its evidence."""
        self._on_clause = frozenset(ids)
        self.scope_combo.setItemText(2, fill(self.tr("On clause %1"), number) if number
                                     else self.tr("On the clause shown"))
        if self.scope_combo.currentData() == THIS_CLAUSE:
            self._filter()

    def set_editable(self, editable: bool) -> None:
        self.add_button.setEnabled(editable)
        self.paste_button.setEnabled(editable)
        self.grid.editable = editable

    def shown_ids(self) -> list[str]:
        return [str(self.proxy.index(row, 0).data(IdRole)) for row in range(self.proxy.rowCount())]

    def _filter(self) -> None:
        scope = self.scope_combo.currentData()
        self.proxy.set_ids(self._unassigned if scope == UNASSIGNED else self._on_clause if scope == THIS_CLAUSE
                           else None)
        self.proxy.set_text(self.filter_edit.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(fill(self.tr("%1 files"), total) if shown == total
                                 else fill(self.tr("%1 of %2 files"), shown, total))
