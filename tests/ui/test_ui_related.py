"""The clause page's "Also relevant to" tab in an integrated audit (cross-walk between standards)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from auditor_app.domain.checklist import clause_id
from auditor_app.services import audit, library
from auditor_app.ui.main_window import MainWindow


def test_an_integrated_audit_shows_the_other_standards_clause_and_goes_there(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "integrated.audit"
    audit.create_audit(path, author="Anna", checklists=[library.get("iso9001-2015"), library.get("iso14001-2015")],
                       details={"title": "QM + UM", "client": "Müller GmbH"}).close()
    window = MainWindow("Anna")
    qtbot.addWidget(window)
    assert window.open_path(path)
    quality_competence = clause_id("iso9001-2015", "7.2")
    assert window.select_clause(quality_competence)
    feature = next(f for f in window.features if type(f).__name__ == "RelatedClauses")
    texts = [feature.tab.list.item(i).text() for i in range(feature.tab.list.count())]
    assert any(" 7.2 — " in t and "Not yet audited" in t for t in texts), texts
    tab_title = window.page.tabs.tabText(window.page.tabs.indexOf(feature.tab))
    assert tab_title.startswith("Also relevant to (")
    window.set_result(clause_id("iso14001-2015", "7.2"), "conforming")
    window.select_clause(quality_competence)
    item = next(feature.tab.list.item(i) for i in range(feature.tab.list.count())
                if " 7.2 — " in feature.tab.list.item(i).text())
    assert "Conforming" in item.text()
    feature.tab.list.itemActivated.emit(item)
    assert window.page.clause_id == clause_id("iso14001-2015", "7.2")
    window.close()


def test_a_single_standard_audit_says_there_is_no_corresponding_clause(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "quality.audit"
    audit.create_audit(path, author="Anna", checklists=[library.get("iso9001-2015")], details={"title": "QM"}).close()
    window = MainWindow("Anna")
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.select_clause(clause_id("iso9001-2015", "7.2"))
    feature = next(f for f in window.features if type(f).__name__ == "RelatedClauses")
    assert feature.tab.list.count() == 1
    assert "No corresponding clause" in feature.tab.list.item(0).text()
    window.close()
