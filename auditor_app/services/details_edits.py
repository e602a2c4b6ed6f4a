"""The Audit page's edits (details, team, plan, meetings, attendance, audit time) routed to their use cases."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from auditor_app.errors import InputError
from auditor_app.services import audit, audit_time, planning, signoffs, team_members
from auditor_app.services.session import Tx


def edit_audit(tx: Tx, values: Mapping[str, Any]) -> dict[str, Any]:
    """The audit's details; returns the values replaced (for undo). The grading scheme goes through its own use
    case (it checks the findings' grades), and so do planned auditor days (decimal text: "4,5" stored as "4.5")."""
    rest = dict(values)
    previous: dict[str, Any] = {}
    if "grading_scheme" in rest:
        previous.update(planning.set_grading_scheme(tx, rest.pop("grading_scheme")))
    if "planned_auditor_days" in rest:
        previous.update(audit_time.set_planned_days(tx, rest.pop("planned_auditor_days")))
    previous.update(audit.update_details(tx, rest))
    return previous


_EDIT: dict[str, Callable[[Tx, str, dict[str, Any]], dict[str, Any]]] = {
    "audit": lambda tx, _i, v: edit_audit(tx, v),
    "team_member": lambda tx, i, v: team_members.edit_team_member(tx, i, **v),
    "plan_row": lambda tx, i, v: planning.edit_plan_row(tx, i, **v),
    "meeting": lambda tx, i, v: planning.edit_meeting(tx, i, **v),
    "attendee": lambda tx, i, v: planning.edit_attendee(tx, i, **v),
    "time_record": lambda tx, i, v: audit_time.edit_time_record(tx, i, **v),
}
# entity type -> (delete, restore)
_REMOVE: dict[str, tuple[Callable[[Tx, str], None], Callable[[Tx, str], None]]] = {
    "team_member": (team_members.delete_team_member, team_members.restore_team_member),
    "plan_row": (planning.delete_plan_row, planning.restore_plan_row),
    "attendee": (planning.delete_attendee, planning.restore_attendee),
    "time_record": (audit_time.delete_time_record, audit_time.restore_time_record),
    "signoff": (signoffs.withdraw, signoffs.restore),
}


def _kind(table: Mapping[str, Any], entity_type: str, what: str) -> Any:
    if entity_type not in table:
        raise InputError(f"{entity_type.replace('_', ' ')}: cannot be {what} on the Audit page")
    return table[entity_type]


def edit_item(tx: Tx, entity_type: str, entity_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Change some fields of one item (the audit, a team member, a plan row, …); returns the values replaced."""
    edit: Callable[[Tx, str, dict[str, Any]], dict[str, Any]] = _kind(_EDIT, entity_type, "edited")
    return edit(tx, entity_id, dict(values))


def remove_items(tx: Tx, entity_type: str, ids: list[str]) -> None:
    """Delete items (tombstones: history kept), all or none."""
    delete = _kind(_REMOVE, entity_type, "removed")[0]
    for entity_id in ids:
        delete(tx, entity_id)


def restore_items(tx: Tx, entity_type: str, ids: list[str]) -> None:
    """Undo of `remove_items` (or of adding them): the same items come back, with their history."""
    restore = _kind(_REMOVE, entity_type, "restored")[1]
    for entity_id in ids:
        restore(tx, entity_id)
