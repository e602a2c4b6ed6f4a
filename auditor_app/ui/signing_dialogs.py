"""The window's side of signed operations: the key's passphrase asked in a dialog (and kept in the OS keyring when
the user ticks it), unlocking a copy for editing."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from auditor_app.domain.signing import fingerprint
from auditor_app.errors import KnownError
from auditor_app.services import key_store, keys
from auditor_app.ui.i18n import fill, translate
from auditor_app.ui.secret_dialog import SecretDialog

if TYPE_CHECKING:  # at start-up this module is imported before the first view, which does without SQLAlchemy
    from auditor_app.services.session import AuditSession
    from auditor_app.ui.open_audit import OpenAudit


def ask_passphrase(parent: QWidget | None, text: str, title: str | None = None) -> str | None:
    """The passphrase typed (hidden), or None when the user cancels. The title is the signing key's unless given."""
    value, ok = QInputDialog.getText(parent, translate("signing", "Signing key") if title is None else title, text,
                                     QLineEdit.EchoMode.Password)
    return value if ok else None


class PassphraseDialog(SecretDialog):
    """The passphrase (hidden) with "Remember in <the OS keyring>": shown only where there is an OS keyring."""

    def __init__(self, parent: QWidget | None, text: str, store: str) -> None:
        super().__init__(parent, translate("signing", "Signing key"), text,
                         fill(translate("signing", "Remember in %1 (not asked again on this computer)"), store))


def ask_to_keep(parent: QWidget | None, text: str) -> tuple[str, bool] | None:
    """The passphrase typed and whether to keep it in the OS keyring (asked only where there is one), or None when
    the user cancels."""
    store = key_store.backend()
    if store is None:
        given = ask_passphrase(parent, text)
        return (given, False) if given is not None else None
    return PassphraseDialog(parent, text, key_store.name(store)).answer()


def ask_twice(parent: QWidget | None, title: str, text: str, differ: str,
              keeping: bool = False) -> tuple[str, bool] | None:
    """A new passphrase, typed twice (hidden) so that a typing slip cannot lock anything away: asked with `text`, then
    again. With `keeping` it is the signing key's (its prompts say so), and the second offers "Remember in <the OS
    keyring>". The passphrase and whether to keep it; None when the user cancels, or when the two differ, which is said
    with `differ` under `title`."""
    first = ask_passphrase(parent, text, None if keeping else title)
    if first is None:
        return None
    again_text = translate("copies", "The same passphrase again:")  # the hand-over's context, where it was first
    if keeping:
        again = ask_to_keep(parent, again_text)
    else:
        typed = ask_passphrase(parent, again_text, title)
        again = None if typed is None else (typed, False)
    if again is None:
        return None
    if again[0] != first:
        QMessageBox.warning(parent, title, differ)
        return None
    return first, again[1]


def keep(parent: QWidget | None, signer: keys.Signer, passphrase: str) -> None:
    """Keep the passphrase (it opened `signer`) in the OS keyring; a failure is said and changes nothing else."""
    try:
        key_store.remember(signer.fingerprint, passphrase)
    except KnownError as exc:
        QMessageBox.warning(parent, translate("signing", "Signing key"), str(exc))


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
    """Your key, unlocked by the passphrase kept in the OS keyring, else by one asked for (again after a wrong one;
    kept when the user ticks it), or None when cancelled."""
    signer, note = keys.remembered()
    if signer is not None:
        return signer
    if note is not None:  # a kept passphrase that no longer opens the key, or a keyring that failed
        text = f"{note}.\n\n{text}"
    while True:
        answer = ask_to_keep(parent, text)
        if answer is None:
            return None
        given, keeping = answer
        try:
            signer = keys.unlock(given)
        except keys.WrongPassphrase:
            QMessageBox.warning(parent, translate("signing", "Signing key"),
                                translate("signing", "Wrong passphrase. Try again, or cancel."))
            continue
        if keeping:
            keep(parent, signer, given)
        return signer


def lead_key(parent: QWidget) -> keys.Signer | None:
    """Before a new audit is made on a worker (where no passphrase can be asked), the user's key to record as its
    lead's, as `auditor-app new` does. None: no key, or the user chose an unsigned audit."""
    if not keys.has_key():
        return None
    return unlock(parent, translate("signing", "Changes to the new audit are signed with your key, as its lead's. "
                                               "Its passphrase (cancel to create it unsigned):"))


# The key just unlocked to make a file (the new-audit wizard), while that file is being opened: not asked again.
_made_with: dict[Path, keys.Signer] = {}


@contextlib.contextmanager
def made_with(path: Path, signer: keys.Signer | None) -> Iterator[None]:
    """While the file `path`, just made with `signer`, is opened, its key counts as unlocked."""
    if signer is not None:
        _made_with[path.resolve()] = signer
    try:
        yield
    finally:
        _made_with.pop(path.resolve(), None)


def unlock_for_editing(parent: QWidget, owner: OpenAudit, session: AuditSession) -> bool:
    """A copy bound to a key signs every change: unlock the key now. False: open it read-only instead. `session` is
    the one `owner` is opening (read on its database thread)."""
    bound = owner.opening_call(session.bound_key)
    if bound is None or session.signer is not None:
        return True
    made = _made_with.get(session.path.resolve())
    if made is not None and made.public_key == bound:
        session.signer = made
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
