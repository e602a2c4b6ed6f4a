"""Exporting the PDF report and the Excel workbook: dialogs, completeness check, progress, cancel and results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from uihelpers import run_in, session_of

from auditor_app.exporters import pdf_report
from auditor_app.services import audit
from auditor_app.ui import exporting
from auditor_app.ui.export_dialogs import CompletenessDialog, ProfileDialog
from auditor_app.ui.exporting import CANCELLED_TEXT, ExportProgress, Job
from auditor_app.ui.main_window import MainWindow


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, *_a, _k=kind, **_kw:
                            shown.append((_k, f"{title}: {text}")) or QMessageBox.StandardButton.Ok)
    return shown


@pytest.fixture
def progress_values(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    values: list[int] = []
    original = ExportProgress.setValue

    def record(self: ExportProgress, value: int) -> None:
        values.append(value)
        original(self, value)

    monkeypatch.setattr(ExportProgress, "setValue", record)
    return values


def dialogs(monkeypatch: pytest.MonkeyPatch, profile: str, out: Path,
            review: Any = None) -> list[CompletenessDialog]:
    """Drive the profile dialog, record the completeness dialog (accepted unless `review` says otherwise)."""
    seen: list[CompletenessDialog] = []

    def choose(self: ProfileDialog) -> int:
        self.set_profile(profile)
        return QDialog.DialogCode.Accepted

    def check(self: CompletenessDialog) -> int:
        seen.append(self)
        if review is not None:
            return int(review(self))
        return QDialog.DialogCode.Accepted if self.export_button.isEnabled() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ProfileDialog, "exec", choose)
    monkeypatch.setattr(CompletenessDialog, "exec", check)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    return seen


def wait_done(window: MainWindow, qtbot: QtBot) -> list[Path | None]:
    outcome: list[Path | None] = []
    window.exports.finished.connect(outcome.append)
    qtbot.waitUntil(lambda: bool(outcome) and not window.audit.busy, timeout=30_000)
    return outcome


def test_pdf_export_with_the_internal_profile(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch, progress_values: list[int]) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    seen = dialogs(monkeypatch, "internal", tmp_path / "report")
    window.exports.pdf_action.trigger()
    assert window.audit.busy and not window.exports.pdf_action.isEnabled() and not window.open_action.isEnabled()
    assert isinstance(QApplication.activeModalWidget(), ExportProgress)
    assert wait_done(window, qtbot) == [tmp_path / "report.pdf"]
    assert (tmp_path / "report.pdf").read_bytes()[:4] == b"%PDF"
    [review] = seen
    assert review.messages()[0].endswith("clause(s) not yet audited (first: 4.2).")
    assert review.export_button.text() == "Export anyway" and review.export_button.isEnabled()
    assert len(progress_values) > 3 and progress_values == sorted(progress_values)
    assert progress_values[-1] == 1000 and progress_values[0] < 1000
    box = window.exports.done_box
    assert box is not None and str(tmp_path / "report.pdf") in box.text()
    [open_button] = [b for b in box.buttons() if b.text() == "Open folder"]
    open_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    assert window.exports.pdf_action.isEnabled() and window.open_action.isEnabled()


def test_cancelling_leaves_no_file(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []
    original = Job.report

    def report(self: Job, done: int, total: int) -> None:  # on the worker: as if Cancel came at once
        calls.append((done, total))
        self.request_cancel()
        original(self, done, total)

    monkeypatch.setattr(Job, "report", report)
    out = tmp_path / "cancelled.pdf"
    assert window.exports.export_report("pdf", "internal", out)
    assert wait_done(window, qtbot) == [None]
    assert calls and not out.exists() and not [p for p in tmp_path.iterdir() if "cancelled" in p.name]
    assert "cancelled" in window.statusBar().currentMessage() == CANCELLED_TEXT


def test_cancel_button_stops_the_workbook(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "cancelled.xlsx"
    assert window.exports.export_report("xlsx", "internal", out)
    progress = window.exports.progress
    assert progress is not None
    progress.canceled.emit()  # as the Cancel button does; the dialog stays until the worker has stopped
    assert wait_done(window, qtbot) == [None]
    assert not out.exists() and "cancelled" in window.statusBar().currentMessage()


def test_certification_is_blocked_without_conclusions(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      messages: list[tuple[str, str]]) -> None:
    assert session_of(window) is not None
    run_in(window, audit.update_details, {"conclusions": ""})
    seen = dialogs(monkeypatch, "certification", tmp_path / "cert.pdf")
    window.exports.pdf_action.trigger()
    [review] = seen
    assert "The audit conclusions are missing." in review.messages()
    assert review.messages()[0] == "The audit conclusions are missing."  # errors come first, in red
    assert not review.export_button.isEnabled()
    assert review.list.item(0).foreground().color().name() == "#b3261e"
    assert not window.audit.busy and not (tmp_path / "cert.pdf").exists() and not messages
    # Past the dialogs (e.g. a stale check), the service still refuses and the message says why.
    assert window.exports.export_report("pdf", "certification", tmp_path / "cert.pdf")
    assert wait_done(window, qtbot) == [None]
    [(kind, text)] = messages
    assert kind == "warning" and "The audit conclusions are missing." in text
    assert not (tmp_path / "cert.pdf").exists()


def test_excel_export_is_a_readable_workbook(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch, progress_values: list[int]) -> None:
    dialogs(monkeypatch, "gap", tmp_path / "Workbook.XLSX")
    window.exports.xlsx_action.trigger()
    assert wait_done(window, qtbot) == [tmp_path / "Workbook.XLSX"]
    workbook = openpyxl.load_workbook(tmp_path / "Workbook.XLSX")
    assert "Findings" in workbook.sheetnames
    assert progress_values and progress_values == sorted(progress_values)


def test_double_clicking_a_clause_gap_selects_the_clause(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def double_click(dialog: CompletenessDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        item = dialog.list.item(0)
        dialog.list.itemDoubleClicked.emit(item)
        return dialog.result()

    seen = dialogs(monkeypatch, "internal", tmp_path / "r.pdf", review=double_click)
    window.exports.pdf_action.trigger()
    assert seen and not seen[0].isVisible()
    gap = seen[0].list.item(0).data(Qt.ItemDataRole.UserRole)
    assert gap.entity_type == "clause" and window.page.clause_id == gap.entity_id
    current = window.panel.source_index(window.panel.tree.currentIndex())
    assert current == window.tree_model.index_of_clause(gap.entity_id).siblingAtColumn(current.column())
    assert not window.audit.busy and not (tmp_path / "r.pdf").exists()


def test_an_audit_details_gap_says_where_to_fix_it(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    assert session_of(window) is not None
    run_in(window, audit.update_details, {"conclusions": ""})
    def double_click(dialog: CompletenessDialog) -> int:
        dialog.list.itemDoubleClicked.emit(dialog.list.item(0))
        return dialog.result()

    seen = dialogs(monkeypatch, "certification", tmp_path / "r.pdf", review=double_click)
    window.exports.pdf_action.trigger()
    assert seen and seen[0].result() == QDialog.DialogCode.Rejected and not window.audit.busy
    assert window.statusBar().currentMessage() == "Fill in the audit details: The audit conclusions are missing."


def test_profile_dialog_offers_every_section(qtbot: QtBot) -> None:
    dialog = ProfileDialog(None, "pdf")
    qtbot.addWidget(dialog)
    assert dialog.profile == "certification" and dialog.sections() == set(pdf_report.SECTIONS)  # e.g. audit_time
    assert dialog.section_boxes["audit_time"].text() == "Audit time"
    for check in dialog.section_boxes.values():
        check.setChecked(False)
    assert not dialog.ok_button.isEnabled()
    dialog.section_boxes["findings"].setChecked(True)
    assert dialog.sections() == {"findings"} and dialog.ok_button.isEnabled()
    workbook = ProfileDialog(None, "xlsx")
    qtbot.addWidget(workbook)
    assert workbook.sections() is None and workbook.profile_combo.count() == 3


def test_default_file_name_from_the_title() -> None:
    assert exporting.file_name("ISO 9001: Surveillance / 2025?", ".pdf") == "ISO 9001_ Surveillance _ 2025.pdf"
    assert exporting.file_name("  ", ".xlsx") == "audit report.xlsx"


def test_the_report_language_and_a_second_one_are_chosen_in_the_dialog(qtbot: QtBot) -> None:
    from auditor_app.exporters import wording

    dialog = ProfileDialog(None, "pdf")
    qtbot.addWidget(dialog)
    assert dialog.language is None and dialog.second_language is None  # the audit's language, one language
    offered = [dialog.language_combo.itemText(n) for n in range(dialog.language_combo.count())]
    assert offered[1:] == list(wording.LANGUAGES.values()) and "Deutsch" in offered
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    dialog.second_combo.setCurrentIndex(dialog.second_combo.findData("en"))
    assert (dialog.language, dialog.second_language) == ("de", "en")
