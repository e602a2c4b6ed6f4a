"""The main window: a thin shell wiring the clause pane, the clause page, menus and the undo stack."""

# The services (and SQLAlchemy under them) are imported where they are used rather than at the top: at start-up
# this module shows the audit before they are loaded (ui/staged_open.py), and they take 0.3 s to import.

from __future__ import annotations

import gc
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from auditor_app.errors import AuditorError
from auditor_app.ui import window_chrome, window_menus
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
        self.audit.set_reporter(self._report)
        self.audit.changed.connect(self.apply_change)
        self.audit.busy_changed.connect(lambda _busy: self.sync_actions())
        self._people: dict[str, str] = {}
        self.findings_total = 0
        self.stored_at = ""
        self._checked = False
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
        self._show_stack()

    def _show_stack(self) -> None:
        if not self.audit.is_open and self.staged is None and self.start_page is not None:
            self.stack.setCurrentWidget(self.start_page)
        else:
            self.stack.setCurrentWidget(self.workspace)

    # -- opening and closing ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.audit.path.parent) if self.audit.path is not None else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open audit"), start,
                                              self.tr("Audit files (*.audit);;All files (*)"))
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
        """Open an audit file in place of the current one; problems are shown, never raised."""
        from auditor_app.ui import opening
        if not self.complete or self.audit.busy:
            return False
        if self.audit.path is not None and path.resolve() == self.audit.path.resolve():
            return True  # already open here; opening it again would be refused by our own lock
        session = opening.open_session(self, path, self.author, self.audit.read_only_requested)
        if session is None:
            return False
        if not self.adopt(session):
            return False
        # The rest of the file is checked once the audit is on screen, before anything can be written.
        QTimer.singleShot(0, self._finish_opening)
        return True

    def show_opened(self, opened: OpenedAudit) -> None:
        """Start-up: the audit on screen from its overview, before it is a session (ui/staged_open.py)."""
        view = opened.overview
        self.tree_model.set_clauses(view.checklists, view.clauses, view.note_counts, view.evidence_counts,
                                    view.finding_counts)
        self.findings_total = view.findings
        self.page.clear()
        self.page.set_read_only(self.read_only)
        self._show_stack()
        self.status_line.show_audit(view.details.title, view.details.client, opened.path, view.conflicts)

    def adopt(self, session: AuditSession, tree_shown: bool = False) -> bool:
        """Make an opened audit the window's; False (the file closed, the user told why) if it cannot be read.
        With `tree_shown`, the clause tree already shows this file (start-up) and is kept as it is."""
        self.close_session()
        self.audit.adopt(session)
        self.stored_at = ""
        try:
            self._load(fill_tree=not tree_shown)
        except AuditorError as exc:
            self.close_session()
            QMessageBox.critical(self, self.tr("Cannot open audit file"), str(exc))
            return False
        return True

    def _finish_opening(self) -> None:
        from auditor_app.ui import opening
        if not self.audit.is_open:
            return
        if self.audit.busy:  # the worker has the session; its checks run when it is done
            QTimer.singleShot(200, self._finish_opening)
            return
        self.checked(opening.finish_opening(self.audit))

    def checked(self, problem: str | None) -> None:
        """The rest of the file has been checked: on damage the audit is closed and the user told why."""
        if not self.audit.is_open:
            return
        if problem is not None:
            self.close_session()
            self.tree_model.set_clauses([], [], Counter())
            self.page.clear()
            self._notify_loaded()
            self.update_chrome()
            QMessageBox.critical(self, self.tr("Audit file damaged"), problem)
            return
        self._checked = True  # whole file verified: a backup of it may be taken when it is closed
        # What is loaded now lives as long as the audit is open: keeping it out of the cyclic collector's
        # full passes removes ~40 ms pauses (with 5,000 notes) from the middle of typing and clicking.
        gc.freeze()

    def _load(self, fill_tree: bool = True) -> None:
        from auditor_app.services import queries
        read = self.audit.read
        if fill_tree:
            self.tree_model.set_clauses(read(queries.checklists), read(queries.clauses), self._note_counts())
        self._set_people()
        self.findings_total = len(read(queries.findings))
        self.page.clear()
        self.page.set_read_only(self.read_only)
        self._notify_loaded()
        self.update_chrome()

    def _notify_loaded(self) -> None:
        self._show_stack()
        self.audit.loaded.emit()
        for feature in self.features:
            feature.audit_loaded()
        for feature in self.features:
            feature.clause_shown(self.page.clause_id)

    def reload(self) -> None:
        """Everything from the file again, after a merge that may have changed anything."""
        shown = self.page.clause_id
        self._load()
        if shown:
            self.select_clause(shown)

    def close_session(self) -> None:
        """Close the audit. A safety backup that is due is taken first, on a worker behind a progress dialog
        (Cancel skips it; on a large file it takes seconds), while the window keeps painting."""
        from auditor_app.ui import opening
        if self.staged is not None:  # closed during start-up: the file is released once its worker is done
            self.staged.abandon()
        if not self.complete:
            return
        self.audit.wait()  # a merge still running must end before its session is closed under it
        try:
            # Only a file verified whole since it was opened is backed up: a copy of damage protects nothing.
            if self.audit.is_open and self._checked and not self.read_only and opening.backup_due(self.audit):
                opening.backup_before_closing(self.audit)
        finally:  # even a bug in the backup (shown by the crash dialog) must not keep the file open
            self._checked = False
            was_open = self.audit.is_open
            self.audit.close()  # waits for the worker, had the loop been left another way; clears the undo stack
            if was_open:
                self.page.clear()
                self._notify_loaded()

    def close_audit(self) -> None:
        """File › Close: release the file and show the start page; nothing of the closed audit stays on screen."""
        if not self.audit.is_open or self.audit.busy:
            return
        self.close_session()
        self.tree_model.set_clauses([], [], Counter())
        self.update_chrome()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.complete and self.audit.busy:  # the worker still uses the file; the busy dialog says how long
            event.ignore()
            return
        # Every edit is already durable, so closing never asks to save; it only releases the file lock.
        self.close_session()
        event.accept()

    # -- showing -----------------------------------------------------------------------------------------
    def select_clause(self, clause_id: str) -> bool:
        return self.panel.select_clause(clause_id)

    def show_clause(self, clause_id: str) -> None:
        from auditor_app.services import queries
        record = self.audit.read(queries.clause, clause_id)
        if record is None:
            self.page.clear()
        else:
            self.page.show_clause(record, self.tree_model.standard_title(clause_id),
                                  self.audit.read(queries.notes, clause_id), self._people)
        for feature in self.features:
            feature.clause_shown(self.page.clause_id)

    def _note_counts(self) -> Counter[str]:
        from auditor_app.services import queries
        return Counter(self.audit.read(queries.note_counts))

    def sync_actions(self) -> None:
        """Enable what can be done now: while the worker has the session, nothing that reads or writes it."""
        window_chrome.sync_actions(self)

    def update_chrome(self) -> None:
        from auditor_app.services import queries
        self.sync_actions()
        path = self.audit.path
        if path is None:
            self.status_line.show_no_audit(APP_TITLE)
            return
        info = self.audit.read(queries.details)
        self.status_line.show_audit(info.title, info.client, path, self.team.conflict_count)

    # -- editing -----------------------------------------------------------------------------------------
    # The clause page's own edits live in ui/clause_editing.py; these keep the window's short names for them.
    def set_result(self, clause_id: str, result: str, justification: str | None = None) -> None:
        self.editing.set_result(clause_id, result, justification)

    def add_note(self, clause_id: str, kind: str = "general", text: str = "", note: NoteInput | None = None) -> None:
        self.editing.add_note(clause_id, kind, text, note)

    def _set_people(self) -> None:
        from auditor_app.services import queries
        people = self.audit.read(queries.people)
        self._people = {p.id: p.name or "" for p in people}
        self.page.set_people(people)

    def apply_change(self, change: ChangeSet) -> None:
        """Refresh only what a use case touched (the owner's `changed`)."""
        from auditor_app.services import queries
        if not self.audit.is_open or not change:
            return
        self.stored_at = time.strftime("%H:%M:%S")
        clause_ids = change.ids("clause")
        if clause_ids:
            self.tree_model.update_clauses([r for cid in clause_ids if (r := self.audit.read(queries.clause, cid))])
        if change.ids("note"):
            self.tree_model.update_note_counts(self._note_counts())
        if change.ids("person"):
            self._set_people()
        if change.ids("finding"):
            self.findings_total = len(self.audit.read(queries.findings))
        shown = self.page.clause_id
        if len(clause_ids) == 1 and shown not in clause_ids:
            self.select_clause(next(iter(clause_ids)))  # undoing a change elsewhere shows where it happened
        elif shown and (shown in clause_ids or change.ids("note") or change.ids("person")):
            self.show_clause(shown)
        for feature in self.features:
            feature.changed(change)
        self.update_chrome()

    def _report(self, exc: AuditorError) -> None:
        QMessageBox.warning(self, self.tr("Change not saved"), str(exc))
        if self.audit.is_open and self.page.clause_id:
            self.show_clause(self.page.clause_id)  # the page shows what is stored, not what was attempted

