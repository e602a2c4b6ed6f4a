"""Deriving an entity's current state from its operations: heads, provisional winners, conflicts."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from auditor_app.domain.entities import ENTITIES
from auditor_app.domain.ops import EXISTS, Op, hlc_to_epoch_ms

IMPLICIT_ENTITIES = frozenset({"audit", "clause"})  # exist without a creation operation
_AUTO_MERGED = {name: frozenset(f.name for f in spec.fields if f.auto_merge) for name, spec in ENTITIES.items()}


@dataclass(frozen=True, slots=True)
class FieldState:
    field: str
    heads: tuple[Op, ...]
    winner: Op

    @property
    def value(self) -> Any:
        return json.loads(self.winner.value)

    @property
    def conflicted(self) -> bool:
        # Heads that agree on the value are not a conflict (two auditors set the same result).
        return len({h.value for h in self.heads}) > 1


@dataclass(slots=True)
class EntityState:
    entity_type: str
    entity_id: str
    fields: dict[str, FieldState] = field(default_factory=dict)
    exists: bool = False
    delete_conflict: tuple[Op, ...] = ()  # edits made concurrently with the deletion
    created: Op | None = None
    updated: Op | None = None

    def value(self, name: str, default: Any = None) -> Any:
        state = self.fields.get(name)
        return state.value if state is not None else default

    @property
    def conflicts(self) -> list[FieldState]:
        if not self.exists and not self.delete_conflict:
            return []  # everyone who edited it also deleted it: nothing left to decide
        auto = _AUTO_MERGED.get(self.entity_type, frozenset())
        return [s for s in self.fields.values() if s.conflicted and s.field not in auto]


def heads_of(ops: Iterable[Op]) -> tuple[Op, ...]:
    """The ops on one (entity, field) that no other op on it supersedes."""
    ops = list(ops)
    cited = {parent for op in ops for parent in op.parents}
    return tuple(sorted((op for op in ops if op.op_id not in cited), key=Op.order_key))


def derive(entity_type: str, entity_id: str, ops: Sequence[Op]) -> EntityState:
    state = EntityState(entity_type, entity_id)
    by_field: dict[str, list[Op]] = defaultdict(list)
    for op in ops:
        by_field[op.field].append(op)
    for name, field_ops in by_field.items():
        heads = heads_of(field_ops)
        state.fields[name] = FieldState(name, heads, max(heads, key=Op.order_key))
    exists = state.fields.get(EXISTS)
    if exists is None:
        state.exists = entity_type in IMPLICIT_ENTITIES
    else:
        state.exists = bool(exists.value)
        deletes = [h for h in exists.heads if h.value == "false"]
        if not state.exists and deletes:
            seen = {p for d in deletes for p in d.parents}
            state.delete_conflict = tuple(
                h for name, fs in state.fields.items() if name != EXISTS for h in fs.heads if h.op_id not in seen
            )
    if ops:
        creations = [o for o in ops if o.field == EXISTS and o.value == "true"] or list(ops)
        state.created = min(creations, key=Op.order_key)
        state.updated = max(ops, key=Op.order_key)
    return state


def hlc_iso(hlc: str) -> str:
    """Wall-clock part of a hybrid clock value as UTC ISO 8601 text."""
    moment = datetime.fromtimestamp(hlc_to_epoch_ms(hlc) / 1000, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
