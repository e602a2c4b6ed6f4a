"""The new-audit wizard's last step: where the audit file goes, and creating it (on a worker thread)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from auditor_app import paths
from auditor_app.errors import AuditorError, KnownError
from auditor_app.services import audit, checklist_languages
from auditor_app.services.session import AuditSession
from auditor_app.ui.i18n import fill

if TYPE_CHECKING:
    from auditor_app.services import keys

SUFFIX = ".audit"


@dataclass(frozen=True)
class NewAudit:
    """Everything the wizard collected, as plain data for the worker."""

    path: Path
    details: dict[str, Any]
    checklists: tuple[str, ...]
    author_role: str  # the role of the person creating the file (usually the lead)
    members: tuple[tuple[str, str, str], ...] = field(default=())  # (name, role, organisation) of the others


def create_audit_file(spec: NewAudit, author: str, signer: keys.Signer | None = None) -> Path:
    """Create the audit with its standards and team in one go: the file appears only when all of it is written.
    With `signer` (the lead's key, unlocked by the wizard) it is recorded as the lead's and signs from the first."""
    if spec.path.exists():
        raise KnownError(f"cannot create {spec.path}: a file of that name already exists")
    # The checklists speak the audit's language where the library has a translation (checklist_languages).
    language = spec.details.get("language")
    checklists = [checklist_languages.get_or_original(key, language if isinstance(language, str) else None)[0]
                  for key in spec.checklists]

    def add_members(session: AuditSession) -> None:
        if spec.members:
            with session.transaction() as tx:
                for name, role, organisation in spec.members:
                    audit.add_team_member(tx, name, role, organisation or None)

    audit.create_audit(spec.path, author=author, checklists=checklists, details=spec.details,
                       lead_role=spec.author_role, fill=add_members, signer=signer).close()
    return spec.path


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def suggested_path(folder: Path, client: str, start_date: str) -> Path:
    """"ACME GmbH 2026-03-02.audit", numbered if taken; no characters a file system or e-mail would trip on."""
    stem = re.sub(r"[^\w\- .,()&+]+", "_", f"{client} {start_date}").strip(" ._")
    stem = re.sub(r"\s+", " ", stem)[:100] or "audit"
    return paths.free_name(folder, stem, SUFFIX)


def with_suffix(text: str) -> Path | None:
    text = text.strip()
    if not text:
        return None
    path = Path(text).expanduser()
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


class FilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Audit file"))
        self.setSubTitle(self.tr("The audit is one file. Keep it on this computer's own disk while you work; "
                                 "use File ▸ Save a copy… for a USB stick or a shared folder."))
        self.path_edit = QLineEdit()
        self.path_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self.browse)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        caption = QLabel(self.tr("&Save the new audit as:"))
        caption.setBuddy(self.path_edit)
        box = QVBoxLayout(self)
        box.addWidget(caption)
        box.addLayout(row)
        box.addWidget(self.problem_label)
        box.addSpacing(16)
        box.addWidget(self.summary_label)
        box.addStretch(1)
        self.path_edit.textChanged.connect(self._check)
        self._suggested = ""
        self.created: Path | None = None  # set once the file exists: the wizard is then only closing

    def initializePage(self) -> None:
        wizard: Any = self.wizard()
        details = wizard.details()
        current = self.path_edit.text()
        if not current or current == self._suggested:  # follow the client and date until the user picks a name
            folder = Path(current).parent if current else documents_folder()
            self._suggested = str(suggested_path(folder, details.get("client") or "", details.get("start_date") or ""))
            self.path_edit.setText(self._suggested)
        self.summary_label.setText(wizard.summary())
        self._check()

    def path(self) -> Path | None:
        return with_suffix(self.path_edit.text())

    def browse(self) -> None:
        start = self.path() or documents_folder()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New audit file"), str(start),
                                              self.tr("Audit files (*.audit)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.path_edit.setText(str(with_suffix(name)))

    def problem(self) -> tuple[str, bool]:
        """(what to tell the user, whether it stops the audit being created here)."""
        path = self.path()
        if self.created is not None:
            return "", False
        if path is None:
            return self.tr("Choose where to save the audit file."), True
        if not path.parent.is_dir():
            return fill(self.tr("The folder %1 does not exist."), path.parent), True
        if path.exists():
            return fill(self.tr("%1 already exists. An audit file is never overwritten: choose another name."),
                        path.name), True
        try:
            where = audit.where_is(path)
        except (OSError, AuditorError):
            return "", False
        if not where.risky:
            return "", False
        what = {"removable": self.tr("This folder is on removable media (%1), which can be unplugged while the "
                                     "audit is being written."),
                "network": self.tr("This folder is on a network share (%1), where file locking is unreliable."),
                "cloud": self.tr("This folder is synchronised by %1, whose agent can copy the file half-written.")}
        text = fill(what.get(where.kind, self.tr("This folder is not on a local disk (%1).")), where.detail)
        return " ".join([text, self.tr("Keep the audit on this computer's own disk; File ▸ Save a copy… puts a "
                                       "verified copy there when you are done.")]), False

    def _check(self) -> None:
        text, blocking = self.problem()
        self.problem_label.setText(text)
        self.problem_label.setStyleSheet("color: #c62828;" if blocking else "color: #b26a00;")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem()[1]

    def validatePage(self) -> bool:
        self._check()  # the folder may have changed since the name was typed
        return self.isComplete()
