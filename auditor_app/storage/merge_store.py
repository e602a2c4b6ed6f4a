"""Reading another audit file's log and blobs, and adding what is new to this one (set union)."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from auditor_app.domain.ops import Op, verify
from auditor_app.domain.signing import Signature
from auditor_app.errors import FileRefused
from auditor_app.storage import driver_sql, layout, log_screen, schema, signatures, tally
from auditor_app.storage.audit_file import AuditFile, explain_sqlite_error


class BlobSource(Protocol):
    """Where an incoming audit's evidence files are read from when it is not an audit file (the office store)."""

    def read(self, sha256: str) -> tuple[str, bytes] | None:
        """(mime, bytes) of a file, None when it is not there."""

    def start(self, sha256: str, length: int) -> tuple[bytes, str] | None:
        """A file's first `length` bytes and its type, None when it is not there."""


@dataclass(frozen=True, slots=True)
class Incoming:
    path: Path
    audit_id: str
    replica_id: str
    meta: dict[str, str]
    ops: list[Op]
    op_set_hash: str
    blobs: set[str]  # verified against their hashes as they are copied (each file's bytes are read once)
    signatures: dict[str, Signature]  # by op id; judged by services/trust.py before anything is merged
    # None: the evidence files are read from the file at `path`; else from this source (the office store's pull,
    # whose `path` is only the store's name in messages).
    source: BlobSource | None = None


class MergeRefused(FileRefused):
    """A file that must not be merged: damaged, altered, or conflicting with this audit's history."""


def read_incoming(path: Path) -> Incoming:
    """Open another audit read-only with every check (structure, blobs, op hashes) before anything is merged."""
    source = AuditFile.open(path, read_only=True, verify=False)  # the integrity_check below reads everything
    try:
        problems = source.full_check(include_blobs=False)  # evidence bytes are hash-checked as they are copied
        if problems:
            raise MergeRefused(path, f"the file is damaged ({problems[0]})")
        raw = source.raw_connection()
        ops: list[Op] = []
        for row in log_screen.rows(raw):  # the rules import and `check` apply too (domain/op_rules.py)
            if row.problems or row.op is None:
                raise MergeRefused(path, f"the file is damaged ({row.describe()}); run `auditor-app check {path}`")
            ops.append(row.op)
        for op in ops:
            if not verify(op):
                raise MergeRefused(path, f"operation {op.op_id} does not match its hash (the file was altered)")
        damage = tally.gaps(raw, ops, source.format >= layout.TALLIED_FROM)
        if damage:
            raise MergeRefused(path, f"the file fails its integrity check ({damage[0]}); nothing was merged")
        blobs = {str(r[0]) for r in raw.execute("SELECT sha256 FROM blob")}
        return Incoming(path, source.audit_id, source.replica_id, dict(source.meta), ops,
                        op_set_hash({o.op_id: o.op_hash for o in ops}), blobs,
                        signatures.all_signatures(raw))
    except (sqlite3.Error, UnicodeDecodeError) as exc:  # damage the checks above could not see: still refused
        raise MergeRefused(path, f"{explain_sqlite_error(exc)}; run `auditor-app check {path}`") from None
    finally:
        source.close()


def new_ops(conn: Connection, incoming: Incoming) -> list[Op]:
    """Operations this file lacks; the same id with different content aborts the merge (never overwritten)."""
    known: dict[str, str] = {}
    ids = [o.op_id for o in incoming.ops]
    log = schema.op
    for start in range(0, len(ids), 500):
        rows = conn.execute(select(log.c.op_id, log.c.op_hash).where(log.c.op_id.in_(ids[start:start + 500])))
        known.update((str(r[0]), str(r[1])) for r in rows)
    for op in incoming.ops:
        if op.op_id in known and known[op.op_id] != op.op_hash:
            raise MergeRefused(incoming.path, f"operation {op.op_id} exists here with different content "
                                              "(one of the two files was altered); nothing was merged")
    return [o for o in incoming.ops if o.op_id not in known]


