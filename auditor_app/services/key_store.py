"""The signing key's passphrase kept in the OS keyring (Keychain, Credential Locker, Secret Service), when asked to."""

# The key file stays PKCS#8-encrypted: the keyring holds only its passphrase, under SERVICE with the key's
# fingerprint as the account, so a copy of the config folder alone never gives the key. `keyring` is imported on
# first use, never at start-up (it looks for backends: D-Bus on Linux), and only backends that keep secrets in the
# operating system's store are used: keyring's fail and null backends, an empty chain, and the keyrings.alt ones
# (plaintext files, or a file encrypted with a password asked on the terminal) count as none, so a machine without
# an OS keyring (headless Linux, CI) behaves exactly as without this module. Every failure of the store (a locked
# keychain, D-Bus down) is one line, StoreFailed, and the caller asks for the passphrase instead.

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from auditor_app.errors import KnownError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "auditor-app signing key"
NO_KEYRING = ("there is no OS keyring on this computer to remember the passphrase in (a Linux desktop's Secret "
              "Service, the macOS Keychain, Windows Credential Locker)")

# Where a note on the way to the key goes (a kept passphrase that no longer opens it, a keyring that failed) when
# the key is unlocked without a dialog (keys.unlock_default): the CLI prints it. The window says it in its dialog.
notify: Callable[[str], None] | None = None

# What the user knows each store as; others by the name keyring gives them.
_NAMES = {
    "keyring.backends.macOS": "the macOS Keychain",
    "keyring.backends.Windows": "Windows Credential Locker",
    "keyring.backends.SecretService": "the desktop keyring (Secret Service)",
    "keyring.backends.libsecret": "the desktop keyring (libsecret)",
    "keyring.backends.kwallet": "KDE Wallet",
}
_NOT_A_STORE = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class StoreFailed(KnownError):
    """The OS keyring could not be read or written (locked, unreachable)."""


def _usable(candidate: KeyringBackend) -> KeyringBackend | None:
    from keyring.backends.chainer import ChainerBackend

    if isinstance(candidate, ChainerBackend):  # the first usable store of the chain, which is sorted by priority
        return next((b for b in map(_usable, candidate.backends) if b is not None), None)
    module = type(candidate).__module__
    if any(module == refused or module.startswith(refused + ".") for refused in _NOT_A_STORE):
        return None
    return candidate


def backend() -> KeyringBackend | None:
    """The OS keyring to keep the passphrase in, or None when this machine has none we accept."""
    try:
        import keyring

        return _usable(keyring.get_keyring())
    except Exception as exc:  # a backend's set-up may fail in any way (D-Bus, a broken keyring config file)
        log.warning("no OS keyring: %s", exc)
        return None


def name(store: KeyringBackend) -> str:
    """The store as its user knows it ("the macOS Keychain")."""
    module = type(store).__module__
    return next((shown for prefix, shown in _NAMES.items() if module.startswith(prefix)), str(store.name))


def _why(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def read_secret(service: str, account: str, what: str) -> tuple[KeyringBackend, str] | None:
    """The store and the secret kept in it under (service, account), or None (no store, nothing kept); `what`
    names the secret in the one-line failure ("the passphrase")."""
    store = backend()
    if store is None:
        return None
    try:
        kept = store.get_password(service, account)
    except Exception as exc:  # any backend's failure: locked keychain, D-Bus error, access denied
        raise StoreFailed(f"cannot read {what} from {name(store)} ({_why(exc)})") from None
    return (store, kept) if kept else None


def keep_secret(service: str, account: str, secret: str, what: str, nowhere: str) -> str:
    """Keep `secret` under (service, account) in the OS keyring; returns the store's name. `nowhere`: the refusal
    when this computer has no keyring we accept."""
    store = backend()
    if store is None:
        raise KnownError(nowhere)
    try:
        store.set_password(service, account, secret)
    except Exception as exc:
        raise StoreFailed(f"cannot keep {what} in {name(store)} ({_why(exc)})") from None
    return name(store)


def drop_secret(service: str, account: str, what: str) -> str | None:
    """Remove the secret kept under (service, account); the store's name, or None when nothing was kept (or there
    is no store)."""
    store = backend()
    if store is None:
        return None
    from keyring.errors import PasswordDeleteError

    try:
        if store.get_password(service, account) is None:
            return None
        store.delete_password(service, account)
    except PasswordDeleteError:
        return None
    except Exception as exc:
        raise StoreFailed(f"cannot remove {what} from {name(store)} ({_why(exc)})") from None
    return name(store)


def recall(fingerprint: str) -> tuple[KeyringBackend, str] | None:
    """The store and the passphrase kept in it for the key `fingerprint`, or None (no store, nothing kept)."""
    return read_secret(SERVICE, fingerprint, "the passphrase")


def remember(fingerprint: str, passphrase: str) -> str:
    """Keep `passphrase` (already checked against the key) in the OS keyring; returns the store's name."""
    return keep_secret(SERVICE, fingerprint, passphrase, "the passphrase", NO_KEYRING)


def forget(fingerprint: str) -> str | None:
    """Remove the kept passphrase; the store's name, or None when nothing was kept (or there is no store)."""
    return drop_secret(SERVICE, fingerprint, "the passphrase")
