"""Opening a sealed package in the window: check it off the UI thread, confirm who signed it, unpack it, open it."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor_app import paths
from auditor_app.services import unpack
from auditor_app.ui import tasks
from auditor_app.ui.i18n import fill
from auditor_app.ui.open_audit import OpenAudit
from auditor_app.ui.package_keys import Opener


def free_folder(parent: Path, name: str) -> Path:
    """`parent/name`, or `name (2)`, `name (3)` … : a folder name not taken yet (the service never overwrites)."""
    return paths.free_name(parent, name)


class ConfirmDialog(QDialog):
    """The checked package: who signed it, what it holds, and the folder its files go to (changeable)."""

    def __init__(self, parent: QWidget | None, package: Path, checked: unpack.Checked, folder: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open sealed package"))
        manifest = checked.manifest
        intro = QLabel(fill(self.tr("%1 is checked: its files match SHA256SUMS and the signed manifest, the signature "
                                    "verifies, and the audit file passes its full check."), package.name))
        intro.setWordWrap(True)
        form = QFormLayout()
        signer = QLabel(checked.signed_by)
        signer.setWordWrap(True)
        form.addRow(self.tr("Signed by:"), signer)
        what = QLabel(fill(self.tr("%1 (%2)"), manifest.get("title") or self.tr("untitled"),
                           manifest.get("client") or self.tr("no client")))
        what.setWordWrap(True)
        form.addRow(self.tr("Audit:"), what)
        when = str(manifest.get("made_at") or "?").replace("T", " ").replace("Z", " UTC")
        made = fill(self.tr("by %1 at %2"), manifest.get("made_by") or "?", when)
        if manifest.get("for"):
            made = fill(self.tr("%1, for %2"), made, manifest["for"])
        form.addRow(self.tr("Made:"), QLabel(made))
        self.folder = QLineEdit(str(folder))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Unpack into:"), row)
        note = QLabel(self.tr("The folder is made; nothing in it is overwritten. The audit then opens here, in place "
                              "of any audit open now."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Unpack and open"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(note)
        box.addWidget(buttons)
        self._name = folder.name
        self.setMinimumWidth(560)

    def _browse(self) -> None:
        start = Path(self.folder.text()).parent
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Unpack into a new folder in"), str(start))
        if chosen:
            self.folder.setText(str(free_folder(Path(chosen), self._name)))


def confirm(parent: QWidget, package: Path, checked: unpack.Checked, folder: Path) -> Path | None:
    """The folder to unpack into, or None when the user cancels. Tests answer here."""
    dialog = ConfirmDialog(parent, package, checked, folder)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.folder.text().strip():
            return None
        return Path(dialog.folder.text().strip())
    finally:
        dialog.deleteLater()


class UnpackFlow(QObject):
    """One package from the user's choice to the open audit: check (cancellable), confirm, publish. The open audit
    is not touched until the unpacked one is opened in its place (by the receiver of `done`)."""

    done = Signal(object)  # the unpacked audit file, or None when nothing was unpacked

    def __init__(self, parent: QWidget, audit: OpenAudit, package: Path, opener: Opener) -> None:
        super().__init__(parent)
        self._parent, self._audit, self._package, self._opener = parent, audit, package, opener
        self._stack = contextlib.ExitStack()  # the checked package's scratch folder, until the flow ends
        self._job = tasks.Job(self)

    def run(self) -> None:
        job, package, opener = self._job, self._package, self._opener

        def check() -> unpack.Checked:
            return self._stack.enter_context(unpack.opened(
                package, passphrase=opener.passphrase, identities=opener.identities, progress=job.report,
                cancelled=job.is_cancelled))

        task = self._start(fill(self.tr("Decrypting and checking %1: its signature, every file and the audit…"),
                                package.name), check,
                           self.tr("Stopping at the next step… Nothing is written."), job.request_cancel, job)
        task.succeeded.connect(self._checked)
        task.failed.connect(self._failed)
        task.cancelled.connect(lambda: self._end(None))

    def _start(self, text: str, fn: Any, running: str, stop: Any = None, job: tasks.Job | None = None) -> tasks.Task:
        # With an audit open its owner runs the work, holding the file meanwhile: nothing reaches it in between.
        title = self.tr("Open sealed package")
        if self._audit.is_open:
            return self._audit.run_exclusive(title, text, lambda _session: fn(), running, stop, job)
        return tasks.run_busy(self._parent, title, text, fn, running, stop, job)

    def _checked(self, checked: unpack.Checked) -> None:
        folder = confirm(self._parent, self._package, checked,
                         free_folder(self._package.parent, checked.audit_file.stem))
        if folder is None:
            self._end(None)
            return
        task = self._start(fill(self.tr("Writing the files of %1 into %2…"), self._package.name, folder),
                           lambda: unpack.publish_checked(checked, folder),
                           self.tr("The files are being written; stopping half-way is not possible."))
        task.succeeded.connect(lambda done: self._end(done.audit_file))
        task.failed.connect(self._failed)
        task.cancelled.connect(lambda: self._end(None))

    def _failed(self, exc: BaseException) -> None:
        self._end(None)
        if isinstance(exc, unpack.UnpackCancelled):
            return
        text = self.tr("%1\n\nNothing was written, and the open audit is as it was.")
        QMessageBox.warning(self._parent, self.tr("Package not opened"), fill(text, tasks.known(exc)))

    def _end(self, audit_file: Path | None) -> None:
        self._stack.close()
        self.done.emit(audit_file)
