"""The "Audit" page as a workspace feature: menu action, refreshes, and the undoable edits it pushes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence, QUndoCommand

from auditor_app.errors import AuditorError
from auditor_app.services.session import ChangeSet
from auditor_app.ui.commands import CommandContext, ServiceCommand
from auditor_app.ui.details.page import DetailsPage
from auditor_app.ui.feature import Feature, Menus

if TYPE_CHECKING:
    from auditor_app.ui.feature import Shell
    from auditor_app.ui.open_audit import OpenAudit


class AuditDetails(Feature):
    def __init__(self, audit: OpenAudit, shell: Shell) -> None:
        super().__init__(audit, shell)
        self.editable = False
        self._page_editable: bool | None = None  # what the page was last set to
        self.page = DetailsPage(self)
        shell.add_page(self.page, self.tr("Audit"))
        # Closing the window must not lose a field the user is still in: store it before the file closes.
        shell.parent_widget.installEventFilter(self)

    def context(self) -> CommandContext:
        context = self.audit.command_context()

        def report(exc: AuditorError) -> None:
            context.report(exc)
            self.page.load()  # the page shows what is stored, not what was attempted

        return dataclasses.replace(context, report=report)

    def push(self, make: Callable[[CommandContext], QUndoCommand]) -> QUndoCommand | None:
        if not self.audit.is_open or not self.editable:
            return None
        command = make(self.context())
        if not self.audit.push(command):
            return None
        return None if isinstance(command, ServiceCommand) and command.failed else command

    # -- Feature hooks -------------------------------------------------------------------------------------
    def add_actions(self, menus: Menus) -> None:
        self.action = menus.audit.addAction(self.tr("Audit &details"), QKeySequence("Ctrl+Shift+D"), self.show)
        self.action.setToolTip(self.tr("Client, scope, team, audit plan, meetings and conclusions"))

    def show(self) -> None:
        if self.audit.is_open:
            self.shell.show_page(self.page)

    def audit_loaded(self) -> None:
        self.page.load()

    def changed(self, change: ChangeSet) -> None:
        self.page.apply(change)

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        self.action.setEnabled(has_audit)
        self.editable = editable
        if editable != self._page_editable:  # the window syncs after every edit; the sections' walk costs ~10 ms
            self.page.set_editable(editable)
            self._page_editable = editable
        self.page.setEnabled(has_audit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.shell.parent_widget and event.type() == QEvent.Type.Close and self.audit.is_open:
            self.page.commit_pending()
        return False
