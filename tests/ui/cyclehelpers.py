"""Audits of a certification cycle for the window tests, made through services, and the steps tests repeat."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import AUTHOR
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from uihelpers import cid, feature_of

from auditor_app.domain import vocab
from auditor_app.domain.checklist import Checklist
from auditor_app.services import audit, findings, library
from auditor_app.ui.cycle.concern_dialog import ConcernDialog
from auditor_app.ui.cycle.feature import CycleFeature
from auditor_app.ui.cycle.new_from_previous import NewFromPreviousDialog
from auditor_app.ui.main_window import MainWindow

KEY = "iso9001-2015"


def make_audit(path: Path, audit_type: str, client: str = "ACME Werkzeugbau GmbH") -> Path:
    audit.create_audit(path, author=AUTHOR, checklists=[library.get(KEY)],
                       details={"audit_type": audit_type, "client": client, "title": f"{client} {audit_type}",
                                "start_date": "2026-02-02", "end_date": "2026-02-03"}).close()
    return path


def stage2_with_open_nc(path: Path) -> Path:
    make_audit(path, vocab.AuditType.STAGE2.value)
    with audit.open_audit(path, author=AUTHOR) as session, session.transaction() as tx:
        findings.create_finding(tx, grade="major", clause_ids=[cid("8.5.1")], statement="Work instructions missing",
                                evidence_text="Line 3 operators had no instruction", requirement="8.5.1 a)")
    return path


def tab_visible(win: MainWindow, page: object) -> bool:
    return win.workspace.isTabVisible(win.workspace.indexOf(page))


def accept_concern(qtbot: QtBot, feature: CycleFeature, statement: str, refs: tuple[str, ...], area: str) -> None:
    qtbot.mouseClick(feature.stage1_page.add_button, Qt.MouseButton.LeftButton)
    dialog = feature.dialog
    assert isinstance(dialog, ConcernDialog)
    qtbot.keyClicks(dialog.statement_edit, statement)
    qtbot.keyClicks(dialog.area_edit, area)
    qtbot.keyClicks(dialog.filter_edit, refs[0])
    dialog.check_refs(*refs)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: feature.dialog is None)


def new_from(qtbot: QtBot, win: MainWindow, monkeypatch: pytest.MonkeyPatch, previous: Path) -> NewFromPreviousDialog:
    feature = feature_of(win, CycleFeature)
    feature.new_action.trigger()
    dialog = feature.dialog
    assert isinstance(dialog, NewFromPreviousDialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(previous), ""))
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.reading is None, timeout=10_000)
    return dialog


def older_edition() -> Checklist:
    current = library.get(KEY)
    # The same standard as an earlier library had it: without clause 10 and under its old edition's name.
    return dataclasses.replace(current, edition="2015", clauses=tuple(c for c in current.clauses if c.number != "10"))
