"""Read-only tables of the cycle's records: the items carried over to verify, and Stage 1's areas of concern."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from auditor_app.domain import vocab
from auditor_app.domain.cycle_coverage import text
from auditor_app.domain.grading import GradingScheme
from auditor_app.domain.records import CarriedRecord, ConcernRecord
from auditor_app.ui.grades import grade_label
from auditor_app.ui.i18n import fill, translate, vocab_text

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


def refs_text(refs: Sequence[str]) -> str:
    """Carried clause references ("iso9001-2015#7.1.5.2") as an auditor reads them ("ISO 9001 7.1.5.2")."""
    return ", ".join(_ref(ref) for ref in refs)


def _ref(ref: str) -> str:
    key, _sep, number = ref.partition("#")
    standard = _standards().get(key)
    return f"{standard} {number}" if standard and number else ref


def origin_text(history: dict[str, dict[str, Any]], item: CarriedRecord) -> str:
    """Which audit an item comes from, in the window's language ("Stufe 2, 2026-03-02 bis 2026-03-04, Bericht
    R-2026-014"), from the audit's cycle history; the stored English name when the history lacks that audit."""
    entry = history.get(item.origin_audit_id or "")
    if entry is None:
        return item.origin_audit or ""
    start, end, number = (text(entry.get(key)) for key in ("start_date", "end_date", "report_number"))
    when = fill(translate("CarriedModel", "%1 to %2"), start, end) if start and end and end != start \
        else start or end
    parts = [vocab_text(vocab.AUDIT_TYPE_LABELS, entry.get("audit_type") or None,
                        translate("CarriedModel", "Audit")), when,
             fill(translate("CarriedModel", "report %1"), number) if number else ""]
    return ", ".join(p for p in parts if p) or text(entry.get("title")) or item.origin_audit or ""


@functools.cache
def _standards() -> dict[str, str]:
    from auditor_app.services import library

    return {entry.key: entry.standard for entry in library.entries() if entry.standard}


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


class RecordTable(QAbstractTableModel, Generic[R]):
    """Records as rows, one column per (title, text of a record); the record's id under ID_ROLE."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[R], str]]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[R] = []

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._records)

    def record(self, row: int) -> R | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def row_of(self, record_id: str) -> int:
        return next((n for n, r in enumerate(self._records) if getattr(r, "id", None) == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._records)) \
                or not (0 <= index.column() < len(self._columns)):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _one_line(self._columns[index.column()][1](record))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._columns[index.column()][1](record) or None
        if role == ID_ROLE:
            return getattr(record, "id", None)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section][0]
        return None


def outcome_labels(kind: str | None) -> dict[str, str]:
    """A Stage 1 concern is resolved or not; a previous finding's action is effective or not."""
    return vocab.CONCERN_OUTCOME_LABELS if kind == vocab.CarriedKind.STAGE1_CONCERN.value \
        else vocab.VERIFICATION_LABELS


def carried_model(scheme: Callable[[], GradingScheme], origin: Callable[[CarriedRecord], str],
                  parent: QObject | None = None) -> RecordTable[CarriedRecord]:
    """`scheme` gives the audit's grading scheme when a grade is shown (it changes with the audit's details);
    `origin` names the audit an item comes from."""
    columns: list[tuple[str, Callable[[CarriedRecord], str]]] = [
        (translate("CarriedModel", "Ref"), lambda r: r.ref or vocab_text(vocab.CARRIED_KIND_LABELS, r.kind)),
        (translate("CarriedModel", "From"), origin),
        (translate("CarriedModel", "Grade"), lambda r: grade_label(scheme(), r.grade) if r.grade else ""),
        (translate("CarriedModel", "Statement"), lambda r: r.statement or r.requirement or ""),
        (translate("CarriedModel", "Due"), lambda r: r.due_date or ""),
        (translate("CarriedModel", "Client response"), lambda r: r.client_response or ""),
        (translate("CarriedModel", "Clauses"), lambda r: refs_text(r.clause_refs)),
        (translate("CarriedModel", "Verification"), lambda r: vocab_text(outcome_labels(r.kind), r.verification)),
    ]
    return RecordTable(columns, parent)


def concern_model(parent: QObject | None = None) -> RecordTable[ConcernRecord]:
    tables: list[RecordTable[ConcernRecord]] = []

    def ref(record: ConcernRecord) -> str:  # numbered in list order, as the report and Stage 2 name them
        return f"AC-{tables[0].row_of(record.id) + 1:02d}"

    columns: list[tuple[str, Callable[[ConcernRecord], str]]] = [
        (translate("ConcernModel", "Ref"), ref),
        (translate("ConcernModel", "Area of concern"), lambda r: r.statement or ""),
        (translate("ConcernModel", "Clauses"), lambda r: refs_text(r.clause_refs)),
        (translate("ConcernModel", "Area"), lambda r: r.area or ""),
        (translate("ConcernModel", "Raised by"), lambda r: r.raised_by or ""),
    ]
    tables.append(RecordTable(columns, parent))
    return tables[0]
