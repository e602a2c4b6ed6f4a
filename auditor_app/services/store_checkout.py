"""Checkout: a new audit file made from what the office store holds of an audit assigned to you."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from auditor_app.domain.ops import HybridClock, Op
from auditor_app.domain.signing import Signature
from auditor_app.errors import InputError, KnownError
from auditor_app.services import evidence_types, store_files, store_sync, trust
from auditor_app.storage import file_tables, merge_store, oplog, signatures, store_ops
from auditor_app.storage.audit_file import AuditFile
from auditor_app.storage.connection import Connection
from auditor_app.storage.store_connect import NotAssigned, Store, StoreError


@dataclass(frozen=True, slots=True)
class CheckedOut:
    path: Path
    store: str  # the URL, password masked
    title: str | None
    ops: int
    blobs: int


def checkout(url: str, audit_id: str, out: Path, *, owner: str, password: str | None = None,
             progress: Callable[[str], None] | None = None) -> CheckedOut:
    """Write the audit's operations, signatures and evidence files from the store into a new file at `out` (a copy
    of its own, as a hand-over copy is): judged as `check` judges a file, published only when whole."""
    say = progress or (lambda _text: None)
    try:
        audit_id = str(uuid.UUID(audit_id))
    except ValueError:
        raise InputError(f"{audit_id!r} is not an audit id") from None
    out = Path(out)
    if out.exists():
        raise KnownError(f"cannot create {out}: a file of that name already exists")
    store = Store(url, password)
    try:
        with store.transaction(snapshot=True) as pg:  # one moment of the store
            store_ops.check_format(pg, store.where)
            seen, title = store_ops.audit_title(pg, audit_id)
            if not seen:
                raise NotAssigned(f"office store {store.where}: audit {audit_id} is not in the store or not assigned "
                                  "to you; nothing was written")
            count, last_seq = store_ops.op_count(pg, audit_id)
            if count == 0:
                raise StoreError(f"office store {store.where}: audit {audit_id} has no operations in the store yet "
                                 "(nobody has synced it); nothing was written")
            ops, sigs = store_ops.ops_by_id(
                pg, audit_id, store_ops.op_hashes(pg, audit_id),
                progress=lambda done, wanted: say(f"read {done} of {wanted} operations from the office store"))
            _judge(store, audit_id, ops, sigs)
            found = store_ops.blob_heads(pg, audit_id, evidence_types.HEAD)
            linked, sizes = [f[0] for f in found], {f[0]: f[1] for f in found}
            heads = [{"sha256": sha, "mime": mime, "data": start} for sha, _size, mime, start in found]
            evidence_types.check_document(f"office store {store.where}", ops, heads, {})
            say(f"checking out {len(ops)} operations, {len(linked)} evidence files")

            def populate(file: AuditFile) -> None:  # the temporary file: nothing is at `out` until it is whole
                _fill(file, pg, ops, sigs, (linked, sizes), store, f"{count} {last_seq}", say)

            AuditFile.create(out, audit_id=audit_id, owner=owner, populate=populate).close()
        return CheckedOut(out, store.where, title, len(ops), len(linked))
    finally:
        store.close()


def _judge(store: Store, audit_id: str, ops: list[Op], sigs: dict[str, Signature]) -> None:
    store_ops.refuse_unsound(store.where, ops, "nothing was written")
    untrusted, _unsigned = trust.check_log(ops, sigs, audit_id)  # the same judgement as `check` and import
    if untrusted:
        raise StoreError(f"office store {store.where}: {untrusted[0]}; nothing was written")


def _fill(file: AuditFile, pg: Connection, ops: list[Op], sigs: dict[str, Signature],
          files: tuple[list[str], dict[str, int]], store: Store, mark: str, say: Callable[[str], None]) -> None:
    clock = HybridClock()
    linked, sizes = files
    with file.write() as conn:
        oplog.append(conn, sorted(ops, key=Op.order_key))
        signatures.add(oplog.driver(conn), sigs.values())
        done, in_order = 0, [sizes[sha] for sha in linked]
        while done < len(linked):  # batches bounded in bytes: one round trip each, memory bounded too
            end = store_files.batch_end(in_order, done, store_sync.BLOB_BYTES, store_sync.BLOB_FILES)
            with store.guarded():  # inside the file's write: a dropped connection is the store's error
                batch = store_ops.read_blobs(pg, linked[done:end])
            for sha, mime, data in batch:
                if store_ops.content_address(data) != sha:  # the server checks it too (a CHECK constraint)
                    raise StoreError(f"office store {store.where}: evidence file {sha[:12]}… does not match its "
                                     "SHA-256; nothing was written")
                file_tables.add_blob(conn, sha, len(data), mime, data)
            done = end
            say(f"checked out {done} of {len(linked)} evidence files")
        file_tables.add_merge(conn, {
            "merged_at": datetime.now().strftime("%Y-%m-%dT%H:%M:%S"), "source": store.label,
            "source_replica": store_sync.STORE_REPLICA, "ops_added": len(ops), "blobs_added": len(linked),
            "op_set_hash": merge_store.op_set_hash({o.op_id: o.op_hash for o in ops})})
        oplog.rebuild(conn)
        for op in ops:
            clock.observe(op.hlc)
        file.set_meta(conn, "hlc_last", clock.last)
        file.set_meta(conn, store_sync.mark_key(store), mark)
