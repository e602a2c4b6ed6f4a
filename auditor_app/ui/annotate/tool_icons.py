"""Icons for the annotation tools, drawn in the palette's text colour (the bundled set has none for these)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF


def _ink() -> QColor:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app.palette().color(QPalette.ColorRole.WindowText)
    return QColor("#1f2328")


def tool_icon(tool: str) -> QIcon:
    icon = QIcon()
    for size in (16, 20, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw(painter, tool, float(size), _ink())
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def colour_icon(colour: str) -> QIcon:
    pixmap = QPixmap(20, 20)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(_ink(), 1))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(2.5, 2.5, 15, 15), 3, 3)
    painter.end()
    return QIcon(pixmap)


def _draw(painter: QPainter, tool: str, s: float, ink: QColor) -> None:
    pen = QPen(ink, max(1.5, s / 12), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    m = s * 0.18
    box = QRectF(m, m + s * 0.08, s - 2 * m, s - 2 * m - s * 0.16)
    if tool == "select":
        arrow = QPolygonF([QPointF(s * 0.3, s * 0.15), QPointF(s * 0.3, s * 0.8), QPointF(s * 0.46, s * 0.64),
                           QPointF(s * 0.58, s * 0.88), QPointF(s * 0.68, s * 0.83), QPointF(s * 0.56, s * 0.6),
                           QPointF(s * 0.78, s * 0.6)])
        painter.setBrush(ink)
        painter.drawPolygon(arrow)
    elif tool == "arrow":
        painter.drawLine(QPointF(m, s - m), QPointF(s - m * 1.3, m * 1.3))
        painter.setBrush(ink)
        painter.drawPolygon(QPolygonF([QPointF(s - m, m), QPointF(s - m - s * 0.32, m + s * 0.08),
                                       QPointF(s - m - s * 0.08, m + s * 0.32)]))
    elif tool == "rect":
        painter.drawRect(box)
    elif tool == "ellipse":
        painter.drawEllipse(box)
    elif tool == "text":
        painter.drawLine(QPointF(s * 0.2, s * 0.2), QPointF(s * 0.8, s * 0.2))
        painter.drawLine(QPointF(s * 0.5, s * 0.2), QPointF(s * 0.5, s * 0.82))
    elif tool == "blur":
        painter.setPen(Qt.PenStyle.NoPen)
        cell = (s - 2 * m) / 3
        for row in range(3):
            for col in range(3):
                shade = QColor(ink)
                shade.setAlphaF(0.25 + 0.25 * ((row + col) % 3))
                painter.setBrush(shade)
                painter.drawRect(QRectF(m + col * cell, m + row * cell, cell, cell))
    elif tool in ("undo", "redo"):
        if tool == "redo":
            painter.translate(s, 0)
            painter.scale(-1, 1)
        path = QPainterPath(QPointF(s * 0.3, s * 0.42))
        path.cubicTo(QPointF(s * 0.55, s * 0.2), QPointF(s * 0.9, s * 0.35), QPointF(s * 0.78, s * 0.75))
        painter.drawPath(path)
        painter.setBrush(ink)
        painter.drawPolygon(QPolygonF([QPointF(s * 0.14, s * 0.5), QPointF(s * 0.36, s * 0.26),
                                       QPointF(s * 0.42, s * 0.56)]))
    elif tool == "fit":
        for x, y, dx, dy in ((m, m, 1, 1), (s - m, m, -1, 1), (s - m, s - m, -1, -1), (m, s - m, 1, -1)):
            painter.drawLine(QPointF(x, y), QPointF(x + dx * s * 0.22, y))
            painter.drawLine(QPointF(x, y), QPointF(x, y + dy * s * 0.22))
    elif tool == "delete":
        painter.drawLine(QPointF(s * 0.25, s * 0.25), QPointF(s * 0.75, s * 0.75))
        painter.drawLine(QPointF(s * 0.75, s * 0.25), QPointF(s * 0.25, s * 0.75))
