"""Settling a merge conflict with the lead's choice, and putting back what the audit showed before (undo)."""

from __future__ import annotations

from typing import Any

from auditor_app.domain.ops import EXISTS
from auditor_app.domain.records import Conflict
from auditor_app.services.session import Tx


def resolve_conflict(tx: Tx, conflict: Conflict, value: Any) -> Any:
    """One operation citing every head of the field, so the conflict clears in every copy it reaches.

    Returns the value the audit showed before (the provisional winner, or whether the item existed), which is
    what an undo writes back: the log is append-only, so the conflict itself cannot come back.
    """
    state = tx.state(conflict.entity_type, conflict.entity_id)
    shown = state.exists if conflict.field == EXISTS else state.value(conflict.field)
    tx.resolve(conflict.entity_type, conflict.entity_id, conflict.field, value)
    return shown


def write_decision(tx: Tx, conflict: Conflict, value: Any) -> None:
    """The conflicted field (or the item's existence) set to `value` as an ordinary edit: undo and redo of a
    resolution, once the conflict is settled."""
    if conflict.field != EXISTS:
        tx.set(conflict.entity_type, conflict.entity_id, {conflict.field: value})
        return
    exists = tx.state(conflict.entity_type, conflict.entity_id).exists
    if value and not exists:
        tx.restore(conflict.entity_type, conflict.entity_id)
    elif not value and exists:
        tx.delete(conflict.entity_type, conflict.entity_id)
