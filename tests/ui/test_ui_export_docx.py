"""File ▸ Export report (Word)…: the dialogs, the worker, the template from the preferences, and its check."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from auditor_app.services import preferences
from auditor_app.ui.exporting import ExportProgress
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.preferences_dialog import PreferencesDialog
from tests.ui.test_ui_export import dialogs, messages, wait_done  # noqa: F401  (messages is a fixture)


def _text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_word_export_from_the_file_menu(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert "Export report (Wor&d)…" in [a.text() for a in file_menu.actions()]
    assert not window.exports.docx_action.icon().isNull()
    dialogs(monkeypatch, "internal", tmp_path / "report")
    window.exports.docx_action.trigger()
    assert window.audit.busy and not window.exports.docx_action.isEnabled()
    assert isinstance(QApplication.activeModalWidget(), ExportProgress)
    assert wait_done(window, qtbot) == [tmp_path / "report.docx"]
    text = _text(tmp_path / "report.docx")
    assert "INTERNAL AUDIT REPORT" in text and "Executive summary" in text and "NC-01" in text
    assert window.exports.done_box is not None and str(tmp_path / "report.docx") in window.exports.done_box.text()
    assert window.exports.docx_action.isEnabled()


def test_the_preferences_template_is_used_and_a_broken_one_is_reported(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        messages: list[tuple[str, str]]) -> None:  # noqa: F811
    own = tmp_path / "own.docx"
    document = docx.Document()
    document.add_paragraph("Our own template: {{ report.client }}")
    document.save(str(own))
    preferences.save(preferences.Preferences(report_template=str(own)))
    dialogs(monkeypatch, "internal", tmp_path / "own-out.docx")
    window.exports.docx_action.trigger()
    assert wait_done(window, qtbot) == [tmp_path / "own-out.docx"]
    assert "Our own template: Müller Präzisionsteile GmbH" in _text(tmp_path / "own-out.docx")

    document.add_paragraph("Lead: {{ report.lead }}")
    document.save(str(own))  # changed after it was chosen: checked again before use
    dialogs(monkeypatch, "internal", tmp_path / "never.docx")
    window.exports.docx_action.trigger()
    assert wait_done(window, qtbot) == [None]
    [(kind, text)] = messages
    assert kind == "warning" and "own.docx: unknown template variable 'lead'" in text
    assert 'paragraph "Lead: {{ report.lead }}"' in text and "No file was written." in text
    assert not (tmp_path / "never.docx").exists()


def test_preferences_choose_a_checked_template(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               messages: list[tuple[str, str]]) -> None:  # noqa: F811
    good, bad = tmp_path / "good.docx", tmp_path / "bad.docx"
    for path, line in ((good, "{{ report.title }}"), (bad, "{% for f in findings %}")):
        document = docx.Document()
        document.add_paragraph(line)
        document.save(str(path))
    dialog = PreferencesDialog(preferences.Preferences(brand_organisation="CB"))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    dialog.choose_template()
    [(kind, text)] = messages
    assert kind == "warning" and "bad.docx: template error" in text and dialog.template_path == ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    dialog.choose_template()
    assert dialog.template_path == str(good) and dialog.template_clear.isEnabled()
    dialog.accept()
    assert preferences.load().report_template == str(good) and preferences.load().brand_organisation == "CB"
