"""The certification cycle as a workspace feature: New audit from previous…, the Previous findings and Stage 1 pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QDialog, QWidget

from auditor_app.domain import grading, vocab
from auditor_app.domain.records import CarriedRecord, ConcernRecord
from auditor_app.services import carry, queries
from auditor_app.ui.commands import CommandContext, ServiceCommand
from auditor_app.ui.cycle import commands as cmd
from auditor_app.ui.cycle.concern_dialog import ConcernDialog
from auditor_app.ui.cycle.follow_up_dialog import FollowUpDialog
from auditor_app.ui.cycle.new_from_previous import NewFromPreviousDialog
from auditor_app.ui.cycle.previous_page import PreviousFindingsPage
from auditor_app.ui.cycle.stage1_page import Stage1Page
from auditor_app.ui.feature import Feature, Menus
from auditor_app.ui.i18n import fill

if TYPE_CHECKING:
    from auditor_app.services import keys
    from auditor_app.services.session import ChangeSet
    from auditor_app.ui.feature import Shell
    from auditor_app.ui.open_audit import OpenAudit

# What the two pages show: the items, their citations, what can be cited, follow-ups, Stage 1's fields.
_RELEVANT = ("carried", "concern", "link", "note", "evidence", "finding", "audit", "checklist")
_SHOWS_A_PAGE = ("carried", "concern", "audit")  # what can make a hidden page appear


class CycleFeature(Feature):
    def __init__(self, audit: OpenAudit, shell: Shell) -> None:
        super().__init__(audit, shell)
        self.editable = False
        self.dialog: QDialog | None = None  # the open dialog, if any (tests drive it from here)
        self.previous_page = PreviousFindingsPage(self)
        self.stage1_page = Stage1Page(self)
        shell.add_page(self.previous_page, self.tr("Previous findings"))
        shell.add_page(self.stage1_page, self.tr("Stage 1"))
        self._show_tab(self.previous_page, False)
        self._show_tab(self.stage1_page, False)
        self.scheme = grading.DEFAULT

    @property
    def author(self) -> str:
        return self.audit.author

    def add_actions(self, menus: Menus) -> None:
        self.new_action = QAction(self.tr("New audit from &previous…"), self)
        self.new_action.triggered.connect(self.new_from_previous)
        actions = menus.file.actions()
        # Just below New audit… (the start feature puts that first).
        if len(actions) > 1:
            menus.file.insertAction(actions[1], self.new_action)
        else:
            menus.file.addAction(self.new_action)
        menus.audit.addSeparator()
        self.previous_action = menus.audit.addAction(self.tr("Previous fi&ndings"), self.show_previous)
        self.stage1_action = menus.audit.addAction(self.tr("Stage &1 readiness and concerns"), self.show_stage1)

    # -- the shell's hooks --------------------------------------------------------------------------------
    def audit_loaded(self) -> None:
        self._refresh()

    def changed(self, change: ChangeSet) -> None:
        if not (self._visible(self.previous_page) or self._visible(self.stage1_page)) \
                and not any(change.ids(kind) for kind in _SHOWS_A_PAGE):
            return  # neither page is there, and nothing that would bring one was touched (most audits)
        if any(change.ids(kind) for kind in _RELEVANT):
            self._refresh()

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        self.editable = editable
        self.new_action.setEnabled(not self.audit.busy)
        self.previous_action.setEnabled(has_audit and self._visible(self.previous_page))
        self.stage1_action.setEnabled(has_audit and self._visible(self.stage1_page))
        self.previous_page.set_editable(editable)
        self.stage1_page.set_editable(editable)

    def _refresh(self) -> None:
        if not self.audit.is_open:
            self._show_tab(self.previous_page, False)
            self._show_tab(self.stage1_page, False)
            return
        read = self.audit.read
        details = read(queries.details)
        self.scheme = grading.scheme(details.grading_scheme)
        items = read(queries.carried)
        if items:  # what a verification can cite
            self.previous_page.show_items(items, self.scheme, read(queries.notes), read(queries.evidence),
                                          details.cycle_history)
        else:
            self.previous_page.show_items([], self.scheme, [], [])
        concerns = read(queries.concerns)
        is_stage1 = details.audit_type == vocab.AuditType.STAGE1.value
        self.stage1_page.show_stage1(details.stage2_readiness, details.stage2_readiness_comment, concerns, is_stage1)
        self._show_tab(self.previous_page, bool(items))
        # After Stage 1 the page stays, read-only in spirit, while what it recorded exists.
        self._show_tab(self.stage1_page, is_stage1 or bool(concerns) or bool(details.stage2_readiness))

    def _show_tab(self, page: QWidget, visible: bool) -> None:
        tabs = self.shell.workspace
        index = tabs.indexOf(page)
        if tabs.isTabVisible(index) != visible:
            if not visible and tabs.currentIndex() == index:
                tabs.setCurrentIndex(0)
            tabs.setTabVisible(index, visible)

    def _visible(self, page: QWidget) -> bool:
        return self.shell.workspace.isTabVisible(self.shell.workspace.indexOf(page))

    def show_previous(self) -> None:
        if self.audit.is_open and self._visible(self.previous_page):
            self.shell.show_page(self.previous_page)

    def show_stage1(self) -> None:
        if self.audit.is_open and self._visible(self.stage1_page):
            self.shell.show_page(self.stage1_page)

    # -- edits (one command each) -------------------------------------------------------------------------
    def push(self, make: Callable[[CommandContext], QUndoCommand]) -> QUndoCommand | None:
        if not self.audit.is_open or not self.editable:
            return None
        command = make(self.audit.command_context())
        if not self.audit.push(command):
            return None
        if isinstance(command, ServiceCommand) and command.failed:
            self._refresh()  # the pages show what is stored, not what was attempted
            return None
        return command

    def verify(self, item: CarriedRecord, values: dict[str, Any]) -> None:
        self.push(lambda c: cmd.RecordVerification(c, item.id, item.ref or "", values))

    def cite(self, item: CarriedRecord, kind: str, target_id: str, cited: bool) -> None:
        self.push(lambda c: cmd.Cite(c, item.id, item.ref or "", kind, target_id, cited))

    def follow_up(self, item: CarriedRecord, verified: dict[str, Any]) -> None:
        if not self.editable or item.follow_up_id:
            return
        dialog = FollowUpDialog(item, self.scheme, self.shell.parent_widget)

        def accepted() -> None:
            fields = dialog.fields()
            form = {k: v for k, v in verified.items() if k != "outcome"}
            form["outcome"] = fields["outcome"]
            self.push(lambda c: cmd.RaiseFollowUp(c, item.id, item.ref or "", fields, form))

        self._open(dialog, accepted)

    def save_readiness(self, readiness: str | None, comment: str | None) -> None:
        self.push(lambda c: cmd.SetReadiness(c, readiness, comment))

    def add_concern(self) -> None:
        if not self.audit.is_open or not self.editable:
            return
        dialog = ConcernDialog(self.audit.read(queries.clauses), parent=self.shell.parent_widget)

        def accepted() -> None:
            command = self.push(lambda c: cmd.AddConcern(c, dialog.values()))
            if isinstance(command, cmd.AddConcern) and command.concern_id:
                self.stage1_page.select(command.concern_id)

        self._open(dialog, accepted)

    def edit_concern(self, concern: ConcernRecord) -> None:
        if not self.audit.is_open or not self.editable:
            return
        dialog = ConcernDialog(self.audit.read(queries.clauses), concern, self.shell.parent_widget)

        def accepted() -> None:
            values = dialog.values()
            current = {"statement": concern.statement, "clause_refs": list(concern.clause_refs), "area": concern.area}
            changed = {k: v for k, v in values.items() if v != current[k]}
            if changed:
                self.push(lambda c: cmd.EditConcern(c, concern.id, changed))

        self._open(dialog, accepted)

    def delete_concern(self, concern: ConcernRecord) -> None:
        self.push(lambda c: cmd.DeleteConcern(c, concern.id))
        self.shell.show_status(self.tr("Area of concern deleted — Edit › Undo brings it back."), 10_000)

    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        # Window-modal and not exec(): the event loop keeps running, and tests can fill and accept the dialog.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # -- a new audit from the previous one ----------------------------------------------------------------
    def new_from_previous(self) -> NewFromPreviousDialog | None:
        if self.audit.busy:
            return None
        if isinstance(self.dialog, NewFromPreviousDialog):
            self.dialog.raise_()
            return self.dialog
        dialog = NewFromPreviousDialog(self.author, self.shell.parent_widget)
        dialog.created.connect(lambda path, summary: self._created(path, summary, dialog.signer))
        self._open(dialog, lambda: None)
        return dialog

    def _created(self, path: Path, summary: carry.CarrySummary, signer: keys.Signer | None) -> None:
        def opened() -> None:
            from auditor_app.ui import signing_dialogs
            with signing_dialogs.made_with(path, signer):  # the key the dialog unlocked to make it: not asked again
                shown = self.shell.open_path(path)
            if shown:
                self.shell.show_status(
                    fill(self.tr("Made from %1: %2 finding(s) to verify, %3 area(s) of concern to check."),
                         summary.previous, str(summary.findings), str(summary.concerns)), 15_000)

        # Opened once the dialog has gone, so an "already open" or risky-place question is not hidden behind it.
        QTimer.singleShot(0, opened)
