"""The "Stage 1" page: readiness for Stage 2 with its reasons, and the areas of concern Stage 2 must check."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain import vocab
from auditor_app.domain.records import ConcernRecord
from auditor_app.ui.cycle.models import concern_model
from auditor_app.ui.i18n import marked, vocab_label


class Host(Protocol):
    def save_readiness(self, readiness: str | None, comment: str | None) -> None: ...

    def add_concern(self) -> None: ...

    def edit_concern(self, concern: ConcernRecord) -> None: ...

    def delete_concern(self, concern: ConcernRecord) -> None: ...


class Stage1Page(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.readiness_combo = QComboBox()
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setPlaceholderText(self.tr("Why: what was seen of the documented system, the sites, "
                                                     "the internal audits and the management review"))
        self.comment_edit.setMaximumHeight(110)
        self.save_button = QPushButton(self.tr("&Save readiness"))
        self.save_button.clicked.connect(self.save_readiness)
        self.note = QLabel()
        self.note.setWordWrap(True)
        readiness = QGroupBox(self.tr("Readiness for Stage 2"))
        form = QFormLayout(readiness)
        form.addRow(self.tr("Conclusion:"), self.readiness_combo)
        form.addRow(self.tr("Reasons:"), self.comment_edit)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addRow("", save_row)
        self.model = concern_model(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.host.add_concern)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        concerns = QGroupBox(self.tr("Areas of concern (checked at Stage 2)"))
        inner = QVBoxLayout(concerns)
        inner.addWidget(self.table)
        inner.addLayout(buttons)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 12)
        box.addWidget(self.note)
        box.addWidget(readiness)
        box.addWidget(concerns, 1)
        self._editable = False
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.set_editable(self._editable))

    def show_stage1(self, readiness: str | None, comment: str | None, concerns: list[ConcernRecord],
                    is_stage1: bool) -> None:
        self.note.setText("" if is_stage1 else self.tr("These were recorded when this audit was a Stage 1."))
        self.note.setVisible(not is_stage1)
        self.readiness_combo.clear()
        self.readiness_combo.addItem(self.tr("Not concluded yet"), None)
        for key, text in vocab.READINESS_LABELS.items():
            self.readiness_combo.addItem(vocab_label(text), key)
        if readiness and not vocab.is_known(vocab.READINESS_LABELS, readiness):
            self.readiness_combo.addItem(marked(readiness), readiness)  # kept as stored, never dropped
        self.readiness_combo.setCurrentIndex(max(0, self.readiness_combo.findData(readiness)))
        self.comment_edit.setPlainText(comment or "")
        selected = self.selected()
        self.model.set_records(concerns)
        row = self.model.row_of(selected.id) if selected is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.set_editable(self._editable)

    def selected(self) -> ConcernRecord | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select(self, concern_id: str) -> None:
        row = self.model.row_of(concern_id)
        if row >= 0:
            self.table.selectRow(row)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        chosen = self.selected() is not None
        for widget in (self.readiness_combo, self.comment_edit, self.save_button, self.add_button):
            widget.setEnabled(editable)
        self.edit_button.setEnabled(editable and chosen)
        self.delete_button.setEnabled(editable and chosen)

    def save_readiness(self) -> None:
        self.host.save_readiness(self.readiness_combo.currentData(), self.comment_edit.toPlainText().strip() or None)

    def edit_selected(self) -> None:
        concern = self.selected()
        if concern is not None and self._editable:
            self.host.edit_concern(concern)

    def delete_selected(self) -> None:
        concern = self.selected()
        if concern is not None and self._editable:
            self.host.delete_concern(concern)
