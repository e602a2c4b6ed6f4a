"""Reads of the operation log and the conflict table: the audit trail, figures for `info`, who wrote what."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from auditor_app.storage import schema
from auditor_app.storage.connection import AnyRow
from auditor_app.storage.schema import cache


def conflicts(conn: Connection) -> list[AnyRow]:
    table = schema.conflict
    return list(conn.execute(select(table).order_by(table.c.entity_type, table.c.entity_id)).fetchall())


def operations(conn: Connection, entity_id: str | None = None) -> list[AnyRow]:
    """The log's rows in arrival order: all, or those of one entity."""
    table = schema.op
    query = select(table).order_by(table.c.seq)
    if entity_id:
        query = query.where(table.c.entity_id == entity_id)
    return list(conn.execute(query).fetchall())


def recent_operations(conn: Connection, entity_ids: list[str], limit: int) -> list[AnyRow]:
    """The newest `limit` operations of each chunk of 500 of these entities (seq, entity, field, value, parents,
    hlc, author, replica_id, and op_id, schema_version, op_hash to judge signatures), newest first within a chunk."""
    op = schema.op
    rows: list[AnyRow] = []
    for start in range(0, len(entity_ids), 500):
        rows += conn.execute(select(op.c.seq, op.c.entity_type, op.c.entity_id, op.c.field, op.c.value,
                                    op.c.parents, op.c.hlc, op.c.author, op.c.replica_id, op.c.op_id,
                                    op.c.schema_version, op.c.op_hash)
                             .where(op.c.entity_id.in_(entity_ids[start:start + 500]))
                             .order_by(op.c.seq.desc()).limit(limit)).fetchall()
    return rows


def authors_of_replica(conn: Connection, replica_id: str) -> list[tuple[str, int]]:
    """Who wrote the operations made on this copy, with how many each, most first."""
    op = schema.op
    return [(str(a), int(n)) for a, n in conn.execute(
        select(op.c.author, func.count()).where(op.c.replica_id == replica_id)
        .group_by(op.c.author).order_by(func.count().desc(), op.c.author)).fetchall()]


def any_by_author(conn: Connection, author: str) -> bool:
    op = schema.op
    return conn.execute(select(op.c.op_id).where(op.c.author == author).limit(1)).first() is not None


def entities_changed(conn: Connection, *, author: str, replica_id: str, entity_type: str, field: str) -> int:
    """How many entities of a type this author changed the field of, on this copy."""
    op = schema.op
    return int(conn.execute(select(func.count(func.distinct(op.c.entity_id))).where(
        op.c.author == author, op.c.replica_id == replica_id, op.c.field == field,
        op.c.entity_type == entity_type)).scalar_one())


def op_ids_of_type(conn: Connection, entity_type: str) -> set[str]:
    op = schema.op
    return {str(r[0]) for r in conn.execute(select(op.c.op_id).where(op.c.entity_type == entity_type))}


def first_seen(conn: Connection, entity_type: str) -> list[str]:
    """Ids of the entities of a type, in the order their first operation arrived."""
    op = schema.op
    first = func.min(op.c.seq)
    rows = conn.execute(select(op.c.entity_id, first).where(op.c.entity_type == entity_type)
                        .group_by(op.c.entity_id).order_by(first)).fetchall()
    return [row[0] for row in rows]


def counts(conn: Connection) -> dict[str, Any]:
    """Figures for `info`: results, grades, evidence, authors, log size."""
    clause_t, finding_t = cache["clause"], cache["finding"]
    results: dict[str, int] = dict(conn.execute(
        select(func.coalesce(clause_t.c.result, "not_audited"), func.count())
        .where(clause_t.c.deleted == 0, clause_t.c.number.is_not(None))
        .group_by(func.coalesce(clause_t.c.result, "not_audited"))).fetchall())
    # A finding without a grade (a hand-edited file) counts under "": JSON keys must all be text.
    grades: dict[str, int] = dict(conn.execute(
        select(func.coalesce(finding_t.c.grade, ""), func.count()).where(finding_t.c.deleted == 0)
        .group_by(func.coalesce(finding_t.c.grade, ""))).fetchall())
    ev = cache["evidence"]
    ev_count = conn.execute(select(func.count()).select_from(ev).where(ev.c.deleted == 0)).scalar_one()
    blob_count, blob_bytes = conn.execute(
        select(func.count(), func.coalesce(func.sum(schema.blob.c.size), 0))).one()
    notes_count = conn.execute(select(func.count()).select_from(cache["note"])
                               .where(cache["note"].c.deleted == 0)).scalar_one()
    authors = [r[0] for r in conn.execute(select(schema.op.c.author).distinct().order_by(schema.op.c.author))]
    op_count = conn.execute(select(func.count()).select_from(schema.op)).scalar_one()
    conflict_count = conn.execute(select(func.count()).select_from(schema.conflict)).scalar_one()
    return {"results": results, "grades": grades, "evidence": ev_count, "evidence_files": blob_count,
            "evidence_bytes": int(blob_bytes), "notes": notes_count, "authors": authors, "operations": op_count,
            "conflicts": conflict_count}
