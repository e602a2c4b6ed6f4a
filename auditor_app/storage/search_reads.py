"""Reads for the search index: the searchable columns of live items, and what a change makes worth re-reading."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select

from auditor_app.domain import vocab
from auditor_app.storage.connection import AnyRow
from auditor_app.storage.schema import cache


def _fetch(conn: Connection, table: Any, columns: Iterable[Any], ids: set[str] | None, *where: Any,
           key: Any = None) -> list[AnyRow]:
    query = select(*columns).where(table.c.deleted == 0, *where).order_by(table.c.created_at, table.c.id)
    if ids is None:
        return list(conn.execute(query).fetchall())
    ordered, column = sorted(ids), table.c.id if key is None else key
    return [row for start in range(0, len(ordered), 500)
            for row in conn.execute(query.where(column.in_(ordered[start:start + 500]))).fetchall()]


def items(conn: Connection, kind: str, columns: Iterable[str], ids: set[str] | None) -> list[AnyRow]:
    """(id, *columns) of the live items of a kind (clauses: those of the tree), all or those with these ids."""
    table = cache[kind]
    where = [table.c.number.is_not(None)] if kind == "clause" else []
    return _fetch(conn, table, [table.c.id, *(table.c[c] for c in columns)], ids, *where)


def people(conn: Connection) -> dict[str, str]:
    """Live people → name."""
    person = cache["person"]
    return {r.id: r.name for r in conn.execute(select(person.c.id, person.c.name).where(person.c.deleted == 0))}


def clause_references(conn: Connection, finding_ids: set[str]) -> list[AnyRow]:
    """(finding, clause, when referenced) of the live clause links of these findings."""
    link = cache["link"]
    return _fetch(conn, link, [link.c.source_id, link.c.target_id, link.c.created_at], finding_ids,
                  link.c.kind == vocab.LinkKind.FINDING_CLAUSE.value, key=link.c.source_id)


def note_clauses(conn: Connection, note_ids: set[str]) -> dict[str, str]:
    """Live notes among these → their clause."""
    note = cache["note"]
    return {r[0]: r[1] for r in _fetch(conn, note, [note.c.id, note.c.clause_id], note_ids)}


def checklist_names(conn: Connection) -> dict[str, str]:
    """Live checklists' key → the standard they cover (else their title)."""
    checklist = cache["checklist"]
    return {r.key: r.standard or r.title or "" for r in conn.execute(
        select(checklist.c.key, checklist.c.standard, checklist.c.title).where(checklist.c.deleted == 0))}


def tree_clauses(conn: Connection) -> list[AnyRow]:
    """(id, checklist_key, number, title, position) of the live clauses of the tree."""
    clause = cache["clause"]
    return list(conn.execute(select(clause.c.id, clause.c.checklist_key, clause.c.number, clause.c.title,
                                    clause.c.position).where(clause.c.deleted == 0, clause.c.number.is_not(None))))


def all_ids(conn: Connection, kind: str) -> set[str]:
    """Every item of a kind, deleted ones too."""
    return {r.id for r in conn.execute(select(cache[kind].c.id))}


def notes_about(conn: Connection, person_ids: set[str]) -> set[str]:
    """Notes (deleted ones too) naming one of these people."""
    note = cache["note"]
    return {r.id for r in conn.execute(select(note.c.id).where(note.c.person_id.in_(sorted(person_ids))))}


def link_sources(conn: Connection, link_ids: set[str]) -> set[str]:
    """The items these links (deleted ones too) come from."""
    link = cache["link"]
    return {r.source_id for r in conn.execute(select(link.c.source_id).where(link.c.id.in_(sorted(link_ids))))}


def evidence_of_notes(conn: Connection, note_ids: set[str]) -> set[str]:
    """Evidence items (deleted ones too) attached to these notes."""
    evidence = cache["evidence"]
    return {r.id for r in conn.execute(select(evidence.c.id).where(evidence.c.note_id.in_(sorted(note_ids))))}
