"""Between stored shapes (fractions of the photo) and the editor's items (pixels of the rendition it shows)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSizeF

from auditor_app.services import annotations as marks
from auditor_app.ui.annotate.items import ItemState, ShapeItem

DIGITS = 5  # 1/100,000 of the edge: finer than a pixel of any photo, and the stored JSON stays short


def _fraction(value: float, edge: float) -> float:
    return round(min(1.0, max(0.0, value / edge)), DIGITS) if edge > 0 else 0.0


def to_shape(item: ShapeItem, size: QSizeF) -> marks.Shape:
    state = item.state()
    w, h = size.width(), size.height()
    x0, y0, x1, y1 = (_fraction(state.p0.x(), w), _fraction(state.p0.y(), h), _fraction(state.p1.x(), w),
                      _fraction(state.p1.y(), h))
    if item.kind != "arrow":  # boxes are stored top-left to bottom-right; an arrow keeps its direction
        x0, x1 = sorted((x0, x1))
        y0, y1 = sorted((y0, y1))
    width = min(marks.MAX_WIDTH, max(1e-4, round(state.width_px / max(w, h, 1.0), DIGITS)))
    return marks.Shape(item.kind, x0, y0, x1, y1, state.color, width, state.text if item.kind == "text" else "")


def to_state(shape: marks.Shape, size: QSizeF) -> ItemState:
    w, h = size.width(), size.height()
    return ItemState(QPointF(shape.x0 * w, shape.y0 * h), QPointF(shape.x1 * w, shape.y1 * h), shape.color,
                     shape.width * max(w, h), shape.text)
