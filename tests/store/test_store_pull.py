"""A teammate's pull of many evidence files: their first bytes in one statement, their bytes in a few batches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pgcluster import ADMIN, ADMIN_PASSWORD, AUDITORS, Cluster
from statements import counted
from test_store_batches import _photos

from auditor_app.services import audit, merge, store_admin, store_sync
from auditor_app.storage import file_tables


@pytest.fixture
def bob_behind(store: Cluster, make_audit: Any, tmp_path: Path) -> Iterator[tuple[Any, Any]]:
    """Alice pushed six photos; Bob's hand-over copy, made before them, has none of them."""
    alice = make_audit("pushed.audit", author="Alice")
    store_sync.sync(alice, store.url("alice", AUDITORS["alice"]))
    store_admin.assign(store.url(ADMIN, ADMIN_PASSWORD), alice.audit_id, "bob")
    merge.hand_over_copy(alice, tmp_path / "bob-behind.audit", "Bob")
    _photos(alice, 6)
    store_sync.sync(alice, store.url("alice", AUDITORS["alice"]))
    bob = audit.open_audit(tmp_path / "bob-behind.audit", author="Bob")
    try:
        yield alice, bob
    finally:
        bob.close()


def _file_statements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The statements reading the store's evidence files (their first bytes or their bytes), as they are run."""
    return counted(monkeypatch, lambda sql: "auditor_store.blob" in sql)


def _blobs(session: Any) -> set[str]:
    with session.reading() as conn:
        return file_tables.blob_hashes(conn)


@pytest.mark.parametrize(("most_files", "batches"), [(500, 1), (2, 3)])
def test_a_pull_of_many_files_reads_them_in_a_few_statements_with_progress_per_file(
        store: Cluster, bob_behind: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch, most_files: int,
        batches: int) -> None:
    alice, bob = bob_behind
    monkeypatch.setattr(store_sync, "BLOB_FILES", most_files)
    of_files = _file_statements(monkeypatch)
    said: list[str] = []
    report = store_sync.sync(bob, store.url("bob", AUDITORS["bob"]), progress=said.append)
    assert report.blobs_pulled == 6 and _blobs(bob) == _blobs(alice)  # each checked against its hash on the way
    # One statement for every file's first bytes (the type check), then one a batch: not two round trips a file.
    assert len(of_files) == 1 + batches
    steps = [line for line in said if line.startswith("pulling: step")]
    # The sources, the backup, each of the six files, the operations, the rebuild: one line each.
    assert steps == [f"pulling: step {n} of 10 (backup, evidence files, operations)" for n in range(1, 11)]


def test_a_cancel_between_pulled_files_stops_with_nothing_pulled(
        store: Cluster, bob_behind: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    _alice, bob = bob_behind
    monkeypatch.setattr(store_sync, "BLOB_FILES", 2)
    said: list[str] = []
    with pytest.raises(store_sync.SyncCancelled, match="nothing was pulled into the file"):
        store_sync.sync(bob, store.url("bob", AUDITORS["bob"]), progress=said.append,
                        cancelled=lambda: any(line.startswith("pulling: step 5 of") for line in said))
    assert said[-1].startswith("pulling: step 5 of 10")  # three files were copied, then the cancel
    assert _blobs(bob) == set()  # the pull's one transaction was rolled back
    assert store_sync.sync(bob, store.url("bob", AUDITORS["bob"])).blobs_pulled == 6


def test_the_new_operations_are_read_in_one_statement_with_progress_as_they_arrive(
        store: Cluster, bob_behind: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    # Over a slow link, 11,336 operations read in statements of 500 ids took 23 round trips and ~10 s with no line.
    from auditor_app.services import notes
    from auditor_app.storage import oplog, store_ops

    alice, bob = bob_behind
    with alice.transaction() as tx:
        for n in range(300):
            notes.add_note(tx, None, "observation", f"note {n} of the day")
    store_sync.sync(alice, store.url("alice", AUDITORS["alice"]))
    monkeypatch.setattr(store_ops, "OPS_PER_FETCH", 100)
    of_ops = counted(monkeypatch, lambda sql: "FROM auditor_store.operation" in sql
                     and "auditor_store.operation.value" in sql)
    said: list[str] = []
    report = store_sync.sync(bob, store.url("bob", AUDITORS["bob"]), progress=said.append)
    wanted = report.ops_pulled
    assert wanted > 300 and len(of_ops) == 1
    reads = [line for line in said if line.startswith("read ")]
    assert reads == [f"read {min(n, wanted)} of {wanted} operations from the office store"
                     for n in range(100, wanted + 100, 100)]
    with alice.reading() as a, bob.reading() as b:
        assert {o.op_id for o in oplog.all_ops(a)} <= {o.op_id for o in oplog.all_ops(b)}
