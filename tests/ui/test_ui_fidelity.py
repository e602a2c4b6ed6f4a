"""The window and ISO/IEC 17021-1 9.4.8: the report's new details on the Audit page, the certification profile's
required sections, and the statement a nonconformity cannot go without."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot
from test_ui_details import details_page, stored, type_into, write
from test_ui_findings import NOT_AUDITED, feature_of, open_composer, table_rows
from uihelpers import choose, session_of

from auditor_app.services import queries
from auditor_app.services.reports import CERTIFICATION_SECTIONS
from auditor_app.ui.export_dialogs import ProfileDialog
from auditor_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)", extend=True)



def _on_box(check: QCheckBox) -> QPoint:
    """Where a user clicks a check box: on its box (a wide grid cell leaves empty space right of the label)."""
    return QPoint(8, check.height() // 2)

def test_the_new_audit_details_are_edited_on_the_audit_page_and_undone(window: MainWindow, qtbot: QtBot,
                                                                      audit_path: Path) -> None:
    page = details_page(window)
    form, conclusions = page.form.fields, page.conclusions.fields
    assert form["client_representative"].text() == "Maria Schulz"  # the demo's, as stored
    type_into(qtbot, form["client_representative"], "Jürgen Hoffmann")
    type_into(qtbot, form["client_representative_role"], "Plant manager")
    for box, text in ((form["changes_since_last"], "Werk 2 added to the scope"),
                      (form["certification_marks"], "Mark printed on delivery notes: not allowed"), (None, ""),
                      (conclusions["objectives_comment"], "Werk 2 not visited: flooded")):
        if box is None:
            page.show_section(page.conclusions)
            continue
        box.setFocus()
        qtbot.waitUntil(box.hasFocus)
        box.selectAll()
        write(box, text)
        qtbot.keyClick(box, Qt.Key.Key_Tab)
    choose(qtbot, conclusions["objectives_met"], "Partly fulfilled")
    choose(qtbot, conclusions["recommendation_decision"], "Not recommended for certification")
    assert session_of(window) is not None
    details = window.audit.read(queries.details)
    assert (details.client_representative, details.client_representative_role) == ("Jürgen Hoffmann",
                                                                                   "Plant manager")
    assert details.changes_since_last == "Werk 2 added to the scope"
    assert details.certification_marks == "Mark printed on delivery notes: not allowed"
    assert (details.objectives_met, details.objectives_comment) == ("partly", "Werk 2 not visited: flooded")
    assert details.recommendation_decision == "do_not_recommend"
    window.undo_action.trigger()
    assert window.audit.read(queries.details).recommendation_decision == "recommend_after_corrections"
    assert conclusions["recommendation_decision"].currentText() == (
        "Recommended once corrections and corrective actions are accepted")
    window.close()
    assert stored(audit_path)[0].objectives_comment == "Werk 2 not visited: flooded"  # on disk, in the file


def test_the_certification_profile_keeps_its_required_sections_ticked(qtbot: QtBot) -> None:
    dialog = ProfileDialog(None, "pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.profile == "certification"
    findings = dialog.section_boxes["findings"]
    qtbot.mouseClick(findings, Qt.MouseButton.LeftButton, pos=_on_box(findings))  # greyed: the click does nothing
    assert findings.isChecked() and not findings.isEnabled()
    assert findings.toolTip() == "Required in a certification report (ISO/IEC 17021-1 9.4.8)"
    assert {k for k, box in dialog.section_boxes.items() if not box.isEnabled()} == set(CERTIFICATION_SECTIONS)
    evidence = dialog.section_boxes["evidence"]
    # an optional section can still be left out
    qtbot.mouseClick(evidence, Qt.MouseButton.LeftButton, pos=_on_box(evidence))
    assert dialog.sections() == {k for k in dialog.section_boxes if k != "evidence"}
    dialog.set_profile("internal")
    assert findings.isEnabled() and findings.toolTip() == ""
    qtbot.mouseClick(findings, Qt.MouseButton.LeftButton, pos=_on_box(findings))
    assert "findings" not in (dialog.sections() or set())
    dialog.set_profile("certification")  # back: the required section is ticked again
    assert findings.isChecked() and not findings.isEnabled()


def test_the_composer_refuses_a_nonconformity_without_a_statement(window: MainWindow, qtbot: QtBot) -> None:
    composer = open_composer(qtbot, window, NOT_AUDITED)
    assert composer.grade_combo.currentText() == "Minor nonconformity"
    qtbot.keyClicks(composer.evidence_edit, "3 of 10 sampled records unsigned")
    assert not composer.ok_button.isEnabled() and composer.problem_label.isVisible()
    assert composer.problem_label.text() == ("A nonconformity needs a statement of nonconformity: say which "
                                             "requirement is not fulfilled (ISO/IEC 17021-1 9.4.5.2).")
    composer.accept()  # Enter in a field does not get past the disabled button either
    assert composer.isVisible() and table_rows(window) == ["NC-01", "NC-02", "OBS-01"]
    qtbot.keyClicks(composer.statement_edit, "Records are not controlled.")
    assert composer.ok_button.isEnabled() and not composer.problem_label.isVisible()
    qtbot.mouseClick(composer.ok_button, Qt.MouseButton.LeftButton)
    assert table_rows(window) == ["NC-01", "NC-02", "NC-03", "OBS-01"]
    new = next(f for f in feature_of(window).data.findings if f.ref == "NC-03")
    feature_of(window).edit_finding(new.id)
    editor = feature_of(window).composer
    assert editor is not None
    editor.statement_edit.clear()  # an edit cannot take the statement away either
    assert not editor.ok_button.isEnabled() and "statement of nonconformity" in editor.problem_label.text()
    editor.reject()
