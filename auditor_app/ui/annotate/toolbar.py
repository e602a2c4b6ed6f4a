"""The editor's tool bar: drawing tools, colour, line width, delete, undo/redo and fit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolBar, QToolButton, QWidget

from auditor_app.ui.annotate.tool_icons import colour_icon, tool_icon
from auditor_app.ui.i18n import in_sentence

COLOURS = ("#e53935", "#fdd835", "#43a047", "#1e88e5", "#ffffff", "#000000")
WIDTHS = (0.003, 0.006, 0.012)  # fractions of the photo's long edge


class EditorToolBar(QToolBar):
    tool_changed = Signal(str)
    colour_changed = Signal(str)
    width_changed = Signal(float)

    def __init__(self, parent: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setMovable(False)
        self.setContentsMargins(6, 4, 6, 0)
        self._labels = {"select": self.tr("Select"), "arrow": self.tr("Arrow"), "rect": self.tr("Rectangle"),
                        "ellipse": self.tr("Ellipse"), "text": self.tr("Text"), "blur": self.tr("Blur")}
        keys = {"select": "V", "arrow": "A", "rect": "R", "ellipse": "E", "text": "T", "blur": "B"}
        group = QActionGroup(self)
        self.tool_actions: dict[str, QAction] = {}
        for tool, label in self._labels.items():
            action = QAction(tool_icon(tool), label, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(keys[tool]))
            action.setToolTip(f"{label} ({keys[tool]})")
            action.triggered.connect(lambda _=False, t=tool: self.tool_changed.emit(t))
            group.addAction(action)
            self.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions["select"].setChecked(True)
        self.addSeparator()
        self.colour = COLOURS[0]
        self._colour_names = dict(zip(COLOURS, (self.tr("Red"), self.tr("Yellow"), self.tr("Green"), self.tr("Blue"),
                                                self.tr("White"), self.tr("Black")), strict=True))
        self.colour_button = QToolButton(self)
        self.colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.colour_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.colour_button.setToolTip(self.tr("Colour of new shapes and of the selected ones"))
        # The style's menu arrow sits below the text; a ▾ after the colour's name reads better.
        self.colour_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        menu = QMenu(self.colour_button)
        for colour, name in self._colour_names.items():
            menu.addAction(colour_icon(colour), name, lambda c=colour: self.set_colour(c))
        self.colour_button.setMenu(menu)
        self.addWidget(self.colour_button)
        line_label = QLabel(self.tr("Line"))
        line_label.setContentsMargins(4, 0, 4, 0)  # a little room between the colour button and the widths
        self.addWidget(line_label)
        self.width_combo = QComboBox(self)
        for label, width in zip((self.tr("Thin"), self.tr("Medium"), self.tr("Thick")), WIDTHS, strict=True):
            self.width_combo.addItem(label, width)
        self.width_combo.setCurrentIndex(1)
        self.width_combo.setToolTip(self.tr("Line width; for a new text, its size"))
        self.width_combo.currentIndexChanged.connect(lambda _i: self.width_changed.emit(self.line_width))
        self.addWidget(self.width_combo)
        self.addSeparator()
        self.delete_action = QAction(tool_icon("delete"), self.tr("Delete"), self)
        self.delete_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Backspace")])
        self.delete_action.setToolTip(self.tr("Delete the selected shapes (Del)"))
        self.delete_action.setEnabled(False)
        self.addAction(self.delete_action)
        # Own actions rather than the stack's: those rename themselves ("Undo Draw blur") and overflow the bar.
        self.undo_action = QAction(tool_icon("undo"), self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(undo_stack.undo)
        self.redo_action = QAction(tool_icon("redo"), self.tr("Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(undo_stack.redo)
        steps = ((self.undo_action, undo_stack.canUndoChanged, undo_stack.undoTextChanged, "Ctrl+Z"),
                 (self.redo_action, undo_stack.canRedoChanged, undo_stack.redoTextChanged, "Ctrl+Shift+Z"))
        for action, can, named, key in steps:
            action.setEnabled(False)
            can.connect(action.setEnabled)
            named.connect(lambda step, a=action, k=key: a.setToolTip(f"{a.text()} {step.lower()} ({k})"))
            self.addAction(action)
        self.fit_action = QAction(tool_icon("fit"), self.tr("Fit"), self)
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_action.setToolTip(self.tr("Show the whole photo (Ctrl+0); Ctrl+wheel zooms"))
        self.addAction(self.fit_action)
        self.set_colour(self.colour)

    @property
    def line_width(self) -> float:
        return float(self.width_combo.currentData())

    def set_colour(self, colour: str) -> None:
        self.colour = colour
        self.colour_button.setIcon(colour_icon(colour))
        self.colour_button.setText(self._colour_names.get(colour, colour) + " ▾")
        self.colour_changed.emit(colour)

    def select_tool(self, tool: str) -> None:
        self.tool_actions[tool].trigger()

    def label(self, tool: str) -> str:
        return in_sentence(self._labels.get(tool, tool))

    def hint(self, tool: str) -> str:
        return {
            "select": self.tr("Click a shape to select it, drag it to move it, drag a corner handle to resize it; "
                              "double-click a text to change it."),
            "arrow": self.tr("Drag from where the arrow starts to what it points at."),
            "rect": self.tr("Drag across the area to frame."),
            "ellipse": self.tr("Drag across the area to circle."),
            "text": self.tr("Click where the text starts and type; Enter adds a line, Ctrl+Enter or a click "
                            "elsewhere finishes."),
            "blur": self.tr("Drag across faces, names or other personal data. The area is blurred here exactly as "
                            "in reports and exports."),
        }[tool]
