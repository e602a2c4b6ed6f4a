"""Sync through the office store (a real PostgreSQL server): the same result as a file merge, by operation id."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pgcluster import ADMIN, ADMIN_PASSWORD, AUDITORS, Cluster, psql

from auditor_app.domain.checklist import clause_id
from auditor_app.services import audit, merge, notes, queries, store_admin, store_sync
from auditor_app.storage import oplog

CLAUSE = clause_id("iso9001-2015", "7.2")


def url(store: Cluster, role: str) -> str:
    return store.url(role, AUDITORS[role])


def team_copies(make_audit: Any, tmp_path: Path) -> tuple[Any, Any, str]:
    """Alice's audit and Bob's hand-over copy, both edited since, one field edited by both (a conflict)."""
    alice = make_audit("alice.audit", author="Alice")
    with alice.transaction() as tx:
        note = notes.add_note(tx, CLAUSE, "interview", "first words")
    merge.hand_over_copy(alice, tmp_path / "bob.audit", "Bob")
    bob = audit.open_audit(tmp_path / "bob.audit", author="Bob")
    alice.run(notes.edit_note, note, text="Alice's words")
    bob.run(notes.edit_note, note, text="Bob's words")
    with bob.transaction() as tx:
        notes.add_note(tx, CLAUSE, "observation", "Bob saw the training records")
    for session, name in ((alice, "alice"), (bob, "bob")):  # the copies as they were, for a file merge to compare
        session.close()
        shutil.copyfile(tmp_path / f"{name}.audit", tmp_path / f"{name}-before.audit")
    return (audit.open_audit(tmp_path / "alice.audit", author="Alice"),
            audit.open_audit(tmp_path / "bob.audit", author="Bob"), note)


def state(session: Any) -> tuple[Any, ...]:
    with session.reading() as conn:
        ops = sorted((o.op_id, o.op_hash) for o in oplog.all_ops(conn))
        cache = oplog.cache_dump(conn)
    return ops, cache, sorted((c.entity_id, c.field, c.kind) for c in queries.conflicts(session))


@pytest.fixture
def opened() -> Iterator[list[Any]]:
    sessions: list[Any] = []
    yield sessions
    for session in sessions:
        session.close()


def test_push_then_pull_between_two_auditors_equals_a_file_merge(store: Cluster, make_audit: Any, tmp_path: Path,
                                                                 opened: list[Any]) -> None:
    alice, bob, _note = team_copies(make_audit, tmp_path)
    opened.extend((alice, bob))
    first = store_sync.sync(alice, url(store, "alice"))
    assert first.created and first.ops_pushed > 0 and first.ops_pulled == 0
    # Bob's copy is of Alice's audit, which is assigned to her only: the administrator assigns it to him.
    assert store_admin.assign(admin_url(store), alice.audit_id, "bob")
    said: list[str] = []
    second = store_sync.sync(bob, url(store, "bob"), progress=said.append)
    assert second.ops_pulled > 0 and len(second.conflicts) == 1 and second.backup is not None
    pulling = [t for t in said if t.startswith("pulling: step")]
    assert said[0].startswith("pushed ") and pulling and pulling[-1].split(" (")[0] == \
        f"pulling: step {pulling[-1].split()[4]} of {pulling[-1].split()[4]}"
    third = store_sync.sync(alice, url(store, "alice"))
    assert third.ops_pushed == 0 and third.ops_pulled > 0
    # The same two copies merged as files give the same operations, cache, and conflicts, in both copies.
    merged = merge.merge_to_new_file(tmp_path / "alice-before.audit", [tmp_path / "bob-before.audit"],
                                     tmp_path / "merged.audit", author="Alice")
    assert len(merged.conflicts) == 1
    with audit.open_audit(tmp_path / "merged.audit", author="Alice", read_only=True) as by_file:
        assert state(alice) == state(by_file) == state(bob)


def admin_url(store: Cluster) -> str:
    return store.url(ADMIN, ADMIN_PASSWORD)


def store_count(store: Cluster, audit_id: str) -> tuple[int, int]:
    """(operations of the audit in the store, distinct op ids among them), read as the superuser."""
    out = store.psql(f"SELECT count(*), count(DISTINCT op_id) FROM auditor_store.operation "
                     f"WHERE audit_id = '{audit_id}'", "store")
    total, distinct = out.split("|")
    return int(total), int(distinct)


def op_ids(session: Any) -> set[str]:
    with session.reading() as conn:
        return {o.op_id for o in oplog.all_ops(conn)}


def test_the_same_file_synced_twice_changes_nothing_the_second_time(store: Cluster, make_audit: Any,
                                                                    tmp_path: Path) -> None:
    alice = make_audit("again.audit", author="Alice")
    first = store_sync.sync(alice, url(store, "alice"))
    before_store, before_file = store_count(store, alice.audit_id), (tmp_path / "again.audit").read_bytes()
    second = store_sync.sync(alice, url(store, "alice"))
    assert first.ops_pushed == before_store[0] == len(op_ids(alice)) > 0
    assert (second.created, second.ops_pushed, second.blobs_pushed, second.ops_pulled, second.backup) == \
        (False, 0, 0, 0, None)
    assert store_count(store, alice.audit_id) == before_store
    assert (tmp_path / "again.audit").read_bytes() == before_file


def test_a_foreign_audit_is_refused_and_nothing_changes(store: Cluster, make_audit: Any, tmp_path: Path,
                                                        opened: list[Any]) -> None:
    alice = make_audit("foreign.audit", author="Alice")
    store_sync.sync(alice, url(store, "alice"))
    merge.hand_over_copy(alice, tmp_path / "bob-copy.audit", "Bob")
    bob = audit.open_audit(tmp_path / "bob-copy.audit", author="Bob")
    opened.append(bob)
    bob.run(notes.add_note, CLAUSE, "interview", "Bob's note that must not reach the store")
    mine, in_store = op_ids(bob), store_count(store, alice.audit_id)
    with pytest.raises(store_sync.NotAssigned) as refused:
        store_sync.sync(bob, url(store, "bob"))
    assert f"audit {alice.audit_id} is not assigned to bob" in str(refused.value)
    assert "bob secret" not in str(refused.value) and "***" in str(refused.value)
    assert store_count(store, alice.audit_id) == in_store and op_ids(bob) == mine
    # Row-level security, asked directly as Bob: none of Alice's rows is visible, none can be added.
    from auditor_app.storage import store_ops
    from auditor_app.storage.store_connect import Store, StoreError

    as_bob = Store(url(store, "bob"))
    try:
        with as_bob.transaction() as pg:
            assert store_ops.op_count(pg, alice.audit_id) == (0, 0)
            assert store_ops.linked_blobs(pg, alice.audit_id) == set()
            assert store_ops.audit_title(pg, alice.audit_id) == (False, None)  # what checkout asks
        with pytest.raises(StoreError, match="row-level security"), as_bob.transaction() as pg:
            with bob.reading() as conn:
                extra = [o for o in oplog.all_ops(conn) if o.op_id not in op_ids(alice)]
            store_ops.add_ops(pg, alice.audit_id, extra, {})
    finally:
        as_bob.close()
    assert store_count(store, alice.audit_id) == in_store
    # Nor who Alice's audit is assigned to (no product code reads the assignments: asked in SQL as Bob).
    whom = subprocess.run([psql(), "-X", "-q", "-t", "-A", "-h", "127.0.0.1", "-p", str(store.port), "-U", "bob",
                           "-d", "store", "-c", "SELECT count(*) FROM auditor_store.assignment WHERE audit_id = "
                           f"'{alice.audit_id}'"], capture_output=True, text=True,
                          env={**os.environ, "PGPASSWORD": AUDITORS["bob"]}, timeout=60)
    assert (whom.returncode, whom.stdout.strip()) == (0, "0"), whom.stderr
    assert store.psql("SELECT count(*) FROM auditor_store.assignment WHERE audit_id = "
                      f"'{alice.audit_id}'", "store") == "1"  # it is there: Alice's
    for forbidden in ("UPDATE auditor_store.operation SET author = 'x'", "DELETE FROM auditor_store.operation"):
        result = subprocess.run([psql(), "-X", "-q", "-h", "127.0.0.1", "-p", str(store.port), "-U", "alice",
                                 "-d", "store", "-c", forbidden], capture_output=True, text=True,
                                env={**os.environ, "PGPASSWORD": AUDITORS["alice"]}, timeout=60)
        assert "permission denied for table operation" in result.stderr  # append-only, like the file's log


def test_an_operation_altered_in_the_store_refuses_the_sync_naming_it(store: Cluster, make_audit: Any,
                                                                      tmp_path: Path) -> None:
    alice = make_audit("altered.audit", author="Alice")
    store_sync.sync(alice, url(store, "alice"))
    victim = sorted(op_ids(alice))[0]
    real = store.psql(f"SELECT op_hash FROM auditor_store.operation WHERE op_id = '{victim}'", "store")
    store.psql(f"UPDATE auditor_store.operation SET op_hash = 'forged' WHERE op_id = '{victim}'", "store")
    try:
        alice.run(notes.add_note, CLAUSE, "interview", "written after the store was altered")
        before = store_count(store, alice.audit_id)
        with pytest.raises(store_sync.StoreError) as refused:
            store_sync.sync(alice, url(store, "alice"))
        assert f"operation {victim}" in str(refused.value) and "different content" in str(refused.value)
        assert store_count(store, alice.audit_id) == before
    finally:  # Alice's later listings in this worker's cluster (store audits, findings, cycle) would refuse it
        store.psql(f"UPDATE auditor_store.operation SET op_hash = '{real}' WHERE op_id = '{victim}'", "store")


def test_two_auditors_syncing_at_once_end_identical(store: Cluster, make_audit: Any, tmp_path: Path,
                                                    opened: list[Any]) -> None:
    alice, bob, _note = team_copies(make_audit, tmp_path)
    opened.extend((alice, bob))
    store_sync.sync(alice, url(store, "alice"), batch=5)  # the audit reaches the store; Bob is assigned too
    store_admin.assign(admin_url(store), alice.audit_id, "bob")
    for who, session in (("alice", alice), ("bob", bob)):
        for n in range(15):
            session.run(notes.add_note, CLAUSE, "observation", f"{who} {n}")
    errors: list[BaseException] = []

    def run(session: Any, role: str) -> None:
        try:
            store_sync.sync(session, url(store, role), batch=3)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    # Each session is used by its own thread only (the sessions' connections are bound to a thread).
    alice.close()
    bob.close()
    threads = [threading.Thread(target=lambda p=p, r=r: _in_thread(p, r, run)) for p, r in
               ((tmp_path / "alice.audit", "alice"), (tmp_path / "bob.audit", "bob"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    final = {}
    for path, role in ((tmp_path / "alice.audit", "alice"), (tmp_path / "bob.audit", "bob")):
        with audit.open_audit(path, author=role) as session:
            store_sync.sync(session, url(store, role))  # the second pulls what the first pushed meanwhile
            final[role] = state(session)
    with audit.open_audit(tmp_path / "alice.audit", author="alice") as session:
        store_sync.sync(session, url(store, "alice"))
        final["alice"] = state(session)
    assert final["alice"] == final["bob"]
    total, distinct = store_count(store, alice.audit_id)
    assert total == distinct == len(final["alice"][0])  # nothing lost, nothing twice


def _in_thread(path: Path, role: str, run: Any) -> None:
    with audit.open_audit(path, author=role) as session:
        run(session, role)


def test_a_connection_dropped_mid_push_loses_at_most_one_batch_and_a_rerun_completes(
        store: Cluster, make_audit: Any) -> None:
    import psycopg

    alice = make_audit("dropped.audit", author="Alice")
    for n in range(10):
        alice.run(notes.add_note, CLAUSE, "observation", f"note {n}")
    total = len(op_ids(alice))

    def superuser() -> psycopg.Connection[Any]:
        return psycopg.connect(host=str(store.socket_dir), port=store.port, user="postgres", dbname="store")

    blocker, watcher = superuser(), superuser()
    watcher.autocommit = True
    dropped: list[int] = []
    cutter: list[threading.Thread] = []

    def drop_the_next_batch() -> None:
        # Alice's next batch waits on the table lock; her connection is then cut, as a network would cut it.
        for _ in range(500):
            row = watcher.execute("SELECT pid FROM pg_stat_activity WHERE usename = 'alice' "
                                  "AND wait_event_type = 'Lock'").fetchone()
            if row:
                watcher.execute("SELECT pg_terminate_backend(%s)", (row[0],))
                dropped.append(row[0])
                break
            time.sleep(0.01)
        blocker.rollback()

    def progress(text: str) -> None:
        if text.startswith("pushed 6 of") and not dropped:
            blocker.execute("LOCK TABLE auditor_store.operation IN ACCESS EXCLUSIVE MODE")
            cutter.append(threading.Thread(target=drop_the_next_batch))
            cutter[0].start()

    try:
        with pytest.raises(store_sync.StoreError) as cut:
            store_sync.sync(alice, url(store, "alice"), batch=3, progress=progress)
        cutter[0].join(30)
        # libpq words the cut by when it notices it: the server's goodbye, or (in the batch's pipeline) the close.
        said = str(cut.value)
        assert dropped and ("administrator command" in said or "server closed the connection" in said)
        assert said.startswith("cannot connect to the office store ") and "\n" not in said
        assert store_count(store, alice.audit_id) == (6, 6)  # the two committed batches, not the cut one
        again = store_sync.sync(alice, url(store, "alice"), batch=3)
        assert again.ops_pushed == total - 6
        assert store_count(store, alice.audit_id) == (total, total)
    finally:
        for thread in cutter:
            thread.join(30)
        blocker.close()
        watcher.close()


def test_a_store_of_a_newer_format_is_refused(store: Cluster, make_audit: Any) -> None:
    alice = make_audit("newer.audit", author="Alice")
    store.psql("UPDATE auditor_store.store_meta SET value = '99' WHERE key = 'format'", "store")
    try:
        with pytest.raises(store_sync.StoreError, match=r"format 99, newer than this auditor-app knows \(1\): "
                                                        "update auditor-app"):
            store_sync.sync(alice, url(store, "alice"))
    finally:
        store.psql("UPDATE auditor_store.store_meta SET value = '1' WHERE key = 'format'", "store")
    assert store_count(store, alice.audit_id) == (0, 0)


def test_pulled_operations_are_judged_against_the_lead_key_as_a_file_merge_judges_them(
        store: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[Any]) -> None:
    from auditor_app.services import keys, library

    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "lena-config"))
    lena = keys.create("lena passphrase")
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "nobody-config"))
    lead = audit.create_audit(tmp_path / "lead.audit", author="Lena", checklists=[library.get("iso9001-2015")],
                              details={"client": "ACME"}, signer=lena)
    opened.append(lead)
    merge.hand_over_copy(lead, tmp_path / "max.audit", "Max")  # no key bound: Max's edits are unsigned
    max_ = audit.open_audit(tmp_path / "max.audit", author="Max")
    opened.append(max_)
    max_.run(notes.add_note, CLAUSE, "interview", "unsigned words")
    store_sync.sync(lead, url(store, "alice"))
    store_admin.assign(admin_url(store), lead.audit_id, "bob")
    store_sync.sync(max_, url(store, "bob"))
    max_ops = op_ids(max_)
    max_.close()
    mine = op_ids(lead)
    with pytest.raises(merge.MergeRefused) as by_file:
        merge.merge_into(lead, [tmp_path / "max.audit"])
    with pytest.raises(store_sync.StoreError) as by_store:
        store_sync.sync(lead, url(store, "alice"))
    assert by_file.value.reason in str(by_store.value)  # the same judgement, word for word
    new = len(max_ops - mine)
    assert f"{new} unsigned operation(s) (Max: {new})" in str(by_store.value) and op_ids(lead) == mine
    taken = store_sync.sync(lead, url(store, "alice"), accept_unsigned=True)
    assert taken.ops_pulled == new and taken.unsigned == (("Max", new),) and op_ids(lead) == max_ops


def test_a_connection_dropped_mid_pull_leaves_the_file_as_it_was_and_a_rerun_completes(
        store: Cluster, make_audit: Any, tmp_path: Path, opened: list[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from PIL import Image

    from auditor_app.services import evidence
    from auditor_app.storage import store_ops

    alice = make_audit("pull-cut.audit", author="Alice")
    store_sync.sync(alice, url(store, "alice"))
    store_admin.assign(admin_url(store), alice.audit_id, "bob")
    merge.hand_over_copy(alice, tmp_path / "bob-photo.audit", "Bob")
    bob = audit.open_audit(tmp_path / "bob-photo.audit", author="Bob")
    opened.append(bob)
    photo = io.BytesIO()
    Image.new("RGB", (16, 12), "red").save(photo, "JPEG")
    with bob.transaction() as tx:
        evidence.attach_evidence(tx, photo.getvalue(), "board.jpg", clause_id=CLAUSE)
    store_sync.sync(bob, url(store, "bob"))
    before = (op_ids(alice), state(alice))
    real = store_ops.read_blobs

    def cut_then_read(conn: Any, hashes: Any) -> Any:  # the link drops while the photo is on its way
        store.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'alice'")
        return real(conn, hashes)

    monkeypatch.setattr(store_ops, "read_blobs", cut_then_read)
    with pytest.raises(store_sync.StoreError) as cut:
        store_sync.sync(alice, url(store, "alice"))
    assert str(cut.value).startswith(f"cannot connect to the office store {store.url('alice', '***')}: ")
    assert "administrator command" in str(cut.value) and "could not be saved" not in str(cut.value)
    assert (op_ids(alice), state(alice)) == before  # the pull's one transaction was rolled back
    monkeypatch.setattr(store_ops, "read_blobs", real)
    again = store_sync.sync(alice, url(store, "alice"))
    assert again.blobs_pulled == 1 and op_ids(alice) == op_ids(bob)
