"""The append-only operation log and the cache tables derived from it."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, select, update

from auditor_app.domain.checklist import checklist_from_json, clause_id
from auditor_app.domain.derive import EntityState, derive, hlc_iso
from auditor_app.domain.entities import ENTITIES, Kind
from auditor_app.domain.ops import Op
from auditor_app.storage import schema, tally

OP_COLUMNS = ("op_id", "entity_type", "entity_id", "field", "value", "parents", "hlc", "author",
               "replica_id", "schema_version", "op_hash")
# Built once: statement construction costs more than executing these small queries.
INSERT_OP_SQL = f"INSERT INTO op({', '.join(OP_COLUMNS)}) VALUES ({', '.join('?' * len(OP_COLUMNS))})"
_HEAD_OPS_SQL = (f"SELECT op.seq, {', '.join('op.' + c for c in OP_COLUMNS)} FROM head "
                 "JOIN op ON op.op_id = head.op_id WHERE head.entity_id = ? ORDER BY op.seq")
_ALL_OPS_SQL = f"SELECT {', '.join(OP_COLUMNS)} FROM op ORDER BY seq"
_UPSERTS: dict[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], str] = {}


def op_values(op: Op) -> tuple[Any, ...]:
    """The op as a row tuple in OP_COLUMNS order (for driver-level inserts)."""
    return (op.op_id, op.entity_type, op.entity_id, op.field, op.value, json.dumps(list(op.parents)), op.hlc,
            op.author, op.replica_id, op.schema_version, op.op_hash)


def op_to_row(op: Op) -> dict[str, Any]:
    row = {name: getattr(op, name) for name in OP_COLUMNS}
    row["parents"] = json.dumps(list(op.parents))
    return row


def driver(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under `conn`, inside the same transaction.

    The statements of one edit run on it directly: SQLAlchemy's per-statement handling cost as much as the
    statements themselves (bench/bench_storage.py, edit to durable).
    """
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def row_to_op(row: Any) -> Op:
    return Op(row.op_id, row.entity_type, row.entity_id, row.field, row.value,
              tuple(json.loads(row.parents)), row.hlc, row.author, row.replica_id, row.schema_version,
              row.op_hash)


def append(conn: Connection, ops: Sequence[Op]) -> None:
    """Append local operations (each supersedes its parents) and keep the head table current."""
    if not ops:
        return
    raw = driver(conn)  # every edit runs this: no per-statement overhead above the driver
    raw.executemany(INSERT_OP_SQL, [op_values(o) for o in ops])
    for op in ops:
        if op.parents:
            marks = ",".join("?" * len(op.parents))
            raw.execute(f"DELETE FROM head WHERE entity_id=? AND field=? AND op_id IN ({marks})",
                        (op.entity_id, op.field, *op.parents))
    raw.executemany("INSERT INTO head(entity_id, field, op_id) VALUES (?, ?, ?)",
                    [(o.entity_id, o.field, o.op_id) for o in ops])
    tally.add(raw, ops)


def newest_hlc(conn: Connection) -> str | None:
    # As bytes: unreadable text in a damaged log must not stop the file from opening for `check`.
    row = driver(conn).execute("SELECT CAST(hlc AS BLOB) FROM op ORDER BY seq DESC LIMIT 1").fetchone()
    return bytes(row[0]).decode("utf-8", "replace") if row and row[0] is not None else None


def head_ops(conn: Connection, entity_id: str) -> list[Op]:
    """The entity's current heads (enough to derive its state; history stays on disk)."""
    # seq first, then OP_COLUMNS (see _HEAD_OPS_SQL).
    return [Op(r[1], r[2], r[3], r[4], r[5], tuple(json.loads(r[6])), r[7], r[8], r[9], r[10], r[11])
            for r in driver(conn).execute(_HEAD_OPS_SQL, (entity_id,))]


def entity_ops(conn: Connection, entity_id: str) -> list[Op]:
    rows = conn.execute(select(schema.op).where(schema.op.c.entity_id == entity_id).order_by(schema.op.c.seq))
    return [row_to_op(r) for r in rows]


def all_ops(conn: Connection) -> Iterable[Op]:
    # Through the driver: a rebuild after a merge reads every operation, and SQLAlchemy's row handling
    # cost as much as the rest of the read.
    loads = json.loads
    for r in driver(conn).execute(_ALL_OPS_SQL):
        yield Op(r[0], r[1], r[2], r[3], r[4], tuple(loads(r[5])), r[6], r[7], r[8], r[9], r[10])


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
    _upsert(conn, table, [row], update_cols, keep_first=("created_at", "created_by"))
    if state.entity_type == "checklist":
        static = clause_static_rows(state)
        if static:
            _upsert(conn, schema.cache["clause"], static, [*_CLAUSE_STATIC_NAMES, "deleted"])
            # Clauses a new revision dropped lose their place in the tree; their results stay in the log.
            clause_t = schema.cache["clause"]
            conn.execute(update(clause_t).where(clause_t.c.checklist_id == state.entity_id,
                                                clause_t.c.id.not_in([r["id"] for r in static]))
                         .values({name: None for name in _CLAUSE_STATIC_NAMES}))
        elif not state.exists:
            conn.execute(update(schema.cache["clause"])
                         .where(schema.cache["clause"].c.checklist_id == state.entity_id).values(deleted=1))
    if clear_conflicts:
        driver(conn).execute("DELETE FROM conflict WHERE entity_id = ?", (state.entity_id,))
    conflicts = conflict_rows(state)
    if conflicts:
        conn.execute(schema.conflict.insert(), conflicts)


def _upsert(conn: Connection, table: Any, rows: list[dict[str, Any]], update_cols: list[str],
            keep_first: tuple[str, ...] = ()) -> None:
    columns = tuple(rows[0])
    key = (table.name, columns, tuple(update_cols), keep_first)
    sql = _UPSERTS.get(key)
    if sql is None:
        sets = ", ".join(f'"{c}" = coalesce("{c}", excluded."{c}")' if c in keep_first else f'"{c}" = excluded."{c}"'
                         for c in update_cols)
        names = ", ".join(f'"{c}"' for c in columns)
        sql = _UPSERTS[key] = (f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(columns))}) '
                               f"ON CONFLICT(id) DO UPDATE SET {sets}")
    driver(conn).executemany(sql, [tuple(r[c] for c in columns) for r in rows])


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
    raw = driver(conn)
    for name, table_rows in derived.items():
        if table_rows:
            names = list(table_rows[0])  # every row of a table has the same keys (derive_all fills them all)
            columns = ", ".join(f'"{n}"' for n in names)
            raw.executemany(f'INSERT INTO "{name}" ({columns}) VALUES ({", ".join("?" * len(names))})',
                            [tuple(r[n] for n in names) for r in table_rows])
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
