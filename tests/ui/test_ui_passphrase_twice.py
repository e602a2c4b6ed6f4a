"""A new passphrase is typed twice, one way for the hand-over's package and for the lead's first key: two that differ
are refused with one line and nothing is made; cancelling either prompt says nothing and makes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget
from pytestqt.qtbot import QtBot
from signhelpers import Dialogs

from auditor_app.services import keys
from auditor_app.ui import signing_dialogs
from auditor_app.ui.main_window import MainWindow

AGAIN = "The same passphrase again:"


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Dialogs:
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "lead-config"))  # the lead has no key yet
    monkeypatch.setattr(keys, "prompt", None)
    return Dialogs(monkeypatch)


def _hand_over(window: MainWindow, monkeypatch: pytest.MonkeyPatch, item: str) -> None:
    """The hand-over to "Max Muster", choosing `item` when asked whether to seal; saved (if asked) as for-max."""
    items = iter(["Max Muster", item])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: (next(items), True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(Path(window.audit.path or "").parent
                                                                                 / "for-max"), ""))
    window.team.hand_over_action.trigger()


def _max_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """Max's public key text, as the lead pastes it (his key made in his own config folder)."""
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "max-config"))
    text = "auditor-app-ed25519:" + keys.create("max passphrase").public_key
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "lead-config"))
    return text


def test_a_package_passphrase_typed_differently_is_refused_and_nothing_is_written(
        window: MainWindow, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs.answers += ["", "package secret", "package secreT"]  # no member key: an unsigned copy, sealed
    _hand_over(window, monkeypatch, "Yes, with a passphrase")
    assert dialogs.asked[-1] == AGAIN and dialogs.answers == []
    assert dialogs.shown == [("warning", "The two passphrases differ; nothing was written.")]
    folder = Path(window.audit.path or "").parent
    assert not (folder / "for-max.age").exists() and not (folder / "for-max.audit").exists()


def test_a_first_key_passphrase_typed_differently_makes_no_key(
        window: MainWindow, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    max_key = _max_key(monkeypatch, tmp_path)
    dialogs.answers += [max_key, "lead passphrase", "lead passphrasE"]
    _hand_over(window, monkeypatch, "unused")
    assert dialogs.asked[-1] == AGAIN
    assert dialogs.shown == [("warning", "The two passphrases differ; no key was made.")]
    assert not keys.has_key()


def test_cancelling_the_second_prompt_of_a_first_key_says_nothing_and_makes_no_key(
        window: MainWindow, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    max_key = _max_key(monkeypatch, tmp_path)
    dialogs.answers += [max_key, "lead passphrase", None]  # Cancel on "The same passphrase again:"
    _hand_over(window, monkeypatch, "unused")
    assert dialogs.asked[-1] == AGAIN and dialogs.answers == []
    assert dialogs.shown == []  # a cancel is no mistyped passphrase
    assert not keys.has_key()


def test_typed_twice_alike_is_the_passphrase_and_the_prompts_say_where_they_come_from(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    titles: list[str] = []
    typed = iter(["same words", "same words"])

    def get_text(_parent: object, title: str, _label: str, *_a: object, **_k: object) -> tuple[str, bool]:
        titles.append(title)
        return next(typed), True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert signing_dialogs.ask_twice(parent, "Hand over a copy", "Its passphrase:", "differ") == ("same words", False)
    assert titles == ["Hand over a copy", "Hand over a copy"]
