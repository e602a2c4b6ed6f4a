"""File ▸ Sync with the office store…: the address (from Preferences, or asked at the first sync), then the sync."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from auditor_app.errors import AuditorError
from auditor_app.services import preferences
from auditor_app.ui import store_address
from auditor_app.ui.feature import Feature, Menus
from auditor_app.ui.office_store.archive import Archive
from auditor_app.ui.office_store.flow import Synced, SyncFlow

if TYPE_CHECKING:
    from auditor_app.ui.feature import Shell
    from auditor_app.ui.open_audit import OpenAudit


class OfficeStore(Feature):
    def __init__(self, audit: OpenAudit, shell: Shell) -> None:
        super().__init__(audit, shell)
        self._flow: SyncFlow | None = None
        self.archive: Archive | None = None

    def add_actions(self, menus: Menus) -> None:
        self.sync_action = menus.file.addAction(self.tr("S&ync with the office store…"), self.sync)
        self.archive_action = menus.file.addAction(self.tr("Office store &archive…"), self.open_archive)
        # With or without an open audit, once an address is set (the preferences may change it at any time).
        menus.file.aboutToShow.connect(self._archive_enabled)
        self._archive_enabled()

    def _archive_enabled(self) -> None:
        self.archive_action.setEnabled(bool(preferences.load().store_url) and not self.audit.busy)

    def open_archive(self) -> None:
        url = preferences.load().store_url
        if not url or self.audit.busy:
            return
        if self.archive is not None and self.archive.dialog is not None:  # one archive window at a time
            self.archive.dialog.raise_()
            self.archive.dialog.activateWindow()
            return
        if self.archive is not None:
            self.archive.deleteLater()
        self.archive = Archive(self.audit, self.shell, url)
        try:
            self.archive.start()
        except AuditorError as exc:  # an address edited by hand in the settings file
            QMessageBox.warning(self.shell.parent_widget, self.tr("Office store"), str(exc))

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        self.sync_action.setEnabled(editable)

    def sync(self) -> None:
        if not self.audit.editable or self._flow is not None:
            return
        parent = self.shell.parent_widget
        prefs = preferences.load()
        url = prefs.store_url
        if not url:  # the first sync: asked once, then kept in Preferences (without a password)
            chosen = store_address.ask(parent, "")
            if chosen is None:
                return
            url = chosen
            try:
                preferences.save(dataclasses.replace(prefs, store_url=url))
            except AuditorError as exc:  # the sync still runs; the address is asked again next time
                QMessageBox.warning(parent, self.tr("Preferences not saved"), str(exc))
        if not self.audit.editable:
            return
        try:
            self._flow = SyncFlow(parent, self.audit, url)
        except AuditorError as exc:  # an address edited by hand in the settings file
            QMessageBox.warning(parent, self.tr("Office store"), str(exc))
            return
        self._flow.done.connect(self._synced)
        self._flow.run()

    def _synced(self, synced: Synced | None) -> None:
        flow, self._flow = self._flow, None
        if flow is not None:
            flow.deleteLater()  # after this slot: it still shows the summary below
        if synced is None or flow is None or not self.audit.is_open:
            return
        pulled = bool(synced.report.ops_pulled or synced.report.blobs_pulled)
        if pulled:  # as after a merge: undo would restore values from before it, and every view reloads
            self.audit.undo_stack.clear()
            self.shell.reload()
        flow.show_summary(synced)
        if pulled and synced.conflicts:
            self.shell.show_conflicts()
