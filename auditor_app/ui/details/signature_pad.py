"""A pad to sign on with a pen (pressure gives the width), a finger or the mouse; its ink as a transparent PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from auditor_app.services.signoffs import MIN_SPAN
from auditor_app.ui.i18n import fill

INK = QColor(20, 28, 70)
MOUSE_WIDTH = 2.6  # a mouse or a finger has no pressure: a medium pen
MIN_WIDTH, MAX_WIDTH = 1.2, 5.0  # a pen's stroke from the lightest to the firmest touch
MARGIN = 8  # around the ink in the PNG, so round stroke ends are not cut

# A point of a stroke: where, and how wide the line is there.
Point = tuple[QPointF, float]


class SignaturePad(QWidget):
    """Strokes are kept as points and drawn as curves through the midpoints between them, so a fast hand that
    gives few points still draws a smooth line; a resize redraws them."""

    inked = Signal(bool)  # whether the pad holds a drawing that can be a signature

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[list[Point]] = []
        self._image = QImage()
        self._pen_down = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(480, 180))
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setToolTip(self.tr("Sign here with a pen, a finger or the mouse"))

    def sizeHint(self) -> QSize:
        return QSize(760, 260)

    # -- what it holds ------------------------------------------------------------------------------------
    def has_ink(self) -> bool:
        """A drawing that reaches across the pad: a dot or a click is not a signature (the service agrees)."""
        box = self._ink_box()
        return box is not None and max(box.width(), box.height()) >= MIN_SPAN

    def clear(self) -> None:
        had = self.has_ink()
        self.strokes.clear()
        self._redraw()
        if had:
            self.inked.emit(False)

    def png(self) -> bytes:
        """The ink on a transparent background, cropped to the drawing (plus a margin); b"" for an empty pad."""
        box = self._ink_box()
        if box is None:
            return b""
        area = box.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN).toAlignedRect()
        image = QImage(area.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.translate(-area.topLeft().toPointF())
        self._paint_strokes(painter, self.strokes)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; the binding wants str
        buffer.close()
        return bytes(data.data())

    def _ink_box(self) -> QRectF | None:
        points = [p for stroke in self.strokes for p, _w in stroke]
        if not points:
            return None
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        return QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys)))

    # -- input --------------------------------------------------------------------------------------------
    def begin(self, at: QPointF, width: float = MOUSE_WIDTH) -> None:
        self._pen_down = True
        self.strokes.append([(QPointF(at), width)])
        self._draw_last()

    def extend(self, at: QPointF, width: float = MOUSE_WIDTH) -> None:
        if not self._pen_down or not self.strokes:
            return
        last = self.strokes[-1][-1][0]
        if (at - last).manhattanLength() < 1.0:  # the same spot again: nothing new to draw
            return
        self.strokes[-1].append((QPointF(at), width))
        self._draw_last()

    def finish(self) -> None:
        if self._pen_down:
            self._pen_down = False
            self._redraw()  # the live drawing ends each stroke's last piece early; the whole stroke, exactly
            self.inked.emit(self.has_ink())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.extend(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.finish()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so Qt does not also send the mouse events it would make of the pen.
        width = MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * max(0.0, min(1.0, event.pressure()))
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.begin(event.position(), width)
        elif kind == QEvent.Type.TabletMove and event.pressure() > 0:
            self.extend(event.position(), width)
        elif kind == QEvent.Type.TabletRelease:
            self.finish()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            event.accept()  # accepted touch is not turned into mouse events as well
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        points = event.points()
        if not points:
            if event.type() in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                self.finish()
            return
        point = points[0]  # the first finger signs; a palm or a second finger does not draw
        if event.type() == QEvent.Type.TouchBegin:
            self.begin(point.position())
        elif event.type() == QEvent.Type.TouchUpdate:
            self.extend(point.position())
        else:
            self.extend(point.position())
            self.finish()

    # -- drawing ------------------------------------------------------------------------------------------
    @staticmethod
    def _paint_strokes(painter: QPainter, strokes: list[list[Point]]) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for stroke in strokes:
            for i in range(len(stroke)):
                SignaturePad._segment(painter, stroke, i)

    @staticmethod
    def _segment(painter: QPainter, stroke: list[Point], i: int) -> None:
        """The piece of the stroke that point i adds: from the midpoint before the previous point to the one
        before this, curving through the previous point."""
        pen = QPen(INK, stroke[i][1], Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        if len(stroke) == 1 or i == 0:
            painter.drawPoint(stroke[0][0])
            return
        here, before = stroke[i][0], stroke[i - 1][0]
        start = before if i == 1 else (stroke[i - 2][0] + before) / 2
        end = (before + here) / 2 if i < len(stroke) - 1 else here
        path = QPainterPath(start)
        path.quadTo(before, end)
        painter.drawPath(path)

    def _draw_last(self) -> None:
        stroke = self.strokes[-1]
        self._ensure_image()
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Redraw the stroke's last two pieces: the one before used to end at the point that is now a midpoint.
        for i in range(max(0, len(stroke) - 2), len(stroke)):
            self._segment(painter, stroke, i)
        painter.end()
        self.update()

    def _ensure_image(self) -> None:
        if self._image.size() != self.size():
            self._redraw()

    def _redraw(self) -> None:
        self._image = QImage(self.size(), QImage.Format.Format_ARGB32_Premultiplied)
        self._image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(self._image)
        self._paint_strokes(painter, self.strokes)
        painter.end()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._redraw()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(255, 255, 255))
        painter.setPen(QPen(QColor(150, 156, 170), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        line = int(self.height() * 0.75)
        painter.setPen(QPen(QColor(190, 195, 205), 1, Qt.PenStyle.DashLine))
        painter.drawLine(24, line, self.width() - 24, line)
        painter.setPen(QColor(150, 156, 170))
        painter.drawText(QRect(24, line + 4, self.width() - 48, 24), Qt.AlignmentFlag.AlignLeft,
                         fill("✕  %1", self.tr("Sign above the line")))
        self._ensure_image()
        painter.drawImage(0, 0, self._image)
        painter.end()
