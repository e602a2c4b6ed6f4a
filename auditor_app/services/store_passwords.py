"""The office store's password kept in the OS keyring (as the signing key's passphrase is), when the user asks."""

# The same stores as services/key_store.py accepts (a real OS keyring, never keyrings.alt's files or a fail backend),
# under a service of their own: SERVICE, account role@host:port/database. Nothing is kept anywhere else.

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor_app.services import key_store, store_address

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "auditor-app office store"
WHAT = "the office store's password"  # in the one-line failures


def keyring_name() -> str | None:
    """The OS keyring as its user knows it ("the macOS Keychain"), or None when this computer has none we accept."""
    store = key_store.backend()
    return key_store.name(store) if store is not None else None


def recall(url: str) -> tuple[KeyringBackend, str] | None:
    """The keyring and the password kept in it for this store and role, or None (no keyring, nothing kept)."""
    return key_store.read_secret(SERVICE, store_address.account(url), WHAT)


def remember(url: str, password: str) -> str:
    """Keep `password` (it was accepted by the store) in the OS keyring; returns the keyring's name."""
    return key_store.keep_secret(SERVICE, store_address.account(url), password, WHAT,
                                 "there is no OS keyring on this computer to remember the password in")


def forget(url: str) -> str | None:
    """Remove the kept password; the keyring's name, or None when nothing was kept (or there is no keyring)."""
    return key_store.drop_secret(SERVICE, store_address.account(url), WHAT)
