"""Find in audit (Ctrl+F) and History (Ctrl+H): the search index's life beside the open audit, and the trail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from auditor_app.errors import AuditorError
from auditor_app.services import history
from auditor_app.services.search import Hit, SearchIndex
from auditor_app.services.session import ChangeSet
from auditor_app.ui import tasks
from auditor_app.ui.feature import Feature, Menus
from auditor_app.ui.history_dock import HistoryDock
from auditor_app.ui.i18n import fill
from auditor_app.ui.search_panel import SearchPanel

if TYPE_CHECKING:
    from auditor_app.ui.feature import Shell
    from auditor_app.ui.open_audit import OpenAudit

LIMIT = 200  # results shown; more means the words are too common to be useful
BUILD_INLINE = 1500  # items: fewer build in well under 100 ms, so without a worker thread
PAGES = {"finding": "Findings", "person": "People"}  # workspace pages that list these kinds, if registered


class SearchFeature(Feature):
    def __init__(self, audit: OpenAudit, shell: Shell) -> None:
        super().__init__(audit, shell)
        self.index: SearchIndex | None = None
        self._task: tasks.Task | None = None
        self._generation = 0  # bumped when the audit changes under a running build: its result is dropped
        self._pending: list[ChangeSet] = []  # edits made while the index was being built
        window = shell.parent_widget
        self.panel = SearchPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.query_changed.connect(self.search)
        self.panel.hit_activated.connect(self.go_to)
        self.history = HistoryDock(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.history)
        self.history.hide()
        # Read after the clause page has been drawn, and once for several changes in a row.
        self._history_timer = QTimer(self)
        self._history_timer.setSingleShot(True)
        self._history_timer.setInterval(0)
        self._history_timer.timeout.connect(self.refresh_history)
        self.history.visibilityChanged.connect(lambda visible: visible and self._history_timer.start())

    def add_actions(self, menus: Menus) -> None:
        self.find_action = QAction(self.tr("&Find in audit…"), self.shell.parent_widget)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.open_search)
        menus.edit.addAction(self.find_action)
        self.history_action = self.history.toggleViewAction()
        self.history_action.setText(self.tr("&History"))
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        menus.view.addAction(self.history_action)

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        self.find_action.setEnabled(has_audit)
        self.history_action.setEnabled(has_audit)
        # While a worker has the audit to itself, going to a result would read it: wait until it is done.
        self.panel.widget().setEnabled(has_audit)
        self.history.widget().setEnabled(has_audit)

    # -- the index -------------------------------------------------------------------------------------------
    def audit_loaded(self) -> None:
        self._drop_index()
        if not self.audit.is_open:
            self.panel.show_hint()
            self.history.show_nothing()
            return
        if self.panel.isVisible():
            self._ensure_index()
            self.search(self.panel.query)

    def _drop_index(self) -> None:
        if self._task is not None:
            self._task.wait()  # it reads no file, but must end before the window (its parent) can go
            self._task = None
        self._generation += 1
        self._pending.clear()
        if self.index is not None:
            self.index.close()
            self.index = None

    def _ensure_index(self) -> None:
        if self.index is not None or self._task is not None or not self.audit.is_open or self.audit.busy:
            return
        try:
            snapshot = self.audit.read(SearchIndex.read)  # a few tens of ms for thousands of notes
        except AuditorError as exc:
            self.panel.show_problem(fill(self.tr("Search is not available: %1"), exc))
            return
        if sum(len(rows) for rows in snapshot.rows.values()) < BUILD_INLINE:
            self.index = SearchIndex(snapshot)
            return
        generation = self._generation
        task = tasks.Task(lambda: SearchIndex(snapshot), self)
        task.succeeded.connect(lambda index: self._built(index, generation))
        task.failed.connect(lambda exc: self._build_failed(exc, generation))
        for signal in (task.succeeded, task.failed, task.cancelled):
            signal.connect(task.deleteLater)
        self._task = task
        self.panel.show_indexing()
        task.start()

    def _built(self, index: SearchIndex, generation: int) -> None:
        if generation != self._generation or not self.audit.is_open:
            index.close()  # built for an audit that has since been closed or reloaded
            return
        self._task = None
        self.index = index
        for change in self._pending:
            self.audit.read(index.update, change)
        self._pending.clear()
        self.search(self.panel.query)

    def _build_failed(self, exc: BaseException, generation: int) -> None:
        if generation == self._generation:
            self._task = None
            self.panel.show_problem(fill(self.tr("Search is not available: %1"), tasks.known(exc)))

    def changed(self, change: ChangeSet) -> None:
        if self.index is not None and self.audit.is_open:
            self.audit.read(self.index.update, change)
            if self.panel.isVisible() and self.panel.query.strip():
                self.search(self.panel.query)
        elif self._task is not None:
            self._pending.append(change)
        if self.history.isVisible():
            self._history_timer.start()

    # -- searching and going to a result ---------------------------------------------------------------------
    def open_search(self) -> None:
        if not self.audit.is_open:
            return
        self.panel.open()
        self._ensure_index()
        if self.panel.query.strip():
            self.search(self.panel.query)

    def search(self, text: str) -> None:
        if not text.strip():
            self.panel.show_hint()
            return
        self._ensure_index()
        if self.index is None:
            return  # being built: the results come when it is ready
        hits = self.index.search(text, limit=LIMIT + 1)
        self.panel.show_results(self.index.grouped(hits[:LIMIT]), truncated=len(hits) > LIMIT)

    def go_to(self, hit: Hit) -> None:
        window = self.shell
        if not self.audit.is_open or self.audit.busy:
            return
        if hit.clause_id:
            window.show_clauses()
            if window.select_clause(hit.clause_id):
                self._point_at(hit)
        page = self._page(PAGES.get(hit.kind, ""))
        if page is not None:
            window.show_page(page)
            # The page's own way to pick an item: select_finding(id), or select(id) as the findings page has.
            select = getattr(page, f"select_{hit.kind}", None) or getattr(page, "select", None)
            if callable(select):
                select(hit.entity_id)
        elif not hit.clause_id:
            window.show_status(self.tr("This item is not tied to a clause."), 5000)

    def _page(self, title: str) -> QWidget | None:
        tabs = self.shell.workspace
        for number in range(tabs.count()):
            if title and tabs.tabText(number).replace("&", "").startswith(title):
                return tabs.widget(number)
        return None

    def _point_at(self, hit: Hit) -> None:
        """On the clause page, the note itself, or the tab listing the clause's evidence."""
        page = self.shell.page
        if hit.kind == "note":
            page.tabs.setCurrentIndex(0)
            page.point_at_note(hit.entity_id)
        elif hit.kind == "evidence":
            for number in range(page.tabs.count()):
                if page.tabs.tabText(number).replace("&", "").startswith(self.tr("Evidence")):
                    page.tabs.setCurrentIndex(number)

    # -- history ---------------------------------------------------------------------------------------------
    def clause_shown(self, clause_id: str | None) -> None:
        if self.history.isVisible():
            self._history_timer.start()

    def refresh_history(self) -> None:
        record = self.shell.page.record
        if not self.audit.is_open or record is None or self.audit.busy:
            self.history.show_nothing()
            return
        clause = " ".join(filter(None, (record.number, record.title)))
        self.history.show_trail(fill(self.tr("%1 — with its notes, evidence and findings"), clause),
                                self.audit.read(history.clause_trail, record.id))
