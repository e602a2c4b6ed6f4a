"""The workspace page "Findings": every finding of the audit, filtered and sorted, with the selected one in full."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain.vocab import STATUS_LABELS
from auditor_app.ui.findings.data import FindingsData
from auditor_app.ui.findings.detail import finding_html
from auditor_app.ui.findings.table_model import Column, FindingIdRole, FindingsFilterModel, FindingsTableModel
from auditor_app.ui.grades import grade_icon
from auditor_app.ui.i18n import fill, grading_label, vocab_label


class FindingsPage(QWidget):
    new_requested = Signal()
    edit_requested = Signal(str)  # finding id
    delete_requested = Signal(str)  # finding id
    clause_requested = Signal(str)  # clause id: show it on the clauses page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = FindingsData()
        self._editable = False
        self._fit_pending = False  # column widths are measured when the page is first seen
        self.model = FindingsTableModel(self)
        self.proxy = FindingsFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter findings: reference, clause, text, owner…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.grade_filter = QComboBox()
        self.grade_filter.setToolTip(self.tr("Show findings of one grade"))
        self.grade_filter.currentIndexChanged.connect(self._filter_changed)
        self.status_filter = QComboBox()
        self.status_filter.setToolTip(self.tr("Show findings with one follow-up status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status, label in STATUS_LABELS.items():
            self.status_filter.addItem(vocab_label(label), status)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("&New finding…"))
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self._delete_selected)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.REF, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        header = self.table.horizontalHeader()
        # Sized to the contents once per audit (see set_data), not on every sort or edit: measuring every cell
        # of a few hundred findings on each change takes a third of a second.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(60)  # widths from the first rows measured, not from every row
        header.setSectionResizeMode(Column.STATEMENT, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self._layout()
        self._fill_grades()
        self._selection_changed()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 3)
        bar.addWidget(self.grade_filter, 1)
        bar.addWidget(self.status_filter, 1)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 10, 10, 10)
        box.addLayout(bar)
        box.addWidget(splitter, 1)

    def _fill_grades(self) -> None:
        chosen = self.grade_filter.currentData()
        self.grade_filter.blockSignals(True)
        self.grade_filter.clear()
        self.grade_filter.addItem(self.tr("All grades"), "")
        for grade in self.data.scheme.grades:
            self.grade_filter.addItem(grade_icon(self.data.scheme, grade.key), grading_label(grade.label), grade.key)
        self.grade_filter.setCurrentIndex(max(0, self.grade_filter.findData(chosen)))
        self.grade_filter.setProperty("scheme", self.data.scheme.key)
        self.grade_filter.blockSignals(False)
        self.proxy.set_grade(self.grade_filter.currentData())

    # -- showing ------------------------------------------------------------------------------------------
    def set_data(self, data: FindingsData) -> None:
        """Show these findings, keeping the selected one selected when it is still there."""
        selected = self.selected_id()
        new_audit = data is not self.data
        self.data = data
        if self.grade_filter.property("scheme") != data.scheme.key:
            self._fill_grades()
        self.model.set_findings(data.findings, data.catalogue, data.scheme)
        self.proxy.invalidate()  # an edited finding may now fall outside (or inside) the filter
        if new_audit:  # measured when first seen: at opening the page is hidden and the audit should show at once
            self._fit_pending = True
            if self.isVisible():
                self._fit_columns()
        if selected and not self.selected_id():
            self.select(selected)
        self._selection_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest cell (up to a limit; the statement takes the remaining width)."""
        self._fit_pending = False
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in Column:
            if column != Column.STATEMENT:
                header.resizeSection(column, min(header.sectionSize(column) + 8, 320))

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._sync_buttons()

    def select(self, finding_id: str) -> bool:
        row = self.model.row_of(finding_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(FindingIdRole)) if rows else None

    def _selection_changed(self) -> None:
        finding = self.data.finding(self.selected_id())
        if finding is not None:
            self.detail.setHtml(finding_html(finding, self.data))
        elif not self.data.findings:
            self.detail.setHtml("<p style='color:#757575'>" + html.escape(self.tr(
                "No findings yet. Raise one from a clause with Audit › New finding… (Ctrl+Shift+F).")) + "</p>")
        else:
            self.detail.setHtml("<p style='color:#757575'>" + html.escape(
                self.tr("Select a finding to see it in full.")) + "</p>")
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count_label.setText(fill(self.tr("%1 of %2 findings"), shown, total) if self.proxy.active
                                 else (self.tr("1 finding") if total == 1 else fill(self.tr("%1 findings"), total)))
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.new_button.setEnabled(self._editable)
        self.edit_button.setEnabled(self._editable and selected)
        self.delete_button.setEnabled(self._editable and selected)

    # -- user actions -------------------------------------------------------------------------------------
    def _filter_changed(self) -> None:
        self.proxy.set_text(self.filter_edit.text())
        self.proxy.set_grade(self.grade_filter.currentData())
        self.proxy.set_status(self.status_filter.currentData())
        self._selection_changed()

    def _double_clicked(self, index: QModelIndex) -> None:
        finding = self.data.finding(index.data(FindingIdRole))
        if finding is not None and finding.clause_ids:
            self.clause_requested.emit(self.data.catalogue.ordered(finding.clause_ids)[0])
        elif finding is not None and self._editable:  # an OFI on no clause in particular: nowhere to jump
            self.edit_requested.emit(finding.id)

    def _edit_selected(self) -> None:
        if (finding_id := self.selected_id()) is not None:
            self.edit_requested.emit(finding_id)

    def _delete_selected(self) -> None:
        if (finding_id := self.selected_id()) is not None:
            self.delete_requested.emit(finding_id)
