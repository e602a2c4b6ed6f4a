"""The contract between the main window shell and the parts of the workspace that plug into it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from auditor_app.services.session import ChangeSet
    from auditor_app.ui.main_window import MainWindow


@dataclass(frozen=True)
class Menus:
    """The window's menus, in menu-bar order; features add their actions to these."""

    file: QMenu
    edit: QMenu
    view: QMenu
    audit: QMenu
    evidence: QMenu
    help: QMenu


class Feature(QObject):
    """One focused part of the workspace (findings, evidence, audit details, search, history …).

    The shell calls these hooks; a feature never reaches into another feature's widgets. Edits go through
    `window.undo_stack.push(command)` with a command built on `window.command_context()`, so every change is
    undoable, reported on failure and refreshed through `changed()` everywhere.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def add_actions(self, menus: Menus) -> None:
        """Create menu actions and shortcuts (called once, after every feature is constructed)."""

    def audit_loaded(self) -> None:
        """An audit was opened, reloaded after a merge, or closed (`window.session` is then None)."""

    def changed(self, change: ChangeSet) -> None:
        """A use case (an edit, an undo, a redo) touched the entities named in `change`."""

    def clause_shown(self, clause_id: str | None) -> None:
        """The clause page now shows this clause (None: no clause)."""

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        """Enable what can be done now; `has_audit` is False while a worker has the session to itself."""
