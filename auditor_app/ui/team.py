"""Team work as a feature: merging members' files in, hand-over copies, and the conflicts left to decide."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QDropEvent

from auditor_app.services import queries
from auditor_app.services.merge import MergeReport
from auditor_app.ui import copies, merging
from auditor_app.ui.commands import ResolveConflict
from auditor_app.ui.conflicts import ConflictPanel
from auditor_app.ui.feature import Feature, Menus
from auditor_app.ui.i18n import fill
from auditor_app.ui.models.conflict_list import ConflictRow, describe

if TYPE_CHECKING:
    from auditor_app.services.session import ChangeSet
    from auditor_app.ui.feature import Shell
    from auditor_app.ui.open_audit import OpenAudit


class TeamWork(Feature):
    def __init__(self, audit: OpenAudit, shell: Shell) -> None:
        super().__init__(audit, shell)
        window = shell.parent_widget
        self.conflict_count = 0
        self.panel = ConflictPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.resolve_requested.connect(self.resolve)
        self._flow: merging.MergeFlow | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def add_actions(self, menus: Menus) -> None:
        menus.file.addSeparator()
        self.merge_action = menus.file.addAction(self.tr("&Merge team files…"), self.choose_files)
        self.hand_over_action = menus.file.addAction(self.tr("&Hand over a copy…"), self.hand_over)
        self.conflicts_action = menus.view.addAction(self.tr("&Conflicts"), lambda: self.show_conflicts())

    # -- the shell's hooks --------------------------------------------------------------------------------
    def audit_loaded(self) -> None:
        self.refresh()

    def changed(self, change: ChangeSet) -> None:
        if self.conflict_count:  # a local edit never adds conflicts, but may settle one
            self.refresh()

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        self.merge_action.setEnabled(editable)
        self.hand_over_action.setEnabled(has_audit)
        self.conflicts_action.setEnabled(has_audit)
        self.panel.setEnabled(has_audit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """.audit files and sealed packages dropped on the window are merged into the open audit."""
        if watched is not self.shell.parent_widget or not isinstance(event, QDropEvent):  # enter and move too
            return False
        paths = merging.dropped_audits(event.mimeData())
        if not paths or self.audit.busy or (self.audit.is_open and self.audit.read_only):
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            # Asked after the drop has ended: a dialog inside the drop handler would hold up the source app.
            QTimer.singleShot(0, lambda: self.dropped(paths))
        return True

    # -- merging ------------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        path = self.audit.path
        if path is not None:
            self.merge(merging.choose_files(self.shell.parent_widget, path.parent))

    def dropped(self, paths: list[Path]) -> None:
        if not self.audit.is_open:
            self.shell.open_path(paths[0])  # nothing to merge into: a dropped audit is opened instead
        elif merging.confirm_drop(self.shell.parent_widget, paths):
            self.merge(paths)

    def merge(self, paths: list[Path]) -> None:
        if not paths or not self.audit.is_open or self.audit.read_only or self.audit.busy:
            return
        packages = merging.openers(self.shell.parent_widget, paths)
        if packages is None or not self.audit.editable:
            return
        self._flow = merging.MergeFlow(self.shell.parent_widget, self.audit, paths, packages)
        self._flow.done.connect(self._merged)
        self._flow.run()

    def _merged(self, report: MergeReport | None) -> None:
        flow, self._flow = self._flow, None
        if flow is not None:
            flow.deleteLater()  # after this slot: it still shows the summary below
        if report is None or flow is None or not self.audit.is_open:
            return
        self.audit.undo_stack.clear()  # undo would restore values from before the merge: not offered
        self.shell.reload()
        flow.show_summary(report)
        if report.conflicts:
            self.show_conflicts()

    def hand_over(self) -> None:
        if self.audit.is_open and not self.audit.busy:
            copies.hand_over(self.shell.parent_widget, self.audit)

    # -- conflicts ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        is_open = self.audit.is_open
        found = self.audit.read(queries.conflicts) if is_open else []
        rows = self.audit.read(describe, found) if is_open else []
        self.conflict_count = len(found)
        self.panel.set_conflicts(rows, self.audit.read_only)
        self.conflicts_action.setText(fill(self.tr("&Conflicts (%1)"), len(found)) if is_open
                                      else self.tr("&Conflicts"))

    def show_conflicts(self, key: tuple[str, str, str] | None = None) -> None:
        """Show the panel, with the conflict of `key` selected when it is still open."""
        if key is not None:
            self.panel.select(key)
        self.panel.show()
        self.panel.raise_()
        self.shell.parent_widget.resizeDocks([self.panel], [max(self.panel.height(), 380)], Qt.Orientation.Vertical)

    def resolve(self, row: ConflictRow, value: Any, text: str) -> None:
        if self.audit.editable:
            self.audit.push(ResolveConflict(self.audit.command_context(), row.conflict, value, text))
