"""Reads for the audit trail in words: which items belong to a clause, and the names the trail shows them by."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from auditor_app.domain import vocab
from auditor_app.storage.schema import cache


def clause_items(conn: Connection, clause_id: str) -> dict[str, str]:
    """Ids whose history belongs to a clause (its notes and photos, deleted ones too; its findings) → type."""
    items = {clause_id: "clause"}
    for kind in ("note", "evidence"):
        table = cache[kind]
        items.update((r.id, kind) for r in conn.execute(select(table.c.id).where(table.c.clause_id == clause_id)))
    link = cache["link"]
    items.update((r.source_id, "finding") for r in conn.execute(
        select(link.c.source_id).where(link.c.target_id == clause_id, link.c.deleted == 0,
                                       link.c.kind == vocab.LinkKind.FINDING_CLAUSE.value)))
    return items


def grading_scheme(conn: Connection) -> Any:
    """The audit's grading scheme key as stored (None: not set)."""
    return conn.execute(select(cache["audit"].c.grading_scheme)).scalar()


def clause_names(conn: Connection) -> dict[str, str]:
    """Every clause of the tree (deleted ones too) → "number title"."""
    clause = cache["clause"]
    return {r.id: " ".join(filter(None, (r.number, r.title))) for r in conn.execute(
        select(clause.c.id, clause.c.number, clause.c.title).where(clause.c.number.is_not(None)))}


def person_names(conn: Connection) -> dict[str, str]:
    """Every person (deleted ones too) → name."""
    person = cache["person"]
    return {r.id: r.name or "" for r in conn.execute(select(person.c.id, person.c.name))}


def field_values(conn: Connection, kind: str, field: str, ids: list[str]) -> list[tuple[str, Any]]:
    """(id, value of `field`) of these items of a kind, deleted ones too."""
    table = cache[kind]
    out: list[tuple[str, Any]] = []
    for start in range(0, len(ids), 500):
        out += [(r[0], r[1]) for r in conn.execute(
            select(table.c.id, table.c[field]).where(table.c.id.in_(ids[start:start + 500])))]
    return out
