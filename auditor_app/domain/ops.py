"""Immutable change operations: canonical encoding, content hash and the hybrid logical clock."""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

EXISTS = "_exists"  # field of the creation (True) and tombstone (False) operations

JsonValue = Any  # str | int | bool | None | list[JsonValue] | dict[str, JsonValue]


def canonical_json(value: JsonValue) -> str:
    """One byte-exact encoding of a value, so hashes agree on every machine."""
    _reject_floats(value)
    return _CANONICAL.encode(value)


# What json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False) builds on every call; made once,
# as every operation read at opening is checked for being in this form.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _reject_floats(value: JsonValue) -> None:
    # Floats have several spellings across platforms; values are text, integers, booleans.
    if isinstance(value, float):
        raise ValueError("operation values must not contain floating-point numbers")
    if isinstance(value, list):
        for item in value:
            _reject_floats(item)
    elif isinstance(value, dict):
        for item in value.values():
            _reject_floats(item)


@dataclass(frozen=True, slots=True)
class Op:
    """One change to one field of one entity; never modified once written."""

    op_id: str
    entity_type: str
    entity_id: str
    field: str
    value: str  # canonical JSON
    parents: tuple[str, ...]  # the ops this one supersedes on the same (entity, field)
    hlc: str
    author: str
    replica_id: str
    schema_version: int
    op_hash: str

    @property
    def decoded(self) -> JsonValue:
        return json.loads(self.value)

    def order_key(self) -> tuple[str, str, str]:
        """Deterministic total order used to pick a provisional winner among concurrent heads."""
        return (self.hlc, self.replica_id, self.op_id)


def op_hash(
    op_id: str,
    entity_type: str,
    entity_id: str,
    field: str,
    value: str,
    parents: Iterable[str],
    hlc: str,
    author: str,
    replica_id: str,
    schema_version: int,
) -> str:
    payload = canonical_json(
        [op_id, entity_type, entity_id, field, value, sorted(parents), hlc, author, replica_id, schema_version]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def make_op(
    *,
    entity_type: str,
    entity_id: str,
    field: str,
    value: JsonValue,
    parents: Iterable[str],
    hlc: str,
    author: str,
    replica_id: str,
    schema_version: int,
    op_id: str | None = None,
) -> Op:
    oid = op_id or str(uuid.uuid4())
    encoded = canonical_json(value)
    parent_tuple = tuple(sorted(set(parents)))
    digest = op_hash(
        oid, entity_type, entity_id, field, encoded, parent_tuple, hlc, author, replica_id, schema_version
    )
    return Op(oid, entity_type, entity_id, field, encoded, parent_tuple, hlc, author, replica_id,
              schema_version, digest)


def verify(op: Op) -> bool:
    """True when the op's content matches its recorded hash."""
    return op.op_hash == op_hash(
        op.op_id, op.entity_type, op.entity_id, op.field, op.value, op.parents, op.hlc, op.author,
        op.replica_id, op.schema_version,
    )


def format_hlc(wall_ms: int, counter: int) -> str:
    return f"{wall_ms:013d}.{counter:05d}"


def parse_hlc(hlc: str) -> tuple[int, int]:
    wall, _, counter = hlc.partition(".")
    return int(wall), int(counter)


class HybridClock:
    """Hybrid logical clock: never goes backwards, stays close to wall time, absorbs skewed clocks."""

    def __init__(self, last: str | None = None, wall_ms: Any = None) -> None:
        self._last = parse_hlc(last) if last else (0, 0)
        self._wall = wall_ms or (lambda: int(time.time() * 1000))

    def now(self) -> str:
        wall = int(self._wall())
        last_wall, counter = self._last
        self._last = (wall, 0) if wall > last_wall else (last_wall, counter + 1)
        return format_hlc(*self._last)

    def observe(self, hlc: str) -> None:
        """Advance past a clock value seen in merged operations."""
        seen = parse_hlc(hlc)
        if seen > self._last:
            self._last = seen

    @property
    def last(self) -> str:
        return format_hlc(*self._last)


def hlc_to_epoch_ms(hlc: str) -> int:
    return parse_hlc(hlc)[0]
