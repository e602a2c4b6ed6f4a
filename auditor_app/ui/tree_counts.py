"""Keeps the clause tree's evidence and finding counts, its "My clauses" set and its auditor filter current."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor_app.services import assignments, queries
from auditor_app.services.session import ChangeSet
from auditor_app.ui.feature import Feature
from auditor_app.ui.models.clause_tree import Column

if TYPE_CHECKING:
    from auditor_app.ui.main_window import MainWindow


class TreeCounts(Feature):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._planned: set[str] = set()  # from the plan and the hand-over copy; re-read when the plan changes

    def audit_loaded(self) -> None:
        session = self.window.session
        model, panel = self.window.tree_model, self.window.panel
        if session is None:
            panel.proxy.set_mine(set())
            panel.set_auditors([])
            return
        model.update_counts(Column.EVIDENCE, queries.evidence_counts(session))
        model.update_counts(Column.FINDINGS, queries.finding_counts(session))
        self._people()

    def _people(self, planned: bool = True) -> None:
        """The plan and hand-over part is read from the file; results audited by the user come from memory."""
        session = self.window.session
        if session is None:
            return
        if planned:
            self._planned = assignments.planned_clause_ids(session, self.window.author)
        records = self.window.tree_model.clause_records()
        self.window.panel.proxy.set_mine(self._planned | assignments.audited_by(records, self.window.author))
        self.window.panel.set_auditors(self.window.tree_model.auditors())

    def changed(self, change: ChangeSet) -> None:
        session = self.window.session
        if session is None:
            return
        model = self.window.tree_model
        if change.ids("evidence") or change.ids("note"):  # a note moved to another clause takes its files along
            model.update_counts(Column.EVIDENCE, queries.evidence_counts(session))
        if change.ids("finding") or change.ids("link"):
            model.update_counts(Column.FINDINGS, queries.finding_counts(session))
        if change.ids("plan_row"):
            self._people()
        elif change.ids("clause"):
            self._people(planned=False)
