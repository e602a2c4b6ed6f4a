"""Reading a damaged log: every row once, in order, each damaged one named; rows after the damage still judged."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

from auditor_app.domain.ops import make_op
from auditor_app.storage import log_screen


def _append(conn: sqlite3.Connection, value_sql: str = "?", hlc: str = "0001700000000.00000") -> str:
    op = make_op(entity_type="note", entity_id=str(uuid.uuid4()), field="text", value="x", parents=[], hlc=hlc,
                 author="Mallory", replica_id=str(uuid.uuid4()), schema_version=2)
    conn.execute("INSERT INTO op(op_id, entity_type, entity_id, field, value, parents, hlc, author, replica_id, "
                 f"schema_version, op_hash) VALUES (?, 'note', ?, 'text', {value_sql}, '[]', ?, 'Mallory', ?, 2, ?)",
                 (op.op_id, op.entity_id, *((op.value,) if value_sql == "?" else ()), op.hlc, op.replica_id,
                  op.op_hash))
    return op.entity_id


def test_every_row_is_judged_once_also_after_undecodable_text(make_audit: Any, tmp_path: Path) -> None:
    session = make_audit()
    path = session.path
    session.close()
    conn = sqlite3.connect(path)
    sound = conn.execute("SELECT count(*) FROM op").fetchone()[0]
    blob = _append(conn, value_sql="x'2278'")  # bytes where text belongs: read again the careful way
    _append(conn)  # sound
    broken = _append(conn, value_sql="CAST(x'22ff22' AS TEXT)")  # the driver cannot decode it: byte by byte on
    _append(conn)  # sound, after the undecodable row
    late = _append(conn, hlc="tomorrow")
    conn.commit()
    rows = list(log_screen.rows(conn))
    conn.close()
    assert [r.seq for r in rows] == list(range(1, sound + 6))
    damaged = [(r.seq, r.describe()) for r in rows if r.problems]
    assert damaged == [
        (sound + 1, f"operation {sound + 1} (note {blob[:8]}… text): value: must be text, not blob"),
        (sound + 3, f"operation {sound + 3} (note {broken[:8]}… text): value: unreadable text (not UTF-8 at byte 1)"),
        (sound + 5, f"operation {sound + 5} (note {late[:8]}… text): hlc: 'tomorrow' is not a clock value "
                    "(13 digits, '.', 5 digits)"),
    ]
    assert all(r.op is not None for r in rows if not r.problems)
