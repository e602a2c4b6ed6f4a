"""Deriving state from operations: heads, deterministic winners, conflicts, delete-versus-edit."""

from __future__ import annotations

from auditor_app.domain.derive import derive, heads_of
from auditor_app.domain.ops import EXISTS, make_op


def op(field: str, value: object, parents: tuple[str, ...] = (), hlc: str = "0000000000001.00000",
       replica: str = "r1", author: str = "Anna", op_id: str | None = None):
    return make_op(entity_type="note", entity_id="n1", field=field, value=value, parents=parents, hlc=hlc,
                   author=author, replica_id=replica, schema_version=1, op_id=op_id)


def test_linear_edits_have_one_head_and_no_conflict() -> None:
    a = op(EXISTS, True)
    b = op("text", "first")
    c = op("text", "second", parents=(b.op_id,), hlc="0000000000002.00000")
    state = derive("note", "n1", [a, b, c])
    assert state.exists and state.value("text") == "second" and not state.conflicts


def test_concurrent_edits_conflict_and_keep_both_versions() -> None:
    base = op("text", "base")
    mine = op("text", "Anna's wording", parents=(base.op_id,), hlc="0000000000005.00000", replica="r1")
    theirs = op("text", "Bob's wording", parents=(base.op_id,), hlc="0000000000003.00000", replica="r2",
                author="Bob")
    state = derive("note", "n1", [op(EXISTS, True), base, mine, theirs])
    [conflict] = state.conflicts
    assert {h.value for h in conflict.heads} == {'"Anna\'s wording"', '"Bob\'s wording"'}
    # The provisional winner is the same whatever the arrival order.
    assert derive("note", "n1", [theirs, mine, base]).value("text") == state.value("text")


def test_concurrent_identical_values_are_not_a_conflict() -> None:
    a = op("text", "same", replica="r1")
    b = op("text", "same", replica="r2")
    assert not derive("note", "n1", [a, b]).conflicts


def test_resolution_supersedes_every_head() -> None:
    a = op("text", "A")
    b = op("text", "B", replica="r2")
    fix = op("text", "A and B", parents=(a.op_id, b.op_id), hlc="0000000000009.00000")
    state = derive("note", "n1", [a, b, fix])
    assert not state.conflicts and state.value("text") == "A and B"
    assert heads_of([a, b, fix]) == (fix,)


def test_delete_versus_concurrent_edit_is_reported() -> None:
    create = op(EXISTS, True)
    text = op("text", "v1")
    delete = op(EXISTS, False, parents=(create.op_id, text.op_id), hlc="0000000000004.00000")
    edit = op("text", "v2 by Bob", parents=(text.op_id,), replica="r2", author="Bob")
    state = derive("note", "n1", [create, text, delete, edit])
    assert not state.exists
    assert [h.op_id for h in state.delete_conflict] == [edit.op_id]
    # A delete that saw every edit is not a conflict.
    assert not derive("note", "n1", [create, text, delete]).delete_conflict
