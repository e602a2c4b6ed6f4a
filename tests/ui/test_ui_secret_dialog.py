"""The key's passphrase and the office store's password are asked in one dialog: the field focused, Enter answers,
"Remember in …" only where there is a keyring, and the answered dialog (its field held the secret) deleted."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from auditor_app.ui import signing_dialogs
from auditor_app.ui.office_store import password
from auditor_app.ui.secret_dialog import SecretDialog

DIALOGS: dict[str, Callable[[], SecretDialog]] = {
    "key passphrase": lambda: signing_dialogs.PassphraseDialog(None, "Its passphrase:", "the test keyring"),
    "store password": lambda: password.StorePasswordDialog(None, "office store db.example.org", "",
                                                           "the test keyring"),
}


def _answered(qtbot: QtBot, dialog: SecretDialog, typed: str,
              tick: bool = False) -> tuple[tuple[str, bool] | None, bool, bool]:
    """The dialog's answer after `typed` and Enter in its field; whether the field had the focus; whether the dialog
    was deleted afterwards."""
    focused, deleted = [], []
    dialog.destroyed.connect(lambda: deleted.append(True))

    def type_in() -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        focused.append(QApplication.focusWidget() is dialog.field)
        dialog.keep.setChecked(tick)
        qtbot.keyClicks(dialog.field, typed)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_in)
    answer = dialog.answer()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return answer, focused == [True], deleted == [True]


@pytest.mark.parametrize("which", DIALOGS)
def test_both_secrets_are_asked_in_the_one_dialog_enter_answers_and_it_is_deleted(qtbot: QtBot, which: str) -> None:
    dialog = DIALOGS[which]()
    assert isinstance(dialog, SecretDialog)
    assert dialog.keep.text() == "Remember in the test keyring (not asked again on this computer)"
    assert _answered(qtbot, dialog, "s3cret phrase", tick=True) == (("s3cret phrase", True), True, True)


def test_the_store_password_offers_no_remembering_without_a_keyring_and_shows_its_note(qtbot: QtBot) -> None:
    dialog = password.StorePasswordDialog(None, "office store db.example.org",
                                          "The password remembered in the test keyring was refused by the store.", None)
    assert dialog.windowTitle() == "Office store password"
    assert dialog.note is not None and dialog.note.text().endswith("was refused by the store.")
    assert dialog.keep.isHidden()
    # A tick on the hidden box (it cannot be clicked) never asks to remember.
    assert _answered(qtbot, dialog, "pw", tick=True) == (("pw", False), True, True)


def test_the_key_passphrase_dialog_has_no_note_and_the_signing_keys_title(qtbot: QtBot) -> None:
    dialog = DIALOGS["key passphrase"]()
    assert dialog.windowTitle() == "Signing key" and dialog.note is None
    assert dialog.findChildren(QLabel)[0].text() == "Its passphrase:"
    assert _answered(qtbot, dialog, "") == (("", False), True, True)
