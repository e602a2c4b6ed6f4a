"""Sealed packages in the window: File ▸ Open unpacks and opens one, and merging takes them beside audit files."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import pyrage
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from auditor_app import leftovers
from auditor_app.domain.signing import key_text
from auditor_app.services import age_seal, audit, keys, merge, notes, package, queries, unpack
from auditor_app.ui import package_keys, unpacking
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.tasks import BusyDialog

PASS = "package secret"
KEY_PASS = "my key passphrase"
BOB_TEXT = "Bob's wording, sent sealed: the gauge GB-7 had no calibration label."


class Dialogs:
    """The package dialogs answered in the one place they are asked (package_keys, unpacking), message boxes
    recorded; File ▸ Open and Merge answer with `chosen`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answers: list[tuple[str, str]]) -> None:
        self.answers, self.asked, self.shown, self.confirmed = answers, [], [], []  # type: ignore[var-annotated]
        self.key_file: Path | None = None
        self.chosen: list[Path] = []
        monkeypatch.setattr(package_keys, "ask", self._ask)
        monkeypatch.setattr(package_keys, "choose_key_file", lambda *_a: self.key_file)
        monkeypatch.setattr(unpacking, "confirm", self._confirm)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(self.chosen[0]), ""))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in self.chosen], ""))
        for kind in ("information", "warning", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))

    def _ask(self, _parent: object, text: str, offer_file: bool) -> tuple[str, str] | None:
        self.asked.append((text, offer_file))
        return self.answers.pop(0) if self.answers else None

    def _confirm(self, _parent: object, package_path: Path, checked: unpack.Checked, folder: Path) -> Path:
        self.confirmed.append((package_path, checked.signed_by, checked.manifest, folder))
        return folder

    def _recorder(self, kind: str) -> Any:
        def show(_parent: object, title: str, text: str, *_a: object, **_k: object) -> Any:
            self.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok
        return show


def _package(source: Path, out: Path, seal: age_seal.Seal, signer: keys.Signer) -> Path:
    with audit.open_audit(source, author="Lena Lead", read_only=True) as session:
        package.make(session, out, seal, signer, for_whom="Max Muster")
    return out


@pytest.fixture
def signer() -> keys.Signer:
    return keys.create(KEY_PASS)


def test_file_open_unpacks_a_passphrase_package_and_opens_its_audit(empty_window: MainWindow, qtbot: QtBot,
                                                                    audit_path: Path, tmp_path: Path,
                                                                    signer: keys.Signer,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    sealed = _package(audit_path, inbox / "stage2.age", age_seal.Seal(passphrase=PASS), signer)
    (inbox / "a").mkdir()  # taken: the dialog proposes a free name, the service never overwrites
    dialogs = Dialogs(monkeypatch, [("passphrase", PASS)])
    dialogs.chosen = [sealed]
    empty_window.open_action.trigger()
    target = inbox / "a (2)" / "a.audit"
    qtbot.waitUntil(lambda: empty_window.audit.path == target, timeout=60_000)
    assert dialogs.asked == [("stage2.age is sealed with a passphrase. Its passphrase:", False)]
    [(shown_package, signed_by, manifest, folder)] = dialogs.confirmed
    assert shown_package == sealed and folder == inbox / "a (2)" and manifest["for"] == "Max Muster"
    assert signed_by == (f"key {signer.fingerprint} (this audit binds no keys: compare the fingerprint with the "
                         "sender's)")
    assert sorted(p.name for p in folder.iterdir() if p.name[0] != ".") == [
        "README.txt", "SHA256SUMS", "a.audit", "manifest.json", "manifest.sig"]
    assert empty_window.audit.read(queries.details).title and not empty_window.audit.busy
    assert not [s for s in dialogs.shown if s[0] in ("warning", "critical")]


def test_a_wrong_passphrase_is_refused_in_one_line_and_nothing_is_written(window: MainWindow, qtbot: QtBot,
                                                                          audit_path: Path, tmp_path: Path,
                                                                          signer: keys.Signer,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    source = tmp_path / "b.audit"
    shutil.copyfile(audit_path, source)  # the window holds the open file's lock
    sealed = _package(source, inbox / "stage2.age", age_seal.Seal(passphrase=PASS), signer)
    dialogs = Dialogs(monkeypatch, [("passphrase", "not the secret")])
    dialogs.chosen = [sealed]
    window.open_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.shown) and not window.audit.busy, timeout=60_000)
    assert dialogs.shown == [("warning", "Package not opened", "cannot open stage2.age: wrong passphrase\n\n"
                              "Nothing was written, and the open audit is as it was.")]
    assert dialogs.confirmed == [] and [p.name for p in inbox.iterdir()] == ["stage2.age"]
    assert window.audit.path == audit_path and window.audit.editable and window.unpacking is None


