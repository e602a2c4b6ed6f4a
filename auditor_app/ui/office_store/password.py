"""The office store's password, asked in a masked dialog, with "Remember in <the OS keyring>" where there is one."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from auditor_app.errors import KnownError
from auditor_app.services import store_address
from auditor_app.ui.i18n import fill, translate
from auditor_app.ui.secret_dialog import SecretDialog


class StorePasswordDialog(SecretDialog):
    def __init__(self, parent: QWidget | None, where: str, note: str, keyring: str | None) -> None:
        # Remembering is offered only where the OS keeps it (services/store_passwords.py); never in a file of ours.
        # translate(), not self.tr(): the C++ dialog is made by super().__init__, which needs the texts already.
        keep = None if keyring is None else fill(translate(
            "StorePasswordDialog", "Remember in %1 (not asked again on this computer)"), keyring)
        super().__init__(parent, translate("StorePasswordDialog", "Office store password"),
                         fill(translate("StorePasswordDialog", "Your password at the %1:"), where), keep, note)
        self.setMinimumWidth(600)


def store_label(url: str) -> str:
    """How the window names the store in its dialogs: "office store HOST:PORT, database DB" (no role, no password)."""
    address = store_address.parse(url)
    return fill(translate("SyncFlow", "office store %1:%2, database %3"), address.host, address.port, address.database)


def ask(parent: QWidget | None, where: str, note: str, keyring: str | None) -> tuple[str, bool] | None:
    """The password typed and whether to remember it, or None when the user cancels."""
    return StorePasswordDialog(parent, where, note, keyring).answer()


class Secret:
    """Where the office store's password comes from, attempt after attempt: what libpq finds alone first, then the
    one kept in the OS keyring, then the user. Shared by the sync and the archive so both ask the same way."""

    def __init__(self, url: str, where: str, given: str | None = None) -> None:
        self.url, self.where = url, where
        self.password = given  # None: libpq's own ($PGPASSWORD, .pgpass, a client certificate)
        self._recalled = given is not None  # the keyring was asked already (or a password accepted earlier is given)
        self._from_keyring = False
        self._keep = False
        self._stale = False  # the remembered password was refused: forgotten once another one works

    def wanted(self, exc: BaseException) -> bool:
        """Whether the refusal `exc` is for want of a (better) password, which `another` can get."""
        from auditor_app.services import store_sync

        return isinstance(exc, store_sync.PasswordNeeded) or (
            isinstance(exc, store_sync.PasswordRefused) and self._from_keyring)

    def another(self, parent: QWidget) -> bool:
        """Gets the next password to try into `password` (the keyring's, else asked); False when the user cancels.
        Call only after `wanted` said so."""
        from auditor_app.services import store_passwords

        note = ""
        keyring = store_passwords.keyring_name()
        if self._from_keyring:
            self._stale = True
            note = fill(translate("SyncFlow", "The password remembered in %1 was refused by the store."), keyring or "")
        elif not self._recalled:
            self._recalled = True
            try:
                kept = store_passwords.recall(self.url)
            except KnownError as failed:  # a locked or unreachable keyring: said, then asked
                kept, note = None, str(failed)
            if kept is not None:
                self.password, self._from_keyring = kept[1], True
                return True
        answer = ask(parent, self.where, note, keyring)
        if answer is None:
            return False
        (self.password, self._keep), self._from_keyring = answer, False
        return True

    def accepted(self, parent: QWidget) -> None:
        """The store took the password: kept in the keyring when the user asked, and a refused one forgotten."""
        from auditor_app.services import store_passwords

        try:
            if self._keep and self.password is not None:
                self._keep = False
                store_passwords.remember(self.url, self.password)
            elif self._stale:
                self._stale = False
                store_passwords.forget(self.url)
        except KnownError as exc:
            QMessageBox.warning(parent, translate("StorePasswordDialog", "Office store password"), str(exc))
