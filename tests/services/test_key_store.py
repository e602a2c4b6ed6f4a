"""The signing key's passphrase in the OS keyring: kept, used without asking, forgotten, and every way it can fail
falling back to asking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring_backends import LockedKeyring, MemoryKeyring, PlaintextKeyring

from auditor_app.errors import KnownError
from auditor_app.services import audit, key_store, keys, library


@pytest.fixture
def store() -> Iterator[MemoryKeyring]:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions put to the user, answered with the right passphrase; notes told to them."""
    questions: list[str] = []
    monkeypatch.setattr(keys, "prompt", lambda q: questions.append(q) or "lena passphrase")
    monkeypatch.setattr(key_store, "notify", lambda text: questions.append("note: " + text))
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    return questions


def _lena(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> keys.Signer:
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "lena-config"))
    return keys.create("lena passphrase")


def test_a_remembered_passphrase_unlocks_without_asking_and_forgetting_asks_again(
        store: MemoryKeyring, asked: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lena = _lena(monkeypatch, tmp_path)
    assert key_store.remember(lena.fingerprint, "lena passphrase") == "the test keyring"
    assert store.secrets == {("auditor-app signing key", lena.fingerprint): "lena passphrase"}
    key_file = (tmp_path / "lena-config" / "signing-key.pem").read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in key_file  # the key on disk stays encrypted: the folder alone gives nothing
    unlocked = keys.unlock_default()
    assert unlocked is not None and unlocked.public_key == lena.public_key and asked == []
    with audit.create_audit(tmp_path / "a.audit", author="Lena", checklists=[library.get("iso9001-2015")]) as made:
        assert made.bound_key() == lena.public_key  # the lead's key recorded at creation, nobody asked
    assert asked == []
    assert key_store.forget(lena.fingerprint) == "the test keyring" and store.secrets == {}
    assert key_store.forget(lena.fingerprint) is None  # nothing kept any more
    assert keys.unlock_default() is not None and asked == [f"passphrase of your signing key ({keys.key_path()}): "]


def test_the_environment_passphrase_wins_over_the_kept_one(store: MemoryKeyring, asked: list[str], tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    lena = _lena(monkeypatch, tmp_path)
    key_store.remember(lena.fingerprint, "lena passphrase")
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "not lena's")
    with pytest.raises(keys.WrongPassphrase, match="wrong passphrase for your signing key"):
        keys.unlock_default()


def test_a_kept_passphrase_that_no_longer_opens_the_key_is_said_and_asked_for(
        store: MemoryKeyring, asked: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lena = _lena(monkeypatch, tmp_path)
    store.secrets[(key_store.SERVICE, lena.fingerprint)] = "changed elsewhere"
    assert keys.remembered() == (None, "the passphrase kept in the test keyring does not open your signing key (was it "
                                       "changed elsewhere?)")
    unlocked = keys.unlock_default()
    assert unlocked is not None and unlocked.public_key == lena.public_key
    assert asked == ["note: the passphrase kept in the test keyring does not open your signing key (was it changed "
                     "elsewhere?)", f"passphrase of your signing key ({keys.key_path()}): "]


def test_a_failing_keyring_is_one_line_and_the_passphrase_is_asked_for(asked: list[str], tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    lena = _lena(monkeypatch, tmp_path)
    keyring.set_keyring(LockedKeyring())
    assert keys.unlock_default() is not None
    assert asked == ["note: cannot read the passphrase from the locked keychain (the keychain is locked)",
                     f"passphrase of your signing key ({keys.key_path()}): "]
    with pytest.raises(key_store.StoreFailed) as failed:
        key_store.remember(lena.fingerprint, "lena passphrase")
    assert str(failed.value) == "cannot keep the passphrase in the locked keychain (the keychain is locked)"


@pytest.mark.parametrize("backend", [PlaintextKeyring(), null.Keyring(), fail.Keyring()],
                         ids=["plaintext", "null", "fail"])
def test_no_keyring_or_a_plaintext_one_is_no_keyring(backend: KeyringBackend, asked: list[str],
                                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lena = _lena(monkeypatch, tmp_path)
    keyring.set_keyring(backend)
    assert key_store.backend() is None
    with pytest.raises(KnownError, match="there is no OS keyring on this computer"):
        key_store.remember(lena.fingerprint, "lena passphrase")
    if isinstance(backend, MemoryKeyring):
        assert backend.secrets == {}  # nothing written in plain text
    assert keys.unlock_default() is not None and asked == [f"passphrase of your signing key ({keys.key_path()}): "]


def test_a_chain_uses_its_first_real_keyring_and_an_empty_chain_is_none(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends.chainer import ChainerBackend

    memory = MemoryKeyring()
    monkeypatch.setattr(ChainerBackend, "backends", [PlaintextKeyring(), memory])
    keyring.set_keyring(ChainerBackend())
    assert key_store.backend() is memory
    monkeypatch.setattr(ChainerBackend, "backends", [])
    assert key_store.backend() is None
