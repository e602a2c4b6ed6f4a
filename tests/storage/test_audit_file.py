"""The audit file: pragmas, one file at rest, exclusive lock, refusal of foreign or damaged files."""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import struct
from pathlib import Path

import pytest

from auditor_app.errors import FileLocked, FileRefused, KnownError
from auditor_app.services import audit, notes, queries
from auditor_app.storage import backup, layout, migrations, schema
from auditor_app.storage.audit_file import AuditFile

NOT_FULFILLED = "The requirement is not fulfilled as the evidence shows."  # 17021-1 9.4.5.2


def _poke(path: Path, *statements: str) -> None:
    """Change a closed file behind the application's back, as another tool would."""
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_file_has_exactly_the_objects_opening_expects(make_audit) -> None:
    # Opening checks a file against storage/layout.py, which must name what storage/schema.py creates.
    session = make_audit()
    found = {(t, n) for t, n in session.file.raw_connection().execute("SELECT type, name FROM sqlite_master")
             if not n.startswith("sqlite_autoindex")}
    assert found == layout.EXPECTED_OBJECTS


def test_file_uses_the_document_safe_settings(make_audit) -> None:
    session = make_audit()
    file = session.file
    assert file.pragma("journal_mode") == "delete"
    assert file.pragma("synchronous") == 3  # EXTRA
    assert file.pragma("locking_mode") == "exclusive"
    assert file.pragma("application_id") == schema.APPLICATION_ID
    assert file.pragma("user_version") == schema.SCHEMA_VERSION
    assert file.pragma("trusted_schema") == 0


def test_closed_audit_is_exactly_one_file(make_audit, tmp_path: Path) -> None:
    session = make_audit()
    session.run(notes.add_note, None, "general", "note")
    session.close()
    at_rest = sorted(p.name for p in tmp_path.iterdir() if p.name not in ("user-data", "user-config"))
    assert at_rest == ["a.audit"]


def test_second_opener_is_told_who_has_the_file(make_audit, tmp_path: Path) -> None:
    make_audit(author="Anna Auditor")
    with pytest.raises(FileLocked) as caught:
        AuditFile.open(tmp_path / "a.audit")
    assert "is open in auditor-app by" in str(caught.value)
    with pytest.raises(FileLocked):
        AuditFile.open(tmp_path / "a.audit", read_only=True)


