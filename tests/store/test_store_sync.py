"""Sync through the office store (a real PostgreSQL server): the same result as a file merge, by operation id."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import AUDITORS, Cluster

from auditor_app.domain.checklist import clause_id
from auditor_app.services import audit, merge, notes, queries, store_sync
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
    from conftest import ADMIN, ADMIN_PASSWORD

    from auditor_app.services import store_admin
    assert store_admin.assign(store.url(ADMIN, ADMIN_PASSWORD), alice.audit_id, "bob")
    second = store_sync.sync(bob, url(store, "bob"))
    assert second.ops_pulled > 0 and len(second.conflicts) == 1
    third = store_sync.sync(alice, url(store, "alice"))
    assert third.ops_pushed == 0 and third.ops_pulled > 0
    # The same two copies merged as files give the same operations, cache, and conflicts, in both copies.
    merged = merge.merge_to_new_file(tmp_path / "alice-before.audit", [tmp_path / "bob-before.audit"],
                                     tmp_path / "merged.audit", author="Alice")
    assert len(merged.conflicts) == 1
    with audit.open_audit(tmp_path / "merged.audit", author="Alice", read_only=True) as by_file:
        assert state(alice) == state(by_file) == state(bob)
