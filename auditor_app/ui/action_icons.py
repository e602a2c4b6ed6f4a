"""One icon family on the menus: each frequent action gets its icon from the bundled set."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from auditor_app.ui.icons import icon

if TYPE_CHECKING:
    from auditor_app.ui.main_window import MainWindow

# By shortcut: stable whatever the interface language (the texts are translated, the keys are not).
BY_SHORTCUT = {
    "Ctrl+N": "new-audit", "Ctrl+O": "open", "Ctrl+W": "close", "Ctrl+Z": "undo", "Ctrl+Shift+Z": "redo",
    "Ctrl+F": "search", "Ctrl+L": "filter", "Ctrl+H": "history", "Ctrl+Shift+F": "finding-add",
    "Ctrl+Shift+D": "details", "Ctrl+Shift+E": "paperclip", "Ctrl+Shift+V": "paste",
    "Ctrl+Shift+I": "import-folder", "Alt+Down": "next", "Alt+Up": "previous", "Ctrl+J": "next-todo",
    "Ctrl+Shift+N": "note", "Ctrl+,": "preferences", "Del": "delete",
}
# Actions without a shortcut, by where the window keeps them.
BY_ATTRIBUTE = (
    ("sample_action", "sample"), ("save_copy_action", "save-copy"), ("team.merge_action", "merge"),
    ("team.hand_over_action", "hand-over"), ("team.conflicts_action", "conflict"),
    ("exports.pdf_action", "export-pdf"), ("exports.docx_action", "export-docx"),
    ("exports.xlsx_action", "export-xlsx"),
)


def _attribute(window: MainWindow, dotted: str) -> object:
    target: object = window
    for name in dotted.split("."):
        target = getattr(target, name, None)
    return target


def apply(window: MainWindow) -> None:
    for action in window.findChildren(QAction):
        if action.icon().isNull():
            name = BY_SHORTCUT.get(action.shortcut().toString())
            if name:
                action.setIcon(icon(name))
    for dotted, name in BY_ATTRIBUTE:
        found = _attribute(window, dotted)
        if isinstance(found, QAction) and found.icon().isNull():
            found.setIcon(icon(name))
