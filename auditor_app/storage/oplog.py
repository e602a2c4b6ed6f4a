"""The append-only operation log and the cache tables derived from it."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, LargeBinary, cast, delete, select, update

from auditor_app.domain.checklist import checklist_from_json, clause_id
from auditor_app.domain.derive import EntityState, derive, hlc_iso
from auditor_app.domain.entities import ENTITIES, Kind
from auditor_app.domain.ops import Op
from auditor_app.storage import driver_sql, op_rows, schema
from auditor_app.storage.driver_sql import driver as driver  # re-exported: services reach them through oplog
from auditor_app.storage.driver_sql import head_ops as head_ops

op_to_row = op_rows.as_dict  # the interchange file's op rows
_OPS = select(*[schema.op.c[name] for name in op_rows.COLUMNS]).order_by(schema.op.c.seq)


def append(conn: Connection, ops: Sequence[Op]) -> None:
    """Append local operations (each supersedes its parents) and keep the head table current."""
    if not ops:
        return
    driver_sql.add_ops(conn, ops)
    driver_sql.replace_heads(conn, ops)


def newest_hlc(conn: Connection) -> str | None:
    # As bytes: unreadable text in a damaged log must not stop the file from opening for `check`.
    hlc = conn.execute(select(cast(schema.op.c.hlc, LargeBinary)).order_by(schema.op.c.seq.desc()).limit(1)).scalar()
    return bytes(hlc).decode("utf-8", "replace") if hlc is not None else None


def entity_ops(conn: Connection, entity_id: str) -> list[Op]:
    return list(op_rows.to_ops(conn.execute(_OPS.where(schema.op.c.entity_id == entity_id))))


def all_ops(conn: Connection) -> Iterator[Op]:
    # Core: reading 12,296 operations took 62 ms of CPU against the driver's 58 ms, 2% of the rebuild around it.
    return op_rows.to_ops(conn.execute(_OPS))


def entity_state(conn: Connection, entity_type: str, entity_id: str) -> EntityState:
    return derive(entity_type, entity_id, head_ops(conn, entity_id))


# -- projection into the cache ----------------------------------------------------------------
def _cell(kind: Kind, value: Any) -> Any:
    if value is None:
        return None
    if kind in (Kind.LIST, Kind.JSON):
        return json.dumps(value, ensure_ascii=False)
    if kind is Kind.BOOL:
        return 1 if value else 0
    # A hand-edited or newer file may hold a value of another JSON type: it is kept as its JSON text for
    # readers to show. In a number column it stays quoted, so SQLite's affinity cannot turn "12" into 12 and
    # make the cache differ from what the log derives.
    if kind is Kind.INT:
        return value if isinstance(value, int | float) else json.dumps(value, ensure_ascii=False)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def cache_row(state: EntityState) -> dict[str, Any]:
    spec = ENTITIES[state.entity_type]
    row: dict[str, Any] = {"id": state.entity_id}
    for fspec in spec.fields:
        row[fspec.name] = _cell(fspec.kind, state.value(fspec.name))
    row["deleted"] = 0 if state.exists else 1
    row["conflicts"] = len(state.conflicts) + (1 if state.delete_conflict else 0)
    row["created_at"] = hlc_iso(state.created.hlc) if state.created else None
    row["created_by"] = state.created.author if state.created else None
    row["updated_at"] = hlc_iso(state.updated.hlc) if state.updated else None
    row["updated_by"] = state.updated.author if state.updated else None
    return row


def conflict_rows(state: EntityState) -> list[dict[str, Any]]:
    out = []
    for fs in state.conflicts:
        out.append({"entity_type": state.entity_type, "entity_id": state.entity_id, "field": fs.field,
                    "kind": "concurrent", "heads": json.dumps([_head(h) for h in fs.heads], ensure_ascii=False)})
    if state.delete_conflict:
        deletes = [h for h in state.fields["_exists"].heads if h.value == "false"]
        out.append({"entity_type": state.entity_type, "entity_id": state.entity_id, "field": "_exists",
                    "kind": "delete_edit",
                    "heads": json.dumps([_head(h) for h in deletes + list(state.delete_conflict)],
                                        ensure_ascii=False)})
    return out


def _head(op: Op) -> dict[str, Any]:
    return {"op_id": op.op_id, "field": op.field, "value": json.loads(op.value), "author": op.author,
            "at": hlc_iso(op.hlc), "hlc": op.hlc}


def clause_static_rows(state: EntityState) -> list[dict[str, Any]]:
    """Clause rows carried by a loaded checklist (number, title, questions…)."""
    content = state.fields.get("content")
    if content is None or not content.value:
        return []
    parsed = _PARSED.get(content.winner.value)
    if parsed is None:  # every rebuild and check derives each checklist: its ~100 clauses are parsed once
        if len(_PARSED) >= 16:
            _PARSED.clear()
        parsed = _PARSED[content.winner.value] = _static_rows(content.value)
    extra = {"checklist_id": state.entity_id, "deleted": 0 if state.exists else 1}
    return [{**row, **extra} for row in parsed]


_PARSED: dict[str, list[dict[str, Any]]] = {}


def _static_rows(content: Any) -> list[dict[str, Any]]:
    checklist = checklist_from_json(content)
    return [{"id": clause_id(checklist.key, clause.number), "checklist_key": checklist.key, "number": clause.number,
             "title": clause.title, "parent_number": parent, "depth": depth, "position": position,
             "questions": json.dumps(list(clause.questions), ensure_ascii=False),
             "evidence": json.dumps(list(clause.evidence), ensure_ascii=False),
             "tags": json.dumps(dict(clause.tags), ensure_ascii=False)}
            for position, (clause, depth, parent) in enumerate(checklist.walk())]


_CLAUSE_STATIC_NAMES = ("checklist_id", "checklist_key", "number", "title", "parent_number", "depth",
                        "position", "questions", "evidence", "tags")


def project(conn: Connection, state: EntityState, clear_conflicts: bool = True,
            fields: Iterable[str] | None = None) -> None:
    """Bring the cache row, derived clause rows and conflicts of one entity up to date.

    With `fields`, an existing row has only those columns (and its bookkeeping) rewritten, so indexes on
    untouched columns are not rewritten either: fewer pages to journal and sync per edit.
    """
    table = schema.cache[state.entity_type]
    row = cache_row(state)
    if state.entity_type == "clause":
        row.pop("deleted")  # a clause's presence follows its checklist
    if fields is None:
        update_cols = [k for k in row if k != "id"]
    else:
        wanted = set(fields) | {"deleted", "conflicts", "updated_at", "updated_by", "created_at", "created_by"}
        update_cols = [k for k in row if k in wanted]
    # Heads alone do not show the first creation once an entity was deleted and restored: keep it.
    driver_sql.upsert(conn, table.name, [row], update_cols, keep_first=("created_at", "created_by"))
    if state.entity_type == "checklist":
        static = clause_static_rows(state)
        if static:
            driver_sql.upsert(conn, schema.cache["clause"].name, static, [*_CLAUSE_STATIC_NAMES, "deleted"])
            # Clauses a new revision dropped lose their place in the tree; their results stay in the log.
            clause_t = schema.cache["clause"]
            conn.execute(update(clause_t).where(clause_t.c.checklist_id == state.entity_id,
                                                clause_t.c.id.not_in([r["id"] for r in static]))
                         .values({name: None for name in _CLAUSE_STATIC_NAMES}))
        elif not state.exists:
            conn.execute(update(schema.cache["clause"])
                         .where(schema.cache["clause"].c.checklist_id == state.entity_id).values(deleted=1))
    driver_sql.replace_conflicts(conn, state.entity_id, conflict_rows(state), clear=clear_conflicts)


def refresh(conn: Connection, entities: Iterable[tuple[str, str]]) -> list[EntityState]:
    """Re-derive the given (entity_type, entity_id) pairs; checklists first so clause rows exist."""
    ordered = sorted(set(entities), key=lambda e: (e[0] != "checklist", e[0], e[1]))
    states = []
    for entity_type, entity_id in ordered:
        state = entity_state(conn, entity_type, entity_id)
        project(conn, state)
        states.append(state)
    return states


def derive_all(conn: Connection) -> tuple[dict[str, list[dict[str, Any]]], int]:
    """Every cache table's rows as derived from the log alone (no writes)."""
    grouped: dict[tuple[str, str], list[Op]] = defaultdict(list)
    count = 0
    for op in all_ops(conn):
        grouped[(op.entity_type, op.entity_id)].append(op)
        count += 1
    rows: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    conflicts: list[dict[str, Any]] = []
    heads: list[dict[str, Any]] = []
    for (entity_type, entity_id), ops in sorted(grouped.items(), key=lambda kv: kv[0][0] != "checklist"):
        state = derive(entity_type, entity_id, ops)
        heads += [{"entity_id": entity_id, "field": fs.field, "op_id": h.op_id}
                  for fs in state.fields.values() for h in fs.heads]
        if entity_type not in ENTITIES:
            continue  # an entity type from a newer minor version: kept in the log, not shown
        row = cache_row(state)
        if entity_type == "clause":
            row.pop("deleted")
            existing = rows["clause"].get(entity_id)
            if existing is not None:
                existing.update(row)
                row = existing
        rows[entity_type][entity_id] = row
        if entity_type == "checklist":
            for static in clause_static_rows(state):
                rows["clause"].setdefault(static["id"], {}).update(static)
        conflicts += conflict_rows(state)
    out: dict[str, list[dict[str, Any]]] = {}
    for entity_type, by_id in rows.items():
        table = schema.cache[entity_type]
        names = [c.name for c in table.columns]
        out[table.name] = [{n: r.get(n, 0 if n in ("deleted", "conflicts") else None) for n in names}
                           for r in by_id.values()]
    out[schema.conflict.name] = conflicts
    out[schema.head.name] = heads
    return out, count


