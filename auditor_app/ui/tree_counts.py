"""Keeps the clause tree's evidence and finding counts, its "My clauses" set and its auditor filter current."""

from __future__ import annotations

from auditor_app.services import assignments, queries
from auditor_app.services.session import ChangeSet
from auditor_app.ui.feature import Feature
from auditor_app.ui.models.clause_tree import Column


class TreeCounts(Feature):
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

    def _people(self) -> None:
        session = self.window.session
        if session is not None:
            self.window.panel.proxy.set_mine(assignments.my_clause_ids(session, self.window.author))
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
        if change.ids("clause") or change.ids("plan_row"):
            self._people()
