"""Reads of the evidence cache (`c_evidence`): an item's row, a clause's files, the photos and their hashes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, or_, select

from auditor_app.storage.connection import AnyRow
from auditor_app.storage.schema import cache


def attached_here(conn: Connection, sha256: str, *, clause_id: str | None, note_id: str | None) -> bool:
    """Whether a live item with this file is attached to the note (given one), else to the clause."""
    table = cache["evidence"]
    where = (table.c.note_id == note_id) if note_id else (table.c.clause_id == clause_id)
    return conn.execute(select(table.c.id).where(table.c.sha256 == sha256, table.c.deleted == 0, where)
                        ).first() is not None


def _live(conn: Connection, *where: Any) -> list[AnyRow]:
    table = cache["evidence"]
    return list(conn.execute(select(table).where(table.c.deleted == 0, *where)).fetchall())


def live(conn: Connection) -> list[AnyRow]:
    return _live(conn)


def live_item(conn: Connection, evidence_id: str) -> list[AnyRow]:
    """The item's row if it is live (a list: empty or one)."""
    return _live(conn, cache["evidence"].c.id == evidence_id)


def for_clause(conn: Connection, clause_id: str) -> list[AnyRow]:
    """The clause's live items, including files attached to the clause's live notes."""
    notes, table = cache["note"], cache["evidence"]
    note_ids = select(notes.c.id).where(notes.c.clause_id == clause_id, notes.c.deleted == 0)
    return _live(conn, or_(table.c.clause_id == clause_id, table.c.note_id.in_(note_ids)))


def stored_as_taken(conn: Connection) -> list[AnyRow]:
    """Live items without conflicts never reduced before (no original hash), in the order added."""
    table = cache["evidence"]
    return list(conn.execute(select(table).where(table.c.deleted == 0, table.c.original_sha256.is_(None),
                                                 table.c.conflicts == 0).order_by(table.c.created_at, table.c.id)))


def hashes(conn: Connection) -> set[str]:
    """The hashes of the live items' files, as stored and as taken (a reduced copy remembers its original)."""
    table = cache["evidence"]
    rows = conn.execute(select(table.c.sha256, table.c.original_sha256).where(
        table.c.deleted == 0, or_(table.c.sha256.is_not(None), table.c.original_sha256.is_not(None))))
    return {value for row in rows for value in row if value}
