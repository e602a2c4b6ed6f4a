"""The window's side of signed operations: the key's passphrase asked in a dialog, unlocking a copy for editing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from auditor_app.domain.signing import fingerprint
from auditor_app.services import keys
from auditor_app.ui.i18n import fill, translate

if TYPE_CHECKING:  # the prompt is installed right after the first view, which does without SQLAlchemy
    from auditor_app.services.session import AuditSession


def ask_passphrase(parent: QWidget | None, text: str) -> str | None:
    """The passphrase typed (hidden), or None when the user cancels."""
    value, ok = QInputDialog.getText(parent, translate("signing", "Signing key"), text, QLineEdit.EchoMode.Password)
    return value if ok else None


def install_prompt() -> None:
    """Let a locked key be unlocked by a dialog when a change needs it (on the UI thread only: work running on a
    worker is refused with the key locked, and says so)."""
    def prompt(_question: str) -> str | None:
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return None
        return ask_passphrase(QApplication.activeWindow(), translate(
            "signing", "Changes to this audit are signed with your key. Its passphrase:"))

    keys.prompt = prompt


def unlock(parent: QWidget, text: str) -> keys.Signer | None:
    """Your key, unlocked by its passphrase (asked again after a wrong one), or None when cancelled."""
    while True:
        given = ask_passphrase(parent, text)
        if given is None:
            return None
        try:
            return keys.unlock(given)
        except keys.WrongPassphrase:
            QMessageBox.warning(parent, translate("signing", "Signing key"),
                                translate("signing", "Wrong passphrase. Try again, or cancel."))


def unlock_for_editing(parent: QWidget, session: AuditSession) -> bool:
    """A copy bound to a key signs every change: unlock the key now. False: open it read-only instead."""
    bound = session.bound_key()
    if bound is None or session.signer is not None:
        return True
    title = translate("signing", "Signing key")
    if not keys.has_key():
        QMessageBox.warning(parent, title, fill(translate(
            "signing", "Changes to %1 are signed with the key %2, which is not on this computer. "
                       "The audit opens read-only."), session.path.name, fingerprint(bound)))
        return False
    signer = unlock(parent, fill(translate(
        "signing", "Changes to %1 are signed with your key. Its passphrase (cancel to open the audit read-only):"),
        session.path.name))
    if signer is None:
        return False
    if signer.public_key != bound:
        QMessageBox.warning(parent, title, fill(translate(
            "signing", "%1 is bound to the key %2, but yours is %3: only its own team member can change it. "
                       "The audit opens read-only."), session.path.name, fingerprint(bound), signer.fingerprint))
        return False
    session.signer = signer
    return True
