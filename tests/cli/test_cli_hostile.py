"""Hostile input: refused at every door with one line naming where; damage reported by `check`, refused elsewhere."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from test_cli import cli

from auditor_app.domain.checklist import clause_id
from auditor_app.domain.ops import op_hash
from auditor_app.services import interchange, merge, notes
from auditor_app.storage.layout import SCHEMA_VERSION

C = "iso9001-2015"
_INSERT = ("INSERT INTO op(op_id, entity_type, entity_id, field, value, parents, hlc, author, replica_id, "
           "schema_version, op_hash) VALUES (?, ?, ?, ?, {value}, '[]', ?, ?, ?, 2, ?)")


@pytest.fixture
def audit_file(make_audit: Any) -> Path:
    session = make_audit(name="site.audit")
    session.run(notes.add_note, clause_id(C, "7.2"), "interview", "Interview with the quality manager")
    path: Path = session.path
    session.close()
    return path


def forge(path: Path, *, value: str = '"forged"', hlc: str = "0001700000000.00000", value_sql: str = "?") -> str:
    """Append an operation with a valid hash, as a forger who knows the hash would: only the rules can catch it.

    `value_sql` writes the value as SQL (raw bytes SQLite keeps but Python cannot decode); returns the entity id.
    """
    op_id, entity_id, replica = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    digest = op_hash(op_id, "note", entity_id, "text", value, [], hlc, "Mallory", replica, 2)
    values = [op_id, "note", entity_id, "text"] + ([value] if value_sql == "?" else []) + [hlc, "Mallory", replica,
                                                                                            digest]
    with sqlite3.connect(path) as conn:
        conn.execute(_INSERT.format(value=value_sql), values)
    conn.close()
    return entity_id


def damage_schema(path: Path, name: str, sql: str) -> None:
    """Rewrite one schema entry as a faulty disk or a careless tool could."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, name))
    conn.commit()
    conn.close()


def _one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "internal error" not in stderr
    return lines[0]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- the import door ---------------------------------------------------------------------------------------------
def _document(audit_file: Path, tmp_path: Path) -> tuple[dict[str, Any], int]:
    """A real export of the audit, and the index of its note's text operation."""
    from auditor_app.services import audit

    with audit.open_audit(audit_file, author="x", read_only=True) as session:
        document = interchange.to_document(session)
    ops = document["operations"]
    index = next(i for i, o in enumerate(ops) if o["entity_type"] == "note" and o["field"] == "text")
    return document, index


def _rehash(op: dict[str, Any]) -> None:
    op["op_hash"] = op_hash(op["op_id"], op["entity_type"], op["entity_id"], op["field"], op["value"], op["parents"],
                            op["hlc"], op["author"], op["replica_id"], op["schema_version"])


@pytest.mark.parametrize(("attr", "value", "expected"), [
    ("value", json.dumps("x" * 200_001), "value ({label}): longer than 200000 characters (200001)"),
    ("value", '{"a":', "value ({label}): not valid JSON (Expecting value at character 5)"),
    ("value", "7", "value ({label}): must be text, not a whole number"),
    ("hlc", "yesterday", "hlc ({label}): 'yesterday' is not a clock value"),
])
def test_import_refuses_an_unsound_operation_naming_it(audit_file: Path, tmp_path: Path, attr: str, value: str,
                                                       expected: str) -> None:
    document, index = _document(audit_file, tmp_path)
    op = document["operations"][index]
    op[attr] = value
    _rehash(op)  # the hash is valid: only the rules refuse it
    source = interchange.write_document(document, tmp_path / "hostile.json")
    target = tmp_path / "imported.audit"
    result = cli("import", source, target)
    assert result.returncode == 1
    label = f"note {op['entity_id'][:8]}… text"
    assert _one_line(result.stderr).startswith(
        f"auditor-app: {source}: operations[{index}].{expected.format(label=label)}"), result.stderr
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.json", "site.audit", "user-data"]  # no leftovers


