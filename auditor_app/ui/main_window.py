"""The main window: a thin shell wiring the clause pane, the clause page, menus and the undo stack."""

# The services (and SQLAlchemy under them) are imported where they are used rather than at the top: at start-up
# this module shows the audit before they are loaded (ui/staged_open.py), and they take 0.3 s to import.

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from auditor_app.ui import window_chrome, window_menus, window_session, window_views
from auditor_app.ui.clause_page import ClausePage
from auditor_app.ui.clause_panel import ClausePanel
from auditor_app.ui.feature import Feature
from auditor_app.ui.i18n import fill
from auditor_app.ui.models.clause_tree import ClauseTreeModel
from auditor_app.ui.open_audit import OpenAudit

if TYPE_CHECKING:
    from collections.abc import Sequence

    from auditor_app.services.overview import OpenedAudit
    from auditor_app.services.session import AuditSession, ChangeSet
    from auditor_app.ui.clause_editing import ClauseEditing
    from auditor_app.ui.evidence_import.feature import EvidenceImport
    from auditor_app.ui.exporting import Exports
    from auditor_app.ui.note_dialog import NoteInput
    from auditor_app.ui.staged_open import StagedOpen
    from auditor_app.ui.team import TeamWork

APP_TITLE = "auditor-app"


class MainWindow(QMainWindow):
    """The shell (ui/feature.Shell): it creates the open audit's owner and the features, and places them."""

    # Made by complete(): among the features, team work (merges, copies, conflicts) and exports; the clause
    # page's edits.
    team: TeamWork
    exports: Exports
    editing: ClauseEditing
    # The window's own actions, made by window_menus.fill.
    open_action: QAction
    sample_action: QAction
    save_copy_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    filter_action: QAction

    def __init__(self, author: str, read_only: bool = False, parent: QWidget | None = None, *,
                 staged: bool = False) -> None:
        """With `staged`, only the clause pane, the clause page and empty menus are built; complete() adds the
        rest (start-up shows an audit in between, see ui/staged_open.py)."""
        super().__init__(parent)
        self.audit = OpenAudit(author, read_only, self)
        self.audit.set_reporter(lambda exc: window_views.report(self, exc))
        self.audit.changed.connect(self.apply_change)
        self.audit.busy_changed.connect(lambda _busy: self.sync_actions())
        self._people: dict[str, str] = {}
        self.findings_total = 0
        self.stored_at = ""
        self._checked = False
        self.unpacking: QObject | None = None  # a sealed package being opened (ui/unpacking.UnpackFlow)
        self.undo_stack = self.audit.undo_stack
        self.tree_model = ClauseTreeModel(self)
        self.panel = ClausePanel(self.tree_model)
        self.page = ClausePage()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.panel)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 760])
        self.clause_split = splitter
        # The workspace's pages (clauses first; features add findings, evidence, audit details) sit in tabs;
        # with no audit open the stack shows the start page instead, once a feature provides one.
        self.workspace = QTabWidget()
        self.workspace.setDocumentMode(True)
        self.workspace.addTab(splitter, self.tr("Clauses"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.workspace)
        self.start_page: QWidget | None = None
        self.setCentralWidget(self.stack)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.status_line = window_chrome.StatusLine(self)
        self.features: list[Feature] = []
        self._photo_import: EvidenceImport | None = None
        self.menus = window_menus.create(self)
        self.staged: StagedOpen | None = None  # an audit shown at start-up, not yet a session
        self.complete = False
        self.resize(1400, 900)
        if not staged:
            self.complete_workspace()

    def complete_workspace(self) -> None:
        """Everything past the clause pane and page: team work, exports, the features and the menus' actions."""
        if self.complete:
            return
        from auditor_app.ui import features
        from auditor_app.ui.clause_editing import ClauseEditing
        self.features = features.build(self.audit, self)
        by_name = {type(f).__name__: f for f in self.features}
        # The shell routes what one feature offers another (conflicts, the bulk photo import) through these.
        self.team = cast("TeamWork", by_name["TeamWork"])
        self.exports = cast("Exports", by_name["Exports"])
        self._photo_import = cast("EvidenceImport | None", by_name.get("EvidenceImport"))
        window_menus.fill(self, self.menus)
        self.panel.clause_selected.connect(self.show_clause)
        self.editing = ClauseEditing(self.audit, self.page)
        # A locked signing key can be unlocked in a dialog from now on. Here, not at start-up: its module (and the
        # cryptography library) came with the features, imported off the UI thread when the audit was first shown.
        from auditor_app.ui import signing_dialogs
        signing_dialogs.install_prompt()
        from auditor_app import logsetup
        logsetup.setup()  # the log file, deferred past the first view of the audit (ui/crash.install)
        self.complete = True
        if self.staged is None:
            self.update_chrome()
        else:  # the audit shown at start-up keeps its title until it becomes the session (ui/staged_open.py)
            self.sync_actions()

    # -- the shell's placement API (ui/feature.Shell) -------------------------------------------------------
    @property
    def parent_widget(self) -> QMainWindow:
        return self

    def show_status(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def show_conflicts(self, key: tuple[str, str, str] | None = None) -> None:
        self.team.show_conflicts(key)

    def import_photos(self, paths: Sequence[Path]) -> bool:
        """Many dropped files go to the bulk photo import's review; False when there is none."""
        if self._photo_import is None:
            return False
        self._photo_import.start(list(paths))
        return True

    @property
    def author(self) -> str:
        return self.audit.author

    # -- pages -------------------------------------------------------------------------------------------
    def add_page(self, widget: QWidget, title: str) -> int:
        """A further workspace page (tab) beside the clauses; returns its index."""
        return self.workspace.addTab(widget, title)

    def show_page(self, widget: QWidget | None) -> None:
        self.stack.setCurrentWidget(self.workspace)
        if widget is not None:
            self.workspace.setCurrentWidget(widget)

    def show_clauses(self) -> None:
        self.show_page(self.clause_split)

    def set_start_page(self, widget: QWidget) -> None:
        """What the window shows while no audit is open (recent audits, new, open, sample)."""
        self.start_page = widget
        self.stack.addWidget(widget)
        self.show_stack()

    def show_stack(self) -> None:
        if not self.audit.is_open and self.staged is None and self.start_page is not None:
            self.stack.setCurrentWidget(self.start_page)
        else:
            self.stack.setCurrentWidget(self.workspace)

    # -- opening and closing (ui/window_session.py) --------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.audit.path.parent) if self.audit.path is not None else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open audit"), start, self.tr(
            "Audit files and sealed packages (*.audit *.age);;Audit files (*.audit);;Sealed packages (*.age);;"
            "All files (*)"))
        if name:
            self.open_path(Path(name))

    def save_copy(self) -> Path | None:
        from auditor_app.ui import copies
        saved = copies.save_copy(self, self.audit) if self.audit.is_open and not self.audit.busy else None
        if saved is not None:
            self.statusBar().showMessage(fill(self.tr("Copy saved to %1"), saved), 10_000)
        return saved

    def open_sample(self) -> bool:
        from auditor_app.ui import opening
        path = opening.sample(self)
        return path is not None and self.open_path(path)

    @property
    def read_only(self) -> bool:
        """Asked for on the command line, or the open file is a read-only copy of someone else's."""
        if self.staged is not None:
            return self.audit.read_only_requested or self.staged.opened.read_only
        return self.audit.read_only

    def open_path(self, path: Path) -> bool:
        return window_session.open_path(self, path)

    def show_opened(self, opened: OpenedAudit) -> None:
        window_session.show_opened(self, opened)

    def adopt(self, session: AuditSession, tree_shown: bool = False) -> bool:
        return window_session.adopt(self, session, tree_shown)

    def checked(self, problem: str | None) -> None:
        window_session.checked(self, problem)

    def reload(self) -> None:
        """Everything from the file again, after a merge that may have changed anything."""
        shown = self.page.clause_id
        window_session.load(self)
        if shown:
            self.select_clause(shown)

    def close_session(self) -> None:
        window_session.close_session(self)

    def close_audit(self) -> None:
        window_session.close_audit(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.complete and self.audit.busy:  # the worker still uses the file; the busy dialog says how long
            event.ignore()
            return
        # Every edit is already durable, so closing never asks to save; it only releases the file lock.
        self.close_session()
        event.accept()

    # -- showing (ui/window_views.py, ui/window_chrome.py) --------------------------------------------------
    def select_clause(self, clause_id: str) -> bool:
        return self.panel.select_clause(clause_id)

    def show_clause(self, clause_id: str) -> None:
        window_views.show_clause(self, clause_id)

    def note_counts(self) -> Counter[str]:
        return window_views.note_counts(self)

    def set_people(self) -> None:
        window_views.set_people(self)

    def apply_change(self, change: ChangeSet) -> None:
        window_views.apply_change(self, change)

    def sync_actions(self) -> None:
        """Enable what can be done now: while the worker has the session, nothing that reads or writes it."""
        window_chrome.sync_actions(self)

    def update_chrome(self) -> None:
        window_chrome.update(self, APP_TITLE)

    # -- editing -----------------------------------------------------------------------------------------
    # The clause page's own edits live in ui/clause_editing.py; these keep the window's short names for them.
    def set_result(self, clause_id: str, result: str, justification: str | None = None) -> None:
        self.editing.set_result(clause_id, result, justification)

    def add_note(self, clause_id: str, kind: str = "general", text: str = "", note: NoteInput | None = None) -> None:
        self.editing.add_note(clause_id, kind, text, note)
