"""The office store moved in batches: a push in few connections, evidence in batches bounded in bytes (progress,
cancel), operation batches sized from the link, a checkout's evidence files in a few statements."""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any

import pytest
from pgcluster import AUDITORS, Cluster
from relay import Relay
from statements import counted

from auditor_app.domain.checklist import clause_id
from auditor_app.services import audit as audit_module
from auditor_app.services import evidence, notes, queries, store_sync

CLAUSE = clause_id("iso9001-2015", "7.2")


def _photos(session: Any, count: int, size: tuple[int, int] = (200, 150)) -> list[int]:
    """`count` photos that do not compress (noise; ~40 kB at the default size), attached to a clause: their sizes."""
    from PIL import Image

    rng, sizes = random.Random(3), []
    with session.transaction() as tx:
        for n in range(count):
            out = io.BytesIO()
            Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3)).save(out, "JPEG", quality=90)
            sizes.append(len(out.getvalue()))
            evidence.attach_evidence(tx, out.getvalue(), f"IMG_{n}.jpg", clause_id=CLAUSE)
    return sizes


def _evidence_pushes(store: Cluster, audit_id: str) -> list[int]:
    """blobs_added of each push transaction that carried evidence files, in order (read as the superuser)."""
    out = store.psql(f"SELECT blobs_added FROM auditor_store.push_log WHERE audit_id = '{audit_id}' "
                     "AND blobs_added > 0 ORDER BY seq", "store")
    return [int(line) for line in out.split()]


def test_evidence_files_go_in_transactions_bounded_in_bytes_with_progress_after_each(
        store: Cluster, make_audit: Any) -> None:
    alice = make_audit("photos.audit", author="Alice")
    sizes = _photos(alice, 6)
    most = max(sizes) * 2 + 10  # room for two files, never three
    said: list[str] = []
    report = store_sync.sync(alice, store.url("alice", AUDITORS["alice"]), blob_bytes=most, progress=said.append)
    batches = _evidence_pushes(store, alice.audit_id)
    assert report.blobs_pushed == 6 and sum(batches) == 6
    assert len(batches) >= 3 and max(batches) <= 2  # not one transaction for every photo's bytes
    shown = [line.split(", ")[1] for line in said if line.endswith("evidence files") and " 0 of " in line]
    assert len(shown) == len(batches) and shown[-1] == "6 of 6 evidence files"


def test_a_cancel_while_evidence_files_go_stops_after_the_batch_in_flight(store: Cluster, make_audit: Any) -> None:
    alice = make_audit("cancel-photos.audit", author="Alice")
    sizes = _photos(alice, 5)
    said: list[str] = []
    with pytest.raises(store_sync.SyncCancelled, match="what was pushed stays in the store"):
        store_sync.sync(alice, store.url("alice", AUDITORS["alice"]), blob_bytes=max(sizes) + 10,
                        progress=said.append, cancelled=lambda: bool(said))  # Ctrl-C during the first batch
    assert len(said) == 1 and said[0].endswith(", 1 of 5 evidence files")
    assert _evidence_pushes(store, alice.audit_id) == [1]  # the batch in flight landed; nothing after it
    count = store.psql(f"SELECT count(*) FROM auditor_store.operation WHERE audit_id = '{alice.audit_id}'", "store")
    assert count == "0"  # operations go after the evidence files: none was pushed


