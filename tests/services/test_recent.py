"""The recent-audits list: what is remembered, in which order, and how it survives damage and moved files."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from auditor_app import paths
from auditor_app.services import audit, recent
from auditor_app.services.recent import RecentAudit


def stored_file() -> Path:
    return paths.user_config_dir() / "recent-audits.json"


def test_remember_records_title_client_dates_and_progress(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = make_audit(title="Überwachungsaudit 2026 — 质量体系", client="Müller Präzisionsteile GmbH",
                         start_date="2026-03-02", end_date="2026-03-04",
                         checklists=("iso9001-2015", "iso14001-2015"))
    session.run(lambda tx: audit.set_clause_result(tx, "iso9001-2015", "4.1", "conforming"))
    session.run(lambda tx: audit.set_clause_result(tx, "iso14001-2015", "6.1.2", "nonconformity"))
    entry = recent.remember(session)
    assert (entry.title, entry.client, entry.start_date, entry.end_date) == (
        "Überwachungsaudit 2026 — 质量体系", "Müller Präzisionsteile GmbH", "2026-03-02", "2026-03-04")
    assert (entry.audited, entry.total) == (2, 136)
    assert entry.path == str(tmp_path / "a.audit")
    assert entry.last_opened  # local time, to the minute
    assert recent.entries() == [entry]
    assert "质量体系" in stored_file().read_text(encoding="utf-8")


def test_most_recent_first_without_duplicates(make_audit) -> None:  # type: ignore[no-untyped-def]
    first = make_audit("first.audit", title="First")
    second = make_audit("second.audit", title="Second")
    recent.remember(first)
    recent.remember(second)
    recent.remember(first)
    assert [e.title for e in recent.entries()] == ["First", "Second"]


def test_the_list_keeps_the_twenty_newest(tmp_path: Path) -> None:
    for n in range(25):
        recent.store(RecentAudit(path=str(tmp_path / f"{n}.audit"), title=f"Audit {n}"))
    titles = [e.title for e in recent.entries()]
    assert titles == [f"Audit {n}" for n in range(24, 4, -1)]


def test_a_moved_file_is_marked_missing_and_can_be_forgotten(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kept = make_audit("kept.audit", title="Kept")
    gone = make_audit("gone.audit", title="Gone")
    recent.remember(kept)
    recent.remember(gone)
    gone.close()
    (tmp_path / "gone.audit").rename(tmp_path / "elsewhere.audit")
    assert [(e.title, e.missing) for e in recent.entries()] == [("Gone", True), ("Kept", False)]
    assert "missing" not in stored_file().read_text(encoding="utf-8")  # worked out on reading, never stored
    recent.forget(tmp_path / "gone.audit")
    assert [e.title for e in recent.entries()] == ["Kept"]


def test_forgetting_a_file_not_in_the_list_changes_nothing(tmp_path: Path) -> None:
    recent.store(RecentAudit(path=str(tmp_path / "a.audit"), title="A"))
    recent.forget(tmp_path / "other.audit")
    assert [e.title for e in recent.entries()] == ["A"]


def test_same_file_through_another_spelling_is_one_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    recent.store(RecentAudit(path="a.audit", title="Old title"))
    recent.store(RecentAudit(path=str(tmp_path / "sub" / ".." / "a.audit"), title="New title"))
    assert [(e.path, e.title) for e in recent.entries()] == [(str(tmp_path / "a.audit"), "New title")]


@pytest.mark.parametrize("content", [b'{"version": 1, "audits": [{"path": "/x.au', b"\x00\x01\x02", b'"text"',
                                     b'{"audits": "none"}'])
def test_damaged_file_gives_an_empty_list_and_is_kept_aside(content: bytes, tmp_path: Path) -> None:
    stored_file().write_bytes(content)
    assert recent.entries() == []
    assert (stored_file().parent / "recent-audits.json.bad").read_bytes() == content
    recent.store(RecentAudit(path=str(tmp_path / "a.audit"), title="After"))  # carries on as usual
    assert [e.title for e in recent.entries()] == ["After"]


def test_bad_entries_and_values_are_skipped_or_defaulted(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    good = str(tmp_path / "good.audit")
    stored_file().write_text(json.dumps({"version": 3, "future_key": True, "audits": [
        {"path": good, "title": "Gut", "client": 7, "audited": -3, "total": "many", "colour": "red"},
        {"title": "no path"}, "just text", {"path": ""},
        {"path": str(tmp_path / "x.audit"), "title": "Too many", "audited": 99, "total": 10},
    ]}), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        shown = recent.entries()
    assert [(e.path, e.title, e.client, e.audited, e.total) for e in shown] == [
        (good, "Gut", "", 0, 0), (str(tmp_path / "x.audit"), "Too many", "", 10, 10)]
    assert "client" in caplog.text and "unreadable entry" in caplog.text


def test_an_entry_without_a_title_is_named_after_its_file(tmp_path: Path) -> None:
    recent.store(RecentAudit(path=str(tmp_path / "ACME 2026-03-02.audit")))
    assert recent.entries()[0].name == "ACME 2026-03-02"
