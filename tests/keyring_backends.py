"""OS keyring stand-ins for tests (real keyring.backend.KeyringBackend subclasses): in memory, in a file a
subprocess can share (PYTHON_KEYRING_BACKEND=keyring_backends.FileKeyring, with tests/ on PYTHONPATH), failing,
and one posing as keyrings.alt's plaintext file."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

FILE_ENV = "TEST_KEYRING_FILE"  # where FileKeyring keeps its secrets


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]
    name = "the test keyring"  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("not kept")


class FileKeyring(KeyringBackend):
    """Secrets in the JSON file named by $TEST_KEYRING_FILE, so that one command keeps what the next one reads."""

    priority = 1  # type: ignore[assignment]
    name = "the test keyring"  # type: ignore[assignment]

    def _load(self) -> dict[str, str]:
        path = Path(os.environ[FILE_ENV])
        return json.loads(path.read_text("utf-8")) if path.exists() else {}

    def _save(self, data: dict[str, str]) -> None:
        Path(os.environ[FILE_ENV]).write_text(json.dumps(data), "utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._save({**self._load(), f"{service}/{username}": password})

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError("not kept")
        self._save(data)


class LockedKeyring(KeyringBackend):
    """A keychain that stays locked (the user refused to unlock it, or D-Bus failed)."""

    priority = 1  # type: ignore[assignment]
    name = "the locked keychain"  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the keychain is locked\n(more detail a user need not read)")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the keychain is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("the keychain is locked")


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt.file.PlaintextKeyring: secrets in a file anyone with the folder can read."""


PlaintextKeyring.__module__ = "keyrings.alt.file"
