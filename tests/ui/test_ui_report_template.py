"""The audit's Word report template in the window: chosen on the Audit page, managed in the preferences, shown
(or refused) in the Word export dialog."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot
from test_ui_details import details_page, stored
from uihelpers import choose

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
