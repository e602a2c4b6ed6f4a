"""The window's hand-over writes a sealed package when asked: to a passphrase, or to the member's key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from auditor_app.services import age_seal, keys, unpack
from auditor_app.ui.main_window import MainWindow


class Answers:
    """getItem and getText answered from lists, in the order asked; message boxes recorded."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, items: list[str], texts: list[str]) -> None:
        self.items, self.texts, self.labels, self.shown = items, texts, [], []  # type: ignore[var-annotated]
        monkeypatch.setattr(QInputDialog, "getItem", self._item)
        monkeypatch.setattr(QInputDialog, "getText", self._text)
        for kind in ("information", "warning"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))

    def _item(self, _parent: object, _title: str, label: str, choices: list[str], *_a: object) -> tuple[str, bool]:
        self.labels.append((label, list(choices)))
        return self.items.pop(0), True

    def _text(self, _parent: object, _title: str, label: str, *_a: object, **_k: object) -> tuple[str, bool]:
        self.labels.append((label, []))
        return self.texts.pop(0), True

    def _recorder(self, kind: str) -> Any:
        def show(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> Any:
            self.shown.append((kind, text))
            return QMessageBox.StandardButton.Ok
        return show


def test_the_hand_over_seals_the_copy_with_a_passphrase(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    answers = Answers(monkeypatch, ["Max Muster", "Yes, with a passphrase"],
                      ["", "package secret", "package secret", "lead passphrase", "lead passphrase"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "for-max"), ""))
    window.team.hand_over_action.trigger()
    qtbot.waitUntil(lambda: any(k == "information" and "sealed copy" in t for k, t in answers.shown)
                    and not window.audit.busy, timeout=30_000)
    seal_question, choices = answers.labels[2]
    assert seal_question.startswith("Seal the copy (encrypt)?") and choices == ["No: a plain audit file",
                                                                                 "Yes, with a passphrase"]
    package = tmp_path / "for-max.age"
    assert answers.shown[-1][1].startswith(f"The sealed copy for Max Muster is saved as\n{package}\n")
    assert not (tmp_path / "for-max.audit").exists()
    done = unpack.unpack(package, tmp_path / "max", passphrase="package secret")
    assert done.audit_file.name == "for-max.audit" and done.manifest["for"] == "Max Muster"


def test_the_hand_over_seals_the_copy_to_the_members_key(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "max-config"))
    max_ = keys.create("max passphrase")
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "lead-config"))
    answers = Answers(monkeypatch, ["Max Muster", "Yes, to Max Muster's key"],
                      ["auditor-app-ed25519:" + max_.public_key, "lead passphrase", "lead passphrase"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "for-max.age"), ""))
    window.team.hand_over_action.trigger()
    qtbot.waitUntil(lambda: any(k == "information" and "sealed copy" in t for k, t in answers.shown)
                    and not window.audit.busy, timeout=30_000)
    done = unpack.unpack(tmp_path / "for-max.age", tmp_path / "max", identities=[age_seal.own_identity(max_)])
    assert "the audit's lead" in done.signed_by
