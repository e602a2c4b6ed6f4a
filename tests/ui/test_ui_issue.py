"""File › Issue report…: the certificate and passphrase, the worker, the record in the audit, the refusals."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from auditor_app.exporters import pdf_signature
from auditor_app.services import certificates, issuing
from auditor_app.ui.export_dialogs import CompletenessDialog
from auditor_app.ui.issuing import IssueDialog
from auditor_app.ui.main_window import MainWindow

PASS = "a long passphrase"


def _drive(monkeypatch: pytest.MonkeyPatch, out: Path, passphrase: str) -> list[str]:
    shown: list[str] = []

    def choose(self: IssueDialog) -> int:
        assert self.certificate == "katrin"  # the one certificate kept here is offered first
        self.passphrase_edit.setText(passphrase)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(IssueDialog, "exec", choose)
    monkeypatch.setattr(CompletenessDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: shown.append(f"{title}: {text}"))
    return shown


def test_issue_report_signs_writes_and_records_the_issue(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    certificates.create_local("katrin", "Dr. Katrin Vogel", "Cert GmbH", "", PASS)
    out = tmp_path / "issued.pdf"
    shown = _drive(monkeypatch, out, PASS)
    assert window.exports.issue_action.isEnabled()
    outcome: list[object] = []
    flow = window.exports.issue()
    flow.finished.connect(outcome.append)
    qtbot.waitUntil(lambda: bool(outcome) and not window.audit.busy, timeout=60_000)
    assert shown == []
    [record] = window.audit.read(issuing.issued_reports)
    assert outcome == [record] and record.revision == "1" and record.signed and record.signer == "Dr. Katrin Vogel"
    assert record.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert pdf_signature.check(out.read_bytes()).sound
    box = flow.done_box
    assert box is not None and "Revision 1 was issued" in box.text() and str(out) in box.text()


def test_a_wrong_passphrase_in_the_window_writes_and_records_nothing(window: MainWindow, qtbot: QtBot,
                                                                     tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    certificates.create_local("katrin", "Dr. Katrin Vogel", "Cert GmbH", "", PASS)
    out = tmp_path / "issued.pdf"
    shown = _drive(monkeypatch, out, "not it")
    window.exports.issue_action.trigger()
    assert shown == ["Report not issued: certificate 'katrin': wrong passphrase, or not a PKCS#12 (.p12/.pfx) file"
                     "\n\nNo file was written and nothing was recorded."]
    assert not out.exists() and window.audit.read(issuing.issued_reports) == []
    assert not window.audit.busy
