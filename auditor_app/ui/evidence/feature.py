"""Evidence as a workspace feature: the clause tab, the gallery page, adding files, the viewer, their commands."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from auditor_app import leftovers
from auditor_app.domain.records import EvidenceRecord, NoteRecord
from auditor_app.errors import AuditorError
from auditor_app.services import evidence_types, evidence_views, queries
from auditor_app.services.evidence_views import Target
from auditor_app.ui.evidence.adding import EvidenceAdder
from auditor_app.ui.evidence.clause_tab import ClauseEvidenceTab
from auditor_app.ui.evidence.commands import DeleteEvidence, SetCaption, SetRotation
from auditor_app.ui.evidence.gallery_page import THIS_CLAUSE, GalleryPage
from auditor_app.ui.evidence.thumbnails import ThumbnailLoader
from auditor_app.ui.evidence.viewer import EvidenceViewer
from auditor_app.ui.feature import Feature, Menus
from auditor_app.ui.i18n import fill

if TYPE_CHECKING:
    from auditor_app.services.session import ChangeSet
    from auditor_app.ui.feature import Shell
    from auditor_app.ui.open_audit import OpenAudit

_RELEVANT = ("evidence", "link", "note", "finding")  # what the tab, gallery and "used by" show


def _editor() -> Callable[[OpenAudit, QWidget, str], object] | None:
    """The annotation editor, when that part of the application is there."""
    try:
        from auditor_app.ui.annotate import open_editor
    except ImportError:
        return None
    return open_editor


class EvidenceFeature(Feature):
    def __init__(self, audit: OpenAudit, shell: Shell) -> None:
        super().__init__(audit, shell)
        self.editable = False
        self._records: dict[str, EvidenceRecord] = {}
        self._stale = True  # the gallery is read when first shown or needed, not as the audit opens
        self.viewer: EvidenceViewer | None = None
        self._opened: tempfile.TemporaryDirectory[str] | None = None
        self.loader = ThumbnailLoader(self._fetch, parent=self)
        self.adder = EvidenceAdder(audit, shell)
        self.tab = ClauseEvidenceTab(self.loader)
        self.page = GalleryPage(self.loader)
        shell.page.add_tab(self.tab, self.tr("Evidence"))
        shell.add_page(self.page, self.tr("Evidence"))
        for view in (self.tab, self.page):
            view.open_requested.connect(self.open_evidence)
            view.delete_requested.connect(self.delete)
        self.tab.add_requested.connect(lambda: self.add_files(self._tab_target()))
        self.tab.paste_requested.connect(lambda: self.paste(self._tab_target()))
        self.tab.files_dropped.connect(lambda paths: self._dropped(paths, self._tab_target()))
        self.page.add_requested.connect(lambda: self.add_files(self._page_target()))
        self.page.paste_requested.connect(lambda: self.paste(self._page_target()))
        self.page.files_dropped.connect(lambda paths: self._dropped(paths, self._page_target()))
        shell.workspace.currentChanged.connect(lambda _index: self._gallery_if_shown())

    @property
    def records(self) -> dict[str, EvidenceRecord]:
        """Every evidence item of the audit by id (read on first use after a change)."""
        if self._stale:
            self._reload()
        return self._records

    def _gallery_if_shown(self) -> None:
        if self._stale and self.shell.workspace.currentWidget() is self.page:
            self._reload()

    def add_actions(self, menus: Menus) -> None:
        self.add_action = menus.evidence.addAction(self.tr("&Add files…"), QKeySequence("Ctrl+Shift+E"),
                                                   lambda: self.add_files(self.current_target()))
        self.paste_action = menus.evidence.addAction(self.tr("&Paste screenshot"), QKeySequence("Ctrl+Shift+V"),
                                                     lambda: self.paste(self.current_target()))
        menus.evidence.addSeparator()
        self.show_action = menus.evidence.addAction(self.tr("Show &gallery"), self.show_gallery)
        for action in (self.add_action, self.paste_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    # -- the shell's hooks --------------------------------------------------------------------------------
    def audit_loaded(self) -> None:
        self.loader.clear()
        if self.viewer is not None:
            self.viewer.close()
        if self._opened is not None:
            self._opened.cleanup()  # copies opened in the system viewer belong to the audit just closed
            self._opened = None
        self._stale = True
        if not self.audit.is_open:
            self._reload()  # empty the gallery of the audit just closed
        else:
            self._gallery_if_shown()
            self._show_clause()

    def changed(self, change: ChangeSet) -> None:
        if not any(change.ids(kind) for kind in _RELEVANT):
            return
        if change.ids("evidence") or change.ids("link"):
            self._stale = True  # the gallery: every file, and which are cited by a finding
            self._gallery_if_shown()
        shown = self.shell.page.clause_id
        # The window shows the clause again after a note, person or own-result change (clause_shown follows).
        if not (change.ids("note") or change.ids("person") or (shown and shown in change.ids("clause"))):
            self._show_clause()
        if self.viewer is not None:
            self.viewer.refresh()

    def clause_shown(self, clause_id: str | None) -> None:
        self._show_clause(self.shell.page.shown_notes())  # the page has just read them

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        self.editable = editable
        self.add_action.setEnabled(editable)
        self.paste_action.setEnabled(editable)
        self.show_action.setEnabled(has_audit)
        self.tab.set_editable(editable)
        self.page.set_editable(editable)
        if self.viewer is not None:
            self.viewer.set_editable(editable)

    def _reload(self) -> None:
        read, is_open = self.audit.read, self.audit.is_open
        records = read(evidence_views.all_evidence) if is_open else []
        self._records = {r.id: r for r in records}
        self._stale = False
        cited = read(evidence_views.cited_ids) if is_open else set()
        unassigned = {r.id for r in records if not r.clause_id and not r.note_id and r.id not in cited}
        self.page.set_records(records, unassigned)
        self._show_clause()

    def _show_clause(self, notes: list[NoteRecord] | None = None) -> None:
        read, record = self.audit.read, self.shell.page.record
        if not self.audit.is_open or record is None:
            self.tab.show_evidence(None, "", [], [], [])
            self.page.set_clause(None, set())
            return
        shown = read(evidence_views.evidence_for_clause, record.id)
        raised = read(queries.findings, record.id)
        notes = notes if notes is not None else read(queries.notes, record.id)
        self.tab.show_evidence(record.id, record.number or "", shown, notes, raised)
        self.shell.page.set_tab_title(self.tab, fill(self.tr("Evidence (%1)"), len(shown)) if shown
                                       else self.tr("Evidence"))
        self.page.set_clause(record.number, {r.id for r in shown})

    # -- adding -------------------------------------------------------------------------------------------
    def _tab_target(self) -> tuple[Target, str]:
        return self.tab.target() or (Target(), self.tr("the audit"))

    def _page_target(self) -> tuple[Target, str]:
        record = self.shell.page.record
        if self.page.scope_combo.currentData() == THIS_CLAUSE and record is not None:
            return Target(clause_id=record.id), record.number or ""
        return Target(), self.tr("the audit")  # unassigned: filed under a clause later

    def current_target(self) -> tuple[Target, str]:
        """Menu and shortcuts: the gallery's when it is showing, else the clause tab's."""
        on_gallery = self.shell.workspace.currentWidget() is self.page
        return self._page_target() if on_gallery else self._tab_target()

    def add_files(self, where: tuple[Target, str]) -> None:
        if self.editable:
            self.adder.choose_files(*where)

    def paste(self, where: tuple[Target, str]) -> None:
        if self.editable:
            self.adder.paste(*where)

    def _dropped(self, paths: list[Path], where: tuple[Target, str]) -> None:
        if self.editable:
            self.adder.dropped(paths, *where)

    # -- removing, viewing, editing -----------------------------------------------------------------------
    def delete(self, evidence_ids: list[str]) -> None:
        ids = [e for e in evidence_ids if e in self.records]
        if not ids or not self.editable:
            return
        name = self.records[ids[0]].filename or ""
        self.audit.push(DeleteEvidence(self.audit.command_context(), ids, name))
        self.shell.show_status(self.tr("Removed — Edit › Undo brings it back."), 10_000)

    def show_gallery(self) -> None:
        self.shell.show_page(self.page)

    def open_evidence(self, evidence_id: str, ids: list[str]) -> None:
        record = self.records.get(evidence_id)
        if record is None:
            return
        if not evidence_views.is_photo(record):
            self.open_externally(evidence_id)
            return
        if self.viewer is not None:
            self.viewer.close()
        viewer = self.viewer = EvidenceViewer(self.loader, lambda eid: self.records.get(eid), self.used_by, ids,
                                              evidence_id, self.shell.parent_widget)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.set_editable(self.editable)
        viewer.caption_edited.connect(self.set_caption)
        viewer.rotate_requested.connect(self.set_rotation)
        viewer.open_requested.connect(self.open_externally)
        viewer.clause_requested.connect(self.go_to_clause)
        editor = _editor()
        if editor is None:
            viewer.annotate_action.setVisible(False)
        else:
            viewer.annotate_requested.connect(lambda eid: editor(self.audit, self.shell.parent_widget, eid))
        viewer.finished.connect(lambda _result: self._viewer_closed(viewer))
        viewer.show()

    def _viewer_closed(self, viewer: EvidenceViewer) -> None:
        if self.viewer is viewer:
            self.viewer = None

    def used_by(self, evidence_id: str) -> list[tuple[str, str, str]]:
        if not self.audit.is_open:
            return []
        clauses, findings = self.audit.read(evidence_views.usage, evidence_id)
        rows = [("clause", " ".join(filter(None, (c.number, c.title))), c.id) for c in clauses]
        for f in findings:
            statement = (f.statement or f.evidence_text or "").strip().splitlines()
            label = " — ".join(filter(None, (fill(self.tr("Finding %1"), f.ref or ""), statement[0] if statement
                                             else "")))
            rows.append(("finding", label, f.clause_ids[0] if f.clause_ids else ""))
        return rows

    def go_to_clause(self, clause_id: str) -> None:
        self.shell.show_clauses()
        self.shell.select_clause(clause_id)

    def set_caption(self, evidence_id: str, caption: str) -> None:
        record = self.records.get(evidence_id)
        if record is not None and self.editable and self.audit.is_open:
            self.audit.push(SetCaption(self.audit.command_context(), evidence_id, caption,
                                                   record.caption))

    def set_rotation(self, evidence_id: str, rotation: int) -> None:
        record = self.records.get(evidence_id)
        if record is not None and self.editable and self.audit.is_open:
            self.audit.push(SetRotation(self.audit.command_context(), evidence_id, rotation,
                                                    record.rotation or 0, record.filename or ""))

    def open_externally(self, evidence_id: str) -> None:
        """A copy in a folder of our own, opened with the system's viewer. It is named after the original but with the
        extension of what its bytes are: the system picks the program by that name, and the stored name came from
        whoever made the file (an import or a merge brings other people's files). Other types are not opened."""
        record = self.records.get(evidence_id)
        if not self.audit.is_open or record is None or self.audit.busy:
            return
        try:
            data = self.audit.read(evidence_views.evidence_bytes, evidence_id)
            name = evidence_types.opener_name(data, record.filename or "")
            if self._opened is None:
                # Named after this process: if it is killed, the next start removes the folder (leftovers.py).
                self._opened = tempfile.TemporaryDirectory(prefix=leftovers.scratch_prefix("evidence"),
                                                           ignore_cleanup_errors=True)
            folder = Path(self._opened.name) / evidence_id[:8]
            folder.mkdir(exist_ok=True)
            path = folder / name
            path.write_bytes(data)
        except (AuditorError, OSError) as exc:
            QMessageBox.warning(self.shell.parent_widget, self.tr("Cannot open the file"), str(exc))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self.shell.parent_widget, self.tr("No viewer for this file"),
                                    fill(self.tr("No program is set up to open %1. A copy was saved as\n%2"),
                                         record.filename, path))

    def _fetch(self, sha256: str) -> bytes | None:
        if not self.audit.is_open or self.audit.busy:
            return None  # the worker owns the file now; the loader asks again shortly
        return self.audit.read(evidence_views.stored_bytes, sha256)
