"""Bulk photo import as an auditor lives it: scan a card, review by time with plan suggestions, import; compact."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from auditor_app.services import audit, queries
from auditor_app.services.photo_import import checklists_in_load_order, scan
from auditor_app.ui.evidence_import.compact_dialog import CompactDialog
from auditor_app.ui.evidence_import.feature import EvidenceImport
from auditor_app.ui.evidence_import.review_dialog import ReviewDialog
from auditor_app.ui.evidence_import.review_model import ClauseChoices, Column, PhotoReviewModel, ReviewRow
from auditor_app.ui.main_window import MainWindow
from tests.services.photo_corpus import jpeg
from tests.ui.conftest import AUTHOR
from tests.ui.uihelpers import cid, session_of

POPUP = ("This plugin does not support raise", "This plugin does not support grabbing")  # offscreen completer list


def importer(window: MainWindow) -> EvidenceImport:
    return next(f for f in window.features if isinstance(f, EvidenceImport))


def card(tmp_path: Path) -> Path:
    """Photos taken during the demo plan's slots (9:00–11:00 context: 4.1 …; 11:00–13:00 production: 8.5.1 …;
    next day 10:30–12:00 purchasing: 8.4), one without a time, and a text file named like a photo."""
    folder = tmp_path / "DCIM"
    folder.mkdir()
    (folder / "IMG_0001.JPG").write_bytes(jpeg(taken="2026:11:10 11:30:00", camera=("Canon", "EOS R5")))
    (folder / "IMG_0002.JPG").write_bytes(jpeg(orientation=6, taken="2026:11:10 09:30:00"))
    (folder / "IMG_0003.JPG").write_bytes(jpeg(orientation=3, taken="2026:11:11 11:00:00"))
    (folder / "IMG_0004.JPG").write_bytes(jpeg(orientation=8))
    (folder / "readme.jpg").write_text("not a photo", encoding="utf-8")
    return folder


def column(dialog: ReviewDialog, col: Column) -> list[str]:
    model = dialog.model
    return [str(model.index(r, col).data() or "") for r in range(model.rowCount())]


def open_review(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> ReviewDialog:
    with qtbot.waitSignal(importer(window).reviewing, timeout=30_000) as blocker:
        window.import_photos(paths)  # as the gallery's drop of a folder does
    dialog = blocker.args[0]
    assert isinstance(dialog, ReviewDialog)
    qtbot.waitExposed(dialog)
    return dialog


def type_clause(qtbot: QtBot, table: QWidget, text: str) -> None:
    """As a user types: the first key opens the editor on the clause, the rest go into it, Enter confirms."""
    qtbot.keyClick(table, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def close_box(window: MainWindow) -> str:
    box = importer(window).box
    assert box is not None
    text = box.text()
    box.done(QMessageBox.StandardButton.Close)
    return text


@pytest.mark.qt_log_ignore(*POPUP)
def test_review_by_time_with_plan_suggestions_then_import(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                                         audit_path: Path) -> None:
    dialog = open_review(qtbot, window, [card(tmp_path)])
    assert column(dialog, Column.FILE) == ["IMG_0002.JPG", "IMG_0001.JPG", "IMG_0003.JPG", "IMG_0004.JPG",
                                           "readme.jpg"]  # by time taken; no time last
    assert column(dialog, Column.TAKEN)[:3] == ["2026-11-10 09:30", "2026-11-10 11:30", "2026-11-11 11:00"]
    assert column(dialog, Column.CLAUSE)[:4] == ["4.1 · ISO 9001", "8.5.1 · ISO 9001", "8.4 · ISO 9001", ""]
    assert column(dialog, Column.STATUS)[4].startswith("Refused: not a supported evidence file")
    assert column(dialog, Column.CAMERA)[1] == "Canon EOS R5"
    assert dialog.model.index(0, Column.PHOTO).data(Qt.ItemDataRole.DecorationRole) is not None  # thumbnail
    assert dialog.import_button.text() == "Import 4 photos"
    # One pass with the keyboard: down to the 11:30 photo, type another clause, Enter moves on to the next photo.
    table = dialog.table
    assert table.currentIndex().row() == 0 and table.currentIndex().column() == Column.CLAUSE
    qtbot.keyClick(table, Qt.Key.Key_Down)
    type_clause(qtbot, table, "7.1.5.2")
    assert column(dialog, Column.CLAUSE)[1] == "7.1.5.2 · ISO 9001" and table.currentIndex().row() == 2
    type_clause(qtbot, table, "99.9")  # not a clause of this audit: said so, nothing changed
    assert "99.9" in dialog.message.text() and column(dialog, Column.CLAUSE)[2] == "8.4 · ISO 9001"
    dialog.model.setData(dialog.model.index(2, Column.CAPTION), "Einkauf – 采购 – المشتريات")
    table.setCurrentIndex(dialog.model.index(3, Column.CLAUSE))
    qtbot.keyClick(table, Qt.Key.Key_Space)  # the photo without a time is left out
    assert dialog.import_button.text() == "Import 3 photos"
    with qtbot.waitSignal(importer(window).finished, timeout=30_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = done.args[0]
    assert len(report.imported) == 3
    assert close_box(window).startswith("3 photos imported.")
    session = session_of(window)
    assert session is not None
    placed = {e.filename: (e.clause_id, e.caption) for e in window.audit.read(queries.evidence)}
    assert placed["IMG_0002.JPG"] == (cid("4.1"), None)
    assert placed["IMG_0001.JPG"] == (cid("7.1.5.2"), None)
    assert placed["IMG_0003.JPG"] == (cid("8.4"), "Einkauf – 采购 – المشتريات")
    assert "IMG_0004.JPG" not in placed
    window.undo_stack.undo()  # one step takes the whole import back
    assert not {"IMG_0001.JPG", "IMG_0002.JPG"} & {e.filename for e in window.audit.read(queries.evidence)}
    window.undo_stack.redo()
    window.close()
    with audit.open_audit(audit_path, author=AUTHOR) as again:
        assert {e.filename: e.clause_id for e in queries.evidence(again, cid("7.1.5.2"))}.get("IMG_0001.JPG")


def test_photos_already_in_the_audit_show_as_duplicates(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = card(tmp_path)
    dialog = open_review(qtbot, window, [folder])
    with qtbot.waitSignal(importer(window).finished, timeout=30_000):
        dialog.accept()
    close_box(window)
    again = open_review(qtbot, window, [folder / "IMG_0001.JPG", folder / "IMG_0002.JPG"])
    assert column(again, Column.STATUS) == ["Duplicate: already in this audit"] * 2
    assert not again.import_button.isEnabled()
    again.reject()


def test_review_model_passes_the_model_tester(window: MainWindow, tmp_path: Path, qtmodeltester: Any) -> None:
    session = session_of(window)
    assert session is not None
    found = scan([card(tmp_path)])
    model = PhotoReviewModel()
    model.set_rows([ReviewRow(c, c.status == "new", None, None) for c in found],
                   ClauseChoices(window.audit.read(checklists_in_load_order), window.audit.read(queries.clauses)))
    qtmodeltester.check(model)


def test_compact_shows_the_saving_asks_then_shrinks_the_file(qtbot: QtBot, window: MainWindow) -> None:
    session = session_of(window)
    assert session is not None
    size_before = session.path.stat().st_size
    dialog = importer(window).choose_compaction()
    assert isinstance(dialog, CompactDialog)
    qtbot.waitExposed(dialog)
    assert "nothing to compact" in dialog.summary.text()  # the demo's photos are under the default 2400 px
    assert not dialog.compact_button.isEnabled()
    dialog.edge.setValue(800)
    assert dialog.summary.text().startswith("2 photos are stored larger than that")
    with qtbot.waitSignal(importer(window).finished, timeout=60_000) as done:
        qtbot.mouseClick(dialog.compact_button, Qt.MouseButton.LeftButton)
    report = done.args[0]
    assert report.files == 2 and report.bytes_after < size_before
    assert close_box(window).startswith("Saved ")
    shown = [e for e in window.audit.read(queries.evidence) if e.mime and e.mime.startswith("image/")]
    assert all(e.original_sha256 and max(e.width or 0, e.height or 0) == 800 for e in shown)
