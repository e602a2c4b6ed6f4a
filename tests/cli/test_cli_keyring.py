"""The key's passphrase in the OS keyring on the command line: `key remember`, `key forget`, `key create
--remember`, commands that then need no passphrase, and a kept passphrase or keyring that fails (each command runs
with tests/keyring_backends.py's backends, chosen by PYTHON_KEYRING_BACKEND as keyring reads it)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from test_cli_signing import _key_text, run

TESTS = Path(__file__).resolve().parent.parent


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The file the commands' test keyring keeps its secrets in."""
    store = tmp_path / "keyring.json"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring_backends.FileKeyring")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")])))
    monkeypatch.setenv("TEST_KEYRING_FILE", str(store))
    return store


def _copy_for_max(tmp_path: Path, *, remember: bool) -> Path:
    """Lena's audit and Max's copy of it, bound to his key (made with --remember or not)."""
    assert run("Lena", tmp_path, "key", "create", passphrase="lena secret").returncode == 0
    made = run("Max", tmp_path, "key", "create", *(["--remember"] if remember else []), passphrase="max secret")
    assert made.returncode == 0, made.stderr
    lead, copy = tmp_path / "lead.audit", tmp_path / "max.audit"
    assert run("Lena", tmp_path, "new", lead, "--checklist", "iso9001-2015", passphrase="lena secret").returncode == 0
    handed = run("Lena", tmp_path, "handover", lead, copy, "--member", "Max", "--member-key", _key_text(made),
                 passphrase="lena secret")
    assert handed.returncode == 0, handed.stderr
    return copy


def test_a_remembered_passphrase_signs_without_being_given_and_forgetting_it_locks(kept: Path,
                                                                                     tmp_path: Path) -> None:
    copy = _copy_for_max(tmp_path, remember=True)
    [(account, secret)] = json.loads(kept.read_text("utf-8")).items()
    assert account.startswith("auditor-app signing key/") and secret == "max secret"
    assert b"ENCRYPTED PRIVATE KEY" in (tmp_path / "Max-config" / "signing-key.pem").read_bytes()
    forgot = run("Max", tmp_path, "key", "forget")
    assert forgot.returncode == 0 and forgot.stdout.strip() == "removed your key's passphrase from the test keyring"
    assert json.loads(kept.read_text("utf-8")) == {}
    again = run("Max", tmp_path, "key", "forget")
    assert again.stdout.strip() == "no passphrase of your key is kept in an OS keyring"
    locked = run("Max", tmp_path, "template", "use", copy, "--built-in")
    assert locked.returncode == 1 and "which is locked" in locked.stderr
    remembered = run("Max", tmp_path, "key", "remember", passphrase="max secret")
    assert remembered.returncode == 0 and "kept in the test keyring" in remembered.stdout
    used = run("Max", tmp_path, "template", "use", copy, "--built-in")  # no passphrase given: the keyring's
    assert used.returncode == 0, used.stderr
    [line] = [ln for ln in run("Max", tmp_path, "history", copy).stdout.splitlines() if "report_template" in ln]
    assert "[signed by Max (" in line


def test_a_kept_passphrase_that_no_longer_opens_the_key_is_said(kept: Path, tmp_path: Path) -> None:
    copy = _copy_for_max(tmp_path, remember=True)
    data = json.loads(kept.read_text("utf-8"))
    kept.write_text(json.dumps(dict.fromkeys(data, "changed elsewhere")), "utf-8")
    failed = run("Max", tmp_path, "template", "use", copy, "--built-in")
    assert failed.returncode == 1
    first, second = failed.stderr.strip().splitlines()
    assert first == ("auditor-app: warning: the passphrase kept in the test keyring does not open your signing key "
                     "(was it changed elsewhere?)")
    assert "which is locked: give its passphrase in $AUDITOR_APP_KEY_PASSPHRASE" in second
    assert run("Max", tmp_path, "template", "use", copy, "--built-in", passphrase="max secret").returncode == 0


def test_a_failing_keyring_is_one_line(kept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = _copy_for_max(tmp_path, remember=True)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring_backends.LockedKeyring")
    failed = run("Max", tmp_path, "template", "use", copy, "--built-in")
    assert failed.returncode == 1
    assert failed.stderr.splitlines()[0] == ("auditor-app: warning: cannot read the passphrase from the locked "
                                             "keychain (the keychain is locked)")
    refused = run("Max", tmp_path, "key", "remember", passphrase="max secret")
    assert refused.returncode == 1
    assert refused.stderr.strip() == "auditor-app: cannot keep the passphrase in the locked keychain (the keychain " \
                                     "is locked)"
    assert run("Max", tmp_path, "template", "use", copy, "--built-in", passphrase="max secret").returncode == 0


def test_without_a_keyring_nothing_is_remembered(tmp_path: Path) -> None:
    # The tests' own default: keyring's fail backend, as on a headless machine.
    refused = run("Max", tmp_path, "key", "create", "--remember", passphrase="max secret")
    assert refused.returncode == 1 and "there is no OS keyring on this computer" in refused.stderr
    assert not (tmp_path / "Max-config" / "signing-key.pem").exists()  # nothing half done
    assert run("Max", tmp_path, "key", "create", passphrase="max secret").returncode == 0
    again = run("Max", tmp_path, "key", "remember", passphrase="max secret")
    assert again.returncode == 1 and "there is no OS keyring on this computer" in again.stderr


def test_a_wrong_passphrase_is_never_kept(kept: Path, tmp_path: Path) -> None:
    assert run("Max", tmp_path, "key", "create", passphrase="max secret").returncode == 0
    wrong = run("Max", tmp_path, "key", "remember", passphrase="not max's")
    assert wrong.returncode == 1 and "wrong passphrase for your signing key" in wrong.stderr
    assert not kept.exists()
