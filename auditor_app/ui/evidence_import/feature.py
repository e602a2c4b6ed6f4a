"""Evidence ▸ Import photos from folder… and Compact audit file…: scan, review, import, compact, report."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from auditor_app.services import compact, photo_import, preferences, queries
from auditor_app.services.compact import CompactionReport
from auditor_app.services.photo_import import Candidate, ImportReport
from auditor_app.ui import tasks
from auditor_app.ui.evidence_import.compact_dialog import CompactDialog, size_text
from auditor_app.ui.evidence_import.review_dialog import THUMB, Accepted, ReviewDialog
from auditor_app.ui.evidence_import.review_model import ClauseChoices, ReviewRow
from auditor_app.ui.evidence_import.workers import ImportedPhotos, run_owned, thumbnails
from auditor_app.ui.feature import Feature, Menus
from auditor_app.ui.i18n import fill, plural

if TYPE_CHECKING:
    from auditor_app.ui.feature import Shell
    from auditor_app.ui.open_audit import OpenAudit

SHOWN_FAILURES = 12


class EvidenceImport(Feature):
    finished = Signal(object)  # ImportReport, CompactionReport, or None (cancelled, nothing found, failed)
    reviewing = Signal(object)  # the review dialog, once the scan is done (tests drive it)

    def __init__(self, audit: OpenAudit, shell: Shell) -> None:
        super().__init__(audit, shell)
        self.review: ReviewDialog | None = None
        self.box: QMessageBox | None = None

    def add_actions(self, menus: Menus) -> None:
        menus.evidence.addSeparator()
        self.import_action = menus.evidence.addAction(self.tr("&Import photos from folder…"),
                                                      QKeySequence("Ctrl+Shift+I"), self.choose_folder)
        self.import_action.setToolTip(self.tr("A folder or memory card: review the photos by time taken, each with "
                                              "the clause of its audit-plan slot, then import them"))
        self.compact_action = menus.evidence.addAction(self.tr("&Compact audit file…"), self.choose_compaction)

    def sync_actions(self, has_audit: bool, editable: bool) -> None:
        self.import_action.setEnabled(editable)
        self.compact_action.setEnabled(editable)

    def _ready(self) -> bool:
        return self.audit.editable

    # -- scan ----------------------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        if not self._ready() or not self.audit.is_open:
            return
        name = QFileDialog.getExistingDirectory(self.shell.parent_widget, self.tr("Import photos from folder"),
                                                str(self.audit.path.parent if self.audit.path else ""))
        if name:
            self.start([Path(name)])

    def start(self, paths: Sequence[Path]) -> None:
        """Scan files and folders (e.g. a memory card) off the UI thread, then show the review."""
        if not paths or not self._ready():
            return
        paths = list(paths)
        known = self.audit.read(photo_import.stored_hashes)
        count = len(paths)
        source = (paths[0].name or str(paths[0])) if count == 1 else plural(
            self.tr("%n files and folders", "", count), count)

        def work(_session: Any, job: Any) -> tuple[list[Candidate], dict[Path, Any], bool]:
            found = photo_import.scan(paths, known, progress=job.report, cancel=job.is_cancelled)
            return found, thumbnails(found, THUMB), job.is_cancelled()

        run_owned(self.audit, self, self.tr("Import photos"), fill(self.tr("Looking at the photos in %1…"), source),
                  work, lambda result: self._scanned(result, source), self._failed)

    def _scanned(self, result: tuple[list[Candidate], dict[Path, Any], bool] | None, source: str) -> None:
        if result is None or result[2] or not self.audit.is_open:
            self.shell.show_status(self.tr("Photo import cancelled: nothing was imported."), 10_000)
            self.finished.emit(None)
            return
        found, thumbs, _cancelled = result
        if not found:
            self._tell(QMessageBox.Icon.Information, self.tr("No photos found"),
                       fill(self.tr("There are no files in %1 (hidden and system files are skipped)."), source))
            self.finished.emit(None)
            return
        read = self.audit.read
        checklists = read(photo_import.checklists_in_load_order)
        clauses = read(queries.clauses)
        suggested = photo_import.suggest_clauses(found, read(queries.plan), clauses, checklists)
        rows = [ReviewRow(c, c.status == "new", suggested.get(c.path), suggested.get(c.path),
                          thumbnail=thumbs.get(c.path)) for c in found]
        dialog = self.review = ReviewDialog(self.shell.parent_widget, rows, ClauseChoices(checklists, clauses), source)
        dialog.accepted.connect(lambda: self.run_import(dialog.accepted_photos()))
        dialog.rejected.connect(lambda: self.finished.emit(None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.reviewing.emit(dialog)

    # -- import --------------------------------------------------------------------------------------------
    def run_import(self, accepted: Accepted) -> None:
        self.review = None
        if not accepted or not self._ready():
            return
        prefs = preferences.load()

        def work(session: Any, job: Any) -> ImportReport:
            return photo_import.import_photos(session, accepted, prefs, job.report, job.is_cancelled)

        count = len(accepted)
        run_owned(self.audit, self, self.tr("Import photos"), plural(self.tr("Importing %n photo(s)…", "", count),
                                                                      count), work, self._imported, self._failed)

    def _imported(self, report: ImportReport | None) -> None:
        if report is None:
            self.finished.emit(None)
            return
        if report.imported and self.audit.is_open:
            count = len(report.imported)
            self.audit.push(ImportedPhotos(self.audit.command_context(), report.imported,
                                                       plural(self.tr("Import %n photo(s)", "", count), count)))
            clause = self._busiest_clause(report)
            if clause:
                self.shell.show_clauses()
                self.shell.select_clause(clause)
        self._tell(QMessageBox.Icon.Warning if report.failed or report.error else QMessageBox.Icon.Information,
                   self.tr("Photo import"), self.summary(report))
        self.shell.show_status(self.summary(report).splitlines()[0], 10_000)
        self.finished.emit(report)

    def _busiest_clause(self, report: ImportReport) -> str | None:
        imported = set(report.imported)
        counts = Counter(e.clause_id for e in self.audit.read(queries.evidence) if e.id in imported and e.clause_id) \
            if self.audit.is_open else Counter()
        return counts.most_common(1)[0][0] if counts else None

    def summary(self, report: ImportReport) -> str:
        imported, reduced, skipped = len(report.imported), report.reduced, len(report.duplicates)
        lines = [plural(self.tr("%n photo(s) imported.", "", imported), imported)]
        if reduced:
            lines.append(plural(self.tr("%n stored as reduced copies (your preference); the original's SHA-256 is "
                                        "recorded with each.", "", reduced), reduced))
        if report.cancelled:
            lines.append(self.tr("The import was cancelled: the photos above are in the audit, the rest are not."))
        if report.error:
            lines.append(fill(self.tr("The import stopped: %1. The photos above are in the audit."), report.error))
        if report.duplicates:
            lines.append(plural(self.tr("%n skipped: already in this audit.", "", skipped), skipped))
        if report.failed:
            lines.append(self.tr("Not imported:"))
            lines += [f"• {path.name}: {why}" for path, why in report.failed[:SHOWN_FAILURES]]
            if len(report.failed) > SHOWN_FAILURES:
                lines.append(fill(self.tr("… and %1 more"), len(report.failed) - SHOWN_FAILURES))
        return "\n".join(lines)

    # -- compaction ----------------------------------------------------------------------------------------
    def choose_compaction(self) -> CompactDialog | None:
        if not self._ready():
            return None
        prefs = preferences.load()
        plan = self.audit.read
        dialog = CompactDialog(self.shell.parent_widget,
                               lambda edge, quality: plan(compact.plan_compaction, edge, quality),
                               prefs.photo_long_edge, prefs.photo_quality)
        dialog.accepted.connect(lambda: self.run_compaction(dialog.long_edge, dialog.jpeg_quality))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def run_compaction(self, long_edge: int, quality: int) -> None:
        if not self._ready():
            return

        def work(session: Any, job: Any) -> CompactionReport:
            return compact.compact(session, long_edge, quality, job.report, job.is_cancelled)

        run_owned(self.audit, self, self.tr("Compact audit file"),
                  self.tr("Taking a backup, then replacing photos by reduced copies…"), work, self._compacted,
                  self._failed)

    def _compacted(self, report: CompactionReport | None) -> None:
        if report is None:
            self.finished.emit(None)
            return
        self.shell.reload()  # every replaced photo has a new file behind it
        text = fill(plural(self.tr("Saved %1: the audit file is now %2 (it was %3). %n photo(s) replaced by reduced "
                                   "copies.", "", report.files), report.files),
                    size_text(report.saved), size_text(report.bytes_after), size_text(report.bytes_before))
        lines = [text]
        if report.cancelled:
            lines.append(self.tr("Compaction was cancelled; the photos not reached yet are unchanged."))
        if report.failed:
            lines.append(self.tr("Left as they were:"))
            lines += [f"• {name}: {why}" for name, why in report.failed[:SHOWN_FAILURES]]
        text = "\n".join(lines)
        if report.backup is not None:
            text += "\n\n" + fill(self.tr("The file as it was before is kept as a backup:\n%1"), report.backup)
        self._tell(QMessageBox.Icon.Information, self.tr("Audit file compacted"), text)
        self.finished.emit(report)

    # -- shared --------------------------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> None:
        self.finished.emit(None)
        self._tell(QMessageBox.Icon.Warning, self.tr("Photos"), str(tasks.known(exc)))

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = self.box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, self.shell.parent_widget)
        box.finished.connect(box.deleteLater)
        box.open()  # window-modal without a nested event loop
