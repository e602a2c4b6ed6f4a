"""The op rules: what no door lets into an audit file, and what a newer version may write and must pass."""

from __future__ import annotations

import dataclasses
import json
import uuid
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor_app.domain import op_rules
from auditor_app.domain.entities import ENTITIES, Kind
from auditor_app.domain.ops import Op, make_op

NOTE = "3f2a1b9c-0000-4000-8000-000000000001"


def _op(**overrides: Any) -> Op:
    values: dict[str, Any] = dict(entity_type="note", entity_id=NOTE, field="text", value="Interview with QM",
                                  parents=[str(uuid.uuid4())], hlc="0001700000000.00000", author="Anna Berg",
                                  replica_id=str(uuid.uuid4()), schema_version=2)
    values.update(overrides)
    return make_op(**values)


def _raw(op: Op, **changes: Any) -> Op:
    """The op with attributes replaced as a forger would (make_op would refuse to encode some of them)."""
    return dataclasses.replace(op, **changes)


def _problems(op: Op) -> list[str]:
    return [str(p) for p in op_rules.problems(op)]


def test_an_operation_the_program_writes_is_sound() -> None:
    assert _problems(_op()) == []
    assert _problems(_op(field="_exists", value=True, parents=[])) == []
    assert _problems(_op(entity_type="evidence", field="annotations", value={"shapes": [{"x": 4, "y": -2}]})) == []


@pytest.mark.parametrize(("changes", "expected"), [
    ({"hlc": "yesterday"}, "hlc: 'yesterday' is not a clock value"),
    ({"hlc": "1700000000000.00000\n"}, "hlc: "),
    ({"value": '{"a":'}, "value: not valid JSON (Expecting"),
    ({"value": "1" * 5000}, "value: not valid JSON (a number with too many digits)"),
    ({"value": "[" * 200_000}, "value: nested too deeply"),
    ({"value": '{"b":1, "a":2}'}, "value: not in canonical form"),
    ({"value": "1.5"}, "value: holds a number with a fraction"),
    ({"value": "NaN"}, "value: holds a number with a fraction"),
    ({"value": str(2**63)}, "value: holds a whole number outside the signed 64-bit range"),
    ({"op_id": "op-1"}, "op_id: 'op-1' is not an id (UUID text)"),
    ({"entity_id": "../../etc"}, "entity_id: '../../etc' is not an id"),
    ({"replica_id": ""}, "replica_id: '' is not an id"),
    ({"parents": ("x",)}, "parents: 'x' is not an operation id"),
    ({"entity_type": "Note; DROP"}, "entity_type: 'Note; DROP' is not a name"),
    ({"author": ""}, "author: must be a name of 1 to 200 characters on one line"),
    ({"author": "A" * 201}, "author: must be a name of 1 to 200 characters"),
    ({"author": "Anna\nBerg"}, "author: must be a name"),
    ({"value": '"\ud800"'}, "value: is not valid Unicode text"),
    ({"value": b'"x"'}, "value: must be text, not binary data"),
    ({"schema_version": 0}, "schema_version: must be a positive whole number"),
])
def test_an_unsound_operation_is_named_by_the_attribute_at_fault(changes: dict[str, Any], expected: str) -> None:
    found = _problems(_raw(_op(), **changes))
    assert found and found[0].startswith(expected), found


