"""One Stage 1 area of concern: its statement, the clauses it is about ("key#number") and the area or process."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain.records import ClauseRecord, ConcernRecord

REF_ROLE = Qt.ItemDataRole.UserRole


def clause_ref(clause: ClauseRecord) -> str:
    return f"{clause.checklist_key}#{clause.number}"


class ConcernDialog(QDialog):
    def __init__(self, clauses: list[ClauseRecord], concern: ConcernRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Area of concern") if concern else self.tr("New area of concern"))
        self.statement_edit = QPlainTextEdit(concern.statement or "" if concern else "")
        self.statement_edit.setPlaceholderText(self.tr("What could be a nonconformity at Stage 2"))
        self.statement_edit.setMaximumHeight(110)
        self.area_edit = QLineEdit(concern.area or "" if concern else "")
        self.area_edit.setPlaceholderText(self.tr("Process, department or site"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter clauses"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.clause_list = QListWidget()
        chosen = list(concern.clause_refs) if concern else []
        known = set()
        for clause in clauses:
            if not (clause.checklist_key and clause.number):
                continue
            ref = clause_ref(clause)
            known.add(ref)
            self._add(ref, f"{ref}  {clause.title or ''}".strip(), ref in chosen)
        for ref in chosen:  # a reference to a clause this audit does not have stays, and stays chosen
            if ref not in known:
                self._add(ref, ref, True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.statement_edit.textChanged.connect(self._check)
        form = QFormLayout()
        form.addRow(self.tr("Statement:"), self.statement_edit)
        form.addRow(self.tr("Area:"), self.area_edit)
        form.addRow(self.tr("Clauses:"), self.filter_edit)
        form.addRow("", self.clause_list)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.buttons)
        self.resize(620, 560)
        self._check()

    def _add(self, ref: str, text: str, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(REF_ROLE, ref)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.clause_list.addItem(item)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.clause_list.count()):
            item = self.clause_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.statement_edit.toPlainText().strip()))

    def check_refs(self, *refs: str) -> None:
        for row in range(self.clause_list.count()):
            item = self.clause_list.item(row)
            if item.data(REF_ROLE) in refs:
                item.setCheckState(Qt.CheckState.Checked)

    def values(self) -> dict[str, Any]:
        refs = [self.clause_list.item(r).data(REF_ROLE) for r in range(self.clause_list.count())
                if self.clause_list.item(r).checkState() == Qt.CheckState.Checked]
        return {"statement": self.statement_edit.toPlainText().strip(), "clause_refs": refs,
                "area": self.area_edit.text().strip() or None}
