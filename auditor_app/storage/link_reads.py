"""Reads of the link table (`c_link`): which findings cite which clauses, evidence files and notes."""

from __future__ import annotations

from sqlalchemy import Connection, select

from auditor_app.storage.connection import AnyRow
from auditor_app.storage.schema import cache


def from_source(conn: Connection, source_id: str, *, deleted: bool | None = False) -> list[str]:
    """Ids of the links from an item: live ones, deleted ones (`deleted=True`) or all (`deleted=None`)."""
    table = cache["link"]
    query = select(table.c.id).where(table.c.source_id == source_id)
    if deleted is not None:
        query = query.where(table.c.deleted == int(deleted))
    return [str(r[0]) for r in conn.execute(query).fetchall()]


def between(conn: Connection, kind: str, source_id: str, target_id: str) -> list[str]:
    """Ids of the live links of this kind from `source_id` to `target_id` (two auditors may add the same)."""
    table = cache["link"]
    return [str(r[0]) for r in conn.execute(select(table.c.id).where(
        table.c.kind == kind, table.c.source_id == source_id, table.c.target_id == target_id,
        table.c.deleted == 0)).fetchall()]


def targets_from(conn: Connection, source_id: str, kind: str) -> list[AnyRow]:
    """(id, target_id) of the live links of this kind from an item."""
    table = cache["link"]
    return list(conn.execute(select(table.c.id, table.c.target_id).where(
        table.c.source_id == source_id, table.c.kind == kind, table.c.deleted == 0)).fetchall())


def to_target(conn: Connection, target_id: str, kind: str) -> list[str]:
    """Ids of the live links of this kind to an item."""
    table = cache["link"]
    return [str(r[0]) for r in conn.execute(select(table.c.id).where(
        table.c.target_id == target_id, table.c.deleted == 0, table.c.kind == kind)).fetchall()]


def live_targets(conn: Connection, kind: str) -> set[str]:
    """Every item some live link of this kind points to."""
    table = cache["link"]
    return {str(r[0]) for r in conn.execute(select(table.c.target_id).where(
        table.c.deleted == 0, table.c.kind == kind)).fetchall()}
