"""File ▸ New audit… and Edit ▸ Preferences… as a lead auditor uses them, checked in the file written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from uihelpers import cid, feature_of, session_of

from auditor_app.errors import InputError, KnownError
from auditor_app.services import audit, preferences, queries, recent
from auditor_app.services.preferences import Preferences
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.new_audit_file import NewAudit, create_audit_file, suggested_path
from auditor_app.ui.new_audit_team import Column as TeamColumn
from auditor_app.ui.new_audit_team import TeamModel
from auditor_app.ui.new_audit_wizard import NewAuditWizard
from auditor_app.ui.start_feature import StartFeature

AUTHOR = "Test Auditor"
# Opening a combo popup on the offscreen platform logs that it cannot raise it or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)", extend=True)


def feature(win: MainWindow) -> StartFeature:
    return feature_of(win, StartFeature)



def open_wizard(win: MainWindow, qtbot: QtBot) -> NewAuditWizard:
    wizard = feature(win).new_audit()
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.standards_page.list.count() > 0)
    return wizard


def click(qtbot: QtBot, wizard: NewAuditWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_audit_page(wizard: NewAuditWizard) -> None:
    page = wizard.audit_page
    page.client_edit.setText("Müller Präzisionsteile GmbH")
    page.title_edit.setText("Überwachungsaudit 2027 — 质量与环境")
    page.sites_edit.setPlainText("Hauptwerk, Industriestraße 4, Stuttgart\n\n  مستودع الشمال  \n")
    page.type_combo.setCurrentIndex(page.type_combo.findData("surveillance"))
    page.start_edit.setDate(QDate(2027, 3, 2))
    page.end_edit.setDate(QDate(2027, 3, 4))
    page.language_combo.setCurrentIndex(page.language_combo.findData("de"))
    page.scheme_combo.setCurrentIndex(page.scheme_combo.findData("afnor"))


def test_wizard_creates_an_audit_with_two_standards_and_a_team(empty_window: MainWindow, qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    wizard = open_wizard(empty_window, qtbot)
    fill_audit_page(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # at least one standard
    wizard.standards_page.check("iso9001-2015", "iso14001-2015")
    assert "136 clauses" in wizard.standards_page.status_label.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    scope = wizard.scope_page
    assert scope.criteria_edit.toPlainText().startswith("ISO 14001:2015 + Amd 1:2024, ISO 9001:2015 + Amd 1:2024")
    scope.scope_edit.setPlainText("Design and manufacture of precision turned parts")
    scope.objectives_edit.setPlainText("Confirm continued conformity; evaluate the closure of 2026 findings")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    team = wizard.team_page
    assert team.model.index(0, TeamColumn.NAME).data() == "Test Auditor (you)"
    assert team.model.index(0, TeamColumn.ROLE).data() == "Lead auditor"
    team.add_member("Li Wei (李伟)", "auditor", "Zertifizierung Nord")
    team.add_member("Samuel Okafor", "technical_expert")
    team.add_member("Aiko Tanaka", "observer")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    target = tmp_path / "Müller 2027"
    wizard.file_page.path_edit.setText(str(target))  # the suffix is added
    assert "Überwachungsaudit 2027" in wizard.file_page.summary_label.text()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    path = tmp_path / "Müller 2027.audit"
    qtbot.waitUntil(lambda: session_of(empty_window) is not None, timeout=10_000)
    assert session_of(empty_window) is not None and session_of(empty_window).path == path
    assert feature(empty_window).wizard is None  # closed and gone
    assert empty_window.stack.currentWidget() is empty_window.workspace
    assert empty_window.windowTitle() == "Überwachungsaudit 2027 — 质量与环境 — Müller Präzisionsteile GmbH"
    assert empty_window.tree_model.index_of_clause(cid("7.1.5.1")).isValid()
    assert recent.entries()[0].path == str(path)
    empty_window.close_session()

    with audit.open_audit(path, author="checker", read_only=True) as session:
        info = queries.details(session)
        assert (info.title, info.client, info.sites) == ("Überwachungsaudit 2027 — 质量与环境",
                                                         "Müller Präzisionsteile GmbH",
                                                         ("Hauptwerk, Industriestraße 4, Stuttgart", "مستودع الشمال"))
        assert (info.audit_type, info.start_date, info.end_date, info.language, info.grading_scheme) == (
            "surveillance", "2027-03-02", "2027-03-04", "de", "afnor")
        assert info.scope == "Design and manufacture of precision turned parts"
        assert info.objectives == "Confirm continued conformity; evaluate the closure of 2026 findings"
        assert info.criteria is not None and "ISO 9001:2015" in info.criteria
        assert sorted(c.key or "" for c in queries.checklists(session)) == ["iso14001-2015", "iso9001-2015"]
        assert len(queries.clauses(session)) == 136
        assert {(m.name, m.role, m.organisation) for m in queries.team(session)} == {
            ("Test Auditor", "lead", None), ("Li Wei (李伟)", "auditor", "Zertifizierung Nord"),
            ("Samuel Okafor", "technical_expert", None), ("Aiko Tanaka", "observer", None)}
        assert {e.author for e in queries.history(session)} == {"Test Auditor"}


def test_the_title_defaults_to_type_and_client_and_the_grading_to_the_preference(empty_window: MainWindow,
                                                                                  qtbot: QtBot) -> None:
    preferences.save(Preferences(author_name="Test Auditor", grading_scheme="ghtf_n19"))
    wizard = open_wizard(empty_window, qtbot)
    assert wizard.team_page.name_hint.isHidden()  # the name is the one chosen in the preferences
    page = wizard.audit_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # the client is needed
    page.client_edit.setText("   ")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.client_edit.setText("ACME  GmbH")
    assert wizard.details()["title"] == "Stage 2 — ACME GmbH"
    page.type_combo.setCurrentIndex(page.type_combo.findData("internal"))
    assert wizard.details()["title"] == "Internal audit — ACME GmbH"
    assert page.scheme_combo.currentData() == "ghtf_n19"
    page.start_edit.setDate(QDate(2027, 5, 10))
    assert page.end_edit.date() >= QDate(2027, 5, 10)  # an audit cannot end before it starts
    wizard.reject()


def test_team_needs_exactly_one_lead(empty_window: MainWindow, qtbot: QtBot) -> None:
    wizard = open_wizard(empty_window, qtbot)
    team = wizard.team_page
    model = team.model
    assert not team.name_hint.isHidden() and "“Test Auditor”" in team.name_hint.text()  # no name in preferences
    assert team.isComplete()
    assert model.setData(model.index(0, TeamColumn.ROLE), "auditor")
    assert not team.isComplete() and "lead auditor" in team.problem_label.text()
    team.add_member("Dr. Katrin Vogel", "lead")
    assert team.isComplete()
    team.add_member("Second Lead", "lead")
    assert not team.isComplete() and "Only one" in team.problem_label.text()
    assert not model.setData(model.index(0, TeamColumn.NAME), "Someone else")  # your name is the preferences'
    assert not model.remove(0)
    wizard.reject()


def test_wizard_refuses_an_existing_file(empty_window: MainWindow, qtbot: QtBot, audit_path: Path) -> None:
    before = audit_path.read_bytes()
    wizard = open_wizard(empty_window, qtbot)
    fill_audit_page(wizard)
    wizard.next()
    wizard.standards_page.check("iso45001-2018")
    for _ in range(3):
        wizard.next()
    assert wizard.currentPage() is wizard.file_page
    wizard.file_page.path_edit.setText(str(audit_path))
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "already exists" in wizard.file_page.problem_label.text()
    wizard.accept()  # even forced, nothing is written
    assert wizard.task is None and audit_path.read_bytes() == before
    wizard.file_page.path_edit.setText(str(audit_path.parent / "missing-folder" / "x.audit"))
    assert "does not exist" in wizard.file_page.problem_label.text()
    wizard.reject()


def test_creation_never_overwrites_and_leaves_no_half_made_file(tmp_path: Path, audit_path: Path) -> None:
    before = audit_path.read_bytes()
    with pytest.raises(KnownError, match="already exists"):
        create_audit_file(NewAudit(audit_path, {"title": "X"}, ("iso9001-2015",), "lead"), AUTHOR)
    assert audit_path.read_bytes() == before
    broken = tmp_path / "broken.audit"
    with pytest.raises(InputError, match="needs a name"):
        create_audit_file(NewAudit(broken, {"title": "X"}, ("iso9001-2015",), "lead", (("  ", "auditor", ""),)),
                          AUTHOR)
    assert not broken.exists()


def test_a_failed_creation_keeps_the_wizard_open(empty_window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append(f"{title}: {text}"))

    def disk_full(*_args: Any, **_kwargs: Any) -> Any:
        raise KnownError("cannot create the audit: the disk is full")

    monkeypatch.setattr(audit, "create_audit", disk_full)
    wizard = open_wizard(empty_window, qtbot)
    fill_audit_page(wizard)
    wizard.next()
    wizard.standards_page.check("iso9001-2015")
    for _ in range(3):
        wizard.next()
    wizard.file_page.path_edit.setText(str(tmp_path / "full.audit"))
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["Audit not created: cannot create the audit: the disk is full"]
    assert wizard.isVisible() and wizard.audit_page.client_edit.text() == "Müller Präzisionsteile GmbH"
    assert session_of(empty_window) is None and not (tmp_path / "full.audit").exists()
    wizard.reject()


def test_suggested_file_names_are_safe_and_never_taken(tmp_path: Path) -> None:
    name = suggested_path(tmp_path, "Müller / Söhne: GmbH", "2027-03-02").name
    assert name == "Müller _ Söhne_ GmbH 2027-03-02.audit"
    (tmp_path / "ACME 2027-03-02.audit").write_bytes(b"")
    assert suggested_path(tmp_path, "ACME", "2027-03-02").name == "ACME 2027-03-02 (2).audit"


def test_team_model_passes_the_qt_model_tester(qtmodeltester: Any) -> None:
    model = TeamModel("Test Auditor")
    model.add("Li Wei (李伟)", "auditor", "Nord")
    model.add("", "observer")
    qtmodeltester.check(model)
    assert [m.name for m in model.members()] == ["Test Auditor", "Li Wei (李伟)"]  # the blank row is no member


def test_preferences_are_saved_and_the_next_edit_carries_the_new_name(window: MainWindow, audit_path: Path,
                                                                      tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    assert image.save(str(logo))
    dialog = feature(window).show_preferences()
    dialog.name_edit.setText("Dr. Katrin Vogel")
    assert dialog.initials_edit.placeholderText() == "KV"
    dialog.organisation_edit.setText("Zertifizierung Nord GmbH — 北方认证")
    dialog.set_logo(str(logo))
    assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()
    assert dialog.keep_check.isChecked() and not dialog.long_edge_spin.isEnabled()
    dialog.keep_check.setChecked(False)
    assert dialog.long_edge_spin.isEnabled() and dialog.quality_spin.isEnabled()
    dialog.long_edge_spin.setValue(1600)
    dialog.quality_spin.setValue(80)
    dialog.scheme_combo.setCurrentIndex(dialog.scheme_combo.findData("afnor"))
    dialog.accept()
    assert preferences.load() == Preferences(
        author_name="Dr. Katrin Vogel", initials="KV", grading_scheme="afnor",
        brand_organisation="Zertifizierung Nord GmbH — 北方认证", brand_logo=str(logo), photo_keep_original=False,
        photo_long_edge=1600, photo_quality=80)
    assert window.author == "Dr. Katrin Vogel"
    window.set_result(cid("7.1.5.1"), "conforming")
    window.close_session()
    with audit.open_audit(audit_path, author="checker", read_only=True) as session:
        clause = queries.clause(session, cid("7.1.5.1"))
        assert clause is not None and clause.audited_by == "Dr. Katrin Vogel"
        assert queries.history(session)[-1].author == "Dr. Katrin Vogel"


def test_cancelled_preferences_change_nothing(window: MainWindow) -> None:
    dialog = feature(window).show_preferences()
    dialog.name_edit.setText("Someone Else")
    dialog.reject()
    assert window.author == AUTHOR and preferences.load() == Preferences()


def test_a_logo_that_is_not_a_picture_is_refused(window: MainWindow, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    fake = tmp_path / "logo.png"
    fake.write_text("minutes of the opening meeting")  # not a PNG, whatever its name says
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append(text))
    dialog = feature(window).show_preferences()
    dialog.choose_logo()
    assert shown and "Not a picture" in shown[0]
    assert dialog.logo_path == "" and dialog.logo_preview.text() == "No logo"
    dialog.reject()
