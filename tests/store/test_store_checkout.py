"""Checkout: a new audit file from the office store's copy of an assigned audit, equal to what was pushed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pgcluster import AUDITORS, Cluster

from auditor_app.services import audit, demo, integrity, store_checkout, store_sync
from auditor_app.storage import file_tables, oplog


def state(session: Any) -> tuple[Any, ...]:
    with session.reading() as conn:
        return (sorted((o.op_id, o.op_hash) for o in oplog.all_ops(conn)), oplog.cache_dump(conn),
                file_tables.blob_hashes(conn))


def test_checkout_writes_a_file_equal_to_the_pushed_one(store: Cluster, tmp_path: Path) -> None:
    with demo.build_demo(tmp_path / "pushed.audit", photos=1, notes_count=3, findings_count=1,
                         photo_size=(64, 48)) as pushed:
        store_sync.sync(pushed, store.url("alice", AUDITORS["alice"]))
        expected, audit_id = state(pushed), pushed.audit_id
        replica = pushed.file.replica_id
    done = store_checkout.checkout(store.url("alice", AUDITORS["alice"]), audit_id, tmp_path / "out.audit",
                                   owner="Alice")
    assert (done.ops, done.blobs) == (len(expected[0]), 1)
    with audit.open_audit(tmp_path / "out.audit", author="Alice") as copy:
        assert state(copy) == expected and copy.audit_id == audit_id
        assert copy.file.replica_id != replica  # a copy of its own, as a hand-over copy is
        assert integrity.full_check(copy).ok
        before = (tmp_path / "out.audit").read_bytes()
        again = store_sync.sync(copy, store.url("alice", AUDITORS["alice"]))
        assert (again.ops_pushed, again.blobs_pushed, again.ops_pulled, again.blobs_pulled) == (0, 0, 0, 0)
    assert (tmp_path / "out.audit").read_bytes() == before  # its high-water mark came with it: nothing to write


def test_checkout_of_an_audit_not_assigned_writes_nothing(store: Cluster, tmp_path: Path, make_audit: Any) -> None:
    alice = make_audit("hers.audit", author="Alice")
    store_sync.sync(alice, store.url("alice", AUDITORS["alice"]))
    with pytest.raises(store_sync.NotAssigned, match=f"audit {alice.audit_id} is not in the store or not "
                                                     "assigned to you; nothing was written"):
        store_checkout.checkout(store.url("bob", AUDITORS["bob"]), alice.audit_id, tmp_path / "taken.audit",
                                owner="Bob")
    assert not (tmp_path / "taken.audit").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("taken")) == []