def test_text_fields_are_capped_as_in_the_editor_and_json_fields_by_size() -> None:
    assert _problems(_op(value="x" * 200_000)) == []
    assert _problems(_op(value="x" * 200_001)) == ["value: longer than 200000 characters (200001)"]
    big = {"clauses": ["y" * (op_rules.MAX_JSON_BYTES // 2)] * 2}
    assert _problems(_op(entity_type="checklist", field="content", value=big)) == ["value: larger than 5 MB"]
    deep: Any = "leaf"
    for _ in range(op_rules.MAX_DEPTH):
        deep = [deep]
    assert _problems(_op(entity_type="evidence", field="annotations", value=deep)) == [
        "value: nested deeper than 32 levels"]


@pytest.mark.parametrize(("entity_type", "field", "value", "expected"), [
    ("note", "sample_size", "12", "value: must be a whole number, not text"),
    ("note", "sample_size", True, "value: must be a whole number, not true/false"),
    ("note", "internal", 1, "value: must be true or false, not a whole number"),
    ("note", "_exists", "yes", "value: _exists must be true or false, not text"),
    ("note", "_exists", None, "value: _exists must be true or false, not null"),
    ("note", "text", ["a"], "value: must be text, not a list"),
    ("finding", "due_date", 20260101, "value: must be text, not a whole number"),
    ("audit", "sites", ["Plant 1", 2], "value: must be a list of texts"),
])
def test_the_value_must_fit_the_kind_of_its_field(entity_type: str, field: str, value: Any, expected: str) -> None:
    assert _problems(_op(entity_type=entity_type, field=field, value=value)) == [expected]


def test_checklist_content_must_be_a_checklist_every_reader_can_build_the_tree_from() -> None:
    from auditor_app.services import library

    assert _problems(_op(entity_type="checklist", field="content", value=library.get("iso13485-2016").to_json())) == []
    for content in ({"id": "x", "clauses": 5}, {"id": "x"}, [1, 2], "text"):
        found = _problems(_op(entity_type="checklist", field="content", value=content))
        assert len(found) == 1 and found[0].startswith("value: not a checklist ("), (content, found)


@pytest.mark.parametrize(("entity_type", "field", "value"), [
    ("clause", "result", "partially_conforming"),  # a choice a newer version knows
    ("note", "mood", {"stars": 3}),  # a field a newer version added
    ("risk", "likelihood", 4),  # an entity type a newer version added
    ("note", "text", None),  # a cleared value
])
def test_what_a_newer_version_may_write_passes(entity_type: str, field: str, value: Any) -> None:
    assert _problems(_op(entity_type=entity_type, field=field, value=value)) == []


def test_any_name_becomes_an_author_the_rules_accept() -> None:
    assert op_rules.author_name("  Anna\n\tBerg\x00 ") == "Anna Berg"
    assert op_rules.author_name("\n") == "unknown auditor"
    assert len(op_rules.author_name("A" * 500)) == op_rules.MAX_AUTHOR


def test_the_label_names_the_entity_and_field_for_messages() -> None:
    assert op_rules.label(_op()) == "note 3f2a1b9c… text"
    assert op_rules.label(_raw(_op(), entity_id=None, field="te\x00xt")) == "note ? te?xt"


_LINE = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=40)
_BY_KIND: dict[Kind, st.SearchStrategy[Any]] = {
    Kind.TEXT: st.text(st.characters(blacklist_categories=("Cs",)), max_size=200),
    Kind.SHORT: _LINE, Kind.REF: st.uuids().map(str), Kind.DATE: st.dates().map(str),
    Kind.INT: st.integers(op_rules.INT_MIN, op_rules.INT_MAX), Kind.BOOL: st.booleans(),
    Kind.LIST: st.lists(_LINE, max_size=5),
    Kind.JSON: st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**6) | _LINE,
                            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_LINE, inner, max_size=3),
                            max_leaves=10),
}
_FIELDS = [(e.name, f) for e in ENTITIES.values() for f in e.fields]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_FIELDS), st.data())
def test_every_value_the_editor_accepts_passes_every_door(where: tuple[str, Any], data: st.DataObject) -> None:
    entity_type, fspec = where
    strategy = st.sampled_from(fspec.choices) if fspec.kind is Kind.CHOICE else _BY_KIND[fspec.kind]
    if (entity_type, fspec.name) == ("checklist", "content"):  # what `load_checklist` writes
        from auditor_app.services import library

        strategy = st.sampled_from(["iso9001-2015", "iso13485-2016"]).map(lambda key: library.get(key).to_json())
    value = fspec.validate(data.draw(strategy))
    op = _op(entity_type=entity_type, entity_id=str(uuid.uuid4()), field=fspec.name, value=value,
             author=op_rules.author_name(data.draw(st.text(max_size=300))))
    assert _problems(op) == [], (entity_type, fspec.name, json.dumps(value)[:80])
