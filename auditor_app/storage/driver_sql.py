"""The statements measured too slow through SQLAlchemy, run on the sqlite3 driver in the caller's transaction.

Everything else that holds a SQLAlchemy `Connection` writes SQLAlchemy Core (docs/architecture.md, "SQL in
storage/"). A statement is here only when Core added more than 5% to the whole operation it is part of. Each
function says what Core cost, in CPU time measured in the same transaction on the same file (2-core machine,
SQLAlchemy 2.1, SQLite 3.40): an edit costs ~0.30 ms of CPU (1.1 ms to durable, target 2× a bare commit), a
rebuild of 12,296 operations ~205 ms, merging 5,360 operations from four copies ~680 ms.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from auditor_app.domain.ops import Op
from auditor_app.domain.signing import Signature
from auditor_app.storage import op_rows, tally

_INSERT_OP = f"INSERT INTO op({op_rows.SELECT_LIST}) VALUES ({', '.join('?' * len(op_rows.COLUMNS))})"
_HEAD_OPS = (f"SELECT {', '.join('op.' + c for c in op_rows.COLUMNS)} FROM head "
             "JOIN op ON op.op_id = head.op_id WHERE head.entity_id = ? ORDER BY op.seq")
_UPSERTS: dict[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], str] = {}


def driver(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under `conn`, inside the same transaction."""
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def add_signatures(conn: Connection, signatures: Sequence[Signature]) -> None:
    """Store the signatures of operations just added (a merge's incoming ones), in the same transaction: with the
    operations they sign, on the same path as add_ops, so a merge's bulk insert costs what add_ops measured."""
    from auditor_app.storage import signatures as op_sig  # it reads the log through op_rows, as this module does

    op_sig.add(driver(conn), signatures)


def add_ops(conn: Connection, ops: Sequence[Op]) -> None:
    """Insert operations into the log and count them into their copies' tallies.

    Every edit and every merged operation goes through here. Core's insert: +28 µs per edit, and +9 µs per
    operation in bulk (12,296 took 194 ms against 83 ms): about +48 ms (+7%) on a merge of 5,360.
    """
    raw = driver(conn)
    raw.executemany(_INSERT_OP, [op_rows.values(o) for o in ops])
    tally.add(raw, ops)


def replace_heads(conn: Connection, ops: Sequence[Op]) -> None:
    """Make `ops` the heads of their fields in place of their parents (every edit; Core: +57 µs per edit)."""
    raw = driver(conn)
    for op in ops:
        if op.parents:
            marks = ",".join("?" * len(op.parents))
            raw.execute(f"DELETE FROM head WHERE entity_id=? AND field=? AND op_id IN ({marks})",
                        (op.entity_id, op.field, *op.parents))
    raw.executemany("INSERT INTO head(entity_id, field, op_id) VALUES (?, ?, ?)",
                    [(o.entity_id, o.field, o.op_id) for o in ops])


def head_ops(conn: Connection, entity_id: str) -> list[Op]:
    """The entity's current heads, oldest first (every edit reads them; Core: +21 µs per edit)."""
    return list(op_rows.to_ops(driver(conn).execute(_HEAD_OPS, (entity_id,))))


def upsert(conn: Connection, table: str, rows: list[dict[str, Any]], update_cols: list[str],
           keep_first: tuple[str, ...] = ()) -> None:
    """Insert cache rows, or rewrite `update_cols` of existing ones (`keep_first` only where still empty).

    Every edit projects its entity's row here. Core's insert…on conflict: +18 µs per edit with the statement
    built once per shape as here, 4.6 ms when built from the row each time.
    """
    columns = tuple(rows[0])
    key = (table, columns, tuple(update_cols), keep_first)
    sql = _UPSERTS.get(key)
    if sql is None:
        sets = ", ".join(f'"{c}" = coalesce("{c}", excluded."{c}")' if c in keep_first else f'"{c}" = excluded."{c}"'
                         for c in update_cols)
        names = ", ".join(f'"{c}"' for c in columns)
        sql = _UPSERTS[key] = (f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))}) '
                               f"ON CONFLICT(id) DO UPDATE SET {sets}")
    driver(conn).executemany(sql, [tuple(r[c] for c in columns) for r in rows])


def replace_conflicts(conn: Connection, entity_id: str, rows: list[dict[str, Any]], clear: bool = True) -> None:
    """The entity's conflict rows become `rows` (every edit clears them; Core's delete: +39 µs per edit)."""
    raw = driver(conn)
    if clear:
        raw.execute("DELETE FROM conflict WHERE entity_id = ?", (entity_id,))
    if rows:
        raw.executemany("INSERT INTO conflict(entity_type, entity_id, field, kind, heads) VALUES (?, ?, ?, ?, ?)",
                        [(r["entity_type"], r["entity_id"], r["field"], r["kind"], r["heads"]) for r in rows])


def insert_rows(conn: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """Bulk-insert rows that all have the same keys (a rebuild's cache: Core took +23 ms, +11%, for 14,176 rows)."""
    names = list(rows[0])
    columns = ", ".join(f'"{n}"' for n in names)
    driver(conn).executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" * len(names))})',
                             [tuple(r[n] for n in names) for r in rows])
