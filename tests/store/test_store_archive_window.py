"""File ▸ Office store archive… on the throwaway cluster: each role's audits, open findings, check out, coverage."""

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

from auditor_app.domain.checklist import clause_id
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


def test_check_out_writes_a_new_file_and_opens_it_never_over_an_existing_one(
        qtbot: QtBot, store: Cluster, make_audit: Any, tmp_path: Path, typed: Typed, messages: Messages,
        monkeypatch: pytest.MonkeyPatch) -> None:
    session = make_audit("stored.audit", client=f"Checked out {uuid.uuid4().hex[:8]}", title="Kept in the store")
    session.run(notes.add_note, clause_id("iso9001-2015", "7.2"), "interview",
                "Said at the gate")
    session.close()
    audit_id = pushed(store, tmp_path / "stored.audit", "alice")
    other = make_audit("open.audit", title="Open meanwhile")
    other.close()
    win = MainWindow("Alice")
    qtbot.addWidget(win)
    assert win.open_path(tmp_path / "open.audit")  # an audit open: its owner runs the store's work
    win.show()
    typed.answers.append((AUDITORS["alice"], False))
    dialog = open_archive(win, qtbot, store, "alice")
    dialog.tree.setCurrentItem(audit_item(dialog, audit_id))
    assert dialog.check_out.isEnabled()
    taken = tmp_path / "open.audit"
    monkeypatch.setattr(archive, "choose_out", lambda _parent, _suggested: taken)
    dialog.check_out.click()  # a file of that name exists: refused before anything runs
    assert messages.of("warning") == [f"cannot create {taken}: a file of that name already exists"]
    out = tmp_path / "checked out.audit"
    monkeypatch.setattr(archive, "choose_out", lambda _parent, suggested: (
        out if suggested.name == "Kept in the store.audit" else None))
    dialog.check_out.click()
    qtbot.waitUntil(lambda: win.audit.path == out, timeout=30_000)
    assert [n.text for n in win.audit.read(queries.notes)] == ["Said at the gate"]
    assert win.audit.read(lambda s: s.audit_id) == audit_id and len(messages.of("warning")) == 1
    with audit.open_audit(tmp_path / "open.audit", author="Alice", read_only=True) as untouched:
        assert queries.details(untouched).title == "Open meanwhile"
    win.close()


def test_coverage_over_the_cycle_reads_the_chains_audits_from_the_store(
        empty: MainWindow, qtbot: QtBot, store: Cluster, tmp_path: Path, typed: Typed) -> None:
    s2, s1 = chain(tmp_path)
    chain_id = pushed(store, s2, "alice")
    pushed(store, s1, "alice")
    typed.answers.append((AUDITORS["alice"], False))
    dialog = open_archive(empty, qtbot, store, "alice")
    office = feature(empty)
    stage2 = audit_item(dialog, chain_id)
    assert [stage2.parent().child(i).text(0) for i in range(stage2.parent().childCount())] == \
        ["Stage 2", "Surveillance"]
    dialog.tree.setCurrentItem(stage2.parent())  # the chain
    assert dialog.coverage.isEnabled() and not dialog.check_out.isEnabled()
    dialog.coverage.click()
    qtbot.waitUntil(lambda: getattr(office.archive, "coverage_dialog", None) is not None, timeout=30_000)
    shown = office.archive.coverage_dialog  # type: ignore[union-attr]
    column = [shown.audits.item(r, 0).text() for r in range(shown.audits.rowCount())]
    origins = [shown.audits.item(r, 4).text() for r in range(shown.audits.rowCount())]
    assert column == ["Stage 2", "Surveillance"]
    assert origins == ["office store: ACME Stage 2", "office store: ACME GmbH – Surveillance 2027"]
    assert shown.model.rowCount() > 0
    shown.close()  # deleted on close: the feature no longer holds it
    qtbot.waitUntil(lambda: office.archive.coverage_dialog is None, timeout=5_000)  # type: ignore[union-attr]
    dialog.close()


def test_coverage_from_the_store_says_which_audits_came_from_a_history(
        empty: MainWindow, qtbot: QtBot, store: Cluster, tmp_path: Path, typed: Typed) -> None:
    _s2, s1 = chain(tmp_path)
    surveillance = pushed(store, s1, "bob")  # Bob has the surveillance only; the Stage 2 is not in the store
    typed.answers.append((AUDITORS["bob"], False))
    dialog = open_archive(empty, qtbot, store, "bob")
    dialog.tree.setCurrentItem(audit_item(dialog, surveillance))  # an audit: its chain
    dialog.coverage.click()
    office = feature(empty)
    qtbot.waitUntil(lambda: getattr(office.archive, "coverage_dialog", None) is not None, timeout=30_000)
    shown = office.archive.coverage_dialog  # type: ignore[union-attr]
    assert [shown.audits.item(r, 4).text() for r in range(shown.audits.rowCount())] == [
        "history of office store: ACME GmbH – Surveillance 2027", "office store: ACME GmbH – Surveillance 2027"]
    assert shown.notes.isVisibleTo(shown) and shown.notes.text().startswith(
        "1 audit(s) taken from the history in office store: ACME GmbH – Surveillance 2027 (not in the office store "
        "or not assigned to you): Stage 2, 2026-03-02")
    shown.close()
    dialog.close()


def test_the_archive_needs_an_address_and_a_refusal_is_the_stores_one_line(
        empty: MainWindow, qtbot: QtBot, store: Cluster, typed: Typed, messages: Messages) -> None:
    preferences.save(preferences.Preferences())
    office = feature(empty)
    empty.menuBar().actions()[0].menu().aboutToShow.emit()
    assert not office.archive_action.isEnabled()
    preferences.save(preferences.Preferences(store_url=store.url("alice")))
    empty.menuBar().actions()[0].menu().aboutToShow.emit()
    assert office.archive_action.isEnabled()
    typed.answers.append(("not alice's password", False))
    office.archive_action.trigger()
    qtbot.waitUntil(lambda: bool(messages.shown), timeout=30_000)
    assert messages.shown == [("warning", "Office store archive", f"cannot connect to the office store "
                               f"{store.url('alice')}: password authentication failed for user \"alice\"")]
    assert len(typed.asked) == 1 and office.archive is not None and office.archive.dialog is None
