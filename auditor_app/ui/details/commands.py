"""Undoable edits of the audit's details, team, plan and meetings: one command per user action."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtGui import QUndoCommand

from auditor_app.services import audit, audit_time, planning, team_members
from auditor_app.services.session import Tx
from auditor_app.ui.commands import CommandContext, ServiceCommand

if TYPE_CHECKING:
    from auditor_app.ui.open_audit import OpenAudit


def _edit_audit(tx: Tx, _entity_id: str, values: dict[str, Any]) -> dict[str, Any]:
    if "grading_scheme" in values:  # the scheme goes through its own use case: it checks the findings' grades
        rest = {k: v for k, v in values.items() if k != "grading_scheme"}
        return {**planning.set_grading_scheme(tx, values["grading_scheme"]), **_edit_audit(tx, _entity_id, rest)}
    if "planned_auditor_days" in values:  # decimal text, "4,5" stored as "4.5": through its own use case
        rest = {k: v for k, v in values.items() if k != "planned_auditor_days"}
        return {**audit_time.set_planned_days(tx, values["planned_auditor_days"]), **audit.update_details(tx, rest)}
    return audit.update_details(tx, values)


# entity type -> (edit, delete, restore): the service use cases each command runs.
EDIT: dict[str, Callable[[Tx, str, dict[str, Any]], dict[str, Any]]] = {
    "audit": _edit_audit,
    "team_member": lambda tx, i, v: team_members.edit_team_member(tx, i, **v),
    "plan_row": lambda tx, i, v: planning.edit_plan_row(tx, i, **v),
    "meeting": lambda tx, i, v: planning.edit_meeting(tx, i, **v),
    "attendee": lambda tx, i, v: planning.edit_attendee(tx, i, **v),
    "time_record": lambda tx, i, v: audit_time.edit_time_record(tx, i, **v),
}
DELETE: dict[str, tuple[Callable[[Tx, str], None], Callable[[Tx, str], None]]] = {
    "team_member": (team_members.delete_team_member, team_members.restore_team_member),
    "plan_row": (planning.delete_plan_row, planning.restore_plan_row),
    "attendee": (planning.delete_attendee, planning.restore_attendee),
    "time_record": (audit_time.delete_time_record, audit_time.restore_time_record),
}


class EditFields(ServiceCommand):
    """Change some fields of one item; undo writes the values the change replaced (a new operation)."""

    def __init__(self, context: CommandContext, entity_type: str, entity_id: str, new: dict[str, Any],
                 previous: dict[str, Any], text: str) -> None:
        super().__init__(context, text)
        self.entity_type = entity_type
        self.entity_id = entity_id
        self.new = dict(new)
        self.previous = dict(previous)

    def target(self, tx: Tx) -> str:
        return self.entity_id

    def redo(self) -> None:
        def work(tx: Tx) -> None:
            # What the file held is what undo must put back, even if the form showed something older; a field
            # that already had the new value is left alone by undo too.
            self.previous = EDIT[self.entity_type](tx, self.target(tx), dict(self.new))

        self._run(work)

    def undo(self) -> None:
        values = {k: v for k, v in self.previous.items() if k in self.new}
        self._run(lambda tx: EDIT[self.entity_type](tx, self.target(tx), values))


class EditMeeting(EditFields):
    """A field of the opening or closing meeting; the first edit creates the meeting (a new audit has none)."""

    def __init__(self, context: CommandContext, kind: str, new: dict[str, Any], previous: dict[str, Any],
                 text: str) -> None:
        super().__init__(context, "meeting", "", new, previous, text)
        self.kind = kind

    def target(self, tx: Tx) -> str:
        if not self.entity_id:
            self.entity_id = planning.meeting_for(tx, self.kind)
        return self.entity_id


class AddItems(ServiceCommand):
    """Create one or more items; undo deletes them, redo brings back the same items (same ids and history)."""

    def __init__(self, context: CommandContext, entity_type: str, create: Callable[[Tx], list[str]],
                 text: str) -> None:
        super().__init__(context, text)
        self.entity_type = entity_type
        self._create = create
        self.ids: list[str] | None = None

    def redo(self) -> None:
        ids = self.ids
        if ids is None:
            def create(tx: Tx) -> None:
                self.ids = self._create(tx)

            self._run(create)
            return
        restore = DELETE[self.entity_type][1]
        self._run(lambda tx: [restore(tx, i) for i in ids])

    def undo(self) -> None:
        ids = self.ids or []
        delete = DELETE[self.entity_type][0]
        self._run(lambda tx: [delete(tx, i) for i in ids])


class RemoveItems(ServiceCommand):
    """Delete items (tombstones: history is kept); undo restores them."""

    def __init__(self, context: CommandContext, entity_type: str, ids: list[str], text: str) -> None:
        super().__init__(context, text)
        self.entity_type = entity_type
        self.ids = list(ids)

    def redo(self) -> None:
        delete = DELETE[self.entity_type][0]
        self._run(lambda tx: [delete(tx, i) for i in self.ids])

    def undo(self) -> None:
        restore = DELETE[self.entity_type][1]
        self._run(lambda tx: [restore(tx, i) for i in self.ids])


class Host(Protocol):
    """What the page's sections need from the feature: the open audit's owner, and a way to push an edit."""

    @property
    def audit(self) -> OpenAudit: ...

    def push(self, make: Callable[[CommandContext], QUndoCommand]) -> QUndoCommand | None:
        """Build the command on the current context and push it; None if nothing can be edited now."""
        ...