def test_refusals_leave_the_file_byte_identical(make_audit, tmp_path: Path) -> None:
    session = make_audit()
    session.run(notes.add_note, None, "general", "some text " * 200)
    session.close()
    good = (tmp_path / "a.audit").read_bytes()
    rng = random.Random(7)
    cases: dict[str, tuple[bytes, str]] = {
        "empty": (b"", "the file is empty"),
        "text": (b"hello, this is not an audit", "not an SQLite database"),
        "truncated-header": (good[:50], "truncated header"),
        "truncated": (good[: len(good) // 3], "damaged"),
        "newer": (good[:60] + struct.pack(">I", schema.SCHEMA_VERSION + 1) + good[64:], "newer version"),
        "foreign-app-id": (good[:68] + struct.pack(">I", 0x47504B47) + good[72:], "another program"),
    }
    page = 8192
    for n in range(3):  # random pages overwritten with noise (never page 1: that is the header case)
        data = bytearray(good)
        victim = rng.randrange(1, len(good) // page)
        data[victim * page:(victim + 1) * page] = rng.randbytes(page)
        cases[f"noise-page-{n}"] = (bytes(data), "damaged")
    for name, (content, message) in cases.items():
        path = tmp_path / f"{name}.audit"
        path.write_bytes(content)
        before = _digest(path)
        with pytest.raises(FileRefused, match=message):
            AuditFile.open(path)
        assert _digest(path) == before, name
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith((f"{name}.audit-", f".~lock.{name}"))]
        assert leftovers == [], name


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photos.audit"
    _poke(path, "CREATE TABLE pictures(x)")
    with pytest.raises(FileRefused, match="another program"):
        AuditFile.open(path)


def test_hostile_schema_objects_are_refused(make_audit, tmp_path: Path) -> None:
    make_audit().close()
    path = tmp_path / "a.audit"
    _poke(path, "CREATE TRIGGER evil AFTER INSERT ON op BEGIN DELETE FROM blob; END")
    before = _digest(path)
    with pytest.raises(FileRefused, match="objects an audit file never has"):
        AuditFile.open(path)
    assert _digest(path) == before


def test_unicode_decode_error_from_a_damaged_file_is_a_refusal(monkeypatch, make_audit, tmp_path: Path) -> None:
    make_audit().close()
    from auditor_app.storage import file_checks

    def broken(*_args: object, **_kwargs: object) -> list[str]:
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")

    monkeypatch.setattr(file_checks, "quick_check", broken)
    with pytest.raises(FileRefused, match="damaged"):
        AuditFile.open(tmp_path / "a.audit")


def test_log_is_append_only(make_audit) -> None:
    session = make_audit()
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        session.file.raw_connection().execute("DELETE FROM op")


def test_create_never_overwrites(make_audit, tmp_path: Path) -> None:
    make_audit()
    with pytest.raises(KnownError, match="already exists"):
        audit.create_audit(tmp_path / "a.audit", author="X")


def test_moved_file_is_not_written_to(make_audit, tmp_path: Path) -> None:
    session = make_audit()
    os.rename(tmp_path / "a.audit", tmp_path / "renamed.audit")
    with pytest.raises(KnownError, match="moved or deleted while open"):
        session.run(notes.add_note, None, "general", "lost?")


def test_save_a_copy_is_verified_and_complete(make_audit, tmp_path: Path) -> None:
    session = make_audit()
    session.run(notes.add_note, None, "interview", "持续改进 — Gespräch")
    copy = backup.snapshot(session.file.raw_connection(), tmp_path / "copy.audit")
    with pytest.raises(KnownError, match="already exists"):
        backup.snapshot(session.file.raw_connection(), copy)
    other = audit.open_audit(copy, author="Bob", read_only=True)
    assert [n.text for n in queries.notes(other)] == ["持续改进 — Gespräch"]
    other.close()
    assert not list(tmp_path.glob(".*.tmp"))


def test_backups_rotate(make_audit, monkeypatch) -> None:
    session = make_audit()
    monkeypatch.setattr(backup, "KEEP_RECENT", 3)
    for n in range(6):
        backup.take_backup(session.file.raw_connection(), session.audit_id, f"test{n}")
    kept = backup.list_backups(session.audit_id)
    assert 3 <= len(kept) <= 4  # three recent, plus the day's newest (one of them)
    for entry in kept:
        conn = sqlite3.connect(entry.path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_older_file_is_migrated_after_a_verified_backup(make_audit, tmp_path: Path, monkeypatch) -> None:
    session = make_audit()
    session.run(notes.add_note, None, "general", "before upgrade")
    audit_id = session.audit_id
    session.close()
    path = tmp_path / "a.audit"
    _poke(path, "PRAGMA user_version=0")
    calls: list[int] = []
    monkeypatch.setitem(migrations.MIGRATIONS, 0, lambda conn: calls.append(0))
    upgraded = audit.open_audit(path, author="Anna")
    assert calls == [0] and upgraded.file.pragma("user_version") == schema.SCHEMA_VERSION
    assert [n.text for n in queries.notes(upgraded)] == ["before upgrade"]
    [kept] = backup.list_backups(audit_id)
    assert "before-upgrade-from-v0" in kept.path.name
    upgraded.close()


def test_too_old_file_without_a_migration_is_refused(make_audit, tmp_path: Path) -> None:
    make_audit().close()
    path = tmp_path / "a.audit"
    _poke(path, "PRAGMA user_version=0")
    with pytest.raises(FileRefused, match="too old"):
        AuditFile.open(path)


def test_locked_file_can_be_viewed_through_a_verified_copy(make_audit, tmp_path: Path) -> None:
    session = make_audit()
    session.run(notes.add_note, None, "general", "seen by the second instance")
    viewer = audit.open_read_only_copy(tmp_path / "a.audit", author="Bob")
    assert viewer.file.read_only and [n.text for n in queries.notes(viewer)] == ["seen by the second instance"]
    with pytest.raises(KnownError, match="read-only"):
        viewer.run(notes.add_note, None, "general", "x")
    viewer.close()


def test_removable_media_gets_a_local_working_copy(make_audit, tmp_path: Path, monkeypatch) -> None:
    from auditor_app.storage import location

    session = make_audit()
    session.run(notes.add_note, None, "general", "on the stick")
    session.close()
    monkeypatch.setattr(location, "_classify_linux", lambda p: location.Location("removable", "vfat at /media/usb"))
    where = audit.where_is(tmp_path / "a.audit")
    assert where.risky and "removable media" in where.warning()
    local = audit.make_local_copy(tmp_path / "a.audit")
    assert local.parent.name == "working-copies"
    copy = audit.open_audit(local, author="Anna")
    assert [n.text for n in queries.notes(copy)] == ["on the stick"]
    copy.close()


def test_periodic_backup_is_taken_when_due(make_audit) -> None:
    session = make_audit()
    assert audit.backup_due(session)  # none taken yet
    first = audit.take_periodic_backup(session)
    assert first.exists() and not audit.backup_due(session)  # not due again within the interval
    assert audit.backup_due(session, min_interval_s=0)


def test_cloud_sync_folders_are_recognised(tmp_path: Path) -> None:
    from auditor_app.storage import location

    folder = tmp_path / "OneDrive - Certification Body" / "Audits"
    folder.mkdir(parents=True)
    assert location.classify(folder).kind == "cloud"
    assert location.classify(tmp_path).kind == "local"


def test_deferred_check_blocks_writes_into_a_damaged_file(tmp_path: Path) -> None:
    from auditor_app.services import demo

    demo.build_demo(tmp_path / "d.audit", photos=0, notes_count=300, findings_count=2).close()
    path = tmp_path / "d.audit"
    conn = sqlite3.connect(path)
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name='op' AND pagetype='leaf'")]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    victim = (pages[len(pages) // 2] - 1) * page_size
    data[victim + 100:victim + 400] = bytes(range(256)) + bytes(44)  # garble cells of an op-log page
    path.write_bytes(bytes(data))
    with pytest.raises(FileRefused, match="damaged"):
        AuditFile.open(path)
    session = audit.open_audit(path, author="Anna", verify=False)  # what the GUI does to show a window fast
    try:
        with pytest.raises(FileRefused, match="damaged"):
            session.file.verify_rest()
        with pytest.raises(FileRefused, match="damaged"):
            session.run(notes.add_note, None, "general", "must not be written")
    finally:
        session.close()


def test_copies_work_where_hard_links_do_not(make_audit, tmp_path: Path, monkeypatch) -> None:
    """FAT/exFAT USB sticks have no hard links: copies must still land, and still never overwrite."""
    session = make_audit()

    def no_links(*_args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    copy = audit.save_copy(session, tmp_path / "stick.audit")
    assert copy.exists() and not list(tmp_path.glob(".*.tmp"))
    with pytest.raises(KnownError, match="already exists"):
        audit.save_copy(session, copy)


def test_a_crash_mid_change_is_undone_even_when_opened_read_only(make_audit, tmp_path: Path) -> None:
    """kill -9 during a transaction leaves a hot journal; `info` and `check` open read-only and must still work."""
    import subprocess
    import sys

    session = make_audit()
    session.run(notes.add_note, None, "general", "committed before the crash")
    session.close()
    path = tmp_path / "a.audit"
    script = ("import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
              "c.execute('PRAGMA journal_mode=DELETE'); c.execute('BEGIN IMMEDIATE'); "
              "c.execute(\"UPDATE meta SET value = value || 'x' WHERE key = 'created_with'\"); "
              "c.execute('DELETE FROM c_note'); c.execute('PRAGMA cache_spill=1'); "
              "c.execute('CREATE TABLE spill(x)'); c.executemany('INSERT INTO spill VALUES (?)', "
              "[(os.urandom(2000),) for _ in range(4000)]); os._exit(9)")
    subprocess.run([sys.executable, "-c", script, str(path)], check=False)
    assert (tmp_path / "a.audit-journal").exists()
    viewer = audit.open_audit(path, author="Checker", read_only=True)
    try:
        assert [n.text for n in queries.notes(viewer)] == ["committed before the crash"]
    finally:
        viewer.close()


def test_a_format_1_file_gains_the_evidence_columns_and_keeps_its_evidence(make_audit, tmp_path: Path) -> None:
    from auditor_app.services import evidence

    session = make_audit()
    session.run(evidence.attach_evidence, b"%PDF-1.4\n%%EOF\n", "procedure.pdf", caption="Procedure QP-07")
    session.close()
    path = tmp_path / "a.audit"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA locking_mode=NORMAL")
    conn.execute("ALTER TABLE c_evidence DROP COLUMN annotations")
    conn.execute("ALTER TABLE c_evidence DROP COLUMN original_sha256")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    upgraded = audit.open_audit(path, author="Anna")
    assert upgraded.file.pragma("user_version") == schema.SCHEMA_VERSION == 6
    [item] = queries.evidence(upgraded)
    assert item.caption == "Procedure QP-07" and item.annotations is None
    upgraded.run(lambda tx: tx.set("evidence", item.id, {"annotations": [{"shape": "rect"}]}))
    assert queries.evidence(upgraded)[0].annotations == '[{"shape": "rect"}]'
    upgraded.close()
    assert any("before-upgrade-from-v1" in b.path.name for b in backup.list_backups(upgraded.audit_id))


def test_a_format_2_file_without_the_finding_basis_column_is_read_as_it_is_and_upgraded(make_audit,
                                                                                          tmp_path: Path) -> None:
    from auditor_app.domain.checklist import clause_id
    from auditor_app.services import findings

    session = make_audit()
    session.run(findings.create_finding, statement=NOT_FULFILLED,
                grade="minor", clause_ids=[clause_id("iso9001-2015", "7.2")],
                evidence_text="Training plan 2026 not approved")
    session.close()
    path = tmp_path / "a.audit"
    conn = sqlite3.connect(path)  # as the previous release wrote it: no tallies, no grading_basis column
    conn.execute("PRAGMA locking_mode=NORMAL")
    conn.execute("DELETE FROM meta WHERE key LIKE 'tally:%'")
    conn.execute("ALTER TABLE c_finding DROP COLUMN grading_basis")
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with audit.open_audit(path, author="Reader", read_only=True) as reader:
        [finding] = queries.findings(reader)
        assert finding.evidence_text == "Training plan 2026 not approved" and finding.grading_basis is None
    assert path.read_bytes() == before  # reading neither upgraded nor touched it
    upgraded = audit.open_audit(path, author="Anna")
    assert upgraded.file.pragma("user_version") == schema.SCHEMA_VERSION == 6
    upgraded.run(lambda tx: tx.set("finding", finding.id, {"grading_basis": {"scheme": "ghtf_n19", "repeat": True}}))
    assert json.loads(queries.findings(upgraded)[0].grading_basis) == {"scheme": "ghtf_n19", "repeat": True}
    upgraded.close()
