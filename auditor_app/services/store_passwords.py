"""The office store's password kept in the OS keyring (as the signing key's passphrase is), when the user asks."""

# The same stores as services/key_store.py accepts (a real OS keyring, never keyrings.alt's files or a fail backend),
# under a service of their own: SERVICE, account role@host:port/database. Nothing is kept anywhere else.

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor_app.errors import KnownError
from auditor_app.services import key_store, store_address
from auditor_app.services.key_store import StoreFailed

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "auditor-app office store"


def _why(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def keyring_name() -> str | None:
    """The OS keyring as its user knows it ("the macOS Keychain"), or None when this computer has none we accept."""
    store = key_store.backend()
    return key_store.name(store) if store is not None else None


def recall(url: str) -> tuple[KeyringBackend, str] | None:
    """The keyring and the password kept in it for this store and role, or None (no keyring, nothing kept)."""
    store = key_store.backend()
    if store is None:
        return None
    try:
        kept = store.get_password(SERVICE, store_address.account(url))
    except Exception as exc:  # any backend's failure: locked keychain, D-Bus error, access denied
        raise StoreFailed(f"cannot read the office store's password from {key_store.name(store)} "
                          f"({_why(exc)})") from None
    return (store, kept) if kept else None


def remember(url: str, password: str) -> str:
    """Keep `password` (it was accepted by the store) in the OS keyring; returns the keyring's name."""
    store = key_store.backend()
    if store is None:
        raise KnownError("there is no OS keyring on this computer to remember the password in")
    try:
        store.set_password(SERVICE, store_address.account(url), password)
    except Exception as exc:
        raise StoreFailed(f"cannot keep the office store's password in {key_store.name(store)} "
                          f"({_why(exc)})") from None
    return key_store.name(store)


def forget(url: str) -> str | None:
    """Remove the kept password; the keyring's name, or None when nothing was kept (or there is no keyring)."""
    store = key_store.backend()
    if store is None:
        return None
    from keyring.errors import PasswordDeleteError

    try:
        account = store_address.account(url)
        if store.get_password(SERVICE, account) is None:
            return None
        store.delete_password(SERVICE, account)
    except PasswordDeleteError:
        return None
    except Exception as exc:
        raise StoreFailed(f"cannot remove the office store's password from {key_store.name(store)} "
                          f"({_why(exc)})") from None
    return key_store.name(store)
