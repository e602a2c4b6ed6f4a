"""The thumbnail grid shared by the clause tab and the gallery page: cells, keys, context menu, dropped files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from auditor_app.ui.evidence.gallery_model import DetailRole, IdRole
from auditor_app.ui.evidence.thumbnails import CANVAS
from auditor_app.ui.icons import icon

PAD = 8


def dropped_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    data = event.mimeData()
    if not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    # Audit files are for the window (it merges them), not evidence: leave them to it.
    return [] if all(p.suffix.lower() == ".audit" for p in paths) else paths


class TileDelegate(QStyledItemDelegate):
    """A thumbnail with its caption and, smaller, when and with what it was taken; all cells the same size."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(CANVAS.width() + 2 * PAD, CANVAS.height() + 2 * line + 3 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = QRect(option.rect).adjusted(2, 2, -2, -2)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected or option.state & QStyle.StateFlag.State_MouseOver:
            fill = QColor(palette.highlight().color())
            fill.setAlpha(60 if selected else 22)
            painter.setPen(palette.highlight().color() if selected else Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(cell, 6, 6)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if pixmap is not None:
            target = QRect(QPoint(cell.center().x() - CANVAS.width() // 2, cell.top() + PAD), CANVAS)
            painter.drawPixmap(target, pixmap)
        metrics = option.fontMetrics
        text_width = cell.width() - 2 * PAD
        y = cell.top() + PAD + CANVAS.height() + PAD // 2
        title = metrics.elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight, text_width)
        painter.setPen(palette.color(palette.ColorRole.Text))
        painter.drawText(QRect(cell.left() + PAD, y, text_width, metrics.height()), Qt.AlignmentFlag.AlignHCenter,
                         title)
        detail = metrics.elidedText(str(index.data(DetailRole) or ""), Qt.TextElideMode.ElideRight, text_width)
        painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
        painter.drawText(QRect(cell.left() + PAD, y + metrics.height(), text_width, metrics.height()),
                         Qt.AlignmentFlag.AlignHCenter, detail)
        painter.restore()


class EvidenceGrid(QListView):
    """Icon-mode list built to scroll through a thousand photos: uniform cells, batched layout, lazy thumbnails."""

    open_requested = Signal(str)  # evidence id
    delete_requested = Signal(list)  # evidence ids
    files_dropped = Signal(list)  # paths

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.setItemDelegate(TileDelegate(self))
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)  # the drop lands on the viewport, which forwards it to the view
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activated.connect(lambda index: self.open_requested.emit(str(index.data(IdRole))))
        self.editable = True
        self.empty_text = ""  # shown in the empty grid: what to do to fill it

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.end()

    def selected_ids(self) -> list[str]:
        rows = sorted(self.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [str(i.data(IdRole)) for i in rows]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.editable and self.selected_ids():
            self.delete_requested.emit(self.selected_ids())
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        if not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(str(index.data(IdRole))))
        remove = menu.addAction(icon("delete"), self.tr("Remove from the audit"),
                                lambda: self.delete_requested.emit(self.selected_ids()))
        remove.setShortcut(Qt.Key.Key_Delete)
        remove.setEnabled(self.editable)
        menu.exec(event.globalPos())

    # -- files dropped from the file manager ---------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.editable and dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.editable and dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if not self.editable or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # Handled after the drop has ended: a dialog inside the drop handler would hold up the source app.
        QTimer.singleShot(0, lambda: self.files_dropped.emit(paths))
