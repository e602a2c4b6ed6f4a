"""Test set-up: headless Qt, and user folders that never touch the developer's real ones."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--reliability", action="store_true", help="run the long reliability trials")
    parser.addoption("--thorough", action="store_true",
                     help="the property tests at full strength (merge laws: 500 histories instead of CI's 150)")


def pytest_configure(config: pytest.Config) -> None:
    # Read when the property-test modules are imported, so it is set before collection.
    if config.getoption("--thorough"):
        os.environ.setdefault("MERGE_LAW_EXAMPLES", "500")


@pytest.fixture(autouse=True)
def _user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("AUDITOR_APP_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "user-config"))
    monkeypatch.setenv("AUDITOR_APP_AUTHOR", "Test Auditor")
    # Never this machine's own OS keyring: none, as on a headless machine, unless a test sets one of
    # tests/keyring_backends.py (in this process with keyring.set_keyring, in a command with this variable).
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    yield
    if "keyring" in sys.modules:
        import keyring
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())
    # The window installs a passphrase dialog for the signing key (ui/launch.py) for the whole process; a later
    # test in the same process would otherwise wait on that dialog.
    keys = sys.modules.get("auditor_app.services.keys")
    if keys is not None:
        keys.prompt = None


@pytest.fixture
def make_audit(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Factory for audit sessions on files in tmp_path; closed at the end of the test."""
    from auditor_app.services import audit, library

    sessions = []

    def make(name: str = "a.audit", checklists: tuple[str, ...] = ("iso9001-2015",), author: str = "Anna Auditor",
             **details: object):
        values = {"title": "Test audit", "client": "ACME GmbH", "audit_type": "stage2", **details}
        session = audit.create_audit(tmp_path / name, author=author,
                                     checklists=[library.get(k) for k in checklists], details=values)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()
