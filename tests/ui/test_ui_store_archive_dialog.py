"""The office store archive's dialog without a store: the tree's texts, where a check-out is first offered, and the
coverage dialog's slot (listing and reading the store are in tests/store/test_store_archive_window.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from auditor_app.services.store_archive import StoredAudit
from auditor_app.ui import new_audit_file
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.office_store import archive
from auditor_app.ui.office_store.feature import OfficeStore

URL = "postgresql://alice@db.example.org/office"


def _stored(title: str | None = "Kept in the store", audit_type: str | None = "stage2") -> StoredAudit:
    return StoredAudit(audit_id="a1", title=title, client="ACME GmbH", chain_id="a1", previous_audit_id=None,
                       audit_type=audit_type, start_date="2026-03-02", end_date="2026-03-04", report_number=None,
                       lead="Alice", operations=12, last_push_by="alice", last_push_at="2026-03-05T10:00:00Z",
                       position=0)


@pytest.fixture
def empty(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow("Alice")
    qtbot.addWidget(window)
    yield window
    window.close()


def _archive(window: MainWindow, stored: StoredAudit) -> archive.Archive:
    office = next(f for f in window.features if isinstance(f, OfficeStore))
    shown = archive.Archive(window.audit, office.shell, URL)
    shown.dialog = archive.ArchiveDialog(window, "office store db.example.org",
                                         [("ACME GmbH", [(stored.chain_id, [stored])])], [])
    shown.dialog.tree.setCurrentItem(shown.dialog.tree.topLevelItem(0).child(0).child(0))
    return shown


def test_check_out_offers_the_documents_folder_and_numbers_a_taken_name(
        empty: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "Kept in the store.audit").write_bytes(b"an earlier check-out")
    monkeypatch.setattr(new_audit_file, "documents_folder", lambda: documents)
    offered: list[Path] = []

    def choose(_parent: QWidget, suggested: Path) -> None:
        offered.append(suggested)  # and cancelled

    monkeypatch.setattr(archive, "choose_out", choose)
    _archive(empty, _stored(title="Kept in the store")).check_out()
    _archive(empty, _stored(title="Stage 2: ACME/Werk 1")).check_out()
    assert offered == [documents / "Kept in the store (2).audit", documents / "Stage 2_ ACME_Werk 1.audit"]
    assert (documents / "Kept in the store.audit").read_bytes() == b"an earlier check-out"


def test_the_tree_names_each_audit_by_its_type_as_the_coverage_dialog_does(empty: MainWindow) -> None:
    shown = _archive(empty, _stored(audit_type="stage2"))
    assert shown.dialog is not None
    chain = shown.dialog.tree.topLevelItem(0).child(0)
    assert [chain.text(0), chain.child(0).text(0)] == ["Chain from Stage 2 2026-03-02", "Stage 2"]
    untyped = _archive(empty, _stored(audit_type=None))
    assert untyped.dialog is not None and untyped.dialog.tree.topLevelItem(0).child(0).child(0).text(0) == "Audit"


def test_no_coverage_dialog_is_shown_before_one_is_asked_for(empty: MainWindow) -> None:
    assert _archive(empty, _stored()).coverage_dialog is None
