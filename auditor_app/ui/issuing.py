"""File › Issue report…: the certificate and passphrase, then the issue on a worker through the open audit's owner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from auditor_app.errors import AuditorError
from auditor_app.services import issuing, queries, reports
from auditor_app.ui import tasks
from auditor_app.ui.export_dialogs import PROFILES
from auditor_app.ui.i18n import fill, translate
from auditor_app.ui.tasks import Job

if TYPE_CHECKING:
    from auditor_app.services.certificates import CertInfo
    from auditor_app.services.session import AuditSession
    from auditor_app.ui.feature import Shell
    from auditor_app.ui.open_audit import OpenAudit


class IssueDialog(QDialog):
    """Which profile, and the certificate that signs (or none: issued unsigned) with its passphrase."""

    def __init__(self, parent: QWidget | None, revision: int, found: list[CertInfo]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Issue report"))
        self.setMinimumWidth(460)
        self.profile_combo = QComboBox()
        for key, label in PROFILES:
            self.profile_combo.addItem(translate("export_dialogs", label), key)
        self.certificate_combo = QComboBox()
        self.certificate_combo.addItem(self.tr("Not signed"), None)
        for info in found:
            self.certificate_combo.addItem(fill(self.tr("%1 (%2, until %3)"), info.common_name or info.subject,
                                                info.name, f"{info.not_after:%Y-%m-%d}"), info.name)
        if found:
            self.certificate_combo.setCurrentIndex(1)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.as_signer_check = QCheckBox(self.tr("The certificate names a team member other than the lead auditor"))
        form = QFormLayout()
        form.addRow(self.tr("Revision:"), QLabel(str(revision)))
        form.addRow(self.tr("&Profile:"), self.profile_combo)
        form.addRow(self.tr("&Certificate:"), self.certificate_combo)
        form.addRow(self.tr("Pa&ssphrase:"), self.passphrase_edit)
        form.addRow("", self.as_signer_check)
        note = QLabel(self.tr("The report is written at this revision, signed, and recorded in the audit. An issued "
                              "revision is never issued again: a re-issue takes the next number."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(note)
        box.addWidget(buttons)
        self.certificate_combo.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        signed = self.certificate is not None
        self.passphrase_edit.setEnabled(signed)
        self.as_signer_check.setEnabled(signed)

    @property
    def profile(self) -> str:
        return str(self.profile_combo.currentData())

    @property
    def certificate(self) -> str | None:
        data = self.certificate_combo.currentData()
        return None if data is None else str(data)


class IssueFlow(QObject):
    """The whole issue as the user lives it; `finished` gives the issued record, or None."""

    finished = Signal(object)

    def __init__(self, audit: OpenAudit, shell: Shell, review: Callable[[str], bool]) -> None:
        super().__init__(shell.parent_widget)
        self.audit, self.shell, self.review = audit, shell, review
        self.done_box: QMessageBox | None = None

    def start(self) -> None:
        audit = self.audit
        if not audit.is_open or audit.busy or not audit.editable:
            return
        from auditor_app.services import certificates  # cryptography: loaded when first needed

        parent = self.shell.parent_widget
        dialog = IssueDialog(parent, audit.read(issuing.next_revision), certificates.list_all())
        if dialog.exec() != QDialog.DialogCode.Accepted or not self.review(dialog.profile):
            return
        signing: issuing.Signing | None = None
        if dialog.certificate is not None:
            try:
                signing = audit.read(issuing.prepare_signing, dialog.certificate, dialog.passphrase_edit.text(),
                                     as_signer=dialog.as_signer_check.isChecked())
            except AuditorError as exc:
                self._refused(exc)
                return
        path = self.ask_path()
        if path is not None:
            self.run(path, dialog.profile, signing)

    def ask_path(self) -> Path | None:
        where = self.audit.path
        if where is None:
            return None
        title = self.audit.read(queries.details).title or where.stem
        name, _ = QFileDialog.getSaveFileName(self.shell.parent_widget, self.tr("Issue report"),
                                              str(where.parent / f"{title}.pdf"),
                                              translate("exporting", "PDF files (*.pdf)"))
        if not name:
            return None
        return Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")

    def run(self, path: Path, profile: str, signing: issuing.Signing | None) -> None:
        job = Job(self)

        def work(session: AuditSession) -> issuing.Issued:
            return issuing.issue(session, path, signing=signing, profile=profile, progress=job.report,
                                 cancelled=job.is_cancelled)

        def prepare(task: tasks.Task) -> None:
            task.succeeded.connect(self._issued)
            task.failed.connect(self._failed)
            task.cancelled.connect(lambda: self.finished.emit(None))

        self.audit.run_exclusive(self.tr("Issuing the report"), fill(self.tr("Issuing the report to %1…"), path.name),
                                 work, self.tr("Stopping; nothing is written or recorded…"), job.request_cancel,
                                 job, prepare, bar=True)

    def _issued(self, issued: issuing.Issued) -> None:
        r = issued.record
        who = fill(self.tr("Signed by %1."), r.signer) if r.signed else self.tr("Not signed.")
        text = fill(self.tr("Revision %1 was issued and recorded in the audit.\n%2\n\nSaved as\n%3"), r.revision, who,
                    issued.path)
        if issued.replaced is not None:
            text += "\n\n" + fill(self.tr("It replaces revision %1."), issued.replaced.revision)
        if self.audit.is_open:
            self.audit.changed.emit(issued.change)
        box = self.done_box = QMessageBox(QMessageBox.Icon.Information, self.tr("Report issued"), text,
                                          QMessageBox.StandardButton.Close, self.shell.parent_widget)
        box.finished.connect(box.deleteLater)
        box.open()  # window-modal without a nested event loop
        self.shell.show_status(fill(self.tr("Issued revision %1 to %2"), r.revision, issued.path), 10_000)
        self.finished.emit(r)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, reports.Cancelled):
            self.finished.emit(None)
            return
        self._refused(tasks.known(exc))

    def _refused(self, exc: AuditorError) -> None:
        QMessageBox.warning(self.shell.parent_widget, self.tr("Report not issued"),
                            fill(self.tr("%1\n\nNo file was written and nothing was recorded."), exc))
        self.finished.emit(None)
