"""An operation removed or replaced behind the program's back is damage that `check` names, not a warning."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from auditor_app.domain.ops import op_hash
from auditor_app.services import audit, integrity, merge, notes, queries
from auditor_app.storage import schema
from auditor_app.storage.layout import GUARD_TRIGGERS


def _tamper(path: Path, *statements: str) -> None:
    """Edit the log as someone with a database tool would: guard triggers dropped, then put back."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER op_no_update")
    conn.execute("DROP TRIGGER op_no_delete")
    for statement in statements:
        conn.execute(statement)
    for trigger in GUARD_TRIGGERS:
        conn.execute(trigger)
    conn.commit()
    conn.close()


def _problems(path: Path) -> list[str]:
    with audit.open_audit(path, author="Checker", read_only=True) as session:
        return integrity.full_check(session).problems


def _rebuilt(path: Path) -> None:
    # The cache is re-derived from the tampered log, so only the tally can still tell.
    with audit.open_audit(path, author="Checker") as session:
        queries.rebuild_cache(session)


def _three_notes(make_audit, tmp_path: Path) -> Path:
    session = make_audit()
    for text in ("first", "second", "third"):
        session.run(notes.add_note, None, "general", text)
    session.close()
    return tmp_path / "a.audit"


def test_a_clean_file_passes(make_audit, tmp_path: Path) -> None:
    assert _problems(_three_notes(make_audit, tmp_path)) == []


def test_the_newest_operation_removed_by_hand_is_damage(make_audit, tmp_path: Path) -> None:
    path = _three_notes(make_audit, tmp_path)
    _tamper(path, "DELETE FROM op WHERE seq = (SELECT max(seq) FROM op)")
    _rebuilt(path)
    problems = _problems(path)
    assert problems == ["1 operation(s) of Anna Auditor (copy " + _replica(path)[:8]
                        + "…) are missing from the log (removed outside auditor-app)"]


def test_an_operation_others_build_on_removed_is_damage(make_audit, tmp_path: Path) -> None:
    session = make_audit()
    note = session.run(notes.add_note, None, "general", "draft")
    note_id = next(iter(note.ids("note")))
    session.run(notes.edit_note, note_id, text="final wording")
    session.close()
    path = tmp_path / "a.audit"
    _tamper(path, "DELETE FROM op WHERE seq = (SELECT min(seq) FROM op WHERE field = 'text')")
    _rebuilt(path)
    problems = _problems(path)
    assert any("build on are missing from the log" in p for p in problems), problems
    assert any("1 operation(s) of Anna Auditor" in p for p in problems), problems


def test_an_operation_rewritten_and_rehashed_is_damage(make_audit, tmp_path: Path) -> None:
    path = _three_notes(make_audit, tmp_path)
    conn = sqlite3.connect(path)
    row = conn.execute("SELECT op_id, entity_type, entity_id, field, parents, hlc, author, replica_id, "
                       "schema_version FROM op WHERE field = 'text' ORDER BY seq DESC LIMIT 1").fetchone()
    conn.close()
    import json

    forged = '"a different text"'
    digest = op_hash(row[0], row[1], row[2], row[3], forged, json.loads(row[4]), *row[5:])
    _tamper(path, f"UPDATE op SET value = '{forged}', op_hash = '{digest}' WHERE op_id = '{row[0]}'")
    _rebuilt(path)
    assert _problems(path) == [f"operations of Anna Auditor (copy {_replica(path)[:8]}…) were replaced outside "
                               "auditor-app"]


def test_merged_files_keep_their_tallies(make_audit, tmp_path: Path) -> None:
    lead = make_audit("lead.audit")
    lead.run(notes.add_note, None, "general", "lead's note")
    member_path = tmp_path / "anna.audit"
    merge.hand_over_copy(lead, member_path, "Anna Berg")
    member = audit.open_audit(member_path, author="Anna Berg")
    member.run(notes.add_note, None, "general", "Anna's note")
    member.close()
    merge.merge_into(lead, [member_path], backup_first=False)
    assert integrity.full_check(lead).problems == []
    lead.close()
    assert _problems(tmp_path / "lead.audit") == []


def test_a_format_2_file_is_tallied_when_upgraded(make_audit, tmp_path: Path) -> None:
    path = _three_notes(make_audit, tmp_path)
    _as_format_2(path)
    with audit.open_audit(path, author="Anna Auditor") as session:
        assert session.file.pragma("user_version") == schema.SCHEMA_VERSION == 6
        assert integrity.full_check(session).problems == []
        assert len(queries.notes(session)) == 3


def _as_format_2(path: Path) -> None:
    """The file as the previous version wrote it: no tallies, format 2."""
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM meta WHERE key LIKE 'tally:%'")
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()


def _replica(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT value FROM meta WHERE key = 'replica_id'").fetchone()[0])
    finally:
        conn.close()


def test_a_format_2_file_is_read_as_it_is_and_checked_without_tallies(make_audit, tmp_path: Path) -> None:
    path = _three_notes(make_audit, tmp_path)
    _as_format_2(path)
    with audit.open_audit(path, author="Checker", read_only=True) as session:
        report = integrity.full_check(session)
        assert report.problems == [] and "file format 2 keeps no operation tallies" in report.warnings[0]
        assert len(queries.notes(session)) == 3
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2  # reading did not upgrade it
    conn.close()