def test_import_refuses_hostile_json_text_with_its_line_and_column(audit_file: Path, tmp_path: Path) -> None:
    document, _index = _document(audit_file, tmp_path)
    good = interchange.write_document(document, tmp_path / "good.json").read_text(encoding="utf-8")
    huge = "9" * 5000
    text = good.replace(f'"schema_version": {SCHEMA_VERSION}', f'"schema_version": {huge}', 1)
    offset = text.index(huge)
    line, column = text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)
    cases = {
        "deep.json": ("[" * 200_000, "line 1, column 501: not valid JSON (nested more than 500 levels deep)"),
        "digits.json": (text, f"line {line}, column {column}: the number 99999999999999999999… (5000 digits) is "
                              "outside the range of whole numbers an audit file holds"),
        "cut.json": (good[:len(good) // 2], "not valid JSON (Unterminated string"),
    }
    for name, (content, expected) in cases.items():
        source = tmp_path / name
        source.write_text(content, encoding="utf-8")
        result = cli("import", source, tmp_path / "imported.audit")
        assert result.returncode == 1, name
        assert _one_line(result.stderr).startswith(f"auditor-app: {source}, ") and expected in result.stderr, \
            result.stderr
        assert not (tmp_path / "imported.audit").exists()


def test_import_refuses_a_merge_record_of_the_wrong_types(audit_file: Path, tmp_path: Path) -> None:
    document, _index = _document(audit_file, tmp_path)
    document["merges"] = [{"merged_at": "2026-11-12T10:00:00Z", "source": {"path": "anna.audit"},
                           "source_replica": str(uuid.uuid4()), "ops_added": 3, "blobs_added": 0, "op_set_hash": "ab"}]
    source = interchange.write_document(document, tmp_path / "merges.json")
    result = cli("import", source, tmp_path / "imported.audit")
    assert result.returncode == 1
    assert _one_line(result.stderr) == f"auditor-app: {source}: merges[0].source must be text"
    assert not (tmp_path / "imported.audit").exists()


# -- the merge door ----------------------------------------------------------------------------------------------
def test_merge_refuses_a_file_with_an_oversized_note_and_leaves_the_target_untouched(audit_file: Path,
                                                                                    tmp_path: Path) -> None:
    from auditor_app.services import audit

    copy = tmp_path / "anna.audit"
    with audit.open_audit(audit_file, author="Lead", read_only=True) as session:
        merge.hand_over_copy(session, copy, "Anna Berg", ())
    entity = forge(copy, value=json.dumps("x" * 200_001))
    before = _digest(audit_file)
    result = cli("merge", audit_file, copy)
    assert result.returncode == 1
    line = _one_line(result.stderr)
    assert line.startswith(f"auditor-app: cannot open {copy}: the file is damaged (operation ")
    assert f"(note {entity[:8]}… text): value: longer than 200000 characters (200001)); run `auditor-app " \
           f"check {copy}`" in line
    assert _digest(audit_file) == before


# -- damaged files: `check` says what, the other commands refuse in one line ------------------------------------
def _damage(path: Path, kind: str) -> str:
    """Damage the file; returns the text `check` must report."""
    if kind == "invalid-utf8":
        entity = forge(path, value_sql="CAST(x'22ff22' AS TEXT)")
        return f"(note {entity[:8]}… text): value: unreadable text (not UTF-8 at byte 1)"
    if kind == "blob-value":
        entity = forge(path, value_sql="x'2278'")
        return f"(note {entity[:8]}… text): value: must be text, not blob"
    if kind == "hlc":
        entity = forge(path, hlc="yesterday")
        return f"(note {entity[:8]}… text): hlc: 'yesterday' is not a clock value"
    if kind == "json":
        entity = forge(path, value='{"a":')
        return f"(note {entity[:8]}… text): value: not valid JSON"
    if kind == "schema":
        damage_schema(path, "op", "CREATE TABLE op (seq INTEGER")
        return "malformed database schema (op)"
    assert kind == "index"  # the index says what another column holds: every entry disagrees with its row
    damage_schema(path, "c_note_clause", "CREATE INDEX c_note_clause ON c_note (text)")
    return "row 1 missing from index c_note_clause"


KINDS = ["invalid-utf8", "blob-value", "hlc", "json", "schema", "index"]


@pytest.mark.parametrize("kind", KINDS)
def test_check_names_the_damage_and_exits_1(audit_file: Path, kind: str) -> None:
    expected = _damage(audit_file, kind)
    result = cli("check", audit_file)
    assert result.returncode == 1
    assert "internal error" not in result.stderr and not result.stderr, result.stderr
    problems = [line for line in result.stdout.splitlines() if line.startswith("problem: ")]
    assert problems and expected in problems[0], result.stdout


@pytest.mark.parametrize("kind", ["invalid-utf8", "hlc", "schema", "index"])
def test_the_other_commands_refuse_a_damaged_file_in_one_line(audit_file: Path, tmp_path: Path, kind: str) -> None:
    expected = _damage(audit_file, kind)
    for args in (("info", audit_file), ("history", audit_file), ("rebuild", audit_file),
                 ("export", audit_file, "--json", tmp_path / "out.json"),
                 ("export", audit_file, "--xlsx", tmp_path / "out.xlsx")):
        result = cli(*args)
        assert result.returncode == 1, args
        line = _one_line(result.stderr)
        assert line.startswith(f"auditor-app: cannot open {audit_file}: the file is damaged ("), line
        assert expected in line and line.endswith(f"); run `auditor-app check {audit_file}`"), line
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "out.xlsx").exists()


@pytest.mark.parametrize("kind", ["invalid-utf8", "hlc"])
def test_merge_refuses_a_damaged_input_and_leaves_the_target_untouched(audit_file: Path, tmp_path: Path,
                                                                      kind: str) -> None:
    from auditor_app.services import audit

    copy = tmp_path / "anna.audit"
    with audit.open_audit(audit_file, author="Lead", read_only=True) as session:
        merge.hand_over_copy(session, copy, "Anna Berg", ())
    expected = _damage(copy, kind)
    before = _digest(audit_file)
    result = cli("merge", audit_file, copy)
    assert result.returncode == 1
    line = _one_line(result.stderr)
    assert line.startswith(f"auditor-app: cannot open {copy}: the file is damaged (") and expected in line, line
    assert line.endswith(f"); run `auditor-app check {copy}`")
    assert _digest(audit_file) == before
