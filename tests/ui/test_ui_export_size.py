"""The photo size in the PDF export dialog: the choice, the estimated file size shown before export, the export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from auditor_app.services import reports
from auditor_app.services.report_size import SizeEstimate
from auditor_app.ui.export_dialogs import CompletenessDialog, ProfileDialog
from auditor_app.ui.main_window import MainWindow


def test_the_dialog_shows_the_estimate_for_the_chosen_size(qtbot: QtBot) -> None:
    asked: list[tuple[str, bool]] = []

    def estimate(size: str, sections: set[str] | None) -> SizeEstimate:
        photos = 100 if sections is None or "findings" in sections else 0
        asked.append((size, photos > 0))
        per_photo = {"print": 330_000, "email": 67_000, "compact": 36_000}[size]
        return SizeEstimate(120_000 + photos * per_photo, photos, photos // 2)

    dialog = ProfileDialog(None, "pdf", estimate=estimate)
    qtbot.addWidget(dialog)
    assert dialog.photo_size == "print"
    assert [dialog.size_combo.itemData(i) for i in range(dialog.size_combo.count())] == ["print", "email", "compact"]
    assert dialog.size_label.text() == "Estimated size: about 33.1 MB (100 photos)"
    assert dialog.size_label.toolTip().startswith("50 of 100 photos measured from copies already made")
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("email"))
    assert dialog.photo_size == "email" and dialog.size_label.text() == "Estimated size: about 6.8 MB (100 photos)"
    dialog.set_profile("internal")
    dialog.section_boxes["findings"].setChecked(False)  # photos are pictured in the findings only
    assert dialog.size_label.text() == "Estimated size: about 0.1 MB (0 photos)"
    dialog.section_boxes["findings"].setChecked(True)
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("print"))
    assert asked == [("print", True), ("email", True), ("email", False)]  # each estimate is made once
    workbook = ProfileDialog(None, "xlsx")
    qtbot.addWidget(workbook)
    assert workbook.size_combo.count() == 0 and workbook.photo_size == "print"


def test_the_chosen_size_reaches_the_export(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def choose(self: ProfileDialog) -> int:
        self.set_profile("internal")
        self.size_combo.setCurrentIndex(self.size_combo.findData("compact"))
        shown.append(self.size_label.text())
        return QDialog.DialogCode.Accepted

    calls: list[dict[str, Any]] = []
    real = reports.export_pdf

    def export_pdf(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(ProfileDialog, "exec", choose)
    monkeypatch.setattr(CompletenessDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "small.pdf"), ""))
    monkeypatch.setattr(reports, "export_pdf", export_pdf)
    outcome: list[Path | None] = []
    window.exports.finished.connect(outcome.append)
    window.exports.pdf_action.trigger()
    qtbot.waitUntil(lambda: bool(outcome) and not window.audit.busy, timeout=30_000)
    assert outcome == [tmp_path / "small.pdf"] and [c["size"] for c in calls] == ["compact"]
    [text] = shown
    assert text.startswith("Estimated size: about ") and text.endswith(" photos)")


def test_no_estimate_when_the_audit_cannot_be_read(qtbot: QtBot) -> None:
    dialog = ProfileDialog(None, "pdf", estimate=lambda size, sections: None)
    qtbot.addWidget(dialog)
    assert dialog.size_label.text() == "" and dialog.ok_button.isEnabled()
