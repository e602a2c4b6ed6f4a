"""The chain Stage 1 → Stage 2 → surveillance 1 → surveillance 2 made in the window, checked for what is carried,
verified and covered."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import AUTHOR
from cyclehelpers import KEY, make_audit, new_from
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from uihelpers import cid, feature_of, run_in, session_of

from auditor_app.domain import vocab
from auditor_app.services import audit, findings, queries, verification
from auditor_app.ui import cycle_coverage
from auditor_app.ui.cycle.feature import CycleFeature
from auditor_app.ui.main_window import MainWindow


def _next(qtbot: QtBot, win: MainWindow, monkeypatch: pytest.MonkeyPatch, previous: Path, target: Path,
          expected_type: str) -> None:
    dialog = new_from(qtbot, win, monkeypatch, previous)
    assert dialog.preview is not None, dialog.what_label.text()
    assert dialog.type_combo.currentData() == expected_type
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session_of(win) is not None and session_of(win).path == target, timeout=20_000)


def _result(win: MainWindow, number: str, result: str) -> None:
    assert session_of(win) is not None
    run_in(win, lambda tx: audit.set_clause_result(tx, KEY, number, result))


def test_a_whole_chain_made_in_the_window(qtbot: QtBot, empty_window: MainWindow, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    win = empty_window
    stage1 = make_audit(tmp_path / "stage1.audit", vocab.AuditType.STAGE1.value)
    assert win.open_path(stage1)
    assert session_of(win) is not None
    run_in(win, verification.set_readiness, "ready_with_concerns", "Internal audits late")
    run_in(win, verification.add_concern, "No internal audit of production", clause_refs=[f"{KEY}#9.2"])
    _result(win, "4.1", "conforming")

    _next(qtbot, win, monkeypatch, stage1, tmp_path / "stage2.audit", vocab.AuditType.STAGE2.value)
    [concern] = win.audit.read(queries.carried)
    assert concern.kind == vocab.CarriedKind.STAGE1_CONCERN.value
    run_in(win, verification.record_verification, concern.id, outcome="effective", evidence_text="IA-07 seen")
    _result(win, "4.3", "conforming")
    run_in(win, findings.create_finding, grade="minor", clause_ids=[cid("8.5.1")], statement="No instruction",
                    evidence_text="Line 3")

    _next(qtbot, win, monkeypatch, tmp_path / "stage2.audit", tmp_path / "s1.audit",
          vocab.AuditType.SURVEILLANCE.value)
    feature = feature_of(win, CycleFeature)
    page = feature.previous_page
    [item] = win.audit.read(queries.carried)  # the NC, not the concern checked at Stage 2
    assert item.ref == "NC-01" and item.statement == "No instruction"
    page.table.selectRow(0)
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findText("Partly effective"))
    qtbot.keyClicks(page.evidence_edit, "Instructions at line 3, not yet at line 4")
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert win.audit.read(queries.carried)[0].verification == "partly"
    _result(win, "8.5.1", "conforming")

    _next(qtbot, win, monkeypatch, tmp_path / "s1.audit", tmp_path / "s2.audit", vocab.AuditType.SURVEILLANCE.value)
    [again] = win.audit.read(queries.carried)  # partly effective: verified again, with what S1 found
    assert again.ref == "NC-01" and "Partly effective, Instructions at line 3" in (again.client_response or "")
    assert {m.name for m in win.audit.read(queries.team)} == {AUTHOR}
    dialog = cycle_coverage.open_dialog(win)
    assert dialog is not None
    kinds = [dialog.audits.item(row, 0).text() for row in range(dialog.audits.rowCount())]
    assert kinds == ["Stage 1 (earlier cycle)", "Stage 2", "Surveillance", "Surveillance"]
    covered = {dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())
               if dialog.model.index(r, dialog.model.columnCount() - 1).data() == "yes"}
    assert {"4.3", "8.5.1"} <= covered and "4.1" not in covered  # 4.1 only in Stage 1, before the cycle
    dialog.close()