def rebuild(conn: Connection) -> int:
    """Throw the cache away and derive it again from the log; returns the number of ops read."""
    for table in schema.CACHE_TABLES:
        conn.execute(delete(table))
    derived, count = derive_all(conn)
    for name, table_rows in derived.items():
        if table_rows:  # every row of a table has the same keys (derive_all fills them all)
            driver_sql.insert_rows(conn, name, table_rows)
    return count


def cache_differences(conn: Connection) -> list[str]:
    """Cache rows that differ from what the log derives (empty when the cache is faithful)."""
    derived, _count = derive_all(conn)
    problems = []
    for table in schema.CACHE_TABLES:
        keys = [c.name for c in table.primary_key.columns]
        names = [c.name for c in table.columns]
        expected = {tuple(r[k] for k in keys): tuple(r[n] for n in names) for r in derived.get(table.name, [])}
        actual = {tuple(getattr(r, k) for k in keys): tuple(r) for r in conn.execute(select(table))}
        for key in sorted(set(expected) | set(actual), key=str):
            if expected.get(key) != actual.get(key):
                problems.append(f"{table.name} {'/'.join(map(str, key))}: cache differs from the log")
    return problems


def cache_dump(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every cache table's rows in a stable order (for the rebuild test and `check`)."""
    out = {}
    for table in schema.CACHE_TABLES:
        keys = [c for c in table.primary_key.columns]
        out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*keys))]
    return out