def test_a_package_sealed_to_my_key_opens_with_my_signing_key(empty_window: MainWindow, qtbot: QtBot,
                                                              audit_path: Path, tmp_path: Path, signer: keys.Signer,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    sealed = _package(audit_path, tmp_path / "for-me.age",
                      age_seal.Seal(recipients=(key_text(signer.public_key),)), signer)
    dialogs = Dialogs(monkeypatch, [("passphrase", "wrong key passphrase"), ("passphrase", KEY_PASS)])
    assert empty_window.open_path(sealed)
    qtbot.waitUntil(lambda: empty_window.audit.path == tmp_path / "a" / "a.audit", timeout=60_000)
    assert [offer for _text, offer in dialogs.asked] == [True, True]
    assert dialogs.asked[0][0].startswith("for-me.age is sealed to a key. To open it with your signing key, give")
    assert [s[2] for s in dialogs.shown] == ["Wrong passphrase for your signing key. Try again, or cancel."]


def test_a_package_sealed_to_an_age_key_opens_with_another_key_file(empty_window: MainWindow, qtbot: QtBot,
                                                                    audit_path: Path, tmp_path: Path,
                                                                    signer: keys.Signer,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    identity = pyrage.x25519.Identity.generate()
    sealed = _package(audit_path, tmp_path / "outsider.age",
                      age_seal.Seal(recipients=(str(identity.to_public()),)), signer)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(f"{pyrage.x25519.Identity.generate()}\n")
    dialogs = Dialogs(monkeypatch, [(package_keys.OTHER_FILE, "")])
    dialogs.key_file = wrong
    empty_window.open_path(sealed)
    qtbot.waitUntil(lambda: bool(dialogs.shown) and empty_window.unpacking is None, timeout=60_000)
    assert dialogs.shown == [("warning", "Package not opened", "cannot open outsider.age: it is not sealed for your "
                              "key (sealed for someone else, or another identity file opens it)\n\n"
                              "Nothing was written, and the open audit is as it was.")]
    assert not (tmp_path / "a").exists() and empty_window.audit.path is None
    right = tmp_path / "age-identity.txt"
    right.write_text(f"# made by age-keygen\n{identity}\n")
    dialogs.answers, dialogs.key_file = [(package_keys.OTHER_FILE, "")], right
    empty_window.open_path(sealed)
    qtbot.waitUntil(lambda: empty_window.audit.path == tmp_path / "a" / "a.audit", timeout=60_000)


def test_merge_takes_a_sealed_package_beside_audit_files(window: MainWindow, qtbot: QtBot, audit_path: Path,
                                                         tmp_path: Path, signer: keys.Signer,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    bob = tmp_path / "Bob.audit"
    window.close_audit()  # the lead's file is free while Bob's copy is made from it; then opened again
    with audit.open_audit(audit_path, author="Lena Lead", read_only=True) as lead:
        note_id = queries.notes(lead)[0].id
        merge.hand_over_copy(lead, bob, "Bob")
    with audit.open_audit(bob, author="Bob") as session:
        session.run(notes.edit_note, note_id, text=BOB_TEXT)
    sealed = _package(bob, tmp_path / "from-bob.age", age_seal.Seal(passphrase=PASS), signer)
    bob.unlink()
    assert window.open_path(audit_path)
    dialogs = Dialogs(monkeypatch, [("passphrase", "wrong")])
    dialogs.chosen = [sealed]
    window.team.merge_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.shown) and not window.audit.busy, timeout=60_000)
    assert dialogs.shown == [("warning", "Nothing merged", "cannot open from-bob.age: wrong passphrase\n\n"
                              "Your audit file was not changed.")]
    dialogs.shown.clear()
    dialogs.answers = [("passphrase", PASS)]
    window.team.merge_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.shown) and not window.audit.busy, timeout=60_000)
    [(kind, title, summary)] = dialogs.shown
    assert (kind, title) == ("information", "Merge finished")
    assert summary.startswith(f"from-bob.age: sealed package, checked; signed by key {signer.fingerprint}")
    assert "Bob.audit: 1 operation, 0 evidence files" in summary
    assert next(n.text for n in window.audit.read(queries.notes) if n.id == note_id) == BOB_TEXT
    assert not bob.exists()  # merged from the package's scratch folder, which is gone again
    assert not list(Path(tempfile.gettempdir()).glob(leftovers.scratch_prefix("unpack") + "*"))


def test_cancelling_the_check_writes_nothing_and_keeps_the_open_audit(window: MainWindow, qtbot: QtBot,
                                                                      audit_path: Path, tmp_path: Path,
                                                                      signer: keys.Signer,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "b.audit"
    shutil.copyfile(audit_path, source)
    sealed = _package(source, tmp_path / "inbox.age", age_seal.Seal(passphrase=PASS), signer)
    dialogs = Dialogs(monkeypatch, [("passphrase", PASS)])
    assert window.open_path(sealed)
    busy = QApplication.activeModalWidget()
    assert isinstance(busy, BusyDialog) and busy.windowTitle() == "Open sealed package"
    assert busy.label.text() == ("Decrypting and checking inbox.age: its signature, every file and the audit…")
    busy.reject()  # Cancel: before the work starts it never runs, after it stops at the next step
    qtbot.waitUntil(lambda: window.unpacking is None and not window.audit.busy, timeout=60_000)
    assert dialogs.confirmed == [] and dialogs.shown == []
    assert not (tmp_path / "b").exists() and window.audit.path == audit_path and window.audit.editable
