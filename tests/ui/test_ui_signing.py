"""Signed operations in the window: the member's key at hand-over, the passphrase when a bound copy opens, and
the history's signature column."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget
from pytestqt.qtbot import QtBot
from signhelpers import Dialogs, make_bound_copy
from signhelpers import key as _key
from uihelpers import cid

from auditor_app.services import audit, history, keys, library, merge
from auditor_app.storage import oplog, signatures
from auditor_app.ui import opening
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.models.history_list import Column, HistoryModel
from auditor_app.ui.open_audit import OpenAudit


@pytest.fixture(autouse=True)
def _no_window_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window started by an earlier test installs its passphrase dialog (ui/launch.py): not in these tests."""
    monkeypatch.setattr(keys, "prompt", None)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def test_the_hand_over_binds_the_members_key_making_the_leads_first(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                                    dialogs: Dialogs,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    max_ = _key(monkeypatch, tmp_path, "max")
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "lead-config"))  # the lead has no key yet
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Max Muster", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "for-max"), ""))
    dialogs.answers = ["not a key"]
    window.team.hand_over_action.trigger()
    assert dialogs.shown == [("warning", "--member-key: this is not a public key text (the member's `auditor-app key "
                                         "show` prints it: auditor-app-ed25519:…)")]
    assert not (tmp_path / "for-max.audit").exists()
    dialogs.shown.clear()
    dialogs.answers = ["auditor-app-ed25519:" + max_.public_key, "lead passphrase", "lead passphrase"]
    window.team.hand_over_action.trigger()
    qtbot.waitUntil(lambda: len(dialogs.shown) == 2 and not window.audit.busy, timeout=20_000)
    lead_key = keys.public_key()
    assert lead_key is not None and dialogs.shown[0][1].startswith("Your signing key is made (fingerprint ")
    assert dialogs.shown[1][1].startswith("The copy for Max Muster is saved as")
    with audit.open_audit(tmp_path / "for-max.audit", author="checker", read_only=True) as copy, \
            copy.reading() as conn:
        raw = oplog.driver(conn)
        assert signatures.record(raw, copy.file.replica_id) == (max_.public_key, False)
        assert signatures.record(raw, copy.file.meta["copy_of"]) == (lead_key, True)


@pytest.fixture
def bound_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return make_bound_copy(tmp_path, monkeypatch)


def _owner(qtbot: QtBot) -> OpenAudit:
    parent = QWidget()
    qtbot.addWidget(parent)
    return OpenAudit("Max", False, parent)


def test_opening_a_bound_copy_asks_for_the_passphrase(qtbot: QtBot, bound_copy: Path, dialogs: Dialogs) -> None:
    dialogs.answers = ["not it", "max passphrase"]  # Max's config folder is the current one
    owner = _owner(qtbot)
    session = opening.open_session(None, owner, bound_copy)  # type: ignore[arg-type]
    assert session is not None
    try:
        assert dialogs.shown == [("warning", "Wrong passphrase. Try again, or cancel.")]
        assert not session.file.read_only and session.signer is not None
        # signed with Max's key (on the file's database thread, as every use of it)
        owner.opening_call(session.run, audit.set_clause_result, "iso9001-2015", "9.2", "conforming")
        [entry] = [e for e in owner.opening_call(history.clause_trail, session, cid("9.2"))]
        assert entry.signature == f"signed by Max ({session.signer.fingerprint})"
    finally:
        owner.give_up(session.close)


def test_cancelling_the_passphrase_opens_the_copy_read_only(qtbot: QtBot, bound_copy: Path, dialogs: Dialogs) -> None:
    dialogs.answers = [None]
    owner = _owner(qtbot)
    session = opening.open_session(None, owner, bound_copy)  # type: ignore[arg-type]
    assert session is not None
    try:
        assert session.file.read_only and session.signer is None
    finally:
        owner.give_up(session.close)


def test_the_history_shows_who_signed_each_change(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  bound_copy: Path) -> None:
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "lena-config"))
    with audit.open_audit(tmp_path / "lead.audit", author="Lena Lead") as lead:
        lead.signer = keys.unlock("lena passphrase")
        lead.run(audit.set_clause_result, "iso9001-2015", "9.3", "conforming")
        model = HistoryModel()
        model.set_entries(history.clause_trail(lead, cid("9.3")))
        assert model.headerData(Column.SIGNATURE, Qt.Orientation.Horizontal) == "Signature"
        assert model.index(0, Column.SIGNATURE).data() == f"Signed by Lena Lead ({lead.signer.fingerprint})"
    with audit.create_audit(tmp_path / "plain.audit", author="Otto", checklists=[library.get("iso9001-2015")]) as plain:
        plain.run(audit.set_clause_result, "iso9001-2015", "9.3", "conforming")  # Otto's key is not unlocked
        model.set_entries(history.clause_trail(plain, cid("9.3")))
        assert model.index(0, Column.SIGNATURE).data() == "Unsigned"


def test_the_lead_is_asked_before_unsigned_changes_are_merged(qtbot: QtBot, tmp_path: Path, bound_copy: Path,
                                                              dialogs: Dialogs,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    lead_path = tmp_path / "lead.audit"
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "lena-config"))
    lena = keys.unlock("lena passphrase")
    with audit.open_audit(lead_path, author="Lena Lead") as lead:
        lead.signer = lena
        olga_path = merge.hand_over_copy(lead, tmp_path / "olga.audit", "Olga")  # no key: an unsigned copy
    with audit.open_audit(olga_path, author="Olga") as olga:
        olga.run(audit.set_clause_result, "iso9001-2015", "9.2", "conforming")
    win = MainWindow("Lena Lead")
    qtbot.addWidget(win)
    dialogs.answers = ["lena passphrase"]
    assert win.open_path(lead_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(olga_path)], ""))
    win.team.merge_action.trigger()
    qtbot.waitUntil(lambda: not win.audit.busy and any(k == "information" for k, _t in dialogs.shown),
                    timeout=30_000)
    [question] = [t for k, t in dialogs.shown if k == "question"]
    assert question.startswith("olga.audit holds 3 unsigned changes (Olga: 3), made by a version without signing")
    [summary] = [t for k, t in dialogs.shown if k == "information"]
    assert "olga.audit: 3 of them unsigned (Olga: 3)" in summary
    win.close()
