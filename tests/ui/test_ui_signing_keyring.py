"""The key's passphrase and the OS keyring in the window: "Remember in …" in the passphrase dialog, a kept
passphrase that opens a key-bound copy without asking, and one that no longer does, or a keyring that fails."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring_backends import LockedKeyring, MemoryKeyring
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from signhelpers import Dialogs, make_bound_copy

from auditor_app.services import key_store, keys
from auditor_app.ui import opening, signing_dialogs
from auditor_app.ui.open_audit import OpenAudit

ASKED = "Changes to max.audit are signed with your key. Its passphrase (cancel to open the audit read-only):"


class Typed:
    """PassphraseDialog answered from a list: (passphrase, tick "Remember"), or None for Cancel."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[tuple[str, bool] | None] = []
        self.seen: list[tuple[str, str]] = []  # (the dialog's text, its checkbox's)
        monkeypatch.setattr(signing_dialogs.PassphraseDialog, "exec", lambda dialog: self._exec(dialog))

    def _exec(self, dialog: signing_dialogs.PassphraseDialog) -> int:
        text = dialog.findChildren(QLabel)[0].text()
        self.seen.append((text, dialog.keep.text()))
        answer = self.answers.pop(0)
        if answer is None:
            return QDialog.DialogCode.Rejected
        dialog.field.setText(answer[0])
        dialog.keep.setChecked(answer[1])
        return QDialog.DialogCode.Accepted


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> Typed:
    return Typed(monkeypatch)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    monkeypatch.setattr(keys, "prompt", None)
    return Dialogs(monkeypatch)


@pytest.fixture
def store() -> Iterator[MemoryKeyring]:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory


@pytest.fixture
def owner(qtbot: QtBot) -> OpenAudit:
    parent = QWidget()
    qtbot.addWidget(parent)
    return OpenAudit("Max", False, parent)


def _open(owner: OpenAudit, path: Path) -> bool:
    """Whether the copy opened for editing with Max's key unlocked."""
    session = opening.open_session(None, owner, path)  # type: ignore[arg-type]
    assert session is not None
    try:
        return not session.file.read_only and session.signer is not None
    finally:
        owner.give_up(session.close)


def test_remember_ticked_keeps_the_passphrase_and_the_next_opening_asks_nothing(
        store: MemoryKeyring, typed: Typed, dialogs: Dialogs, owner: OpenAudit, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    copy = make_bound_copy(tmp_path, monkeypatch)
    typed.answers = [("max passphrase", True)]
    assert _open(owner, copy)
    assert typed.seen == [(ASKED, "Remember in the test keyring (not asked again on this computer)")]
    assert list(store.secrets.values()) == ["max passphrase"]
    assert _open(owner, copy) and len(typed.seen) == 1 and dialogs.asked == [] and dialogs.shown == []


def test_remember_not_ticked_keeps_nothing(store: MemoryKeyring, typed: Typed, dialogs: Dialogs, owner: OpenAudit,
                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = make_bound_copy(tmp_path, monkeypatch)
    typed.answers = [("not it", True), ("max passphrase", False)]
    assert _open(owner, copy)
    assert dialogs.shown == [("warning", "Wrong passphrase. Try again, or cancel.")]
    assert store.secrets == {}  # neither the wrong one nor the unticked right one


def test_a_kept_passphrase_that_no_longer_opens_the_key_is_said_and_replaced(
        store: MemoryKeyring, typed: Typed, dialogs: Dialogs, owner: OpenAudit, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    copy = make_bound_copy(tmp_path, monkeypatch)
    account = keys.unlock("max passphrase").fingerprint
    store.secrets[(key_store.SERVICE, account)] = "changed elsewhere"
    typed.answers = [("max passphrase", True)]
    assert _open(owner, copy)
    assert typed.seen[0][0] == ("the passphrase kept in the test keyring does not open your signing key (was it "
                                "changed elsewhere?).\n\n" + ASKED)
    assert store.secrets == {(key_store.SERVICE, account): "max passphrase"}


def test_a_failing_keyring_is_said_and_the_passphrase_is_asked(typed: Typed, dialogs: Dialogs, owner: OpenAudit,
                                                                tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    copy = make_bound_copy(tmp_path, monkeypatch)
    keyring.set_keyring(LockedKeyring())
    typed.answers = [("max passphrase", True)]
    assert _open(owner, copy)
    assert typed.seen[0][0] == "cannot read the passphrase from the locked keychain (the keychain is locked).\n\n" \
        + ASKED
    assert dialogs.shown == [("warning", "cannot keep the passphrase in the locked keychain (the keychain is locked)")]


def test_without_a_keyring_the_dialog_is_as_before(typed: Typed, dialogs: Dialogs, owner: OpenAudit, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    copy = make_bound_copy(tmp_path, monkeypatch)
    dialogs.answers = ["max passphrase"]
    assert _open(owner, copy)
    assert dialogs.asked == [ASKED] and typed.seen == []  # no "Remember in …" where there is nothing to keep it in
