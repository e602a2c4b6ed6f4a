"""View › Merge history: which team file was merged, when, and whose work it brought."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from auditor_app.domain.checklist import clause_id
from auditor_app.services import audit, merge, notes
from auditor_app.services.merge_history import merge_history
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.merge_history import MergeHistory


def test_merge_history_names_the_file_its_authors_and_what_it_brought(make_audit, qtbot: QtBot,
                                                                      tmp_path: Path) -> None:
    lead = make_audit("lead.audit", author="Anna Lead")
    copy = merge.hand_over_copy(lead, tmp_path / "Chen's copy 陈.audit", "Chen Wei")
    member = audit.open_audit(copy, author="Chen Wei")
    member.run(notes.add_note, clause_id("iso9001-2015", "8.4"), "observation", "Lieferantenbewertung fehlt")
    member.run(notes.add_note, clause_id("iso9001-2015", "7.2"), "interview", "培训记录齐全")
    member.close()
    merge.merge_into(lead, [copy])
    merge.merge_into(lead, [copy])  # nothing new the second time, and still recorded as a merge
    [again, first] = merge_history(lead)
    assert first.source == "Chen's copy 陈.audit" and first.operations > 0
    assert first.authors[0][0] == "Chen Wei" and first.authors[0][1] >= 6  # two notes of several fields each
    assert again.operations == 0
    lead.close()
    window = MainWindow("Anna Lead")
    qtbot.addWidget(window)
    assert window.open_path(tmp_path / "lead.audit")
    feature = next(f for f in window.features if isinstance(f, MergeHistory))
    dialog = feature.show_history()
    assert dialog is not None
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(1, 1).text() == "Chen's copy 陈.audit"
    assert table.item(1, 2).text().startswith("Chen Wei (")
    assert "2 team file(s) merged" in dialog.summary.text()
    dialog.close()
    window.close()


def test_an_audit_never_merged_says_so(window: MainWindow, qtbot: QtBot) -> None:
    feature = next(f for f in window.features if isinstance(f, MergeHistory))
    dialog = feature.show_history()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and "No team file" in dialog.summary.text()
    dialog.close()
