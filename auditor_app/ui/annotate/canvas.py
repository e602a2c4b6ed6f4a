"""The editor's view of the photo: fit to the window, Ctrl+wheel zoom, and drawing, moving and resizing by mouse."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from auditor_app.ui.annotate.items import ItemState, ShapeItem

MIN_DRAG = 4.0  # screen pixels: a shorter drag is a click, not a shape


class Canvas(QGraphicsView):
    drawn = Signal(object)  # a ShapeItem just drawn (already on the scene)
    text_requested = Signal(QPointF)  # a click with the text tool, in scene coordinates
    edited = Signal(list, list, list)  # items moved or resized by mouse: items, states before, states after
    retype = Signal(object)  # a text shape double-clicked: edit its text in place

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.tool = "select"
        self.new_item: Callable[[str, QPointF], ShapeItem] | None = None  # set by the editor (colour, width)
        self._drawing: ShapeItem | None = None
        self._press = QPointF()
        self._before: dict[ShapeItem, ItemState] = {}
        self._fit = True
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(self.palette().dark())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setMouseTracking(True)
        self.set_tool("select")

    def set_tool(self, tool: str) -> None:
        self.tool = tool
        drawing = tool != "select"
        self.setDragMode(QGraphicsView.DragMode.NoDrag if drawing else QGraphicsView.DragMode.RubberBandDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if drawing else Qt.CursorShape.ArrowCursor)
        if drawing:
            self.scene().clearSelection()

    def shapes(self) -> list[ShapeItem]:
        return [i for i in self.scene().items(Qt.SortOrder.AscendingOrder) if isinstance(i, ShapeItem)]

    # -- zoom --------------------------------------------------------------------------------------------------
    def fit(self) -> None:
        self._fit = True
        rect = self.sceneRect()
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._scaled()

    def zoom(self, factor: float) -> None:
        self._fit = False
        self.scale(factor, factor)
        self._scaled()

    def _scaled(self) -> None:
        scale = self.transform().m11() or 1.0
        ShapeItem.handle_size = 10.0 / scale  # handles stay about 10 screen pixels whatever the zoom
        for item in self.shapes():
            item.prepareGeometryChange()
            item.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)
            event.accept()
        else:
            super().wheelEvent(event)

    # -- mouse -------------------------------------------------------------------------------------------------
    def _scene_point(self, event: QMouseEvent) -> QPointF:
        point = self.mapToScene(event.position().toPoint())
        rect = self.sceneRect()  # shapes stay on the photo
        return QPointF(min(max(point.x(), rect.left()), rect.right()), min(max(point.y(), rect.top()), rect.bottom()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.tool == "select" or event.button() != Qt.MouseButton.LeftButton or self.new_item is None:
            super().mousePressEvent(event)
            self._before = {item: item.state() for item in self.shapes()}
            return
        point = self._scene_point(event)
        self._press = event.position()
        if self.tool == "text":
            self.text_requested.emit(point)
            return
        self._drawing = self.new_item(self.tool, point)
        self._drawing.live = True
        self.scene().addItem(self._drawing)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing is not None:
            self._drawing.set_end(self._scene_point(event))
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        item, self._drawing = self._drawing, None
        if item is not None:
            item.live = False
            item.set_end(self._scene_point(event))
            moved = event.position() - self._press
            if max(abs(moved.x()), abs(moved.y())) < MIN_DRAG:
                self.scene().removeItem(item)  # a click: nothing drawn
            else:
                self.drawn.emit(item)
            return
        super().mouseReleaseEvent(event)
        changed = [(i, s) for i, s in self._before.items() if i.scene() is not None and not s.same(i.state())]
        self._before = {}
        if changed:
            self.edited.emit([i for i, _ in changed], [s for _, s in changed], [i.state() for i, _ in changed])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, ShapeItem) and item.kind == "text" and self.tool == "select":
            self.retype.emit(item)
            return
        super().mouseDoubleClickEvent(event)

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()
