"""The "Previous findings" page: what this audit took over, and the verification of the selected item."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain import grading, vocab
from auditor_app.domain.cycle_coverage import history_by_id
from auditor_app.domain.grading import GradingScheme
from auditor_app.domain.records import CarriedRecord, EvidenceRecord, NoteRecord
from auditor_app.ui.commands import CommandContext
from auditor_app.ui.cycle.models import carried_model, origin_text, outcome_labels, refs_text
from auditor_app.ui.i18n import fill, marked, vocab_label, vocab_text

CITED_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, id) of a note or evidence file
STATEMENT_COLUMN = 3


class Host(Protocol):
    @property
    def author(self) -> str: ...

    @property
    def editable(self) -> bool: ...

    def push(self, make: Callable[[CommandContext], QUndoCommand]) -> QUndoCommand | None: ...

    def verify(self, item: CarriedRecord, values: dict[str, Any]) -> None: ...

    def cite(self, item: CarriedRecord, kind: str, target_id: str, cited: bool) -> None: ...

    def follow_up(self, item: CarriedRecord, verified: dict[str, Any]) -> None: ...


def _day(text: str | None) -> QDate:
    try:
        day = date.fromisoformat((text or "")[:10])
    except ValueError:
        day = date.today()
    return QDate(day.year, day.month, day.day)


class PreviousFindingsPage(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.scheme = grading.DEFAULT
        self.history: dict[str, dict[str, Any]] = {}  # the audits of the chain, to name where items come from
        self.model = carried_model(lambda: self.scheme, lambda item: origin_text(self.history, item), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome_combo = QComboBox()
        self.evidence_edit = QPlainTextEdit()
        self.evidence_edit.setPlaceholderText(self.tr("What was seen that shows the action worked (or did not)"))
        self.evidence_edit.setMaximumHeight(90)
        self.verifier_edit = QLineEdit()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.cited_list = QListWidget()
        self.cited_list.setMaximumHeight(120)
        self.cited_list.itemChanged.connect(self._cite_toggled)
        self.record_button = QPushButton(self.tr("&Record verification"))
        self.record_button.clicked.connect(self.record)
        self.follow_up_button = QPushButton(self.tr("Raise &follow-up finding…"))
        self.follow_up_button.clicked.connect(self.raise_follow_up)
        self.follow_up_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Outcome:"), self.outcome_combo)
        form.addRow(self.tr("Evidence:"), self.evidence_edit)
        form.addRow(self.tr("Verified by:"), self.verifier_edit)
        form.addRow(self.tr("On:"), self.date_edit)
        form.addRow(self.tr("Rests on:"), self.cited_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.follow_up_button)
        buttons.addWidget(self.follow_up_label, 1)
        self.form = QWidget()
        box = QVBoxLayout(self.form)
        box.addWidget(self.heading)
        box.addWidget(self.details)
        box.addLayout(form)
        box.addLayout(buttons)
        box.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.form)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 500])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.addWidget(splitter)
        self._filling = False
        self._notes: list[NoteRecord] = []
        self._evidence: list[EvidenceRecord] = []
        self._show_selected()

    # -- what is shown ----------------------------------------------------------------------------------
    def show_items(self, items: list[CarriedRecord], scheme: GradingScheme, notes: list[NoteRecord],
                   evidence: list[EvidenceRecord], cycle_history: str | None = None) -> None:
        current = self.selected()
        self.scheme = scheme
        self.history = history_by_id(cycle_history)
        self.model.set_records(items)
        self._size_columns()
        self._notes, self._evidence = notes, evidence
        row = self.model.row_of(current.id) if current is not None else -1
        self.select_row(row if row >= 0 else 0)
        self._show_selected()

    def _size_columns(self) -> None:
        """The statement takes the room left; the other columns fit their text, none wider than a third."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        self.table.resizeColumnsToContents()
        widest = max(120, self.table.viewport().width() // 3)
        for column in range(self.model.columnCount()):
            if column != STATEMENT_COLUMN:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        header.setSectionResizeMode(STATEMENT_COLUMN, QHeaderView.ResizeMode.Stretch)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    def select(self, carried_id: str) -> None:
        self.select_row(self.model.row_of(carried_id))

    def selected(self) -> CarriedRecord | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        item = self.selected()
        self._filling = True
        try:
            self._fill(item)
        finally:
            self._filling = False
        self.set_editable(self.host.editable)

    def _fill(self, item: CarriedRecord | None) -> None:
        self.form.setVisible(item is not None)
        if item is None:
            return
        kind = vocab_text(vocab.CARRIED_KIND_LABELS, item.kind)
        origin = origin_text(self.history, item)
        self.heading.setText(f"<b>{html.escape(' · '.join(filter(None, (item.ref, kind, origin))))}</b>")
        lines = [(self.tr("Statement"), item.statement), (self.tr("Requirement / area"), item.requirement),
                 (self.tr("Clauses"), refs_text(item.clause_refs)), (self.tr("Due"), item.due_date),
                 (self.tr("Status then"), vocab_text(vocab.STATUS_LABELS, item.origin_status)),
                 (self.tr("Client response"), item.client_response)]
        self.details.setText("\n".join(f"{title}: {text}" for title, text in lines if text))
        labels = outcome_labels(item.kind)
        self.outcome_combo.clear()
        self.outcome_combo.addItem(self.tr("Not verified yet"), None)
        for key, text in labels.items():
            self.outcome_combo.addItem(vocab_label(text), key)
        if item.verification and not vocab.is_known(labels, item.verification):
            self.outcome_combo.addItem(marked(item.verification), item.verification)  # kept, never dropped
        self.outcome_combo.setCurrentIndex(max(0, self.outcome_combo.findData(item.verification)))
        self.evidence_edit.setPlainText(item.verification_evidence or "")
        self.verifier_edit.setText(item.verified_by or self.host.author)
        self.date_edit.setDate(_day(item.verified_on))
        self.cited_list.clear()
        cited = {("note", i) for i in item.note_ids} | {("evidence", i) for i in item.evidence_ids}
        for kind_, record_id, text in self._citable():
            entry = QListWidgetItem(text)
            entry.setData(CITED_ROLE, (kind_, record_id))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if (kind_, record_id) in cited else Qt.CheckState.Unchecked)
            self.cited_list.addItem(entry)
        self.follow_up_label.setText(self.tr("A follow-up finding was raised.") if item.follow_up_id else "")

    def _citable(self) -> list[tuple[str, str, str]]:
        out = [("note", n.id, fill(self.tr("Note: %1"), " ".join((n.text or "").split())[:90])) for n in self._notes]
        out += [("evidence", e.id, fill(self.tr("Photo: %1"), e.caption or e.filename or e.id)) for e in self._evidence]
        return out

    def set_editable(self, editable: bool) -> None:
        item = self.selected()
        for widget in (self.outcome_combo, self.evidence_edit, self.verifier_edit, self.date_edit,
                       self.cited_list, self.record_button):
            widget.setEnabled(editable and item is not None)
        self.follow_up_button.setEnabled(editable and item is not None and not item.follow_up_id)

    # -- what the user does -----------------------------------------------------------------------------
    def form_values(self) -> dict[str, Any]:
        """record_verification's arguments, as the form shows them."""
        return {"outcome": self.outcome_combo.currentData(),
                "evidence_text": self.evidence_edit.toPlainText().strip() or None,
                "verified_by": self.verifier_edit.text().strip() or None,
                "verified_on": self.date_edit.date().toString("yyyy-MM-dd")}

    def record(self) -> None:
        item = self.selected()
        if item is not None:
            self.host.verify(item, self.form_values())

    def raise_follow_up(self) -> None:
        item = self.selected()
        if item is not None:
            self.host.follow_up(item, self.form_values())

    def _cite_toggled(self, entry: QListWidgetItem) -> None:
        item = self.selected()
        if self._filling or item is None:
            return
        kind, record_id = entry.data(CITED_ROLE)
        cited = entry.checkState() == Qt.CheckState.Checked
        # After this signal: the edit refreshes the page, which rebuilds the list that is emitting it.
        QTimer.singleShot(0, lambda: self.host.cite(item, kind, record_id, cited))
