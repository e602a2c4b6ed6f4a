"""The office store's reads and writes (SQLAlchemy Core on a PostgreSQL connection): audits, operations, evidence."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, any_, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY, insert
from sqlalchemy.schema import CreateSchema

from auditor_app.domain import op_rules
from auditor_app.domain.ops import Op, verify
from auditor_app.domain.signing import Signature
from auditor_app.storage import op_rows
from auditor_app.storage import store_schema as s
from auditor_app.storage.store_connect import BINARY, StoreError

_CHUNK = 500  # ids per IN list
OPS_PER_FETCH = 2_000  # operations a pull or checkout reads between two progress lines (~0.8 MB)


def create_tables(conn: Connection) -> None:
    """The schema and its tables (those already there stay as they are), and the store's format row."""
    conn.execute(CreateSchema(s.SCHEMA, if_not_exists=True))
    s.metadata.create_all(conn)
    conn.execute(insert(s.store_meta).on_conflict_do_nothing(), {"key": "format", "value": str(s.FORMAT)})


def check_format(conn: Connection, where: str) -> None:
    """Refuse a store made by a newer auditor-app (its rules may be ones this version does not keep)."""
    value = conn.execute(select(s.store_meta.c.value).where(s.store_meta.c.key == "format")).scalar()
    if value is None or not str(value).isdigit():
        raise StoreError(f"office store {where}: the store is not set up in this database (no format row); the CB's "
                         "administrator runs `auditor-app store init`")
    if int(value) > s.FORMAT:
        raise StoreError(f"office store {where}: the store has format {value}, newer than this auditor-app knows "
                         f"({s.FORMAT}): update auditor-app")


def claim(conn: Connection, audit_id: str, title: str | None, client: str | None, chain_id: str | None,
          previous_audit_id: str | None) -> bool:
    """Make sure the audit is in the store and assigned to this role: True when this push created it.
    Refused (insufficient privilege) when it is there and assigned to others only."""
    claimed = conn.execute(select(func.auditor_store.claim_audit(audit_id, title, client, chain_id,
                                                                 previous_audit_id))).scalar()
    return claimed == "created"


def assign(conn: Connection, audit_id: str, role: str) -> bool:
    """Assign an audit to a role (the audit's row is made when it is not in the store yet); False: already was."""
    conn.execute(insert(s.audit).values(audit_id=audit_id, created_by=func.current_user()).on_conflict_do_nothing())
    done = conn.execute(insert(s.assignment).on_conflict_do_nothing().returning(s.assignment.c.audit_id),
                        {"audit_id": audit_id, "role_name": role}).first()
    return done is not None


def audit_title(conn: Connection, audit_id: str) -> tuple[bool, str | None]:
    """(whether this role sees the audit — it is in the store and assigned to it —, its title)."""
    row = conn.execute(select(s.audit.c.title).where(s.audit.c.audit_id == audit_id)).first()
    return (False, None) if row is None else (True, row[0])


def op_count(conn: Connection, audit_id: str) -> tuple[int, int]:
    """(how many operations the store holds of the audit, the highest arrival seq among them)."""
    op = s.operation
    row = conn.execute(select(func.count(), func.coalesce(func.max(op.c.seq), 0)).where(op.c.audit_id == audit_id))
    found = row.first()
    return (0, 0) if found is None else (int(found[0]), int(found[1]))


def op_hashes(conn: Connection, audit_id: str) -> dict[str, str]:
    """op_id -> op_hash of every operation of the audit in the store."""
    rows = conn.execute(select(s.operation.c.op_id, s.operation.c.op_hash).where(s.operation.c.audit_id == audit_id))
    return {str(r[0]): str(r[1]) for r in rows}


