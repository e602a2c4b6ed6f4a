"""Findings as a workspace feature: the Findings page, the clause page's tab, the composer and its commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from auditor_app.ui.feature import Feature, Menus
from auditor_app.ui.findings.clause_tab import ClauseFindingsTab
from auditor_app.ui.findings.commands import CreateFinding, DeleteFinding, EditFinding
from auditor_app.ui.findings.composer import FindingComposer
from auditor_app.ui.findings.data import FindingsData
from auditor_app.ui.findings.page import FindingsPage
from auditor_app.ui.i18n import fill

if TYPE_CHECKING:
    from auditor_app.services.session import ChangeSet
    from auditor_app.ui.feature import Shell
    from auditor_app.ui.open_audit import OpenAudit

# What a finding shows: itself, its references (links), and the notes and files it cites.
_RELEVANT = ("finding", "link", "note", "evidence")


class FindingsFeature(Feature):
    def __init__(self, audit: OpenAudit, shell: Shell) -> None:
        super().__init__(audit, shell)
        self.data = FindingsData()
        self.editable = False
        self.composer: FindingComposer | None = None  # the open composer, if any (tests drive it from here)
        self.page = FindingsPage()
        self.tab = ClauseFindingsTab()
        shell.add_page(self.page, self.tr("Findings"))
        shell.page.add_tab(self.tab, self.tr("Findings"))
        self.page.new_requested.connect(self.new_finding)
        self.page.edit_requested.connect(self.edit_finding)
        self.page.delete_requested.connect(self.delete_finding)
        self.page.clause_requested.connect(self.show_clause)
        self.tab.new_requested.connect(self.new_finding)
        self.tab.edit_requested.connect(self.edit_finding)

    def add_actions(self, menus: Menus) -> None:
        self.new_action = menus.audit.addAction(self.tr("New &finding…"), QKeySequence("Ctrl+Shift+F"),
                                                self.new_finding)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.show_action = menus.audit.addAction(self.tr("Show all f&indings"), self.show_findings)

    # -- the shell's hooks --------------------------------------------------------------------------------
    def audit_loaded(self) -> None:
        self.data = FindingsData(self.audit.read if self.audit.is_open else None)
        self._refresh()

    def changed(self, change: ChangeSet) -> None:
        if change.ids("audit") or change.ids("checklist"):  # grading scheme or clause catalogue
            self.data.reload_audit()
        elif any(change.ids(kind) for kind in _RELEVANT):
            self.data.reload_findings()
        else:
            return  # a clause result, a person, a plan row: nothing shown here changed
        self._refresh()

    def clause_shown(self, clause_id: str | None) -> None:
        self._show_tab()

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        self.editable = editable
        self.new_action.setEnabled(editable)
        self.show_action.setEnabled(has_audit)
        self.page.set_editable(editable)
        self.tab.set_editable(editable)

    def _refresh(self) -> None:
        self.page.set_data(self.data)
        self._show_tab()

    def _show_tab(self) -> None:
        clause_id = self.shell.page.clause_id
        findings = self.data.on_clause(clause_id) if clause_id else []
        self.tab.show_findings(findings, self.data.scheme)
        self.shell.page.set_tab_title(self.tab, fill(self.tr("Findings (%1)"), len(findings)) if findings
                                       else self.tr("Findings"))

    # -- user actions -------------------------------------------------------------------------------------
    def show_findings(self) -> None:
        self.shell.show_page(self.page)

    def show_clause(self, clause_id: str) -> None:
        self.shell.show_clauses()
        self.shell.select_clause(clause_id)

    def new_finding(self) -> None:
        """The composer for the clause on the clause page (from the Findings page: that clause too, if any)."""
        if not self.editable or not self.audit.is_open:
            return
        record = self.shell.page.record
        self._open(FindingComposer(self.data, clause_id=record.id if record else None,
                                   clause_result=record.result if record else None, parent=self.shell.parent_widget))

    def edit_finding(self, finding_id: str) -> None:
        finding = self.data.finding(finding_id)
        if finding is not None and self.editable:
            self._open(FindingComposer(self.data, finding=finding, parent=self.shell.parent_widget))

    def _open(self, composer: FindingComposer) -> None:
        # Window-modal and not exec(): the event loop keeps running, and tests can fill and accept the dialog.
        composer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        composer.submit = self._composed
        composer.finished.connect(lambda _result: self._closed(composer))
        self.composer = composer
        composer.open()

    def _closed(self, composer: FindingComposer) -> None:
        if self.composer is composer:
            self.composer = None

    def _composed(self, composer: FindingComposer) -> bool:
        """Push the composer's finding as one undoable command; False if it could not be saved."""
        if not self.audit.is_open or not self.editable:
            return True  # nothing can be saved any more; closing is all that is left
        context = self.audit.command_context()
        finding = composer.finding
        if finding is None:
            draft = composer.draft()
            where = self.data.catalogue.number(self.data.catalogue.ordered(draft.clause_ids)[0]) \
                if draft.clause_ids else ""
            command: CreateFinding | EditFinding = CreateFinding(context, draft, where)
        else:
            values, references = composer.changed_values(), composer.changed_references()
            if not (values or references):
                return True
            command = EditFinding(context, finding.id, finding.ref or "", values, references)
        self.audit.push(command)
        if command.failed is not None:
            return False
        if isinstance(command, CreateFinding) and command.finding_id is not None:
            self.page.select(command.finding_id)
        return True

    def delete_finding(self, finding_id: str) -> None:
        finding = self.data.finding(finding_id)
        if finding is None or not self.editable or not self.audit.is_open:
            return
        self.audit.push(DeleteFinding(self.audit.command_context(), finding_id, finding.ref or ""))
        self.shell.show_status(
            fill(self.tr("Finding %1 deleted — Edit › Undo brings it back."), finding.ref or ""), 10_000)
