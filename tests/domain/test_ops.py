"""Operations: canonical encoding, tamper-evident hashes, the hybrid logical clock."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor_app.domain.ops import HybridClock, canonical_json, make_op, parse_hlc, verify


def _op(**overrides: object):
    values = dict(entity_type="note", entity_id="e1", field="text", value="Prüfung 检查 <a>&=1", parents=["p2", "p1"],
                  hlc="0001700000000.00000", author="Anna", replica_id="r1", schema_version=1)
    values.update(overrides)
    return make_op(**values)  # type: ignore[arg-type]


def test_op_hash_verifies_and_detects_any_altered_field() -> None:
    op = _op()
    assert verify(op)
    for name, value in [("value", '"changed"'), ("author", "Mallory"), ("hlc", "0001700000000.00001"),
                        ("parents", ("p1",)), ("entity_id", "e2")]:
        assert not verify(dataclasses.replace(op, **{name: value})), name


def test_parents_are_order_independent() -> None:
    a = _op(op_id="x", parents=["p1", "p2"])
    b = _op(op_id="x", parents=["p2", "p1"])
    assert a.op_hash == b.op_hash


def test_canonical_json_is_stable_and_unicode() -> None:
    assert canonical_json({"b": 1, "a": "ä"}) == '{"a":"ä","b":1}'
    with pytest.raises(ValueError, match="floating-point"):
        canonical_json({"x": [1.5]})


def test_clock_never_goes_backwards_even_when_wall_clock_does() -> None:
    times = iter([1000, 900, 900, 2000])
    clock = HybridClock(wall_ms=lambda: next(times))
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    assert parse_hlc(stamps[1]) == (1000, 1)


def test_clock_absorbs_a_skewed_peer() -> None:
    clock = HybridClock(wall_ms=lambda: 1000)
    clock.observe("0000086400000.00000")  # a peer one day ahead
    assert clock.now() > "0000086400000.00000"


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda c: st.lists(c) | st.dictionaries(st.text(), c), max_leaves=10))
def test_any_json_value_round_trips_through_an_op(value: object) -> None:
    op = _op(value=value)
    assert verify(op)
    assert op.decoded == value