def add_ops(conn: Connection, audit_id: str, ops: Sequence[Op], sigs: dict[str, Signature]) -> tuple[int, list[str]]:
    """Insert operations the store lacks: (how many were added, the ids found there already with other content —
    or under an audit this role cannot see). Those already there unchanged (a concurrent push) are skipped."""
    if not ops:
        return 0, []
    rows = []
    for op in ops:
        row: dict[str, Any] = op_rows.as_dict(op)
        sig = sigs.get(op.op_id)
        row.update(audit_id=audit_id, sig_audit_id=sig.audit_id if sig else None,
                   public_key=sig.public_key if sig else None, signature=sig.signature if sig else None)
        rows.append(row)
    # A plain executemany, not INSERT … RETURNING: SQLAlchemy sends that as one multi-row statement of 15
    # parameters a row, which psycopg parses anew every batch (40 ms of CPU for 200 rows: 2.3 s of a push of 11,336
    # operations); one statement run per row in psycopg's pipeline is parsed once. The count tells whether any row
    # was there already; only then are the batch's hashes read back.
    stmt = insert(s.operation).on_conflict_do_nothing(index_elements=[s.operation.c.op_id])
    added = int(conn.execute(stmt, rows, execution_options={"preserve_rowcount": True}).rowcount)
    if added == len(rows):
        return added, []
    there = _hashes_of(conn, [o.op_id for o in ops])
    return added, sorted(o.op_id for o in ops if there.get(o.op_id) != o.op_hash)


