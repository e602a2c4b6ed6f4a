"""The coverage dialog: the chain's audits and the clause × audit matrix, uncovered rows marked (any source)."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain import vocab
from auditor_app.domain.cycle_coverage import ClauseRow, CycleCoverage, StandardCoverage
from auditor_app.ui.i18n import fill, translate, vocab_text

Index = QModelIndex | QPersistentModelIndex
# Fixed colours, not the palette's: the mark must read the same in the light and the dark theme.
UNCOVERED_BACK = QColor("#FDE2E1")
UNCOVERED_TEXT = QColor("#7A1C1C")


class Typed(Protocol):
    """An audit with a type: a column of the coverage, or an audit of the office store's archive."""

    @property
    def audit_type(self) -> str | None: ...


def kind(audit: Typed) -> str:
    """The audit's type as the user reads it ("Stage 2", "Surveillance 1"…), else "Audit"."""
    return vocab_text(vocab.AUDIT_TYPE_LABELS, audit.audit_type) or translate("CycleCoverage", "Audit")


class CycleModel(QAbstractTableModel):
    """One standard's clauses × the audits of the current cycle, and whether the cycle covered each."""

    def __init__(self, coverage: CycleCoverage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coverage = coverage
        self.standard: StandardCoverage | None = None
        self.rows: tuple[ClauseRow, ...] = ()

    def show(self, standard: StandardCoverage | None, only_uncovered: bool = False) -> None:
        self.beginResetModel()
        self.standard = standard
        rows = standard.rows if standard is not None else ()
        self.rows = tuple(r for r in rows if not r.covered) if only_uncovered else rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self.coverage.cycle)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        audits = self.coverage.cycle
        if section == 0:
            return translate("CycleCoverage", "Clause")
        if section == 1:
            return translate("CycleCoverage", "Title")
        if section - 2 < len(audits):
            audit = audits[section - 2]
            return f"{kind(audit)}\n{audit.start_date}"
        if section == 2 + len(audits):
            return translate("CycleCoverage", "Covered")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        marks = len(row.marks)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.number
            if column == 1:
                return "    " * min(row.depth, 4) + row.title
            if column - 2 < marks:
                return row.marks[column - 2]
            return translate("CycleCoverage", "yes") if row.covered else translate("CycleCoverage", "no")
        if role == Qt.ItemDataRole.BackgroundRole and not row.covered:
            return UNCOVERED_BACK
        if role == Qt.ItemDataRole.ForegroundRole and not row.covered:
            return UNCOVERED_TEXT
        if role == Qt.ItemDataRole.FontRole and not row.leaf:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return row.title
        return None


class CycleDialog(QDialog):
    def __init__(self, coverage: CycleCoverage, parent: QWidget | None = None, notes: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.coverage = coverage
        self.setWindowTitle(self.tr("Coverage over the certification cycle"))
        self.resize(960, 680)
        box = QVBoxLayout(self)
        first = f"{kind(coverage.cycle[0])} {coverage.cycle[0].start_date}".strip() if coverage.cycle else "-"
        box.addWidget(QLabel(fill(self.tr("%1 audit(s) of the chain; the current cycle starts with %2."),
                                  str(len(coverage.audits)), first)))
        self.audits = self._audit_table()
        box.addWidget(self.audits)
        self.notes = QLabel("\n".join(notes))  # read from the store: audits this role cannot see came from a history
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(notes))
        box.addWidget(self.notes)
        choice = QHBoxLayout()
        self.standard_combo = QComboBox()
        for standard in coverage.standards:
            self.standard_combo.addItem(fill(self.tr("%1 — %2% covered, %3 clause(s) uncovered"), standard.name,
                                             str(standard.percent), str(len(standard.uncovered))), standard.key)
        self.only_uncovered = QCheckBox(self.tr("Only &uncovered clauses"))
        choice.addWidget(self.standard_combo, 1)
        choice.addWidget(self.only_uncovered)
        box.addLayout(choice)
        self.model = CycleModel(coverage, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        box.addWidget(self.view, 1)
        self.rest = QLabel(self._processes_and_sites())
        self.rest.setWordWrap(True)
        box.addWidget(self.rest)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.standard_combo.currentIndexChanged.connect(self._show)
        self.only_uncovered.toggled.connect(self._show)
        self._show()

    def _audit_table(self) -> QTableWidget:
        names = {s.key: s.name for s in self.coverage.standards}
        titles = [self.tr("Audit"), self.tr("Dates"), self.tr("Report"), self.tr("Clauses covered"),
                  self.tr("Read from")]
        table = QTableWidget(len(self.coverage.audits), len(titles))
        table.setHorizontalHeaderLabels(titles)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, audit in enumerate(self.coverage.audits):
            name = kind(audit) if audit.in_cycle else fill(self.tr("%1 (earlier cycle)"), kind(audit))
            percent = ", ".join(f"{names.get(k, k)} {v}%" for k, v in audit.percent)
            origin = {"history": self.tr("this audit's history"), "this audit": self.tr("this audit")}.get(
                audit.origin, audit.origin)
            for column, text in enumerate((name, audit.dates, audit.report_number or "–", percent, origin)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setMaximumHeight(60 + 30 * min(len(self.coverage.audits), 5))
        return table

    def _processes_and_sites(self) -> str:
        c = self.coverage
        lines = []
        for missing, every, none, all_text, some in (
                (c.uncovered_processes, c.processes, self.tr("Processes: none recorded."),
                 self.tr("Processes: all covered in the current cycle."),
                 self.tr("Processes not covered in the current cycle: %1")),
                (c.uncovered_sites, c.sites, self.tr("Sites: none recorded."),
                 self.tr("Sites: all covered in the current cycle."),
                 self.tr("Sites not covered in the current cycle: %1"))):
            lines.append(none if not every else all_text if not missing else fill(some, ", ".join(missing)))
        return "\n".join(lines)

    def _show(self) -> None:
        key = self.standard_combo.currentData()
        standard = next((s for s in self.coverage.standards if s.key == key), None)
        self.model.show(standard, self.only_uncovered.isChecked())
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
