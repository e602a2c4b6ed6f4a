"""The contract between the main window shell and the parts of the workspace that plug into it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

    from auditor_app.services.session import ChangeSet
    from auditor_app.ui.clause_page import ClausePage
    from auditor_app.ui.clause_panel import ClausePanel
    from auditor_app.ui.models.clause_tree import ClauseTreeModel
    from auditor_app.ui.open_audit import OpenAudit


@dataclass(frozen=True)
class Menus:
    """The window's menus, in menu-bar order; features add their actions to these."""

    file: QMenu
    edit: QMenu
    view: QMenu
    audit: QMenu
    evidence: QMenu
    help: QMenu


class Shell(Protocol):
    """What a feature may use of the window: where to place and show things, never the open audit itself."""

    page: ClausePage  # the clause page: its clause and record, its tabs (add_tab, set_tab_title), its requests
    tree_model: ClauseTreeModel  # the clause tree's rows (results, counts, auditors)
    panel: ClausePanel  # the clause pane (visible clauses, "My clauses" and auditor filters)
    workspace: QTabWidget  # the workspace's pages
    sample_action: QAction  # File ▸ Open sample audit (the start feature puts Close after it)

    @property
    def parent_widget(self) -> QMainWindow:
        """The window as the parent of dialogs and docks."""

    def add_page(self, widget: QWidget, title: str) -> int: ...
    def show_page(self, widget: QWidget | None) -> None: ...
    def show_clauses(self) -> None: ...
    def select_clause(self, clause_id: str) -> bool: ...
    def show_status(self, text: str, timeout_ms: int) -> None: ...
    def set_start_page(self, widget: QWidget) -> None: ...
    def choose_file(self) -> None: ...
    def open_path(self, path: Path) -> bool: ...
    def open_sample(self) -> bool: ...
    def close_audit(self) -> None: ...
    def reload(self) -> None: ...
    def show_conflicts(self, key: tuple[str, str, str] | None = None) -> None: ...
    def import_photos(self, paths: Sequence[Path]) -> bool: ...


class Feature(QObject):
    """One focused part of the workspace (findings, evidence, audit details, search, history …).

    A feature receives the open audit's owner (`self.audit`) and the window's placement API (`self.shell`), never
    the window or another feature. It reads through `audit.read(fn, …)` and edits through
    `audit.push(command)` with a command built on `audit.command_context()`, so every change is undoable, reported
    on failure and refreshed through `changed()` everywhere.
    """

    def __init__(self, audit: OpenAudit, shell: Shell) -> None:
        super().__init__(shell.parent_widget)
        self.audit = audit
        self.shell = shell

    def add_actions(self, menus: Menus) -> None:
        """Create menu actions and shortcuts (called once, after every feature is constructed)."""

    def audit_loaded(self) -> None:
        """An audit was opened, reloaded after a merge, or closed (`audit.is_open` is then False)."""

    def changed(self, change: ChangeSet) -> None:
        """A use case (an edit, an undo, a redo) touched the entities named in `change`."""

    def clause_shown(self, clause_id: str | None) -> None:
        """The clause page now shows this clause (None: no clause)."""

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        """Enable what can be done now; `has_audit` is False while a worker has the session to itself."""
