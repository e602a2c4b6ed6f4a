"""The editor's shapes as graphics items, drawn like the burn-in: selectable, movable, resizable by their handles."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from auditor_app.services import annotations as marks
from auditor_app.ui import theme


@dataclass(frozen=True)
class ItemState:
    """Everything an edit can change, in scene (image pixel) coordinates: what the editor's undo steps restore."""

    p0: QPointF
    p1: QPointF
    color: str
    width_px: float
    text: str = ""

    def same(self, other: ItemState) -> bool:
        return (self.p0 == other.p0 and self.p1 == other.p1 and self.color == other.color
                and self.width_px == other.width_px and self.text == other.text)


def text_font(pixel_size: float) -> QFont:
    """The bundled fonts (the PDF's), so CJK and Arabic show here as they print."""
    font = QFont()
    families = theme.load_fonts()
    if families:
        font.setFamilies(families)
    font.setPixelSize(max(1, round(pixel_size)))
    return font


def text_box(text: str, pixel_size: float) -> QPointF:
    """Width and height of the box a text fills at this font size (lines are LINE_HEIGHT sizes apart)."""
    metrics = QFontMetricsF(text_font(pixel_size))
    lines = text.split("\n")
    width = max((metrics.horizontalAdvance(line) for line in lines), default=0.0)
    return QPointF(max(width, pixel_size * 0.5), len(lines) * pixel_size * marks.LINE_HEIGHT)


