"""Reads of the cache tables (`c_<entity>`): live rows of one entity type, in the order every listing uses."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from auditor_app.domain import vocab
from auditor_app.storage.connection import AnyRow
from auditor_app.storage.schema import cache


def live_rows(conn: Connection, entity_type: str, *where: Any, order: Any = None) -> list[AnyRow]:
    table = cache[entity_type]
    query = select(table).where(table.c.deleted == 0, *where)
    # Ties go by creation time (to the second), then id: an order that depends on the content alone, so every
    # copy of a merged audit lists and exports the same way (the merge laws and lossless export rely on it).
    query = query.order_by(*((order,) if order is not None else ()), table.c.created_at, table.c.id)
    return list(conn.execute(query))


def team_members(conn: Connection) -> list[AnyRow]:
    return live_rows(conn, "team_member")


def clause(conn: Connection, clause_id: str) -> AnyRow | None:
    """The clause's row, deleted or not."""
    table = cache["clause"]
    return conn.execute(select(table).where(table.c.id == clause_id)).first()


def clause_is_live(conn: Connection, clause_id: str) -> bool:
    table = cache["clause"]
    return conn.execute(select(table.c.id).where(table.c.id == clause_id, table.c.deleted == 0)).first() is not None


def clause_result(conn: Connection, clause_id: str) -> Any:
    """The clause's result (None: none, or no such clause), deleted or not."""
    table = cache["clause"]
    row = conn.execute(select(table.c.result).where(table.c.id == clause_id)).first()
    return None if row is None else row.result


def clause_refs(conn: Connection) -> list[AnyRow]:
    """(id, checklist_key, number) of every live clause of the tree."""
    table = cache["clause"]
    return list(conn.execute(select(table.c.id, table.c.checklist_key, table.c.number)
                             .where(table.c.deleted == 0, table.c.number.is_not(None))).fetchall())


def clause_refs_of(conn: Connection, clause_ids: list[str]) -> dict[str, AnyRow]:
    """(id, checklist_key, number) of these clauses, deleted or not, by id."""
    table = cache["clause"]
    return {r.id: r for r in conn.execute(select(table.c.id, table.c.checklist_key, table.c.number)
                                           .where(table.c.id.in_(clause_ids)))}


def checklist_standards(conn: Connection) -> dict[str, str]:
    """Live checklists' key → standard ("" when it names none)."""
    table = cache["checklist"]
    return {r.key: r.standard or "" for r in conn.execute(
        select(table.c.key, table.c.standard).where(table.c.deleted == 0))}


def checklist_contents(conn: Connection) -> list[str | None]:
    """The stored content (JSON) of each live checklist, in the order they were loaded."""
    table = cache["checklist"]
    return [r.content for r in conn.execute(select(table.c.content).where(table.c.deleted == 0)
                                            .order_by(table.c.created_at, table.c.id)).fetchall()]


def notes(conn: Connection, clause_id: str | None = None) -> list[AnyRow]:
    table = cache["note"]
    where = [table.c.clause_id == clause_id] if clause_id else []
    return live_rows(conn, "note", *where, order=table.c.recorded_at)


def people(conn: Connection) -> list[AnyRow]:
    return live_rows(conn, "person", order=cache["person"].c.name)


def evidence(conn: Connection, clause_id: str | None = None) -> list[AnyRow]:
    table = cache["evidence"]
    where = [table.c.clause_id == clause_id] if clause_id else []
    return live_rows(conn, "evidence", *where)


def findings_and_links(conn: Connection, clause_id: str | None = None) -> tuple[list[AnyRow], list[AnyRow]]:
    """Live findings (by ref) and their live links: all, or those of findings referring to `clause_id` (found
    through the link index, not by reading all)."""
    link_t, finding_t = cache["link"], cache["finding"]
    where: list[Any] = []
    link_where: list[Any] = []
    if clause_id is not None:
        on_clause = select(link_t.c.source_id).where(link_t.c.deleted == 0, link_t.c.target_id == clause_id,
                                                      link_t.c.kind == vocab.LinkKind.FINDING_CLAUSE.value)
        where, link_where = [finding_t.c.id.in_(on_clause)], [link_t.c.source_id.in_(on_clause)]
    links = live_rows(conn, "link", *link_where)
    return live_rows(conn, "finding", *where, order=finding_t.c.ref), links


def links_of_kinds(conn: Connection, kinds: tuple[str, ...]) -> list[AnyRow]:
    return live_rows(conn, "link", cache["link"].c.kind.in_(kinds))


def carried(conn: Connection) -> list[AnyRow]:
    return live_rows(conn, "carried", order=cache["carried"].c.ref)


def concerns(conn: Connection) -> list[AnyRow]:
    return live_rows(conn, "concern")


def time_records(conn: Connection) -> list[AnyRow]:
    return live_rows(conn, "time_record", order=cache["time_record"].c.day)


def plan_rows(conn: Connection) -> list[AnyRow]:
    table = cache["plan_row"]
    return list(conn.execute(select(table).where(table.c.deleted == 0)
                             .order_by(table.c.day, table.c.start, table.c.id)).fetchall())


def meetings(conn: Connection) -> list[AnyRow]:
    return live_rows(conn, "meeting")


def attendees(conn: Connection) -> list[AnyRow]:
    return live_rows(conn, "attendee", order=cache["attendee"].c.name)


def first_meeting(conn: Connection, kind: str) -> str | None:
    """The live meeting of this kind made first, if any."""
    table = cache["meeting"]
    row = conn.execute(select(table.c.id).where(table.c.kind == kind, table.c.deleted == 0)
                       .order_by(table.c.created_at, table.c.id)).first()
    return None if row is None else str(row.id)


def finding_grades(conn: Connection) -> list[AnyRow]:
    """(ref, grade) of every live finding, by ref."""
    table = cache["finding"]
    return list(conn.execute(select(table.c.ref, table.c.grade).where(table.c.deleted == 0)
                             .order_by(table.c.ref)).fetchall())


def finding_refs_like(conn: Connection, prefix: str) -> list[str]:
    """The refs (deleted findings' too) that start `<prefix>-`."""
    table = cache["finding"]
    return [r[0] or "" for r in conn.execute(select(table.c.ref).where(table.c.ref.like(f"{prefix}-%")))]


def signoffs(conn: Connection) -> list[AnyRow]:
    """The live sign-offs given on the screen, oldest first."""
    return live_rows(conn, "signoff", order=cache["signoff"].c.signed_at)
