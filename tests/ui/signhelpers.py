"""Signing in window tests: answered passphrase dialogs, recorded message boxes, a key-bound copy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from auditor_app.services import audit, keys, library, merge


class Dialogs:
    """QInputDialog.getText answered from a list (None: cancelled); QMessageBox's static functions recorded
    (question() answers Yes)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[str | None] = []
        self.asked: list[str] = []
        self.shown: list[tuple[str, str]] = []
        monkeypatch.setattr(QInputDialog, "getText", self._text)
        for kind in ("information", "warning", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))

    def _text(self, _parent: object, _title: str, label: str, *_a: object, **_k: object) -> tuple[str, bool]:
        self.asked.append(label)
        answer = self.answers.pop(0)
        return (answer, True) if answer is not None else ("", False)

    def _recorder(self, kind: str) -> Any:
        def show(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> Any:
            self.shown.append((kind, text))
            return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok
        return show


def key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, who: str) -> keys.Signer:
    """A key for `who` ("<who> passphrase"), in their own config folder, which becomes the current one."""
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / f"{who}-config"))
    return keys.create(f"{who} passphrase")


def make_bound_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Max's copy of Lena's signed audit (lead.audit, closed), bound to his key; his config folder is the current."""
    lena, max_ = key(monkeypatch, tmp_path, "lena"), key(monkeypatch, tmp_path, "max")
    with audit.create_audit(tmp_path / "lead.audit", author="Lena Lead", checklists=[library.get("iso9001-2015")],
                            signer=lena) as lead:
        return merge.hand_over_copy(lead, tmp_path / "max.audit", "Max", member_key=max_.public_key, signer=lena)