def copy_blobs(conn: Connection, source_path: Path, wanted: set[str], check: Callable[[], None] | None = None,
               copied: Callable[[], None] | None = None, source: BlobSource | None = None) -> int:
    """Copy evidence files this audit lacks, one at a time (memory does not grow with photo bytes).

    `check` runs before each file; it raises to stop (the caller's transaction then writes nothing).
    `copied` runs after each file is written. `source`: read them from there rather than the file at `source_path`.
    """
    have = set(conn.execute(select(schema.blob.c.sha256)).scalars())
    missing = sorted(wanted - have)
    if not missing:
        return 0
    # The next file is read and its digest computed on a helper thread while SQLite writes this one (all three
    # release the GIL); at most two files are in memory. Only the helper uses the source connection.
    with contextlib.ExitStack() as stack:
        if source is None:
            opened = stack.enter_context(closing(_open_source(source_path)))
            read: Callable[[str], tuple[int, str, bytes, str] | None] = partial(_read_blob, opened)
        else:
            read = partial(_read_from, source)
        reader = stack.enter_context(ThreadPoolExecutor(1, thread_name_prefix="blob-read"))
        ahead = reader.submit(read, missing[0])
        for index, sha in enumerate(missing):
            if check is not None:
                check()
            item = ahead.result()
            if index + 1 < len(missing):
                ahead = reader.submit(read, missing[index + 1])
            if item is not None:  # else listed but gone (the file changed since it was checked): nothing to copy
                size, mime, data, digest = item
                if digest != sha:
                    raise MergeRefused(source_path, f"evidence file {sha[:12]}… does not match its SHA-256 "
                                                    "(damaged or altered); nothing was merged")
                conn.execute(_INSERT_BLOB, {"sha256": sha, "size": size, "mime": mime, "data": data})
            if copied is not None:
                copied()
    return len(missing)


_INSERT_BLOB = insert(schema.blob)


def op_set_hash(hashes: dict[str, str]) -> str:
    """The merge history's digest of an operation set: what a merge records of each source it took in."""
    return hashlib.sha256("".join(f"{i}:{h}\n" for i, h in sorted(hashes.items())).encode()).hexdigest()


def _open_source(path: Path) -> sqlite3.Connection:
    # The other file is read on a helper thread, outside this file's session: a plain read-only sqlite3
    # connection, like the source of a backup.
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False)


def _read_blob(source: sqlite3.Connection, sha: str) -> tuple[int, str, bytes, str] | None:
    """(size, mime, bytes, their SHA-256) of one evidence file of the other audit, None when it is gone."""
    row = source.execute("SELECT size, mime, data FROM blob WHERE sha256 = ?", (sha,)).fetchone()
    return None if row is None else (row[0], row[1], bytes(row[2]), hashlib.sha256(row[2]).hexdigest())


def _read_from(source: BlobSource, sha: str) -> tuple[int, str, bytes, str] | None:
    item = source.read(sha)
    return None if item is None else (len(item[1]), item[0], item[1], hashlib.sha256(item[1]).hexdigest())


def add_ops(conn: Connection, ops: list[Op], sigs: dict[str, Signature] | None = None) -> None:
    """Append merged operations, with their signatures, in a deterministic order; the cache is rebuilt by the caller."""
    if not ops:
        return
    ordered = sorted(ops, key=Op.order_key)
    driver_sql.add_ops(conn, ordered)
    given = sigs or {}
    rows = [{"op_id": g.op_id, "audit_id": g.audit_id, "public_key": g.public_key, "signature": g.signature}
            for g in (given[o.op_id] for o in ordered if o.op_id in given)]
    if rows:  # Core: +2 µs a signature over the driver (5,000: 21 ms against 12 ms), about 1.5% of a merge
        conn.execute(sqlite_insert(schema.op_sig).on_conflict_do_nothing(), rows)