def _hashes_of(conn: Connection, ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for start in range(0, len(ids), _CHUNK):
        rows = conn.execute(select(s.operation.c.op_id, s.operation.c.op_hash)
                            .where(s.operation.c.op_id.in_(ids[start:start + _CHUNK])))
        out.update((str(r[0]), str(r[1])) for r in rows)
    return out


def ops_by_id(conn: Connection, audit_id: str, ids: Iterable[str], *,
              progress: Callable[[int, int], None] | None = None,
              per_fetch: int | None = None) -> tuple[list[Op], dict[str, Signature]]:
    """The audit's operations of these ids in store order, with their signatures: one statement (the ids as one
    array), its rows fetched `per_fetch` at a time, `progress(read, wanted)` after each fetch. In statements of 500
    ids, 11,336 operations took 23 round trips and printed nothing for ~10 s over a slow link."""
    wanted: list[str] = sorted(ids)
    ops: list[Op] = []
    sigs: dict[str, Signature] = {}
    if not wanted:
        return ops, sigs
    op = s.operation
    chosen = bindparam("ids", wanted, type_=ARRAY(op.c.op_id.type))
    rows = conn.execute(select(op).where(op.c.audit_id == audit_id, op.c.op_id == any_(chosen)).order_by(op.c.seq),
                        execution_options={"yield_per": per_fetch or OPS_PER_FETCH})  # server-side cursor: as they come
    for part in rows.partitions():
        for row in part:
            ops.append(op_rows.named_to_op(row))
            if row.signature is not None:
                sigs[row.op_id] = Signature(row.op_id, row.sig_audit_id or "", row.public_key or "", row.signature)
        if progress is not None:
            progress(len(ops), len(wanted))
    return ops, sigs


def refuse_unsound(where: str, ops: Iterable[Op], done: str, *, audit: str = "") -> None:
    """Refuse operations read from the store as opening a file refuses its log: the first one whose hash does not
    match its content or that breaks an op rule, in one line that ends with `done` (what was, or was not, done)
    and names the audit first when `audit` says which ("audit ID (TITLE): ")."""
    for op in ops:
        problems = op_rules.problems(op)
        if not verify(op) or problems:
            why = "does not match its hash" if not problems else str(problems[0])
            raise StoreError(f"office store {where}: {audit}operation {op.op_id} ({op_rules.label(op)}) {why}; "
                             f"{done}")


def linked_blobs(conn: Connection, audit_id: str) -> set[str]:
    return set(conn.execute(select(s.audit_blob.c.sha256).where(s.audit_blob.c.audit_id == audit_id)).scalars())


def content_address(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def add_blobs(conn: Connection, audit_id: str, files: Sequence[tuple[str, str, bytes]]) -> None:
    """Store evidence files (sha256, mime, bytes) once across audits — each checked against its hash here and by
    the server — and link them to the audit: two statements for the lot (one per file cost a round trip each)."""
    for sha256, _mime, data in files:
        if content_address(data) != sha256:
            raise StoreError(f"evidence file {sha256[:12]}… of this audit does not match its SHA-256 (damaged); run "
                             "`auditor-app check` on the file; nothing more was pushed")
    if not files:
        return
    conn.execute(insert(s.blob).on_conflict_do_nothing(),
                 [{"sha256": sha, "size": len(data), "mime": mime, "data": data} for sha, mime, data in files])
    conn.execute(insert(s.audit_blob).on_conflict_do_nothing(),
                 [{"audit_id": audit_id, "sha256": sha} for sha, _mime, _data in files])


def read_blob(conn: Connection, sha256: str) -> tuple[str, bytes] | None:
    """(mime, bytes) of a file linked to an audit this role sees."""
    row = conn.execute(select(s.blob.c.mime, s.blob.c.data).where(s.blob.c.sha256 == sha256), execution_options=BINARY
                       ).first()
    return None if row is None else (str(row[0]), bytes(row[1]))


def blob_heads(conn: Connection, audit_id: str, length: int) -> list[tuple[str, int, str, bytes]]:
    """(sha256, size, mime, the first `length` bytes) of every file linked to the audit, by hash: one statement
    (a checkout read them one round trip each)."""
    b, link = s.blob, s.audit_blob
    rows = conn.execute(select(b.c.sha256, b.c.size, b.c.mime, func.substring(b.c.data, 1, length))
                        .join(link, link.c.sha256 == b.c.sha256).where(link.c.audit_id == audit_id)
                        .order_by(b.c.sha256), execution_options=BINARY)
    return [(str(r[0]), int(r[1]), str(r[2]), bytes(r[3] or b"")) for r in rows]


def heads_of(conn: Connection, hashes: Sequence[str], length: int) -> list[tuple[str, int, str, bytes]]:
    """(sha256, size, mime, the first `length` bytes) of these files: one statement however many (the hashes go as
    one array parameter; a pull asked them one round trip each)."""
    if not hashes:
        return []
    b = s.blob
    wanted = bindparam("hashes", list(hashes), type_=ARRAY(b.c.sha256.type))
    rows = conn.execute(select(b.c.sha256, b.c.size, b.c.mime, func.substring(b.c.data, 1, length))
                        .where(b.c.sha256 == any_(wanted)), execution_options=BINARY)
    return [(str(r[0]), int(r[1]), str(r[2]), bytes(r[3] or b"")) for r in rows]


def read_blobs(conn: Connection, hashes: Sequence[str]) -> list[tuple[str, str, bytes]]:
    """(sha256, mime, bytes) of these files (the caller bounds their bytes), in one statement."""
    rows = conn.execute(select(s.blob.c.sha256, s.blob.c.mime, s.blob.c.data)
                        .where(s.blob.c.sha256.in_(list(hashes))), execution_options=BINARY)
    return [(str(r[0]), str(r[1]), bytes(r[2])) for r in rows]


def blob_start(conn: Connection, sha256: str, length: int) -> tuple[bytes, str] | None:
    """The first `length` bytes and the type of a file (what a merge's evidence-type check reads)."""
    row = conn.execute(select(func.substring(s.blob.c.data, 1, length), s.blob.c.mime)
                       .where(s.blob.c.sha256 == sha256), execution_options=BINARY).first()
    return None if row is None else (bytes(row[0] or b""), str(row[1]))


def log_push(conn: Connection, audit_id: str, replica_id: str, ops_added: int, blobs_added: int) -> None:
    conn.execute(s.push_log.insert(), {"audit_id": audit_id, "replica_id": replica_id, "ops_added": ops_added,
                                       "blobs_added": blobs_added})
