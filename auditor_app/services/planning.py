"""Use cases for the audit plan, team meetings and their attendance."""

from __future__ import annotations

from typing import Any

from auditor_app.domain import vocab
from auditor_app.domain.entities import ATTENDEE, MEETING, PLAN_ROW
from auditor_app.errors import InputError
from auditor_app.services.session import Tx, new_id


def _known(fields: dict[str, Any], allowed: tuple[str, ...], what: str) -> None:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise InputError(f"{what}: unknown field(s) {', '.join(sorted(unknown))}")


def add_plan_row(tx: Tx, **fields: Any) -> str:
    _known(fields, PLAN_ROW.field_names, "plan row")
    return tx.create("plan_row", new_id(), fields)


def edit_plan_row(tx: Tx, row_id: str, **fields: Any) -> dict[str, Any]:
    _known(fields, PLAN_ROW.field_names, "plan row")
    return tx.set("plan_row", row_id, fields)


def add_meeting(tx: Tx, kind: str, **fields: Any) -> str:
    try:
        vocab.MeetingKind(kind)
    except ValueError:
        raise InputError(f"unknown meeting kind {kind!r} (opening or closing)") from None
    _known(fields, MEETING.field_names, "meeting")
    return tx.create("meeting", new_id(), {"kind": kind, **fields})


def add_attendee(tx: Tx, meeting_id: str, name: str, **fields: Any) -> str:
    if not name.strip():
        raise InputError("an attendee needs a name")
    _known(fields, ATTENDEE.field_names, "attendee")
    return tx.create("attendee", new_id(), {"meeting_id": meeting_id, "name": name.strip(),
                                           "present": fields.pop("present", True), **fields})