class ShapeItem(QGraphicsItem):
    """One annotation. Its two points are kept in scene coordinates; moving the item moves both."""

    handle_size = 10.0  # in scene units; the canvas keeps it about 10 screen pixels at any zoom

    def __init__(self, kind: str, state: ItemState,
                 blur_preview: Callable[[QRectF, bool], QImage | None] | None = None) -> None:
        super().__init__()
        self.kind = kind
        self._p0, self._p1 = QPointF(state.p0), QPointF(state.p1)
        self.color, self.width_px, self.text = state.color, state.width_px, state.text
        self._blur_preview = blur_preview
        self._preview: tuple[QRectF, bool, QImage | None] | None = None
        self.live = False  # being drawn, moved or resized: a quick blur preview, the exact one on release
        self._drag: int | None = None  # the handle being dragged
        self._fixed = QPointF()  # while resizing a box: the corner opposite the dragged handle
        self.editing = False  # a text being typed is drawn by its editor, not by the item
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setAcceptHoverEvents(True)

    # -- state -----------------------------------------------------------------------------------------------
    def state(self) -> ItemState:
        return ItemState(self.pos() + self._p0, self.pos() + self._p1, self.color, self.width_px, self.text)

    def set_state(self, state: ItemState) -> None:
        self.prepareGeometryChange()
        self.setPos(0, 0)
        self._p0, self._p1 = QPointF(state.p0), QPointF(state.p1)
        self.color, self.width_px, self.text = state.color, state.width_px, state.text
        self.update()

    def set_end(self, point: QPointF) -> None:
        """While drawing: the second point follows the mouse."""
        self.prepareGeometryChange()
        self._p1 = point - self.pos()
        self.update()

    def rect(self) -> QRectF:
        return QRectF(self._p0, self._p1).normalized()

    # -- geometry ----------------------------------------------------------------------------------------------
    def _handles(self) -> list[QPointF]:
        if self.kind == "arrow":
            return [self._p0, self._p1]
        r = self.rect()
        return [r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()]

    def _handle_rect(self, point: QPointF) -> QRectF:
        s = self.handle_size
        return QRectF(point.x() - s / 2, point.y() - s / 2, s, s)

    def boundingRect(self) -> QRectF:
        pad = self.width_px + self.handle_size
        if self.kind == "arrow":
            pad += marks.arrow_head(self.width_px)
        return self.rect().adjusted(-pad, -pad, pad, pad)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        if self.kind == "arrow":
            line = QPainterPath(self._p0)
            line.lineTo(self._p1)
            stroker = QPainterPathStroker()
            stroker.setWidth(max(self.width_px, marks.arrow_head(self.width_px), self.handle_size))
            path = stroker.createStroke(line)
        else:
            path.addRect(self.rect())
        if self.isSelected():
            for point in self._handles():
                path.addRect(self._handle_rect(point))
        return path

    # -- painting ----------------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color, w, r = QColor(self.color), self.width_px, self.rect()
        pen = QPen(color, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin)
        inner = r.adjusted(w / 2, w / 2, -w / 2, -w / 2)  # the burn-in draws outlines inside the box
        if self.kind in ("rect", "ellipse") and inner.isValid():
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(inner) if self.kind == "rect" else painter.drawEllipse(inner)
        elif self.kind == "arrow":
            self._paint_arrow(painter, color)
        elif self.kind == "blur":
            self._paint_blur(painter, r)
        elif self.kind == "text" and not self.editing:
            paint_text(painter, r, self.text, color)
        if self.isSelected():
            self._paint_handles(painter, r)

    def _paint_arrow(self, painter: QPainter, color: QColor) -> None:
        line = QLineF(self._p0, self._p1)
        if line.length() < 1:
            return
        head = min(line.length(), marks.arrow_head(self.width_px))
        ux, uy = line.dx() / line.length(), line.dy() / line.length()
        tip = self._p1
        base = QPointF(tip.x() - ux * head, tip.y() - uy * head)
        half = head * 0.55
        if head < line.length():
            painter.setPen(QPen(color, self.width_px, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            painter.drawLine(self._p0, QPointF(tip.x() - ux * head * 0.8, tip.y() - uy * head * 0.8))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon([tip, QPointF(base.x() - uy * half, base.y() + ux * half),
                             QPointF(base.x() + uy * half, base.y() - ux * half)])

    def _paint_blur(self, painter: QPainter, r: QRectF) -> None:
        scene_rect = r.translated(self.pos())
        if self._preview is None or self._preview[:2] != (scene_rect, self.live):
            image = self._blur_preview(scene_rect, self.live) if self._blur_preview is not None else None
            self._preview = (scene_rect, self.live, image)
        image = self._preview[2]
        if image is not None:
            painter.drawImage(r, image)
        # A dashed frame marks the box in the editor only (the report shows just the blurred pixels).
        for colour, offset in ((Qt.GlobalColor.black, 0), (Qt.GlobalColor.white, 4)):
            frame = QPen(colour, 1, Qt.PenStyle.CustomDashLine)
            frame.setCosmetic(True)
            frame.setDashPattern([4, 4])
            frame.setDashOffset(offset)
            painter.setPen(frame)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r)

    def _paint_handles(self, painter: QPainter, r: QRectF) -> None:
        outline = QPen(QColor("#2f6fca"), 1.5)
        outline.setCosmetic(True)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.kind != "arrow":
            painter.drawRect(r)
        painter.setBrush(QBrush(Qt.GlobalColor.white))
        for point in self._handles():
            painter.drawRect(self._handle_rect(point))

    # -- resizing by the handles -----------------------------------------------------------------------------
    def handle_at(self, point: QPointF) -> int | None:
        if not self.isSelected():
            return None
        return next((n for n, h in enumerate(self._handles()) if self._handle_rect(h).contains(point)), None)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        handle = self.handle_at(event.pos())
        if handle is None:
            self.unsetCursor()
        elif self.kind == "arrow":
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.setCursor(Qt.CursorShape.SizeFDiagCursor if handle % 2 == 0 else Qt.CursorShape.SizeBDiagCursor)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._drag = self.handle_at(event.pos()) if event.button() == Qt.MouseButton.LeftButton else None
        self.live = event.button() == Qt.MouseButton.LeftButton
        if self._drag is not None and self.kind != "arrow":
            self._fixed = self._handles()[(self._drag + 2) % 4]
        if self._drag is None:
            super().mousePressEvent(event)
        else:
            event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is None:
            super().mouseMoveEvent(event)
            return
        self.prepareGeometryChange()
        point = event.pos()
        if self.kind == "arrow":
            if self._drag == 0:
                self._p0 = point
            else:
                self._p1 = point
        else:
            self._p0, self._p1 = self._fixed, point  # the opposite corner stays put
        self.update()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is not None and self.kind == "text":
            self._fit_text()
        self._drag = None
        self.live = False
        self.update()
        super().mouseReleaseEvent(event)

    def _fit_text(self) -> None:
        """A resized text keeps the font size its new height gives and a box as wide as the text."""
        r = self.rect()
        lines = max(1, len(self.text.split("\n")))
        size = text_box(self.text, r.height() / (lines * marks.LINE_HEIGHT))
        self.prepareGeometryChange()
        self._p0, self._p1 = r.topLeft(), r.topLeft() + size
        self.update()


def paint_text(painter: QPainter, r: QRectF, text: str, color: QColor) -> None:
    """Text filling its box as the burn-in draws it: font size from the height, shrunk to the width, with a halo."""
    lines = text.split("\n")
    size = max(6.0, r.height() / (len(lines) * marks.LINE_HEIGHT))
    font = text_font(size)
    metrics = QFontMetricsF(font)
    widest = max((metrics.horizontalAdvance(line) for line in lines), default=0.0)
    if widest > r.width() > 0:
        size = max(6.0, size * r.width() / widest)
        font = text_font(size)
        metrics = QFontMetricsF(font)
    rtl = marks.text_is_rtl(text)
    path = QPainterPath()
    y = r.top()
    for line in lines:
        x = r.right() - metrics.horizontalAdvance(line) if rtl else r.left()
        path.addText(QPointF(x, y + metrics.ascent()), font, line)
        y += size * marks.LINE_HEIGHT
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    halo = QPen(QColor("black" if luminance > 140 else "white"), 2 * max(1.0, math.floor(size / 16)))
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(path, halo)
    painter.fillPath(path, color)
