"""Audit › Coverage over the cycle…: the chain's audits and the clause × audit matrix, uncovered rows marked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cycle_chain import chain
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from auditor_app.exporters import pdf_report
from auditor_app.ui import export_dialogs
from auditor_app.ui.cycle_coverage_view import UNCOVERED_BACK, CycleDialog
from auditor_app.ui.main_window import MainWindow

AUTHOR = "Test Auditor"


def _menu_action(win: MainWindow, text: str) -> Any:
    menu = win.menuBar().actions()[3].menu()  # Audit
    menu.aboutToShow.emit()  # as when the user opens it
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def _open(qtbot: QtBot, path: Path) -> MainWindow:
    win = MainWindow(AUTHOR)
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.show()
    qtbot.waitExposed(win)
    return win


def _dialog() -> CycleDialog:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, CycleDialog) and w.isVisible())


def test_the_dialog_shows_the_chain_and_marks_uncovered_clauses(qtbot: QtBot, tmp_path: Path,
                                                                 qtmodeltester: Any) -> None:
    _s2, s1 = chain(tmp_path)
    win = _open(qtbot, s1)
    action = _menu_action(win, "Coverage over the cycle…")
    assert action.isEnabled()
    action.trigger()
    dialog = _dialog()
    qtbot.addWidget(dialog)
    assert dialog.audits.rowCount() == 2
    assert [dialog.audits.item(r, 0).text() for r in range(2)] == ["Stage 2", "Surveillance"]
    assert dialog.audits.item(0, 2).text() == "R-26-1" and dialog.audits.item(0, 4).text() == "this audit's history"
    model = dialog.model
    qtmodeltester.check(model)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Stage 2\n2026-03-02"
    numbers = [model.index(r, 0).data() for r in range(model.rowCount())]
    row_442, row_511 = numbers.index("4.4.2"), numbers.index("5.1.1")
    assert [model.index(row_442, c).data() for c in range(2, 5)] == ["", "OFI", "yes"]
    assert model.index(row_442, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(row_511, 4).data() == "no"
    assert model.index(row_511, 1).data(Qt.ItemDataRole.BackgroundRole) == UNCOVERED_BACK
    dialog.only_uncovered.setChecked(True)
    qtmodeltester.check(model)
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "5.1.1" in shown and "4.4.2" not in shown and "4" not in shown
    assert dialog.rest.text() == ("Processes: all covered in the current cycle.\n"
                                  "Sites: all covered in the current cycle.")
    dialog.close()
    win.close()


def test_the_report_section_chooser_names_the_cycle_section() -> None:
    labels = dict(export_dialogs.SECTIONS)
    assert list(labels) == list(pdf_report.SECTIONS) and labels["cycle"] == "Coverage over the cycle"


def test_the_entry_is_disabled_without_an_audit(qtbot: QtBot) -> None:
    win = MainWindow(AUTHOR)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert not _menu_action(win, "Coverage over the cycle…").isEnabled()
    win.close()
