"""The annotation editor: the photo and its shapes, drawing tools, its own undo, and Save as one step."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsScene,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from auditor_app.domain.records import EvidenceRecord
from auditor_app.errors import InputError
from auditor_app.services import annotations as marks
from auditor_app.ui import tasks
from auditor_app.ui.annotate import convert
from auditor_app.ui.annotate.canvas import Canvas
from auditor_app.ui.annotate.edits import AddShape, ChangeShapes, RemoveShapes
from auditor_app.ui.annotate.items import ItemState, ShapeItem, text_box
from auditor_app.ui.annotate.text_entry import TextEntry
from auditor_app.ui.annotate.toolbar import EditorToolBar
from auditor_app.ui.i18n import fill

PREVIEW_EDGE = 800  # the reduced copy blurred while a blur box is dragged
TEXT_SCALE = 6.0  # a new text is this many line widths high: thin, medium and thick give small, medium, large


class AnnotationEditor(QDialog):
    saved = Signal(list)  # the shapes (list[annotations.Shape]) when Save changed anything

    def __init__(self, parent: QWidget, record: EvidenceRecord, data: bytes) -> None:
        super().__init__(parent)
        self.record = record
        self.loaded = False
        self.setWindowTitle(fill(self.tr("Annotate %1"), record.filename or record.id))
        self.undo_stack = QUndoStack(self)
        self.scene = QGraphicsScene(self)
        self.canvas = Canvas(self.scene)
        self.canvas.new_item = self._new_item
        self.canvas.drawn.connect(self._drawn)
        self.canvas.text_requested.connect(self._new_text)
        self.canvas.edited.connect(self._moved)
        self.canvas.retype.connect(self._retype)
        self._pixels: Any = None  # the PIL image shown: blur previews are computed from it with the burn's blur
        self._small: Any = None  # a reduced copy for the blur preview while a box is dragged
        self._small_scale = 1.0
        self._size = QSizeF()
        self._initial: list[marks.Shape] = []
        self._unreadable = False  # stored annotations this version cannot read: Save replaces them
        self._entry: TextEntry | None = None
        self._z = 0.0
        self.tools = EditorToolBar(self, self.undo_stack)
        self.tools.tool_changed.connect(self._tool_changed)
        self.tools.colour_changed.connect(lambda colour: self._restyle(colour=colour))
        self.tools.width_changed.connect(lambda width: self._restyle(width=width))
        self.tools.delete_action.triggered.connect(self.delete_selected)
        self.tools.fit_action.triggered.connect(self.canvas.fit)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.loading = QLabel(self.tr("Loading photo…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self.canvas)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel { background: #fff4e5; color: #663c00; padding: 6px 10px; }")
        self.banner.hide()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setContentsMargins(10, 0, 10, 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.setContentsMargins(10, 0, 10, 10)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        box.addWidget(self.tools)
        box.addWidget(self.banner)
        box.addWidget(self.stack, 1)
        box.addWidget(self.hint)
        box.addWidget(self.buttons)
        self._task: tasks.Task | None = None
        self._tool_changed("select")
        self.resize(1200, 860)
        self._load(data)

    # -- loading off the UI thread -----------------------------------------------------------------------------
    def _load(self, data: bytes) -> None:
        record = self.record

        def work() -> tuple[Any, QImage]:  # on the worker: decoding a 12 MP photo takes a good part of a second
            pixels = marks.editing_image(record, data)
            raw = pixels.tobytes()
            image = QImage(raw, pixels.width, pixels.height, 3 * pixels.width, QImage.Format.Format_RGB888)
            return pixels, image.copy()  # the copy owns its pixels; `raw` may go

        self._task = tasks.Task(work, self)
        self._task.succeeded.connect(self._loaded)
        self._task.failed.connect(self._load_failed)
        self._task.start()

    def _loaded(self, result: tuple[Any, QImage]) -> None:
        self._task = None
        self._pixels, image = result
        self._small_scale = min(1.0, PREVIEW_EDGE / max(self._pixels.size))
        self._small = self._pixels.reduce(round(1 / self._small_scale)) if self._small_scale < 1 else self._pixels
        self._small_scale = self._small.width / self._pixels.width
        self._size = QSizeF(image.width(), image.height())
        background = self.scene.addPixmap(QPixmap.fromImage(image))
        background.setZValue(-1)
        background.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.setSceneRect(QRectF(0, 0, image.width(), image.height()))
        try:
            self._initial = marks.parse(self.record.annotations)
        except InputError as exc:
            self._unreadable = True
            self.banner.setText(fill(self.tr("The stored annotations cannot be read (%1). Saving replaces them."),
                                     str(exc)))
            self.banner.show()
        for shape in self._initial:
            self.scene.addItem(self._item(shape.shape, convert.to_state(shape, self._size)))
        self.stack.setCurrentWidget(self.canvas)
        self.loaded = True
        self.save_button.setEnabled(True)
        self.canvas.fit()
        self.canvas.setFocus()

    def _load_failed(self, exc: BaseException) -> None:
        self._task = None
        self.loading.setText(fill(self.tr("The photo cannot be shown: %1"), str(tasks.known(exc))))

    # -- shapes ------------------------------------------------------------------------------------------------
    def shapes(self) -> list[marks.Shape]:
        # A text still being typed for the first time has no text yet and is not a shape.
        return [convert.to_shape(i, self._size) for i in self.canvas.shapes() if i.kind != "text" or i.text]

    def _item(self, kind: str, state: ItemState) -> ShapeItem:
        item = ShapeItem(kind, state, self._blur_preview if kind == "blur" else None)
        self._z += 1
        item.setZValue(self._z)
        return item

    def _line_px(self) -> float:
        return self.tools.line_width * max(self._size.width(), self._size.height())

    def _new_item(self, kind: str, point: QPointF) -> ShapeItem:
        return self._item(kind, ItemState(point, point, self.tools.colour, self._line_px()))

    def _blur_preview(self, rect: QRectF, live: bool) -> QImage | None:
        """The area exactly as the burn-in blurs it (same function, same pixels), not an approximation. While the
        box is dragged, the same blur of a smaller copy keeps the mouse fluid (a full-frame box costs 0.25 s)."""
        if self._pixels is None:
            return None
        source, scale = (self._small, self._small_scale) if live else (self._pixels, 1.0)
        region = marks.blurred(source, (round(rect.left() * scale), round(rect.top() * scale),
                                        round(rect.right() * scale), round(rect.bottom() * scale)))
        if region is None:
            return None
        raw = region.tobytes()
        return QImage(raw, region.width, region.height, 3 * region.width, QImage.Format.Format_RGB888).copy()

    def _drawn(self, item: ShapeItem) -> None:
        self.undo_stack.push(AddShape(self.scene, item, fill(self.tr("Draw %1"), self.tools.label(item.kind))))

    def _moved(self, items: list[ShapeItem], before: list[ItemState], after: list[ItemState]) -> None:
        resized = len(items) == 1 and (before[0].p1 - before[0].p0) != (after[0].p1 - after[0].p0)
        text = self.tr("Resize shape") if resized else self.tr("Move shapes") if len(items) > 1 else self.tr(
            "Move shape")
        self.undo_stack.push(ChangeShapes(items, before, after, text))

    def delete_selected(self) -> None:
        items = [i for i in self.scene.selectedItems() if isinstance(i, ShapeItem)]
        if items:
            text = self.tr("Delete shapes") if len(items) > 1 else self.tr("Delete shape")
            self.undo_stack.push(RemoveShapes(self.scene, items, text))

    def _restyle(self, colour: str | None = None, width: float | None = None) -> None:
        """A new colour or line width applies to the selected shapes (one undo step) and to the next ones."""
        items = [i for i in self.scene.selectedItems() if isinstance(i, ShapeItem)]
        if not items:
            return
        before = [i.state() for i in items]
        after = [ItemState(s.p0, s.p1, colour or s.color, self._line_px() if width is not None else s.width_px,
                           s.text) for s in before]
        if any(not b.same(a) for b, a in zip(before, after, strict=True)):
            text = self.tr("Change colour") if colour else self.tr("Change line width")
            self.undo_stack.push(ChangeShapes(items, before, after, text))

    def _selection_changed(self) -> None:
        selected = [i for i in self.scene.selectedItems() if isinstance(i, ShapeItem)]
        self.tools.delete_action.setEnabled(bool(selected))

    def _tool_changed(self, tool: str) -> None:
        self._finish_text()
        self.canvas.set_tool(tool)
        self.hint.setText(self.tools.hint(tool))

    # -- text in place -----------------------------------------------------------------------------------------
    def _new_text(self, point: QPointF) -> None:
        if self._entry is not None:  # a click away from the text being typed finishes it, as the hint says
            self._finish_text()
            return
        size = self._line_px() * TEXT_SCALE
        item = self._item("text", ItemState(point, point + text_box(" ", size), self.tools.colour, self._line_px()))
        self.scene.addItem(item)
        self._start_entry(item, size)

    def _retype(self, item: ShapeItem) -> None:
        self._finish_text()
        lines = max(1, len(item.text.split("\n")))
        self._start_entry(item, item.rect().height() / (lines * marks.LINE_HEIGHT))

    def _start_entry(self, item: ShapeItem, size: float) -> None:
        self.scene.clearSelection()
        self._entry = TextEntry(item, size, self._entry_done)
        self.scene.addItem(self._entry)
        self._entry.start()

    def _finish_text(self) -> None:
        if self._entry is not None:
            self._entry.finish()

    def _entry_done(self, entry: TextEntry) -> None:
        self._entry = None
        item, text = entry.item, entry.typed()
        entry.hide()
        QTimer.singleShot(0, lambda: _remove(entry))  # not inside the entry's own focus event
        before = item.state()
        after = ItemState(before.p0, before.p0 + text_box(text, entry.pixel_size), before.color, before.width_px, text)
        if not before.text:  # a new text: added once it has some
            if text:
                item.set_state(after)
                self._drawn(item)
            else:
                self.scene.removeItem(item)
        elif not text:
            self.undo_stack.push(RemoveShapes(self.scene, [item], self.tr("Delete text")))
        elif text != before.text:
            self.undo_stack.push(ChangeShapes([item], [before], [after], self.tr("Edit text")))

    # -- closing -----------------------------------------------------------------------------------------------
    def accept(self) -> None:
        if not self.loaded:
            return
        self._finish_text()
        shapes = self.shapes()
        if self._unreadable or marks.to_value(shapes) != marks.to_value(self._initial):
            self.saved.emit(shapes)
        super().accept()

    def reject(self) -> None:
        self._finish_text()
        if self.loaded and not self.undo_stack.isClean():
            answer = QMessageBox.question(
                self, self.tr("Discard changes?"),
                fill(self.tr("Discard your changes to the annotations of %1?"), self.record.filename or ""),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.wait()  # the photo is still being decoded; let the worker end before the dialog goes
        super().done(result)


def _remove(entry: TextEntry) -> None:
    if not shiboken6.isValid(entry):  # the dialog, its scene and the entry may be gone already
        return
    scene = entry.scene()
    if scene is not None:
        scene.removeItem(entry)
