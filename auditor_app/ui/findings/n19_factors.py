"""The GHTF N19 factors of a nonconformity in the composer, and the grade they give with its reasons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from auditor_app.domain import n19
from auditor_app.ui.findings.data import Catalogue
from auditor_app.ui.i18n import fill

COMPUTED = "n19"  # the grade combo's entry for "a nonconformity, graded by the factors"


class N19Factors(QWidget):
    """Three statements the auditor ticks; the grade follows from them and the cited ISO 13485 clauses."""

    changed = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.repeat = QCheckBox(self.tr("&Repeat occurrence (raised at an earlier audit)"))
        self.no_procedure = QCheckBox(self.tr("No &documented procedure or process"))
        self.released = QCheckBox(self.tr("Nonconforming medical devices &released"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setObjectName("n19Result")
        boxes = QHBoxLayout()
        boxes.setContentsMargins(0, 0, 0, 0)
        for box in (self.repeat, self.no_procedure, self.released):
            boxes.addWidget(box)
            box.toggled.connect(lambda _on: self.changed.emit())
        boxes.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(boxes)
        layout.addWidget(self.result_label)

    def factors(self) -> n19.Factors:
        return n19.Factors(self.repeat.isChecked(), self.no_procedure.isChecked(), self.released.isChecked())

    def set_factors(self, factors: n19.Factors) -> None:
        for box, on in ((self.repeat, factors.repeat), (self.no_procedure, factors.no_procedure),
                        (self.released, factors.released_nonconforming)):
            box.setChecked(on)

    def graded_numbers(self, clause_ids: Sequence[str]) -> tuple[list[str], list[str]]:
        """The cited clauses N19 grades (ISO 13485 chapters 4-8), and the others, as shown in the composer."""
        graded, others = [], []
        for cid in self.catalogue.ordered(clause_ids):
            info = self.catalogue.get(cid)
            if info is not None and n19.covers(info.standard) and n19.is_gradable(info.number):
                graded.append(info.number)
            else:
                others.append(self.catalogue.number(cid))
        return graded, others

    def result(self, clause_ids: Sequence[str]) -> n19.N19Grade | None:
        return n19.grade_for(self.graded_numbers(clause_ids)[0], self.factors())

    def show_result(self, clause_ids: Sequence[str]) -> None:
        graded, others = self.graded_numbers(clause_ids)
        result = n19.grade_for(graded, self.factors())
        lines = [fill(self.tr("%1 (computed by GHTF/SG3/N19; it cannot be picked)"), result.describe())] if result \
            else [self.tr("No grade yet: N19 grades ISO 13485 clauses 4 to 8; add one to the clause references.")]
        if result is not None and len(graded) > 1:
            lines.append(fill(self.tr("Several ISO 13485 clauses are cited: the highest grade counts (%1)."),
                              result.clause))
        if others:
            lines.append(fill(self.tr("Not graded by N19: %1."), ", ".join(others)))
        self.result_label.setText("\n".join(lines))

    def take_over(self, combo: QComboBox, grade: str | None, basis: str | None, existing: bool) -> None:
        """Grades 1-5 leave the grade combo: one entry stands for them all, graded by the factors. A finding
        graded before its factors were recorded keeps its grade until the auditor switches to the computed one."""
        for row in reversed(range(combo.count())):
            if str(combo.itemData(row)).isdigit():
                combo.removeItem(row)
        combo.insertItem(0, self.tr("Nonconformity (grade computed by GHTF N19)"), COMPUTED)
        factors = n19.Factors.from_json(basis)
        if existing and grade and grade.isdigit() and factors is None:
            combo.insertItem(1, fill(self.tr("Grade %1 (graded without N19 factors)"), grade), grade)
            combo.setCurrentIndex(1)
        elif grade is None or grade.isdigit():
            combo.setCurrentIndex(0)
        self.set_factors(factors or n19.Factors())
