"""What opens a sealed package in the window: its passphrase, the user's signing key, or another key file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor_app.errors import AuditorError
from auditor_app.services import age_seal, keys
from auditor_app.ui.i18n import QT_TRANSLATE_NOOP, fill, translate

TITLE = QT_TRANSLATE_NOOP("package_keys", "Sealed package")
OTHER_FILE = "file"  # the answer of the "Other key file…" button


@dataclass(frozen=True)
class Opener:
    """The passphrase or the age identities that open one package (the unpack service's arguments)."""

    passphrase: str | None = None
    identities: list[Any] | None = None


class SecretDialog(QDialog):
    """A masked passphrase with Open and Cancel, and for a package sealed to keys an "Other key file…" button."""

    def __init__(self, parent: QWidget | None, text: str, offer_file: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("package_keys", TITLE))
        self.choice: str | None = None
        label = QLabel(text)
        label.setWordWrap(True)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if offer_file:
            other = QPushButton(self.tr("Other key file…"))
            buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
            other.clicked.connect(self._other_file)
        box = QVBoxLayout(self)
        box.addWidget(label)
        box.addWidget(self.secret)
        box.addWidget(buttons)
        self.setMinimumWidth(460)

    def _other_file(self) -> None:
        self.choice = OTHER_FILE
        self.accept()


def ask(parent: QWidget | None, text: str, offer_file: bool) -> tuple[str, str] | None:
    """("passphrase", the text typed) or (OTHER_FILE, ""); None when cancelled. Tests answer here."""
    dialog = SecretDialog(parent, text, offer_file)
    try:  # deleted at once: its field holds what was typed
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.choice == OTHER_FILE:
            return OTHER_FILE, ""
        return "passphrase", dialog.secret.text()
    finally:
        dialog.deleteLater()


def choose_key_file(parent: QWidget | None, start: Path) -> Path | None:
    """An age identity file or OpenSSH private key picked by the user. Tests answer here."""
    name, _ = QFileDialog.getOpenFileName(parent, translate("package_keys", "Key file that opens the package"),
                                          str(start), translate("package_keys", "All files (*)"))
    return Path(name) if name else None


def opener(parent: QWidget, package: Path) -> Opener | None:
    """What opens `package`, asked of the user; None when they cancel or it is no package (they are told)."""
    title = translate("package_keys", TITLE)
    try:
        sealed = age_seal.sealed_with(package)
    except AuditorError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None
    if sealed == "passphrase":
        answer = ask(parent, fill(translate("package_keys", "%1 is sealed with a passphrase. Its passphrase:"),
                                  package.name), False)
        return Opener(passphrase=answer[1]) if answer is not None else None
    while True:
        if keys.has_key():
            answer = ask(parent, fill(translate(
                "package_keys", "%1 is sealed to a key. To open it with your signing key, give the key's passphrase; "
                "or choose another key file (an age identity or an OpenSSH private key):"), package.name), True)
        else:
            answer = (OTHER_FILE, "")
        if answer is None:
            return None
        if answer[0] == OTHER_FILE:
            found = _from_file(parent, package)
            if found is not None or not keys.has_key():
                return found
            continue
        try:
            return Opener(identities=[age_seal.own_identity(keys.unlock(answer[1]))])
        except keys.WrongPassphrase:
            QMessageBox.warning(parent, title, translate("package_keys", "Wrong passphrase for your signing key. "
                                                                         "Try again, or cancel."))
        except AuditorError as exc:
            QMessageBox.warning(parent, title, str(exc))
            return None


def _from_file(parent: QWidget, package: Path) -> Opener | None:
    path = choose_key_file(parent, package.parent)
    if path is None:
        return None
    try:
        return Opener(identities=list(age_seal.identities_from_file(path, where=path.name)))
    except AuditorError as exc:
        QMessageBox.warning(parent, translate("package_keys", TITLE), str(exc))
        return None
