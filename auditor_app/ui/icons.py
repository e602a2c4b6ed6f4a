"""Icons: the bundled SVG set tinted for the palette, and result icons drawn as distinct shapes."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtSvg import QSvgRenderer

from auditor_app import paths
from auditor_app.domain.vocab import RESULT_LABELS, ClauseResult
from auditor_app.ui.i18n import vocab_text

# Mid-tone colours: readable as text on light and dark palettes alike.
RESULT_COLOURS: dict[str, str] = {
    ClauseResult.NOT_AUDITED: "#757575",
    ClauseResult.CONFORMING: "#2e7d32",
    ClauseResult.NONCONFORMITY: "#c62828",
    ClauseResult.OBSERVATION: "#b26a00",
    ClauseResult.OFI: "#1565c0",
    ClauseResult.NOT_APPLICABLE: "#616161",
}

# How much attention a result asks for: sorting the result column puts nonconformities first.
RESULT_SEVERITY: dict[str, int] = {
    ClauseResult.NONCONFORMITY: 0, ClauseResult.OBSERVATION: 1, ClauseResult.OFI: 2,
    ClauseResult.NOT_AUDITED: 3, ClauseResult.CONFORMING: 4, ClauseResult.NOT_APPLICABLE: 5,
}


def result_label(result: str) -> str:
    """A clause result as the user reads it, in the user's language (an unknown value as stored, marked)."""
    return vocab_text(RESULT_LABELS, result)


def result_colour(result: str) -> QColor:
    return QColor(RESULT_COLOURS.get(result, "#757575"))


def _draw(painter: QPainter, result: str, s: float) -> None:
    colour = result_colour(result)
    m = s * 0.14  # margin, so shapes of different results have the same visual weight
    box = QRectF(m, m, s - 2 * m, s - 2 * m)
    pen = QPen(colour, max(1.5, s / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if result == ClauseResult.CONFORMING:
        path = QPainterPath(QPointF(box.left(), box.center().y()))
        path.lineTo(box.left() + box.width() * 0.38, box.bottom() - box.height() * 0.08)
        path.lineTo(box.right(), box.top() + box.height() * 0.1)
        pen.setWidthF(max(2.0, s / 6))
        painter.setPen(pen)
        painter.drawPath(path)
    elif result == ClauseResult.NONCONFORMITY:
        painter.setBrush(colour)
        painter.drawRect(box.adjusted(s * 0.03, s * 0.03, -s * 0.03, -s * 0.03))
    elif result == ClauseResult.OBSERVATION:
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft()]))
    elif result == ClauseResult.OFI:
        painter.setBrush(colour)
        c = box.center()
        painter.drawPolygon(QPolygonF([QPointF(c.x(), box.top()), QPointF(box.right(), c.y()),
                                       QPointF(c.x(), box.bottom()), QPointF(box.left(), c.y())]))
    elif result == ClauseResult.NOT_APPLICABLE:
        pen.setWidthF(max(2.0, s / 6))
        painter.setPen(pen)
        y = box.center().y()
        painter.drawLine(QPointF(box.left() + s * 0.05, y), QPointF(box.right() - s * 0.05, y))
    elif result == ClauseResult.NOT_AUDITED:
        painter.drawEllipse(box.adjusted(s * 0.04, s * 0.04, -s * 0.04, -s * 0.04))
    else:  # a result this version does not know: a dashed square with a dot, in the neutral grey
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(box.adjusted(s * 0.06, s * 0.06, -s * 0.06, -s * 0.06))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box.center(), s * 0.09, s * 0.09)


def result_pixmap(result: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw(painter, result, float(size))
    painter.end()
    return pixmap


@cache
def result_icon(result: str) -> QIcon:
    icon = QIcon()
    for size in (16, 20, 24, 32, 48):
        icon.addPixmap(result_pixmap(result, size))
    return icon


def _text_colour() -> str:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return str(app.palette().color(QPalette.ColorRole.WindowText).name())
    return "#1f2328"


@cache
def _icon(name: str, colour: str) -> QIcon:
    path = paths.resource_path(f"icons/{name}.svg")
    try:
        svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
    except OSError:
        return QIcon()  # a missing icon leaves the action's text; never fails the window
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    if not renderer.isValid():
        return icon
    for size in (16, 20, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str) -> QIcon:
    """One of the bundled SVG icons (`resources/icons/<name>.svg`), drawn in the palette's text colour."""
    return _icon(name, _text_colour())
