"""The audit's Word report template in the window: chosen on the Audit page, managed in the preferences, shown
(or refused) in the Word export dialog."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot
from test_ui_details import details_page, stored
from uihelpers import choose, run_in, session_of

from auditor_app.services import audit, preferences, template_library
from auditor_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)", extend=True)


def _template(path: Path, heading: str) -> Path:
    document = docx.Document()
    document.add_heading(heading, 1)
    document.add_paragraph("{{ report.client }}")
    document.save(str(path))
    return path


def _labels(combo) -> list[str]:  # type: ignore[no-untyped-def]
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_combo_sets_the_audits_template_in_one_undo_step_and_it_survives_reopening(
        qtbot: QtBot, audit_path: Path, tmp_path: Path) -> None:
    template_library.add("CB ISO 9001 (EN)", _template(tmp_path / "cb.docx", "CERTCO"))
    template_library.add("CB ISO 14001 (DE)", _template(tmp_path / "cb14.docx", "CERTCO 14"))
    preferences.save(preferences.Preferences(report_template=str(_template(tmp_path / "house.docx", "HOUSE"))))
    window = MainWindow("Test Auditor")
    qtbot.addWidget(window)
    assert window.open_path(audit_path)
    window.show()
    combo = details_page(window).form.fields["report_template"]
    assert _labels(combo) == ["Built-in template", "Default from preferences (house.docx)", "CB ISO 14001 (DE)",
                              "CB ISO 9001 (EN)"]
    assert combo.currentText() == "Default from preferences (house.docx)"
    steps = window.undo_stack.count()
    choose(qtbot, combo, "CB ISO 9001 (EN)")
    assert window.undo_stack.count() == steps + 1
    assert window.undo_action.text() == "&Undo Change report template"
    window.undo_action.trigger()
    assert combo.currentText() == "Default from preferences (house.docx)"
    window.redo_action.trigger()
    assert combo.currentText() == "CB ISO 9001 (EN)"
    window.close()
    assert stored(audit_path)[0].report_template == "CB ISO 9001 (EN)"

    again = MainWindow("Test Auditor")
    qtbot.addWidget(again)
    assert again.open_path(audit_path)
    again.show()
    assert details_page(again).form.fields["report_template"].currentText() == "CB ISO 9001 (EN)"
    again.close()


def test_a_template_this_computer_lacks_is_shown_as_such_and_kept(qtbot: QtBot, audit_path: Path) -> None:
    with audit.open_audit(audit_path, author="Lead") as session:
        session.run(lambda tx: tx.set("audit", session.audit_id, {"report_template": "CB ISO 45001 (FR)"}))
    window = MainWindow("Test Auditor")
    qtbot.addWidget(window)
    assert window.open_path(audit_path)
    window.show()
    combo = details_page(window).form.fields["report_template"]
    assert combo.currentText() == "CB ISO 45001 (FR) (not on this computer)"
    assert _labels(combo)[:2] == ["Built-in template", "Default from preferences (none set: built-in template)"]
    window.close()  # nothing picked: the name is kept
    assert stored(audit_path)[0].report_template == "CB ISO 45001 (FR)"


def _word_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_the_word_export_shows_and_uses_the_audits_template(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog

    from auditor_app.ui.export_dialogs import ProfileDialog
    from tests.ui.test_ui_export import dialogs, wait_done

    template_library.add("CB ISO 9001 (EN)", _template(tmp_path / "cb.docx", "CERTCO SCHEME REPORT"))
    choose(qtbot, details_page(window).form.fields["report_template"], "CB ISO 9001 (EN)")
    dialogs(monkeypatch, "internal", tmp_path / "report.docx")
    shown: list[str] = []

    def accept(self: ProfileDialog) -> int:
        shown.append(self.template_label.text())
        self.set_profile("internal")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProfileDialog, "exec", accept)
    window.exports.docx_action.trigger()
    assert wait_done(window, qtbot) == [tmp_path / "report.docx"]
    assert shown == ["The audit's template “CB ISO 9001 (EN)” (this computer's template library)"]
    assert "CERTCO SCHEME REPORT" in _word_text(tmp_path / "report.docx")
    assert window.exports.done_box is not None
    assert "Template: The audit's template “CB ISO 9001 (EN)”" in window.exports.done_box.text()


def test_a_missing_template_is_a_clear_message_before_any_dialog_or_work(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from auditor_app.ui.export_dialogs import ProfileDialog

    session = session_of(window)
    assert session is not None
    run_in(window, lambda tx: tx.set("audit", session.audit_id, {"report_template": "CB ISO 45001 (FR)"}))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: warnings.append(f"{title}: {text}"))
    monkeypatch.setattr(ProfileDialog, "exec", lambda self: pytest.fail("the export went on"))
    window.exports.docx_action.trigger()
    [message] = warnings
    assert message.startswith("Word report not exported: This audit's Word report uses the template "
                              "“CB ISO 45001 (FR)”, which is not on this computer.")
    assert "Edit › Preferences › Word templates on this computer" in message
    assert not window.audit.busy and not list(tmp_path.glob("*.docx"))


def test_the_preferences_add_and_remove_library_templates(qtbot: QtBot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from auditor_app.ui.preferences_dialog import PreferencesDialog

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: warnings.append(f"{title}: {text}"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = PreferencesDialog(preferences.Preferences())
    qtbot.addWidget(dialog)
    box = dialog.library_box
    assert box.names() == [] and not box.remove_button.isEnabled()
    good = _template(tmp_path / "CB ISO 9001 EN.docx", "CERTCO")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (k["text"] + " (v2)", True))
    box.choose_and_add()
    assert box.names() == ["CB ISO 9001 EN (v2)"] == template_library.names()
    assert box.remove_button.isEnabled()  # the added one is selected

    broken = tmp_path / "broken.docx"
    document = docx.Document()
    document.add_paragraph("{{ report.leed }}")
    document.save(str(broken))
    assert not box.add(broken, "Broken")
    [message] = warnings
    assert message.startswith("Template not added: template 'Broken' not added: ") and "'leed'" in message
    assert box.add(_template(tmp_path / "v3.docx", "CERTCO V3"), "cb iso 9001 en (v2)")  # replaced, after asking
    assert box.names() == ["CB ISO 9001 EN (v2)"]

    box.list.setCurrentRow(0)
    box.remove_selected()
    assert box.names() == [] == template_library.names()
    dialog.reject()
