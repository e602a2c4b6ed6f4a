"""Starting and ending work on an audit: start page, New audit…, Close, Preferences…, and the recent list."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from auditor_app import paths
from auditor_app.domain.vocab import ClauseResult
from auditor_app.errors import AuditorError
from auditor_app.identity import default_author
from auditor_app.services import preferences, queries, recent
from auditor_app.ui.feature import Feature, Menus
from auditor_app.ui.new_audit_wizard import NewAuditWizard
from auditor_app.ui.preferences_dialog import PreferencesDialog
from auditor_app.ui.start_page import StartPage

if TYPE_CHECKING:
    from auditor_app.services import keys
    from auditor_app.services.session import ChangeSet
    from auditor_app.ui.feature import Shell
    from auditor_app.ui.open_audit import OpenAudit

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 2000  # progress is written once edits pause, not on every click


class StartFeature(Feature):
    def __init__(self, audit: OpenAudit, shell: Shell) -> None:
        super().__init__(audit, shell)
        self.start_page = StartPage()
        self.start_page.new_requested.connect(self.new_audit)
        self.start_page.open_requested.connect(shell.choose_file)
        self.start_page.sample_requested.connect(shell.open_sample)
        self.start_page.recent_requested.connect(shell.open_path)
        shell.set_start_page(self.start_page)
        self.wizard: NewAuditWizard | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self._current: recent.RecentAudit | None = None  # the open audit's entry, as last written or pending
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def add_actions(self, menus: Menus) -> None:
        file_menu, shell = menus.file, self.shell
        self.new_action = QAction(self.tr("&New audit…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_audit)
        actions = file_menu.actions()
        _insert(file_menu, actions[0] if actions else None, self.new_action)  # first: the usual place
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_action.triggered.connect(self.close_audit)
        after = actions.index(shell.sample_action) + 1 if shell.sample_action in actions else len(actions)
        _insert(file_menu, actions[after] if after < len(actions) else None, self.close_action)
        menus.edit.addSeparator()
        self.preferences_action = menus.edit.addAction(self.tr("&Preferences…"), QKeySequence("Ctrl+,"),
                                                       self.show_preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        idle = not self.audit.busy
        self.new_action.setEnabled(idle)
        self.close_action.setEnabled(has_audit)
        self.start_page.setEnabled(idle)

    # -- the recent list ------------------------------------------------------------------------------
    def audit_loaded(self) -> None:
        self.flush()  # progress of the audit that was open until now
        path = self.audit.path
        self._current = None
        if path is None:
            if self.start_page.isVisible():
                self.start_page.refresh()
            return
        if not _listed(path):
            return
        try:
            self._current = self.audit.read(recent.remember)
        except AuditorError as exc:  # the list is a convenience: never in the way of the audit itself
            log.warning("recent audits not updated: %s", exc)

    def changed(self, change: ChangeSet) -> None:
        current = self._current
        if current is None or not self.audit.is_open or not (change.ids("clause") or change.ids("audit")):
            return
        # The clause tree already holds every result in memory: counting it costs nothing.
        records = self.shell.tree_model.clause_records()
        done = sum(1 for r in records if r.result != ClauseResult.NOT_AUDITED)
        current = dataclasses.replace(current, audited=done, total=len(records))
        if change.ids("audit"):
            info = self.audit.read(queries.details)
            current = dataclasses.replace(current, title=info.title or "", client=info.client or "",
                                          start_date=info.start_date or "", end_date=info.end_date or "")
        self._current, self._pending = current, True
        self._timer.start()

    def flush(self) -> None:
        """Write a pending progress update now (the timer fired, or the audit is being closed)."""
        self._timer.stop()
        if not self._pending or self._current is None:
            return
        self._pending = False
        try:
            recent.store(self._current)
        except AuditorError as exc:
            log.warning("recent audits not updated: %s", exc)

    # -- actions --------------------------------------------------------------------------------------
    def new_audit(self) -> NewAuditWizard | None:
        if self.audit.busy:
            return None
        if self.wizard is not None:
            self.wizard.raise_()
            return self.wizard
        wizard = self.wizard = NewAuditWizard(self.shell.parent_widget, self.audit.author, preferences.load())
        wizard.created.connect(self._created)
        wizard.finished.connect(self._wizard_closed)
        wizard.open()
        return wizard

    def _wizard_closed(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None

    def _created(self, path: Path) -> None:
        # Opened once the wizard has gone, so an "already open" or risky-place question is not hidden behind it;
        # with the key the wizard unlocked to make it, so that its passphrase is not asked for twice.
        signer = self.wizard.signer if self.wizard is not None else None
        QTimer.singleShot(0, lambda: self._open_made(path, signer))

    def _open_made(self, path: Path, signer: keys.Signer | None) -> None:
        from auditor_app.ui import signing_dialogs

        with signing_dialogs.made_with(path, signer):
            self.shell.open_path(path)

    def close_audit(self) -> None:
        self.shell.close_audit()

    def show_preferences(self) -> PreferencesDialog:
        if self.preferences_dialog is not None:
            self.preferences_dialog.raise_()
            return self.preferences_dialog
        dialog = self.preferences_dialog = PreferencesDialog(preferences.load(), self.shell.parent_widget)
        dialog.finished.connect(self._preferences_closed)
        dialog.open()
        return dialog

    def _preferences_closed(self, result: int) -> None:
        dialog, self.preferences_dialog = self.preferences_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        saved = dialog.saved
        if result != QDialog.DialogCode.Accepted or saved is None or saved.author_name == dialog.original.author_name:
            return
        # The new name is stamped on the next edit, in this audit and the next one opened.
        self.audit.set_author(saved.author_name or default_author())


def _insert(menu: QMenu, before: QAction | None, action: QAction) -> None:
    if before is None:
        menu.addAction(action)
    else:
        menu.insertAction(before, action)


def _listed(path: Path) -> bool:
    """The sample and read-only copies of someone else's file are not audits the user works on."""
    private = (paths.sample_audit(), paths.user_data_dir() / "read-only-copies")
    resolved = path.resolve()
    return not any(resolved == p.resolve() or p.resolve() in resolved.parents for p in private)
