"""Drawn pictures for the gallery: a document page per file type, and the placeholder while a thumbnail loads."""

from __future__ import annotations

from functools import cache
from pathlib import PurePath

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF

# Mid-tone colours that read on light and dark palettes; the label on the page says the type in words too.
TYPE_COLOURS = {"PDF": "#c62828", "DOCX": "#1565c0", "ODT": "#1565c0", "XLSX": "#2e7d32", "ODS": "#2e7d32",
                "PPTX": "#d84315"}


def _palette_colour(role: QPalette.ColorRole) -> QColor:
    app = QGuiApplication.instance()
    return app.palette().color(role) if isinstance(app, QGuiApplication) else QColor("#c8ccd0")


def _canvas(size: QSize) -> tuple[QPixmap, QPainter]:
    screen = QGuiApplication.primaryScreen()
    scale = screen.devicePixelRatio() if screen is not None else 1.0
    pixmap = QPixmap(size * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def document(filename: str, size: QSize) -> QPixmap:
    return _document(PurePath(filename).suffix.lstrip(".").upper() or "FILE", size.width(), size.height())


@cache
def _document(kind: str, width: int, height: int) -> QPixmap:
    pixmap, painter = _canvas(QSize(width, height))
    page_h = height * 0.9
    page_w = page_h * 0.76
    left, top = (width - page_w) / 2, (height - page_h) / 2
    fold = page_w * 0.26
    outline = QPainterPath(QPointF(left, top))
    outline.lineTo(left + page_w - fold, top)
    outline.lineTo(left + page_w, top + fold)
    outline.lineTo(left + page_w, top + page_h)
    outline.lineTo(left, top + page_h)
    outline.closeSubpath()
    painter.setPen(QPen(QColor("#9aa0a6"), 1.2))
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(outline)
    painter.setBrush(QColor("#e4e7ea"))
    painter.drawPolygon(QPolygonF([QPointF(left + page_w - fold, top), QPointF(left + page_w - fold, top + fold),
                                   QPointF(left + page_w, top + fold)]))
    painter.setPen(QPen(QColor("#c8ccd0"), 2))
    for line in range(4):  # a hint of text on the page
        y = top + page_h * (0.3 + line * 0.09)
        painter.drawLine(QPointF(left + page_w * 0.14, y), QPointF(left + page_w * (0.86 if line < 3 else 0.6), y))
    colour = QColor(TYPE_COLOURS.get(kind, "#5f6368"))
    band = QRectF(left - page_w * 0.08, top + page_h * 0.64, page_w * 0.84, page_h * 0.2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(band, 3, 3)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(8, int(band.height() * 0.6)))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(band, Qt.AlignmentFlag.AlignCenter, kind[:5])
    painter.end()
    return pixmap


def placeholder(size: QSize, broken: bool = False) -> QPixmap:
    return _placeholder(size.width(), size.height(), broken, _palette_colour(QPalette.ColorRole.Midlight).name(),
                        _palette_colour(QPalette.ColorRole.Dark).name())


@cache
def _placeholder(width: int, height: int, broken: bool, fill: str, ink: str) -> QPixmap:
    """A grey picture frame (mountain and sun) while loading; crossed out when the photo cannot be shown."""
    pixmap, painter = _canvas(QSize(width, height))
    box = QRectF(width * 0.08, height * 0.08, width * 0.84, height * 0.84)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(fill))
    painter.drawRoundedRect(box, 6, 6)
    painter.setBrush(QColor(ink))
    c = box.center()
    s = min(box.width(), box.height()) * 0.36
    painter.drawPolygon(QPolygonF([QPointF(c.x() - s, c.y() + s * 0.6), QPointF(c.x() - s * 0.2, c.y() - s * 0.3),
                                   QPointF(c.x() + s * 0.3, c.y() + s * 0.25), QPointF(c.x() + s * 0.6, c.y()),
                                   QPointF(c.x() + s, c.y() + s * 0.6)]))
    painter.drawEllipse(QPointF(c.x() + s * 0.55, c.y() - s * 0.55), s * 0.18, s * 0.18)
    if broken:
        painter.setPen(QPen(QColor("#c62828"), max(2.0, s / 10)))
        painter.drawLine(QPointF(c.x() - s, c.y() - s), QPointF(c.x() + s, c.y() + s))
    painter.end()
    return pixmap
