"""The audit time tables: time records edited in place, and the read-only planned-against-actual summary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from auditor_app.domain.records import TimeRecord
from auditor_app.domain.time_summary import AuditorDay, TimeSummary, hours, signed_hours
from auditor_app.ui.details.table_model import Column, RecordTableModel
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, fill, translate

AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditTime", text)


class TimeRecordModel(RecordTableModel):
    """Time spent per person and day, by day and name; every cell editable in place."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                Column("day", translate("AuditTime", "Day")),
                Column("auditor", translate("AuditTime", "Auditor")),
                Column("minutes", translate("AuditTime", "Minutes")),
                Column("on_site", translate("AuditTime", "On site"), check=True),
                Column("activity", translate("AuditTime", "Activity")),
            ),
            parent,
        )

    def set_time_records(self, records: Sequence[TimeRecord]) -> None:
        self.set_records(sorted(records, key=lambda r: (r.day or "", (r.auditor or "").casefold(), r.id)))

    def display(self, record: Any, column: Column) -> str:
        if column.field == "minutes" and isinstance(record.minutes, int):
            return f"{record.minutes} ({hours(record.minutes)} h)"
        return super().display(record, column)

    def stored_value(self, column: Column, value: Any) -> Any:
        stored = super().stored_value(column, value)
        if column.field == "auditor" and stored is None:
            return ""  # refused by the service with a message naming the field
        return stored


class TimeSummaryModel(QAbstractTableModel):
    """Planned against recorded time per person and day, with the counted total as the last row."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("AuditTime", "Date"),
        QT_TRANSLATE_NOOP("AuditTime", "Auditor"),
        QT_TRANSLATE_NOOP("AuditTime", "Planned"),
        QT_TRANSLATE_NOOP("AuditTime", "On site"),
        QT_TRANSLATE_NOOP("AuditTime", "Off site"),
        QT_TRANSLATE_NOOP("AuditTime", "Actual"),
        QT_TRANSLATE_NOOP("AuditTime", "Difference"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[AuditorDay] = []
        self._total: AuditorDay | None = None

    def set_summary(self, summary: TimeSummary) -> None:
        self.beginResetModel()
        self._lines = list(summary.days)
        self._total = (
            AuditorDay(
                translate("AuditTime", "Total (counted time)"), "", summary.planned, summary.on_site, summary.off_site
            )
            if summary.days
            else None
        )
        self.endResetModel()

    def line(self, row: int) -> AuditorDay:
        return self._lines[row] if row < len(self._lines) else self._total  # type: ignore[return-value]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._lines) + (self._total is not None)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount() or not 0 <= index.column() < 7:
            return None
        line, column = self.line(index.row()), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1 and not line.counted:
                return fill(translate("AuditTime", "%1 — not counted"), line.auditor)
            values = (
                line.day,
                line.auditor,
                hours(line.planned),
                hours(line.on_site),
                hours(line.off_site),
                hours(line.actual),
                signed_hours(line.difference),
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and not line.counted:
            return translate("AuditTime", "Not counted in the audit time (IAF MD 5): not assigned as an auditor")
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self._lines):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
