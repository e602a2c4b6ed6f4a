"""The recent-audits table on the start screen: its model, and the delegate that draws progress as a bar."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from auditor_app.services.recent import RecentAudit
from auditor_app.ui.i18n import fill

PathRole = Qt.ItemDataRole.UserRole + 1
MissingRole = Qt.ItemDataRole.UserRole + 2
ProgressRole = Qt.ItemDataRole.UserRole + 3  # audited / total, or None
AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    CLIENT = 1
    DATES = 2
    PROGRESS = 3
    LOCATION = 4


def date_range(start: str, end: str) -> str:
    if start and end and start != end:
        return f"{start} – {end}"
    return start or end


class RecentAuditsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[RecentAudit] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_entries(self, entries: Sequence[RecentAudit]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> RecentAudit | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def headers(self) -> dict[Column, str]:
        return {Column.TITLE: self.tr("Audit"), Column.CLIENT: self.tr("Client"), Column.DATES: self.tr("Dates"),
                Column.PROGRESS: self.tr("Progress"), Column.LOCATION: self.tr("Location")}

    # -- the model interface --------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(
                Column):
            return self.headers()[Column(section)]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if entry.missing:
                return fill(self.tr("File not found: %1"), entry.path)
            return entry.path if column != Column.TITLE else f"{entry.name}\n{entry.path}"
        if role == Qt.ItemDataRole.ForegroundRole and entry.missing:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and entry.missing and column == Column.PROGRESS:
            return self._italic
        if role == PathRole:
            return entry.path
        if role == MissingRole:
            return entry.missing
        if role == ProgressRole:
            return entry.audited / entry.total if entry.total and not entry.missing else None
        return None

    def _text(self, entry: RecentAudit, column: Column) -> str:
        if column == Column.TITLE:
            return entry.name
        if column == Column.CLIENT:
            return entry.client
        if column == Column.DATES:
            return date_range(entry.start_date, entry.end_date)
        if column == Column.PROGRESS:
            if entry.missing:
                return self.tr("file not found")
            return fill(self.tr("%1 of %2 clauses"), str(entry.audited), str(entry.total))
        return str(Path(entry.path).parent)


class RecentAuditDelegate(QStyledItemDelegate):
    """Progress as "37 of 91 clauses" over a thin bar; long folder paths elided in the middle, not the end."""

    BAR_HEIGHT = 5

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        if index.column() == Column.LOCATION:
            option.textElideMode = Qt.TextElideMode.ElideMiddle  # the file's own folder is at the end

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() * 2 + 16))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        share = index.data(ProgressRole)
        if index.column() != Column.PROGRESS or share is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget: QWidget | None = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background, selection
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        line = opt.fontMetrics.height()
        block = line + 5 + self.BAR_HEIGHT  # text, gap, bar: centred as one in the row
        rect = opt.rect.adjusted(8, 0, -10, 0)
        rect.setTop(opt.rect.center().y() - block // 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(text_role))
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        track = QRect(rect.left(), rect.top() + line + 5, rect.width(), self.BAR_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        base = QColor(palette.color(text_role))
        base.setAlphaF(0.15)
        painter.setBrush(base)
        painter.drawRoundedRect(track, 2.5, 2.5)
        if share > 0:
            fill = QRect(track.left(), track.top(), max(int(track.width() * min(share, 1.0)), 5), track.height())
            painter.setBrush(palette.color(text_role) if selected else QColor("#2e7d32"))
            painter.drawRoundedRect(fill, 2.5, 2.5)
        painter.restore()
