"""The main window's title and status line, and which of its own actions can be used now."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from auditor_app.ui.i18n import fill, plural

if TYPE_CHECKING:
    from auditor_app.ui.main_window import MainWindow


def sync_actions(window: MainWindow) -> None:
    idle = not window.audit.busy
    has_audit = window.audit.is_open and idle
    editable = has_audit and not window.read_only
    for action in (window.open_action, window.sample_action, window.quit_action, window.filter_action):
        action.setEnabled(idle)
    window.save_copy_action.setEnabled(has_audit)
    window.undo_action.setEnabled(idle and window.undo_stack.canUndo())
    window.redo_action.setEnabled(idle and window.undo_stack.canRedo())
    window.clause_split.setEnabled(idle)
    for feature in window.features:
        feature.sync_actions(has_audit, editable)


class StatusLine(QObject):
    """The window's title and status line: which audit, how far it is, its findings and where it is stored."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def show_no_audit(self, app_title: str) -> None:
        self.window.setWindowTitle(app_title)
        self.window.status_label.setText(self.tr("No audit open — File › New audit…, Open… or Open sample audit"))

    def show_audit(self, title: str | None, client: str | None, path: Path, conflict_count: int) -> None:
        window = self.window
        title = " — ".join(filter(None, (title or path.stem, client)))
        window.setWindowTitle(fill(self.tr("%1 [read-only]"), title) if window.read_only else title)
        records = window.tree_model.clause_records()
        done = sum(1 for r in records if r.result != "not_audited")
        audited = fill(plural(self.tr("%1 of %n clause(s) audited", "", len(records)), len(records)), done)
        findings = plural(self.tr("%n finding(s)", "", window.findings_total), window.findings_total)
        conflicts = [plural(self.tr("%n conflict(s)", "", conflict_count), conflict_count)] if conflict_count else []
        # Every edit is written durably before the command returns; saying when is the calm answer to "is it saved?"
        stored = [fill(self.tr("last edit stored at %1"), window.stored_at)] if window.stored_at else []
        parts = [audited, findings, *conflicts, *stored, str(path)]
        window.status_label.setText(" · ".join(parts + ([self._read_only_mark()] if window.read_only else [])))

    def _read_only_mark(self) -> str:
        why = self.window.audit.read_only_reason
        return fill(self.tr("read-only: %1"), why) if why else self.tr("read-only")


def update(window: MainWindow, app_title: str) -> None:
    """Actions, title and status line for the audit open now (or none)."""
    from auditor_app.services import queries
    sync_actions(window)
    path = window.audit.path
    if path is None:
        window.status_line.show_no_audit(app_title)
        return
    info = window.audit.read(queries.details)
    window.status_line.show_audit(info.title, info.client, path, window.team.conflict_count)
