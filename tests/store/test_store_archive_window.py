"""File ▸ Office store archive… against the throwaway cluster: each role's audits, open findings, check out, coverage."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cycle_chain import chain
from pgcluster import AUDITORS, Cluster
from PySide6.QtWidgets import QTreeWidgetItem, QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot
from test_store_archive import graded, pushed
from test_store_window import Messages, Typed

from auditor_app.services import audit, notes, preferences, queries
from auditor_app.ui.main_window import MainWindow
from auditor_app.ui.office_store import archive
from auditor_app.ui.office_store.archive import AUDIT, ArchiveDialog
from auditor_app.ui.office_store.feature import OfficeStore


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    return Messages(monkeypatch)


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> Typed:
    return Typed(monkeypatch)


@pytest.fixture
def empty(qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow("Alice")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def feature(win: MainWindow) -> OfficeStore:
    return next(f for f in win.features if isinstance(f, OfficeStore))


def open_archive(win: MainWindow, qtbot: QtBot, store: Cluster, role: str) -> ArchiveDialog:
    preferences.save(preferences.Preferences(store_url=store.url(role)))
    office = feature(win)
    win.menuBar().actions()[0].menu().aboutToShow.emit()
    assert office.archive_action.isEnabled()
    office.archive_action.trigger()
    qtbot.waitUntil(lambda: office.archive is not None and office.archive.dialog is not None, timeout=30_000)
    assert office.archive is not None and office.archive.dialog is not None
    return office.archive.dialog


def items(dialog: ArchiveDialog) -> list[QTreeWidgetItem]:
    found, walker = [], QTreeWidgetItemIterator(dialog.tree)
    while walker.value():
        found.append(walker.value())
        walker += 1
    return found


def audit_item(dialog: ArchiveDialog, audit_id: str) -> QTreeWidgetItem:
    return next(i for i in items(dialog) if i.data(1, AUDIT) and i.data(0, AUDIT) == [audit_id])


def listed(dialog: ArchiveDialog) -> set[str]:
    return {i.data(0, AUDIT)[0] for i in items(dialog) if i.data(1, AUDIT)}


def table(dialog: ArchiveDialog) -> list[list[str]]:
    return [[dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
            for r in range(dialog.table.rowCount())]


def test_the_archive_lists_exactly_each_roles_audits_and_the_open_findings(
        empty: MainWindow, qtbot: QtBot, store: Cluster, make_audit: Any, tmp_path: Path, typed: Typed) -> None:
    tag = uuid.uuid4().hex[:8]
    mine = make_audit("alice.audit", client=f"Alice's client {tag}", title="Alice's stage 2",
                      start_date="2026-03-02", end_date="2026-03-04")
    refs = graded(mine)
    mine.close()
    alice_id = pushed(store, tmp_path / "alice.audit", "alice")
    theirs = make_audit("bob.audit", client=f"Bob's client {tag}", title="Bob's audit")
    theirs.close()
    bob_id = pushed(store, tmp_path / "bob.audit", "bob")

    typed.answers.append((AUDITORS["alice"], False))  # the address in the preferences has no password
    dialog = open_archive(empty, qtbot, store, "alice")
    assert alice_id in listed(dialog) and bob_id not in listed(dialog)
    item = audit_item(dialog, alice_id)
    assert item.parent().parent().text(0) == f"Alice's client {tag}"
    assert [item.text(c) for c in range(3)] == ["Stage 2", "2026-03-02 – 2026-03-04", "Alice's stage 2"]
    assert item.text(4).endswith(" by alice")
    dialog.tree.setCurrentItem(item)
    # Open only: not the verified-closed minor, the withdrawn observation nor the good practice.
    # Open only: not the verified-closed minor, the withdrawn observation nor the good practice.
    assert [row[:4] for row in table(dialog)] == [
        ["NC-01", "Major nonconformity", "ISO 9001 4.2", "Open"],
        ["NC-03", "Minor nonconformity", "ISO 9001 7.5.1", "Correction proposed"]]
    assert set(refs) == {"NC-01", "NC-02", "NC-03", "OBS-01", "GP-01"}
    dialog.tree.setCurrentItem(item.parent().parent())  # the client: its findings too
    assert len(table(dialog)) == 2 and dialog.caption.text() == f"Open findings of Alice's client {tag}: 2"
    assert not dialog.coverage.isEnabled() and not dialog.check_out.isEnabled()
    dialog.resize(1200, 500)
    dialog.grab().save("/tmp/archive-dialog.png")
    dialog.close()

    typed.answers.append((AUDITORS["bob"], False))
    dialog = open_archive(empty, qtbot, store, "bob")
    assert bob_id in listed(dialog) and alice_id not in listed(dialog)
    dialog.close()
