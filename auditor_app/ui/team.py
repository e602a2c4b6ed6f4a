"""The window's team work: merging members' files in, hand-over copies, and the conflicts left to decide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMenu

from auditor_app.services import queries
from auditor_app.services.merge import MergeReport
from auditor_app.ui import copies, merging, tasks
from auditor_app.ui.commands import ResolveConflict
from auditor_app.ui.conflicts import ConflictPanel
from auditor_app.ui.i18n import fill
from auditor_app.ui.models.conflict_list import ConflictRow, describe

if TYPE_CHECKING:
    from auditor_app.ui.main_window import MainWindow


class TeamWork(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: tasks.Task | None = None  # while set, the worker thread has the session to itself
        self.conflict_count = 0
        self.panel = ConflictPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.resolve_requested.connect(self.resolve)
        self._flow: merging.MergeFlow | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def add_actions(self, file_menu: QMenu, view_menu: QMenu) -> None:
        self.merge_action = file_menu.addAction(self.tr("&Merge team files…"), self.choose_files)
        self.hand_over_action = file_menu.addAction(self.tr("&Hand over a copy…"), self.hand_over)
        self.conflicts_action = view_menu.addAction(self.tr("&Conflicts"), lambda: self.show_conflicts())

    @property
    def busy(self) -> bool:
        return self.task is not None

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        self.merge_action.setEnabled(editable)
        self.hand_over_action.setEnabled(has_audit)
        self.conflicts_action.setEnabled(has_audit)
        self.panel.setEnabled(has_audit)

    # -- exclusive work on a worker thread ----------------------------------------------------------------
    def start(self, title: str, text: str, fn: Callable[[], Any], running_text: str,
              stop: Callable[[], None] | None = None, job: tasks.Job | None = None,
              prepare: Callable[[tasks.Task], None] | None = None) -> tasks.Task:
        return self.own(tasks.run_busy(self.window, title, text, fn, running_text, stop, job, prepare))

    def own(self, task: tasks.Task) -> tasks.Task:
        """The worker of `task` has the session to itself until it ends (merges, copies, exports)."""
        self.task = task
        # Connected before the caller's handlers: they may reload the audit or start the next task.
        for signal in (task.succeeded, task.failed, task.cancelled):
            signal.connect(self._ended)
        self.window.sync_actions()
        return task

    def wait(self) -> None:
        """Block until the worker is done with the session (before it is closed, e.g. when the app quits)."""
        if self.task is not None:
            self.task.wait()

    def _ended(self) -> None:
        self.task = None
        self.window.sync_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """.audit files dropped on the window are merged into the open audit."""
        if watched is not self.window or not isinstance(event, QDropEvent):  # drag enter and move are drops too
            return False
        paths = merging.dropped_audits(event.mimeData())
        if not paths or self.busy or (self.window.session is not None and self.window.read_only):
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            # Asked after the drop has ended: a dialog inside the drop handler would hold up the source app.
            QTimer.singleShot(0, lambda: self.dropped(paths))
        return True

    # -- merging ------------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        session = self.window.session
        if session is not None:
            self.merge(merging.choose_files(self.window, session.path.parent))

    def dropped(self, paths: list[Path]) -> None:
        if self.window.session is None:
            self.window.open_path(paths[0])  # nothing to merge into: a dropped audit is opened instead
        elif merging.confirm_drop(self.window, paths):
            self.merge(paths)

    def merge(self, paths: list[Path]) -> None:
        session = self.window.session
        if not paths or session is None or self.window.read_only or self.busy:
            return
        self._flow = merging.MergeFlow(self.window, self.start, session, paths)
        self._flow.done.connect(self._merged)
        self._flow.run()

    def _merged(self, report: MergeReport | None) -> None:
        flow, self._flow = self._flow, None
        if flow is not None:
            flow.deleteLater()  # after this slot: it still shows the summary below
        if report is None or flow is None or self.window.session is None:
            return
        self.window.undo_stack.clear()  # undo would restore values from before the merge: not offered
        self.window.reload()
        flow.show_summary(report)
        if report.conflicts:
            self.show_conflicts()

    def hand_over(self) -> None:
        if self.window.session is not None and not self.busy:
            copies.hand_over(self.window, self.window.session, self.start)

    # -- conflicts ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        session = self.window.session
        found = queries.conflicts(session) if session is not None else []
        rows = describe(session, found) if session is not None else []
        self.conflict_count = len(found)
        self.panel.set_conflicts(rows, self.window.read_only)
        self.conflicts_action.setText(fill(self.tr("&Conflicts (%1)"), len(found)) if session is not None
                                      else self.tr("&Conflicts"))

    def show_conflicts(self, key: tuple[str, str, str] | None = None) -> None:
        """Show the panel, with the conflict of `key` selected when it is still open."""
        if key is not None:
            self.panel.select(key)
        self.panel.show()
        self.panel.raise_()
        self.window.resizeDocks([self.panel], [max(self.panel.height(), 380)], Qt.Orientation.Vertical)

    def resolve(self, row: ConflictRow, value: Any, text: str) -> None:
        if self.window.session is not None and not self.window.read_only and not self.busy:
            self.window.undo_stack.push(ResolveConflict(self.window.command_context(), row.conflict, value, text))
