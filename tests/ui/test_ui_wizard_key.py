"""File ▸ New audit… (and the next audit of a cycle) by a lead who has a signing key: the lead's key is recorded at
creation (as `auditor-app new` does), the passphrase asked once on the UI thread, and every change of the new audit
is signed."""

from __future__ import annotations

from pathlib import Path

import pytest
from cyclehelpers import make_audit, new_from
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from signhelpers import Dialogs, key
from test_ui_start_wizard import click, open_wizard
from uihelpers import cid, session_of

from auditor_app.domain import vocab
from auditor_app.services import audit, history, keys
from auditor_app.storage import oplog, signatures
from auditor_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)", extend=True)
ASKED = "Changes to the new audit are signed with your key, as its lead's. Its passphrase (cancel to create it " \
        "unsigned):"


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def _create(win: MainWindow, qtbot: QtBot, path: Path) -> None:
    wizard = open_wizard(win, qtbot)
    wizard.audit_page.client_edit.setText("ACME")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.standards_page.check("iso9001-2015")
    for _page in range(3):
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.file_page.path_edit.setText(str(path))
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)


def _lead_record(path: Path) -> tuple[str | None, bool]:
    with audit.open_audit(path, author="checker", read_only=True) as session, session.reading() as conn:
        return signatures.record(oplog.driver(conn), session.file.replica_id)


def test_a_lead_with_a_key_gets_the_key_recorded_at_creation_asked_once(
        empty_window: MainWindow, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    lena = key(monkeypatch, tmp_path, "lena")
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    dialogs.answers = ["lena passphrase"]
    path = tmp_path / "signed.audit"
    _create(empty_window, qtbot, path)
    qtbot.waitUntil(lambda: session_of(empty_window) is not None, timeout=20_000)
    assert dialogs.asked == [ASKED] and dialogs.shown == []  # once: the new audit opens with the key unlocked
    assert not empty_window.read_only
    empty_window.add_note(cid("8.3"), "observation", "Checked on site.")
    [entry] = [e for e in empty_window.audit.read(history.clause_trail, cid("8.3")) if "Checked on site." in str(e)]
    assert entry.signature == f"signed by Test Auditor ({lena.fingerprint})"
    empty_window.close_session()
    assert _lead_record(path) == (lena.public_key, True)


def test_cancelling_the_passphrase_creates_the_audit_unsigned_as_before(
        empty_window: MainWindow, qtbot: QtBot, dialogs: Dialogs, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    key(monkeypatch, tmp_path, "lena")
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    dialogs.answers = [None]
    path = tmp_path / "plain.audit"
    _create(empty_window, qtbot, path)
    qtbot.waitUntil(lambda: session_of(empty_window) is not None, timeout=20_000)
    assert dialogs.asked == [ASKED] and not empty_window.read_only
    empty_window.close_session()
    assert _lead_record(path) == (None, False)


def test_a_lead_without_a_key_is_not_asked(empty_window: MainWindow, qtbot: QtBot, dialogs: Dialogs,
                                           tmp_path: Path) -> None:
    path = tmp_path / "plain.audit"
    _create(empty_window, qtbot, path)
    qtbot.waitUntil(lambda: session_of(empty_window) is not None, timeout=20_000)
    empty_window.close_session()
    assert dialogs.asked == [] and _lead_record(path) == (None, False)


def test_the_next_audit_of_a_cycle_gets_the_leads_key_too(empty_window: MainWindow, qtbot: QtBot, dialogs: Dialogs,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stage1 = make_audit(tmp_path / "stage1.audit", vocab.AuditType.STAGE1.value)  # made before Lena had a key
    lena = key(monkeypatch, tmp_path, "lena")
    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    dialog = new_from(qtbot, empty_window, monkeypatch, stage1)
    target = tmp_path / "stage2.audit"
    dialog.path_edit.setText(str(target))
    dialogs.answers = ["lena passphrase"]
    dialog.create_audit()
    qtbot.waitUntil(lambda: session_of(empty_window) is not None, timeout=20_000)
    assert session_of(empty_window).path == target  # type: ignore[union-attr]
    assert dialogs.asked == [ASKED] and not empty_window.read_only
    empty_window.close_session()
    assert _lead_record(target) == (lena.public_key, True)
