"""Merging team members' files into the open audit: choose or drop them, merge off the UI thread, summarise."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from auditor_app.services import merge, unpack
from auditor_app.services.merge import MergeReport
from auditor_app.ui import package_keys
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, fill, plural, translate
from auditor_app.ui.open_audit import OpenAudit
from auditor_app.ui.package_keys import Opener
from auditor_app.ui.tasks import Job, known

RUNNING_TEXT = QT_TRANSLATE_NOOP(
    "merging", "Stopping the merge at the next file… Nothing of it is written to your audit.")
OTHER_AUDIT = QT_TRANSLATE_NOOP(
    "merging", "Files of independent audits made from the same checklists still line up clause by clause, so "
    "their results and notes would be added to this audit's clauses.\n\n"
    "Merge anyway only if they really belong to the same engagement.")


def choose_files(parent: QWidget, start: Path) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, translate("merging", "Merge team files"), str(start), translate(
        "merging", "Audit files and sealed packages (*.audit *.age);;Audit files (*.audit);;Sealed packages (*.age);;"
                   "All files (*)"))
    return [Path(n) for n in names]


def dropped_audits(mime: QMimeData) -> list[Path]:
    """The local .audit files and sealed packages (.age) being dragged; empty if anything else is among them."""
    urls = mime.urls() if mime.hasUrls() else []
    paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    if not paths or len(paths) != len(urls) or any(p.suffix.lower() not in (".audit", ".age") for p in paths):
        return []
    return paths


def openers(parent: QWidget, paths: list[Path]) -> dict[Path, Opener] | None:
    """What opens each sealed package among `paths`, asked one by one; None when the user cancels one."""
    found = {}
    for path in paths:
        if path.suffix.lower() == ".age":
            opener = package_keys.opener(parent, path)
            if opener is None:
                return None
            found[path] = opener
    return found


def confirm_drop(parent: QWidget, paths: list[Path]) -> bool:
    # A drop can be an accident, and a merge cannot be undone: say what will happen first.
    names = "\n".join(f"  {p.name}" for p in paths)
    text = fill(translate("merging", "Merge into this audit:\n%1\n\nA backup is taken first; the merge itself "
                                     "cannot be undone."), names)
    answer = QMessageBox.question(parent, translate("merging", "Merge team files"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


class MergeFlow(QObject):
    """One merge as the user lives it: run it, perhaps ask about files of another audit, then report."""

    done = Signal(object)  # the MergeReport, or None when nothing was merged

    def __init__(self, parent: QWidget, audit: OpenAudit, paths: list[Path],
                 packages: dict[Path, Opener] | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._audit = audit
        self._paths = list(paths)
        self._accepted = (False, False)  # (another audit, unsigned changes) as the user has accepted them
        self._packages = dict(packages or {})
        # Each sealed package checked once (decrypted in a scratch folder) and merged from there, also when the
        # merge is run again after a question; the scratch folders go when the flow is done.
        self._checked: dict[Path, unpack.Checked] = {}
        self._stack = contextlib.ExitStack()
        self.done.connect(lambda _report: self._stack.close())

    def _sources(self, cancelled: Callable[[], bool]) -> list[Path]:
        """The files to merge, each sealed package as its checked audit file (on the worker: decrypts and checks,
        Cancel heard between the steps of each package's check)."""
        for path, opener in self._packages.items():
            if path not in self._checked:
                self._checked[path] = self._stack.enter_context(unpack.opened(
                    path, passphrase=opener.passphrase, identities=opener.identities, cancelled=cancelled))
        return [self._checked[p].audit_file if p in self._checked else p for p in self._paths]

    def run(self, accept_other_audit: bool = False, accept_unsigned: bool = False) -> None:
        self._accepted = (accept_other_audit, accept_unsigned)
        paths = self._paths
        text = fill(plural(self.tr("Checking and merging %n file(s): %1.\n"
                                   "Every file is verified before anything is written.", "", len(paths)), len(paths)),
                    ", ".join(p.name for p in paths))
        job = Job(self)
        task = self._audit.run_exclusive(
            self.tr("Merging team files"), text,
            lambda session: merge.merge_into(session, self._sources(job.is_cancelled),
                                             accept_other_audit=accept_other_audit, accept_unsigned=accept_unsigned,
                                             cancelled=job.is_cancelled, progress=job.report),
            translate("merging", RUNNING_TEXT), job.request_cancel, job=job)
        task.succeeded.connect(self.done.emit)
        task.failed.connect(self._failed)
        task.cancelled.connect(lambda: self.done.emit(None))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, (merge.MergeCancelled, unpack.UnpackCancelled)):  # asked for: nothing to report
            self.done.emit(None)
            return
        if isinstance(exc, merge.OtherAudit):
            # The service's message names the command-line option; the question below is the GUI's way.
            first = exc.short
            answer = QMessageBox.question(self._parent, self.tr("Merge a different audit?"),
                                          fill(self.tr("%1.\n\n%2"), first, translate("merging", OTHER_AUDIT)),
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                self.run(accept_other_audit=True, accept_unsigned=self._accepted[1])
                return
            self.done.emit(None)
            return
        if isinstance(exc, merge.UnsignedRefused):
            name = exc.path.name if isinstance(exc.path, Path) else str(exc.path)
            if MergeWords(self).accept_unsigned(self._parent, name, exc.total, exc.whom):
                self.run(accept_other_audit=self._accepted[0], accept_unsigned=True)
                return
            self.done.emit(None)
            return
        self.done.emit(None)
        QMessageBox.warning(self._parent, self.tr("Nothing merged"),
                            fill(self.tr("%1\n\nYour audit file was not changed."), known(exc)))

    # -- the outcome ----------------------------------------------------------------------------------
    def summary(self, report: MergeReport) -> str:
        lines = [fill(self.tr("%1: sealed package, checked; signed by %2"), path.name, checked.signed_by)
                 for path, checked in self._checked.items()]
        return MergeWords(self).summary(report, lines)

    def show_summary(self, report: MergeReport) -> None:
        QMessageBox.information(self._parent, self.tr("Merge finished"), self.summary(report))


class MergeWords(QObject):
    """What a merge tells the lead and asks them, for every way operations are merged in (files, the office
    store's pull): the summary of what came from where and the conflicts left, and the unsigned changes' question."""

    def summary(self, report: MergeReport, first: list[str] | None = None) -> str:
        """`first` (lines about the sources, e.g. sealed packages checked), then each source's count, the conflicts
        to decide, and that the merge cannot be undone (with the backup taken before it)."""
        lines = list(first or [])
        for item in report.files:
            if item.nothing_new:
                lines.append(fill(self.tr("%1: nothing new"), item.path.name))
            else:
                operations = plural(self.tr("%n operation(s)", "", item.ops_added), item.ops_added)
                files = plural(self.tr("%n evidence file(s)", "", item.blobs_added), item.blobs_added)
                lines.append(fill(self.tr("%1: %2, %3"), item.path.name, operations, files))
            if item.unsigned:
                count = sum(n for _who, n in item.unsigned)
                lines.append(fill(plural(self.tr("%1: %n of them unsigned (%2)", "", count), count), item.path.name,
                                  ", ".join(f"{who}: {n}" for who, n in item.unsigned)))
        count = len(report.conflicts)
        lines.append("")
        lines.append(plural(self.tr("%n conflict(s) to decide: see View ▸ Conflicts.", "", count), count) if count
                     else self.tr("No conflicts: every team member's work agrees."))
        lines.append("")
        lines.append(self.tr("A merge cannot be undone, and earlier changes can no longer be undone either."))
        if report.backup is not None:
            lines.append(fill(self.tr("The audit as it was before the merge is saved as\n%1"), report.backup))
        return "\n".join(lines)

    def accept_unsigned(self, parent: QWidget, source: str, total: int, whom: str) -> bool:
        """Whether the lead takes in `total` unsigned changes from `source` (who: count, in `whom`)."""
        # Nothing vouches for who made these changes; the lead decides (the trust model: docs/architecture.md).
        text = fill(plural(self.tr("%1 holds %n unsigned change(s) (%2), made by a version without signing or "
                                   "added by hand: nothing shows who really made them.\n\nMerge them only if "
                                   "you trust how the file reached you.", "", total), total), source, whom)
        answer = QMessageBox.question(parent, self.tr("Merge unsigned changes?"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
