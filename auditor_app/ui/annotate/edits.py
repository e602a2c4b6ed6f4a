"""The editor's own undo steps (add, remove, change shapes): nothing is stored until the editor is saved."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QGraphicsScene

from auditor_app.ui.annotate.items import ItemState, ShapeItem


class AddShape(QUndoCommand):
    """Pushed once a shape is drawn; it is already on the scene then, so the first redo leaves it there."""

    def __init__(self, scene: QGraphicsScene, item: ShapeItem, text: str) -> None:
        super().__init__(text)
        self.scene = scene
        self.item = item

    def redo(self) -> None:
        if self.item.scene() is None:
            self.scene.addItem(self.item)

    def undo(self) -> None:
        self.item.setSelected(False)
        self.scene.removeItem(self.item)


class RemoveShapes(QUndoCommand):
    def __init__(self, scene: QGraphicsScene, items: Sequence[ShapeItem], text: str) -> None:
        super().__init__(text)
        self.scene = scene
        self.items = list(items)

    def redo(self) -> None:
        for item in self.items:
            if item.scene() is not None:
                item.setSelected(False)
                self.scene.removeItem(item)

    def undo(self) -> None:
        for item in self.items:
            if item.scene() is None:
                self.scene.addItem(item)  # back at its own z value, so the stacking order is kept


class ChangeShapes(QUndoCommand):
    """Moved, resized, recoloured or retyped shapes: the states before and after."""

    def __init__(self, items: Sequence[ShapeItem], before: Sequence[ItemState], after: Sequence[ItemState],
                 text: str) -> None:
        super().__init__(text)
        self.items = list(items)
        self.before = list(before)
        self.after = list(after)

    def redo(self) -> None:
        for item, state in zip(self.items, self.after, strict=True):
            item.set_state(state)

    def undo(self) -> None:
        for item, state in zip(self.items, self.before, strict=True):
            item.set_state(state)
