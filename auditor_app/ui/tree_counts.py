"""Keeps the clause tree's evidence and finding counts, its "My clauses" set and its auditor filter current."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor_app.services import assignments, queries
from auditor_app.services.session import ChangeSet
from auditor_app.ui.feature import Feature
from auditor_app.ui.models.clause_tree import Column

if TYPE_CHECKING:
    from auditor_app.ui.feature import Shell
    from auditor_app.ui.open_audit import OpenAudit


class TreeCounts(Feature):
    def __init__(self, audit: OpenAudit, shell: Shell) -> None:
        super().__init__(audit, shell)
        self._planned: set[str] = set()  # from the plan and the hand-over copy; re-read when the plan changes

    def audit_loaded(self) -> None:
        model, panel = self.shell.tree_model, self.shell.panel
        if not self.audit.is_open:
            panel.proxy.set_mine(set())
            panel.set_auditors([])
            return
        model.update_counts(Column.EVIDENCE, self.audit.read(queries.evidence_counts))
        model.update_counts(Column.FINDINGS, self.audit.read(queries.finding_counts))
        self._people()

    def _people(self, planned: bool = True) -> None:
        """The plan and hand-over part is read from the file; results audited by the user come from memory."""
        if not self.audit.is_open:
            return
        if planned:
            self._planned = self.audit.read(assignments.planned_clause_ids, self.audit.author)
        records = self.shell.tree_model.clause_records()
        self.shell.panel.proxy.set_mine(self._planned | assignments.audited_by(records, self.audit.author))
        self.shell.panel.set_auditors(self.shell.tree_model.auditors())

    def changed(self, change: ChangeSet) -> None:
        if not self.audit.is_open:
            return
        model = self.shell.tree_model
        if change.ids("evidence") or change.ids("note"):  # a note moved to another clause takes its files along
            model.update_counts(Column.EVIDENCE, self.audit.read(queries.evidence_counts))
        if change.ids("finding") or change.ids("link"):
            model.update_counts(Column.FINDINGS, self.audit.read(queries.finding_counts))
        if change.ids("plan_row"):
            self._people()
        elif change.ids("clause"):
            self._people(planned=False)
