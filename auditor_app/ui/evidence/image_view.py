"""The viewer's picture: fit to the window, zoom (Ctrl+wheel, + and −), 1:1, pan by dragging."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QWidget

MIN_SCALE, MAX_SCALE = 0.02, 16.0
STEP = 1.25


class ImageView(QGraphicsView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.message = QGraphicsSimpleTextItem()
        self.message.setBrush(QColor("#e8eaed"))
        self.scene().addItem(self.message)
        self.setBackgroundBrush(QColor("#202124"))  # photos are judged on a neutral dark ground
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.fitting = True  # follows the window size until the user zooms

    def show_pixmap(self, pixmap: QPixmap, turn: int = 0) -> None:
        """Show `pixmap`, turned by `turn` degrees (a rotation shown at once, until the new rendition arrives)."""
        self.message.setText("")
        self.item.setPixmap(pixmap)
        self.item.setTransformOriginPoint(pixmap.rect().center().toPointF())
        self.item.setRotation(turn)
        self.item.setVisible(True)
        self.scene().setSceneRect(self.item.sceneBoundingRect())
        if self.fitting:
            self.fit()

    def show_message(self, text: str, picture: QPixmap | None = None) -> None:
        """Text instead of a photo ("Loading…", a document's name), below an optional picture."""
        self.item.setRotation(0)
        self.item.setPixmap(picture or QPixmap())
        self.item.setVisible(picture is not None)
        self.message.setText(text)
        width = max(self.message.boundingRect().width(), picture.width() if picture else 0)
        top = picture.height() + 16 if picture else 0
        if picture is not None:
            self.item.setPos((width - picture.width()) / 2, 0)
        self.message.setPos((width - self.message.boundingRect().width()) / 2, top)
        self.scene().setSceneRect(QRectF(0, 0, width, top + self.message.boundingRect().height()).adjusted(
            -40, -40, 40, 40))
        self.resetTransform()
        self.centerOn(self.scene().sceneRect().center())

    def has_picture(self) -> bool:
        return self.item.isVisible() and not self.item.pixmap().isNull() and not self.message.text()

    def scale_factor(self) -> float:
        return self.transform().m11()  # the view only scales; turning is done on the item

    # -- zoom ----------------------------------------------------------------------------------------------
    def fit(self) -> None:
        self.fitting = True
        if self.has_picture():
            self.item.setPos(0, 0)
            self.scene().setSceneRect(self.item.sceneBoundingRect())
            self.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)

    def actual_size(self) -> None:
        """1:1 — one image pixel per screen pixel."""
        self.fitting = False
        self.resetTransform()

    def zoom(self, factor: float) -> None:
        if not self.has_picture():
            return
        current = self.scale_factor()
        factor = max(MIN_SCALE / current, min(MAX_SCALE / current, factor))
        self.fitting = False
        self.scale(factor, factor)

    def zoom_in(self) -> None:
        self.zoom(STEP)

    def zoom_out(self) -> None:
        self.zoom(1 / STEP)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom(STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A fitted picture has nothing to scroll: arrows go to the viewer (previous / next) instead.
        if self.fitting and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            event.ignore()
            return
        super().keyPressEvent(event)
