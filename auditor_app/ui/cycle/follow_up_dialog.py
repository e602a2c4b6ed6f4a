"""Asks for the follow-up finding of a carried item found not effective: grade, statement, evidence."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain import vocab
from auditor_app.domain.grading import GradingScheme
from auditor_app.domain.records import CarriedRecord
from auditor_app.ui.cycle.models import outcome_labels, refs_text
from auditor_app.ui.grades import grade_icon, grade_label
from auditor_app.ui.i18n import fill, vocab_label


class FollowUpDialog(QDialog):
    """The new finding goes on the item's clauses (those this audit has) and refers to the item."""

    def __init__(self, item: CarriedRecord, scheme: GradingScheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Follow-up finding for %1"), item.ref or self.tr("the item")))
        self.grade_combo = QComboBox()
        for grade in scheme.grades:
            self.grade_combo.addItem(grade_icon(scheme, grade.key), grade_label(scheme, grade.key), grade.key)
        if item.grade and self.grade_combo.findData(item.grade) >= 0:  # the same grade as before, to start with
            self.grade_combo.setCurrentIndex(self.grade_combo.findData(item.grade))
        labels = outcome_labels(item.kind)
        self.outcome_combo = QComboBox()
        for key in (vocab.Verification.NOT_EFFECTIVE.value, vocab.Verification.PARTLY.value):
            self.outcome_combo.addItem(vocab_label(labels[key]), key)
        self.statement_edit = QPlainTextEdit()
        self.statement_edit.setPlaceholderText(self.tr("What is still not fulfilled"))
        self.evidence_edit = QPlainTextEdit()
        self.evidence_edit.setPlaceholderText(self.tr("The objective evidence seen in this audit"))
        self.requirement_edit = QLineEdit(item.requirement or "")
        clauses = QLabel(refs_text(item.clause_refs) or self.tr("(none)"))
        clauses.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Outcome:"), self.outcome_combo)
        form.addRow(self.tr("Grade:"), self.grade_combo)
        form.addRow(self.tr("Clauses:"), clauses)
        form.addRow(self.tr("Requirement:"), self.requirement_edit)
        form.addRow(self.tr("Statement:"), self.statement_edit)
        form.addRow(self.tr("Evidence:"), self.evidence_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Raise finding"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.problem_label)
        box.addWidget(self.buttons)
        self.resize(560, 480)
        self.scheme = scheme
        for signal in (self.statement_edit.textChanged, self.evidence_edit.textChanged,
                       self.grade_combo.currentIndexChanged):
            signal.connect(self._check)
        self._check()

    def problem(self) -> str:
        """What is missing before the finding can be raised (the service's rules, said before OK)."""
        if not self.statement_edit.toPlainText().strip():
            return self.tr("Write the statement: what is still not fulfilled.")
        try:
            nonconformity = self.scheme.grade(self.grade_combo.currentData()).is_nonconformity
        except KeyError:
            nonconformity = False
        if nonconformity and not self.evidence_edit.toPlainText().strip():
            return self.tr("A nonconformity needs the objective evidence seen.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def fields(self) -> dict[str, Any]:
        """verification.raise_follow_up's arguments."""
        return {"grade": self.grade_combo.currentData(), "statement": self.statement_edit.toPlainText().strip(),
                "evidence_text": self.evidence_edit.toPlainText().strip(),
                "requirement": self.requirement_edit.text().strip(), "outcome": self.outcome_combo.currentData()}
