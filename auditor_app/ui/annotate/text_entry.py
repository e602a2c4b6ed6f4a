"""Typing a text annotation in place, over the photo, in the font and size it will print in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem

from auditor_app.services import annotations as marks
from auditor_app.ui.annotate.items import ShapeItem, text_font


class TextEntry(QGraphicsTextItem):
    """An editable text over a text shape. Enter adds a line; Ctrl+Enter, Esc or clicking elsewhere finishes."""

    def __init__(self, item: ShapeItem, pixel_size: float, done: Callable[[TextEntry], None]) -> None:
        super().__init__()
        self.item = item
        self.pixel_size = pixel_size
        self._done: Callable[[TextEntry], None] | None = done
        self.document().setDocumentMargin(0)
        self.setFont(text_font(pixel_size))
        self.setDefaultTextColor(QColor(item.color))
        self.setPlainText(item.text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setZValue(item.zValue() + 1)
        self.setPos(item.state().p0)
        # The typed lines keep the spacing the burn-in uses, so the text does not jump when typing ends.
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        spacing = QTextBlockFormat()
        spacing.setLineHeight(pixel_size * marks.LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        cursor.mergeBlockFormat(spacing)
        item.editing = True
        item.update()

    def start(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def typed(self) -> str:
        return "\n".join(line.rstrip() for line in self.toPlainText().strip("\n").split("\n")) \
            if self.toPlainText().strip() else ""

    def finish(self) -> None:
        done, self._done = self._done, None
        if done is not None:  # once: losing focus while being removed must not finish twice
            self.item.editing = False
            self.item.update()
            done(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.key() == Qt.Key.Key_Escape or (enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.finish()
            return
        if len(self.toPlainText()) >= marks.MAX_TEXT and event.text():
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the context menu keeps the entry open
            self.finish()
