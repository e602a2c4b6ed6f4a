"""Synchronising an audit file with the office store: push what the store lacks, then pull what others pushed.

Operations are matched by id (the store's seq is only a shortcut); pulled operations enter the file through the
merge's own path (`merge.merge_incoming`: trust screening against the lead's key, backup, one transaction).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from auditor_app.domain import records as rec
from auditor_app.domain.ops import Op
from auditor_app.domain.signing import Signature
from auditor_app.errors import KnownError
from auditor_app.services import merge, queries, store_files, trust
from auditor_app.services.session import AuditSession
from auditor_app.storage import file_tables, merge_store, oplog, signatures, store_ops
from auditor_app.storage.store_connect import (
    NotAssigned,
    PasswordNeeded,
    PasswordRefused,
    Store,
    StoreError,
    has_password,
)

STORE_REPLICA = "office store"  # merge history's source copy for what a pull brought
# Each push transaction is sized from the last one's speed to take about store_files.SECONDS (a pull's batch of
# evidence files likewise). BATCH is the first transaction's operations (and the fewest planned), BATCH_MOST the
# most; evidence files likewise in bytes.
BATCH_MOST = 5000
BLOB_START = 512 * 1024
BLOB_BYTES = 16 * 1024 * 1024  # or one file when a file is larger
BLOB_FILES = 500  # files in one batch at most: each is a parameter of the statements reading and linking them
BATCH = 200  # operations per push transaction: a dropped connection loses at most one batch


class UnsignedInStore(StoreError):
    """The pull would bring unsigned operations into a signed audit: the merge's refusal, word for word; `unsigned`
    (who -> count), `total` and `whom` let the window ask as a merge asks (then sync with accept_unsigned)."""

    def __init__(self, message: str, refused: merge.UnsignedRefused) -> None:
        super().__init__(message)
        self.unsigned, self.total, self.whom = refused.unsigned, refused.total, refused.whom


class SyncCancelled(KnownError):
    """Stopped by the user between two steps; what was pushed stays in the store, the file is as it was."""


@dataclass(frozen=True, slots=True)
class SyncReport:
    store: str  # the URL, password masked
    created: bool  # this push brought the audit into the store
    ops_pushed: int
    blobs_pushed: int
    ops_pulled: int
    blobs_pulled: int
    conflicts: tuple[rec.Conflict, ...]
    backup: Path | None
    unsigned: tuple[tuple[str, int], ...] = ()


def sync(session: AuditSession, url: str, *, password: str | None = None, batch: int | None = None,
         blob_bytes: int = BLOB_BYTES,
         progress: Callable[[str], None] | None = None, cancelled: Callable[[], bool] | None = None,
         accept_unsigned: bool = False) -> SyncReport:
    """Push this file's operations and evidence the store lacks, then merge in what the store has and the file
    lacks. Resumable: a re-run after a dropped connection or a kill continues where the store stands. `batch`:
    operations per push transaction, fixed (by default sized from the link's speed)."""
    say = progress or (lambda _text: None)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise SyncCancelled("sync cancelled: what was pushed stays in the store (run it again to continue); "
                                "nothing was pulled into the file")

    store = Store(url, password)
    try:
        with session.reading() as conn:
            ops = list(oplog.all_ops(conn))
            sigs = signatures.all_signatures(oplog.driver(conn))
            have_blobs = file_tables.blob_hashes(conn)
        details = queries.details(session)
        with store.transaction() as pg:
            store_ops.check_format(pg, store.where)
            created = store_ops.claim(pg, session.audit_id, details.title, details.client, details.chain_id,
                                      details.previous_audit_id)
        pushed_ops, pushed_blobs = _push(session, store, ops, sigs, have_blobs, batch, blob_bytes, say, check)
        return _pull(session, store, {o.op_id: o.op_hash for o in ops}, have_blobs, accept_unsigned, say, check,
                     SyncReport(store.where, created, pushed_ops, pushed_blobs, 0, 0, (), None))
    finally:
        store.close()


def _push(session: AuditSession, store: Store, ops: list[Op], sigs: dict[str, Signature], have_blobs: set[str],
          batch: int | None, blob_bytes: int, say: Callable[[str], None], check: Callable[[], None]) -> tuple[int, int]:
    audit_id = session.audit_id
    with store.transaction() as pg:
        known = store_ops.op_hashes(pg, audit_id)
        linked = store_ops.linked_blobs(pg, audit_id)
    for op in ops:
        if op.op_id in known and known[op.op_id] != op.op_hash:
            raise _altered(store, op.op_id, trust.describe(op), "nothing was pushed")
    blobs = sorted(have_blobs - linked)  # first: an operation in the store always finds its evidence there
    missing = sorted((o for o in ops if o.op_id not in known), key=Op.order_key)
    _push_blobs(session, store, blobs, len(missing), blob_bytes, say, check)
    pace, done = store_files.Pace(batch or BATCH, batch or BATCH_MOST), 0
    while done < len(missing):
        check()
        chunk = missing[done:done + pace.size]
        started = time.monotonic()
        with store.transaction() as pg:
            added, refused = store_ops.add_ops(pg, audit_id, chunk, sigs)
            if refused:  # raised inside: this batch is rolled back
                op = next(o for o in chunk if o.op_id == refused[0])
                raise _altered(store, op.op_id, trust.describe(op), f"{done} operations were pushed before it")
            store_ops.log_push(pg, audit_id, session.file.replica_id, added, 0)
        pace.took(len(chunk), time.monotonic() - started)
        done += len(chunk)
        say(f"pushed {done} of {len(missing)} operations, {len(blobs)} evidence files")
    return len(missing), len(blobs)


def _push_blobs(session: AuditSession, store: Store, blobs: list[str], ops_missing: int, most: int,
                say: Callable[[str], None], check: Callable[[], None]) -> None:
    """Evidence files in transactions bounded in bytes (at most `most`, or one file when a file is larger)."""
    with session.reading() as conn:
        stored = file_tables.blob_sizes(conn)
    sizes = [stored.get(sha, 0) for sha in blobs]
    pace, done = store_files.Pace(BLOB_START, most), 0
    while done < len(blobs):
        check()
        end = store_files.batch_end(sizes, done, pace.size, BLOB_FILES)
        total = sum(sizes[done:end])
        with session.reading() as conn:
            files = file_tables.blob_files(conn, blobs[done:end])
        started = time.monotonic()
        with store.transaction() as pg:
            store_ops.add_blobs(pg, session.audit_id, files)
            store_ops.log_push(pg, session.audit_id, session.file.replica_id, 0, len(files))
        pace.took(total, time.monotonic() - started)
        done = end
        say(f"pushed 0 of {ops_missing} operations, {done} of {len(blobs)} evidence files")


def _altered(store: Store, op_id: str, what: str, done: str) -> StoreError:
    return StoreError(f"office store {store.where}: operation {op_id} ({what}) is in the store with different "
                      f"content, or under an audit you cannot see (the file or the store was altered); {done}")


def _pull(session: AuditSession, store: Store, local: dict[str, str], have_blobs: set[str], accept_unsigned: bool,
          say: Callable[[str], None], check: Callable[[], None], report: SyncReport) -> SyncReport:
    audit_id, key = session.audit_id, mark_key(store)
    with store.transaction(snapshot=True) as pg:  # one moment of the store, whatever others push meanwhile
        count, last_seq = store_ops.op_count(pg, audit_id)
        linked = store_ops.linked_blobs(pg, audit_id)
        mark = f"{count} {last_seq}"
        # The mark only saves reading the list when nothing arrived since: operations are never deleted, so an
        # unchanged count means the same set. Otherwise the operations' ids decide.
        if session.file.meta.get(key) == mark and linked <= have_blobs:
            return report
        listing = store_ops.op_hashes(pg, audit_id)
        for op_id, op_hash in listing.items():
            if op_id in local and local[op_id] != op_hash:
                raise StoreError(f"office store {store.where}: operation {op_id} is in the store with different "
                                 "content (the file or the store was altered); nothing was pulled")
        def reading(done: int, wanted: int) -> None:
            check()
            say(f"read {done} of {wanted} operations from the office store")

        ops, sigs = store_ops.ops_by_id(pg, audit_id, listing.keys() - local.keys(), progress=reading)
        store_ops.refuse_unsound(store.where, ops, "nothing was pulled")
        new_blobs = linked - have_blobs
        merged: merge.MergeReport | None = None
        if ops or new_blobs:
            check()
            say(f"pulling {len(ops)} operations, {len(new_blobs)} evidence files")
            digest = merge_store.op_set_hash(listing)
            incoming = merge_store.Incoming(Path(store.label), audit_id, STORE_REPLICA, {}, ops, digest, linked,
                                            sigs, store_files.StoreFiles(store, pg, sorted(new_blobs),
                                                                         store_files.Pace(BLOB_START, BLOB_BYTES),
                                                                         BLOB_FILES))
            try:
                merged = merge.merge_incoming(session, [incoming], accept_unsigned=accept_unsigned, check=check,
                                              progress=lambda done, total: say(f"pulling: step {done} of {total} "
                                                                               "(backup, evidence files, operations)"))
            except merge.UnsignedRefused as exc:
                raise UnsignedInStore(f"office store {store.where}: {exc.reason}", exc) from None
            except merge.MergeRefused as exc:
                raise StoreError(f"office store {store.where}: {exc.reason}") from None
    with session.file.write() as conn:
        session.file.set_meta(conn, key, mark)
    if merged is None:
        return report
    pulled = merged.files[0]
    return SyncReport(report.store, report.created, report.ops_pushed, report.blobs_pushed, pulled.ops_added,
                      pulled.blobs_added, merged.conflicts, merged.backup, pulled.unsigned)


def mark_key(store: Store) -> str:
    """The file's meta key of its high-water mark in this store (host, port, database: not who connects)."""
    return f"store_seen:{store.key}"


__all__ = ["BATCH", "NotAssigned", "PasswordNeeded", "PasswordRefused", "StoreError", "SyncCancelled", "SyncReport",
           "UnsignedInStore", "has_password", "mark_key", "sync"]