def test_a_sync_of_many_batches_logs_in_to_the_server_once(
        store: Cluster, make_audit: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import event

    from auditor_app.storage import store_connect

    alice = make_audit("logins.audit", author="Alice")
    _photos(alice, 3)
    for n in range(4):
        alice.run(notes.add_note, CLAUSE, "observation", f"note {n}")
    logins: list[int] = []
    real = store_connect.engine

    def counted(url: str, password: str | None = None) -> Any:
        made = real(url, password)
        event.listen(made, "connect", lambda *_args: logins.append(1))
        return made

    monkeypatch.setattr(store_connect, "engine", counted)
    report = store_sync.sync(alice, store.url("alice", AUDITORS["alice"]), batch=5, blob_bytes=1)
    assert report.ops_pushed > 20 and report.blobs_pushed == 3  # 5+ batches of operations, 3 of files
    assert len(logins) == 1  # the claim, every batch and the pull's snapshot on one connection


def test_operation_batches_grow_from_200_when_the_link_is_fast(store: Cluster, make_audit: Any) -> None:
    alice = make_audit("pace.audit", author="Alice")
    with alice.transaction() as tx:
        for n in range(120):
            notes.add_note(tx, CLAUSE, "observation", f"note {n}")
    report = store_sync.sync(alice, store.url("alice", AUDITORS["alice"]))
    out = store.psql(f"SELECT ops_added FROM auditor_store.push_log WHERE audit_id = '{alice.audit_id}' "
                     "AND ops_added > 0 ORDER BY seq", "store")
    batches = [int(line) for line in out.split()]
    assert sum(batches) == report.ops_pushed > 600
    # The first batch is the cautious 200; a local server takes it in milliseconds, so the next carries more.
    assert batches[0] == store_sync.BATCH == 200 and batches[1] > 200


def test_a_checkout_reads_the_evidence_files_in_a_few_statements_and_says_how_far_it_is(
        store: Cluster, make_audit: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor_app.services import store_checkout

    alice = make_audit("out.audit", author="Alice")
    _photos(alice, 6)
    store_sync.sync(alice, store.url("alice", AUDITORS["alice"]))
    of_files = counted(monkeypatch, lambda sql: "auditor_store.blob" in sql)
    said: list[str] = []
    done = store_checkout.checkout(store.url("alice", AUDITORS["alice"]), alice.audit_id, tmp_path / "copy.audit",
                                   owner="Bob", progress=said.append)
    assert done.blobs == 6 and (tmp_path / "copy.audit").exists()
    assert len(of_files) == 2  # the files' first bytes (type check), then their bytes: not two round trips a file
    assert said[-1] == "checked out 6 of 6 evidence files"


def test_one_connection_serves_the_snapshot_read_only_and_the_writes_after_it(store: Cluster) -> None:
    from sqlalchemy import func, select

    from auditor_app.storage.store_connect import Store, StoreError

    def setting(pg: Any) -> tuple[str, str, int]:
        got = pg.execute(select(func.current_setting("transaction_isolation"),
                                func.current_setting("transaction_read_only"), func.pg_backend_pid())).one()
        return str(got[0]), str(got[1]), int(got[2])

    held = Store(store.url("alice", AUDITORS["alice"]))
    try:
        with held.transaction() as pg:
            before = setting(pg)
        with held.transaction(snapshot=True) as pg:
            during = setting(pg)
            with pytest.raises(Exception, match="read-only transaction"):  # a pull cannot write by mistake
                pg.execute(select(func.auditor_store.claim_audit("x", None, None, None, None)))
        with held.transaction() as pg:  # read-write again on the same connection
            after = setting(pg)
        with held.transaction(snapshot=True) as pg:
            again = setting(pg)
        with held.transaction() as pg:
            last = setting(pg)
    except StoreError as exc:
        raise AssertionError(exc) from None
    finally:
        held.close()
    assert before[:2] == ("read committed", "off") == after[:2] == last[:2]
    assert during[:2] == ("repeatable read", "on") == again[:2]
    assert before[2] == during[2] == after[2] == again[2] == last[2]  # one login for all of them


def test_many_small_evidence_files_go_in_batches_of_a_bounded_count_both_ways(
        store: Cluster, make_audit: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor_app.services import store_checkout

    monkeypatch.setattr(store_sync, "BLOB_FILES", 2)  # as 500 among tens of thousands of tiny files
    alice = make_audit("tiny.audit", author="Alice")
    _photos(alice, 5)
    store_sync.sync(alice, store.url("alice", AUDITORS["alice"]))
    assert _evidence_pushes(store, alice.audit_id) == [2, 2, 1]
    said: list[str] = []
    store_checkout.checkout(store.url("alice", AUDITORS["alice"]), alice.audit_id, tmp_path / "tiny-copy.audit",
                            owner="Bob", progress=said.append)
    assert [line for line in said if line.startswith("checked out")] == [
        "checked out 2 of 5 evidence files", "checked out 4 of 5 evidence files", "checked out 5 of 5 evidence files"]


def test_evidence_files_come_back_at_their_size_not_twice_it(store: Cluster, make_audit: Any,
                                                             tmp_path: Path) -> None:
    # As text, PostgreSQL sends bytea in hex: twice a photo's bytes over a hotel's link, for a checkout or a pull.
    from auditor_app.services import store_checkout

    alice = make_audit("binary.audit", author="Alice")
    sizes = _photos(alice, 6, (600, 450))  # ~250 kB each, so that the photos outweigh the audit's operations
    store_sync.sync(alice, store.url("alice", AUDITORS["alice"]))
    relay = Relay(store.port)
    try:
        url = f"postgresql://alice:{AUDITORS['alice']}@127.0.0.1:{relay.port}/store"
        done = store_checkout.checkout(url, alice.audit_id, tmp_path / "copy.audit", owner="Bob")
    finally:
        relay.close()
    assert done.blobs == 6
    with audit_module.open_audit(tmp_path / "copy.audit", author="Bob", read_only=True) as copy:
        assert sorted(e.size for e in queries.evidence(copy)) == sorted(sizes)
    # The photos' bytes once, plus the operations and the protocol's own (as hex text it was over twice).
    assert sum(sizes) < relay.received < 1.25 * sum(sizes), (relay.received, sum(sizes))
