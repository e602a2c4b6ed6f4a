"""A day's work end to end, as an auditor does it: new audit, notes of each kind, results, a nonconformity
composed from the evidence, undo and redo, close, reopen, search — everything intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from uihelpers import cid, click_clause, feature_of, session_of

from auditor_app.services import audit, queries
from auditor_app.ui.findings.feature import FindingsFeature
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.note_dialog import NoteDialog
from auditor_app.ui.search_feature import SearchFeature
from auditor_app.ui.start_feature import StartFeature

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)", extend=True)




def new_audit(qtbot: QtBot, win: MainWindow, target: Path) -> None:
    wizard = feature_of(win, StartFeature).new_audit()
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.standards_page.list.count() > 0)
    page = wizard.audit_page
    page.client_edit.setText("Bäckerei Schmidt & Söhne")
    page.type_combo.setCurrentIndex(page.type_combo.findData("internal"))
    page.start_edit.setDate(QDate(2027, 5, 3))
    page.end_edit.setDate(QDate(2027, 5, 3))
    for _ in range(4):
        if wizard.currentPage() is wizard.standards_page:
            wizard.standards_page.check("iso9001-2015")
        wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.file_page.path_edit.setText(str(target))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: session_of(win) is not None, timeout=10_000)


def add_note(qtbot: QtBot, win: MainWindow, clause: str, kind: str, text: str, **fields: str) -> None:
    click_clause(qtbot, win, clause)
    dialog = NoteDialog(clause, [])
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    dialog.text_edit.insertPlainText(text)
    for name, value in fields.items():
        if name == "person":
            dialog.person_combo.setEditText(value)
        else:
            getattr(dialog, name).setText(value)
    win.add_note(clause, note=dialog.values())


def test_a_days_work_survives_closing_and_is_found_again(empty_window: MainWindow, qtbot: QtBot,
                                                         tmp_path: Path) -> None:
    window = empty_window
    path = tmp_path / "Schmidt internal 2027.audit"
    new_audit(qtbot, window, path)
    competence, calibration, control = cid("7.2"), cid("7.1.5.2"), cid("8.5.1")

    add_note(qtbot, window, competence, "interview", "Schulungsplan 2027 liegt vor; 培训记录完整",
             person="Frau Jülich", place="Backstube")
    add_note(qtbot, window, calibration, "observation", "Thermometer T-3 ohne Kalibrierschild", place="Ofen 2")
    add_note(qtbot, window, calibration, "document", "Prüfmittelliste rev. C: T-3 fehlt", document_ref="PML-01")
    add_note(qtbot, window, control, "sampling", "5 von 5 Chargenprotokolle vollständig",
             population="Chargen KW 17")
    window.set_result(competence, "conforming")
    window.set_result(control, "conforming")
    window.set_result(calibration, "nonconformity")

    findings = feature_of(window, FindingsFeature)
    click_clause(qtbot, window, calibration)
    findings.new_finding()
    composer = findings.composer
    assert composer is not None
    for i in range(composer.picker.notes.count()):
        composer.picker.notes.item(i).setCheckState(Qt.CheckState.Checked)
    composer.statement_edit.insertPlainText("Messmittel T-3 ist nicht kalibriert und nicht gekennzeichnet.")
    assert composer.ok_button.isEnabled()
    qtbot.mouseClick(composer.ok_button, Qt.MouseButton.LeftButton)
    assert len(window.audit.read(queries.findings)) == 1

    window.undo_action.trigger()  # the finding
    assert window.audit.read(queries.findings) == []
    window.undo_action.trigger()  # the nonconformity result
    assert window.audit.read(queries.clause, calibration).result == "not_audited"
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert window.audit.read(queries.clause, calibration).result == "nonconformity"
    assert [f.ref for f in window.audit.read(queries.findings)] == ["NC-01"]

    feature_of(window, StartFeature).close_audit()
    assert session_of(window) is None and window.stack.currentWidget() is window.start_page
    with audit.open_audit(path, author="checker", read_only=True) as session:
        kinds = sorted(n.kind or "" for n in queries.notes(session))
        [finding] = queries.findings(session)
        results = {c.number: c.result for c in queries.clauses(session)}
        people = [p.name for p in queries.people(session)]
    assert kinds == ["document", "interview", "observation", "sampling"]
    assert (finding.grade, finding.clause_ids, len(finding.note_ids)) == ("minor", (calibration,), 2)
    assert (results["7.2"], results["7.1.5.2"], results["8.5.1"]) == ("conforming", "nonconformity", "conforming")
    assert people == ["Frau Jülich"]

    assert window.open_path(path)
    search = feature_of(window, SearchFeature)
    search.open_search()
    search.search("培训")
    qtbot.waitUntil(lambda: search.panel.model.groups() != [])
    [group] = search.panel.model.groups()
    assert group.heading is not None and group.heading.clause_id == competence
    search.go_to(group.hits[0])
    assert window.page.clause_id == competence
    QApplication.processEvents()
