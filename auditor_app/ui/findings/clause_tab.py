"""The clause page's "Findings (n)" tab: the findings raised on the shown clause, and a new one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from auditor_app.domain import grading
from auditor_app.domain.records import FindingRecord
from auditor_app.domain.vocab import STATUS_LABELS
from auditor_app.ui.clause_page import scaled_label
from auditor_app.ui.findings.table_model import first_line
from auditor_app.ui.grades import MINOR_GRADES, grade_icon, grade_label
from auditor_app.ui.i18n import fill, vocab_text

FindingIdRole = Qt.ItemDataRole.UserRole + 1


class ClauseFindingsTab(QWidget):
    new_requested = Signal()
    edit_requested = Signal(str)  # finding id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = scaled_label(scale=1.1, bold=True)
        self.heading.setText(self.tr("Findings"))
        self.new_button = QPushButton(self.tr("New finding…"))
        self.new_button.setToolTip(self.tr("Raise a finding on this clause (Ctrl+Shift+F)"))
        self.new_button.clicked.connect(self.new_requested)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.itemActivated.connect(self._activated)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5300;")
        self.hint = QLabel(self.tr("Double-click a finding to edit it."))
        self.hint.setEnabled(False)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.new_button)
        box = QVBoxLayout(self)
        box.addLayout(header)
        box.addWidget(self.warning)
        box.addWidget(self.list, 1)
        box.addWidget(self.hint)
        self._editable = False

    def show_findings(self, findings: Sequence[FindingRecord], scheme: grading.GradingScheme) -> None:
        self.heading.setText(fill(self.tr("Findings (%1)"), len(findings)) if findings else self.tr("Findings"))
        self.list.clear()
        for f in findings:
            status = vocab_text(STATUS_LABELS, f.status)
            title = " · ".join(filter(None, (f.ref, grade_label(scheme, f.grade), status)))
            text = first_line(f.statement) or first_line(f.evidence_text)
            item = QListWidgetItem(grade_icon(scheme, f.grade), f"{title}\n{text}" if text else title)
            item.setData(FindingIdRole, f.id)
            item.setToolTip((f.statement or "").strip())
            self.list.addItem(item)
        if not findings:
            item = QListWidgetItem(self.tr("No findings on this clause."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.hint.setVisible(bool(findings) and self._editable)
        minors = sum(1 for f in findings if f.grade in MINOR_GRADES)
        self.warning.setText(fill(self.tr("⚠ %1 minor nonconformities on this clause — consider whether together "
                                          "they indicate a major."), minors) if minors > 1 else "")
        self.warning.setVisible(minors > 1)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.new_button.setEnabled(editable)
        self.hint.setVisible(editable and self.list.count() > 0 and bool(self.list.item(0).data(FindingIdRole)))

    def _activated(self, item: QListWidgetItem) -> None:
        finding_id = item.data(FindingIdRole)
        if finding_id and self._editable:
            self.edit_requested.emit(str(finding_id))
