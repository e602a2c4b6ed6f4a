"""The Audit time section of the Audit page: planned auditor-days, time records added, edited, removed, undone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from test_ui_details import details_page, type_into

from auditor_app.services import audit, queries
from auditor_app.ui.details.audit_time import AuditTimeSection
from auditor_app.ui.main_window import MainWindow


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a, **k: shown.append(f"{title}: {text}"))
    return shown


def section(window: MainWindow) -> AuditTimeSection:
    page = details_page(window)
    page.show_section(page.audit_time)
    return page.audit_time


def stored(path: Path) -> tuple[str | None, list[Any]]:
    with audit.open_audit(path, author="checker", read_only=True) as session:
        return queries.details(session).planned_auditor_days, queries.time_records(session)


def total_actual(time: AuditTimeSection) -> str:
    model = time.summary_model
    return str(model.index(model.rowCount() - 1, 5).data())


def test_a_time_record_is_added_removed_and_each_step_undone(window: MainWindow, qtbot: QtBot,
                                                             audit_path: Path) -> None:
    time = section(window)
    before = time.model.rowCount()
    assert before == 11 and total_actual(time) == "49:30"  # the sample team's records
    qtbot.mouseClick(time.add_button, Qt.MouseButton.LeftButton)
    assert time.model.rowCount() == before + 1
    added = time.model.record(time.table.currentIndex().row())
    # A day of the lead's time (the window's author is not in the team), after the last recorded day.
    assert (added.auditor, added.day, added.minutes, added.on_site) == ("Dr. Katrin Vogel", "2026-11-13", 480, True)
    assert window.undo_action.text() == "&Undo Add a time record"
    assert total_actual(time) == "57:30"
    window.undo_action.trigger()
    assert time.model.row_of(added.id) == -1 and total_actual(time) == "49:30"
    window.redo_action.trigger()
    assert time.model.row_of(added.id) >= 0  # the same record back, not a copy
    time.table.selectRow(time.model.row_of(added.id))
    qtbot.mouseClick(time.remove_button, Qt.MouseButton.LeftButton)
    assert time.model.row_of(added.id) == -1
    assert window.undo_action.text() == "&Undo Remove 1 time record(s)"
    window.undo_action.trigger()
    assert time.model.row_of(added.id) >= 0
    window.close()
    assert added.id in {r.id for r in stored(audit_path)[1]}


def test_minutes_and_on_site_are_edited_in_place_and_bad_minutes_are_refused(window: MainWindow,
                                                                               audit_path: Path,
                                                                               messages: list[str]) -> None:
    time = section(window)
    first = time.model.record(0)  # Dr. Katrin Vogel's planning day, 150 minutes off site
    assert time.model.index(0, 2).data() == "150 (2:30 h)"
    assert time.model.setData(time.model.index(0, 2), "90")
    assert time.model.record(0).minutes == 90
    assert time.model.setData(time.model.index(0, 3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert time.model.record(0).on_site is True
    time.model.setData(time.model.index(0, 2), "1,5 h")
    assert messages == ["Change not saved: audit time: minutes: '1,5 h' is not a whole number of minutes"]
    assert time.model.record(0).minutes == 90
    window.undo_action.trigger()  # the on-site mark
    window.close()
    records = {r.id: r for r in stored(audit_path)[1]}
    assert (records[first.id].minutes, records[first.id].on_site) == (90, False)


def test_planned_auditor_days_are_typed_with_a_comma_and_refused_when_not_a_number(
        window: MainWindow, qtbot: QtBot, audit_path: Path, messages: list[str]) -> None:
    time = section(window)
    field = time.planned_days
    assert field.text() == "6"
    type_into(qtbot, field, "5,5")
    assert field.text() == "5.5"
    assert "Against the application review: +0.69 auditor-days." in time.totals.text()
    assert window.undo_action.text() == "&Undo Change the planned auditor-days"
    type_into(qtbot, field, "viele")
    assert messages == ["Change not saved: planned auditor-days: 'viele' is not a number of days (e.g. 4.5)"]
    assert field.text() == "5.5"  # what is stored, again
    window.undo_action.trigger()
    assert field.text() == "6"
    window.redo_action.trigger()
    window.close()
    assert stored(audit_path)[0] == "5.5"


def test_audit_time_models_pass_the_model_tester(window: MainWindow, qtmodeltester: Any) -> None:
    time = section(window)
    qtmodeltester.check(time.model)
    qtmodeltester.check(time.summary_model)
    not_counted = next(r for r in range(time.summary_model.rowCount())
                       if "Samuel Okafor" in str(time.summary_model.index(r, 1).data()))
    assert time.summary_model.index(not_counted, 1).data() == "Samuel Okafor — not counted"


def test_a_stored_value_this_version_cannot_read_is_shown_and_not_refused_when_left_unchanged(
        qtbot: QtBot, audit_path: Path, messages: list[str]) -> None:
    with audit.open_audit(audit_path, author="another program") as session:
        session.run(lambda tx: tx.set("audit", session.audit_id, {"planned_auditor_days": "4 Tage"}))
    window = MainWindow("Test Auditor")
    qtbot.addWidget(window)
    assert window.open_path(audit_path)
    window.show()
    qtbot.waitExposed(window)
    time = section(window)
    assert time.planned_days.text() == "4 Tage"
    assert "Against the application review" not in time.totals.text()  # not a number of days: as if not set
    type_into(qtbot, time.planned_days, "4 Tage")
    assert messages == [] and not window.undo_stack.canUndo()
    window.close()
