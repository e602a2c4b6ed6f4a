"""Use cases for preparing and running the audit: the plan, the meetings and their attendance, the grading scheme."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from auditor_app.domain import grading, vocab
from auditor_app.domain.entities import ATTENDEE, MEETING, PLAN_ROW
from auditor_app.errors import InputError
from auditor_app.services.session import AuditSession, Tx, new_id
from auditor_app.storage import cache_reads


def _known(fields: dict[str, Any], allowed: tuple[str, ...], what: str) -> None:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise InputError(f"{what}: unknown field(s) {', '.join(sorted(unknown))}")


# -- the audit plan (timetable) ---------------------------------------------------------------------------
def add_plan_row(tx: Tx, **fields: Any) -> str:
    _known(fields, PLAN_ROW.field_names, "plan row")
    return tx.create("plan_row", new_id(), fields)


def edit_plan_row(tx: Tx, row_id: str, **fields: Any) -> dict[str, Any]:
    _known(fields, PLAN_ROW.field_names, "plan row")
    return tx.set("plan_row", row_id, fields)


def delete_plan_row(tx: Tx, row_id: str) -> None:
    tx.delete("plan_row", row_id)


def restore_plan_row(tx: Tx, row_id: str) -> None:
    tx.restore("plan_row", row_id)


# -- opening and closing meetings -------------------------------------------------------------------------
def _meeting_kind(kind: str) -> str:
    try:
        return vocab.MeetingKind(kind).value
    except ValueError:
        raise InputError(f"unknown meeting kind {kind!r} (opening or closing)") from None


def add_meeting(tx: Tx, kind: str, **fields: Any) -> str:
    kind = _meeting_kind(kind)
    _known(fields, MEETING.field_names, "meeting")
    return tx.create("meeting", new_id(), {"kind": kind, **fields})


def meeting_for(tx: Tx, kind: str) -> str:
    """The audit's opening (or closing) meeting, created on first use: a new audit has none yet."""
    kind = _meeting_kind(kind)
    found = cache_reads.first_meeting(tx.conn, kind)
    if found is not None:
        return found
    # A meeting created earlier in this same use case is not in the cache until it commits.
    for op in tx.ops:
        if op.entity_type == "meeting" and op.field == "kind" and op.decoded == kind:
            return op.entity_id
    return add_meeting(tx, kind)


def edit_meeting(tx: Tx, meeting_id: str, **fields: Any) -> dict[str, Any]:
    _known(fields, MEETING.field_names, "meeting")
    if "kind" in fields:
        raise InputError("a meeting's kind (opening or closing) cannot be changed")
    return tx.set("meeting", meeting_id, fields)


def add_attendee(tx: Tx, meeting_id: str, name: str, **fields: Any) -> str:
    if not name.strip():
        raise InputError("an attendee needs a name")
    _known(fields, ATTENDEE.field_names, "attendee")
    return tx.create("attendee", new_id(), {"meeting_id": meeting_id, "name": name.strip(),
                                           "present": fields.pop("present", True), **fields})


def edit_meeting_of_kind(tx: Tx, kind: str, **fields: Any) -> tuple[str, dict[str, Any]]:
    """Fields of the opening (or closing) meeting, which the first edit creates; returns the meeting's id and
    the values the edit replaced (for undo)."""
    meeting_id = meeting_for(tx, kind)
    return meeting_id, edit_meeting(tx, meeting_id, **fields)


def add_attendees(tx: Tx, kind: str, people: Sequence[tuple[str, str | None, str | None]]) -> list[str]:
    """(name, organisation, role) of each person added to the opening (or closing) meeting's attendance, all in
    one step; the meeting is created if the audit has none yet. Returns the new attendees' ids."""
    meeting_id = meeting_for(tx, kind)
    return [add_attendee(tx, meeting_id, name, organisation=organisation, role=role)
            for name, organisation, role in people]


def edit_attendee(tx: Tx, attendee_id: str, **fields: Any) -> dict[str, Any]:
    _known(fields, ATTENDEE.field_names, "attendee")
    if "meeting_id" in fields:
        raise InputError("an attendee cannot be moved to another meeting; add them there instead")
    if "name" in fields:
        if not (fields["name"] or "").strip():
            raise InputError("an attendee needs a name")
        fields["name"] = fields["name"].strip()
    return tx.set("attendee", attendee_id, fields)


def delete_attendee(tx: Tx, attendee_id: str) -> None:
    tx.delete("attendee", attendee_id)


def restore_attendee(tx: Tx, attendee_id: str) -> None:
    tx.restore("attendee", attendee_id)


# -- the grading scheme -----------------------------------------------------------------------------------
def _outside(rows: list[Any], key: str) -> list[tuple[str, str]]:
    allowed = set(grading.SCHEMES[key].grade_keys())
    return [(str(r.ref or "?"), str(r.grade)) for r in rows if r.grade is not None and r.grade not in allowed]


def _known_scheme(key: str) -> str:
    if key not in grading.SCHEMES:
        raise InputError(f"unknown grading scheme {key!r} ({', '.join(grading.SCHEMES)})")
    return key


def findings_outside_scheme(session: AuditSession, key: str) -> list[tuple[str, str]]:
    """(ref, grade) of every live finding whose grade the scheme `key` does not have."""
    _known_scheme(key)
    with session.reading() as conn:
        rows = cache_reads.finding_grades(conn)
    return _outside(list(rows), key)


def set_grading_scheme(tx: Tx, key: str) -> dict[str, Any]:
    """Choose how findings are graded; refused while findings carry grades the new scheme does not know."""
    _known_scheme(key)
    rows = cache_reads.finding_grades(tx.conn)
    outside = _outside(list(rows), key)
    if outside:
        listed = ", ".join(f"{ref} ({grade})" for ref, grade in outside[:8]) + (" …" if len(outside) > 8 else "")
        raise InputError(f"the grading scheme cannot change to {grading.SCHEMES[key].label}: "
                         f"{len(outside)} finding(s) have grades it does not have: {listed}. "
                         "Regrade or delete them first.")
    return tx.set("audit", tx.session.audit_id, {"grading_scheme": key})
