"""Undoable edits of the audit's details, team, plan and meetings: one command per user action."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtGui import QUndoCommand

from auditor_app.services import details_edits, planning
from auditor_app.services.session import Tx
from auditor_app.ui.commands import CommandContext, ServiceCommand

if TYPE_CHECKING:
    from auditor_app.ui.open_audit import OpenAudit


class EditFields(ServiceCommand):
    """Change some fields of one item; undo writes the values the change replaced (a new operation)."""

    def __init__(self, context: CommandContext, entity_type: str, entity_id: str, new: dict[str, Any],
                 previous: dict[str, Any], text: str) -> None:
        super().__init__(context, text)
        self.entity_type = entity_type
        self.entity_id = entity_id
        self.new = dict(new)
        self.previous = dict(previous)

    def redo(self) -> None:
        def work(tx: Tx) -> None:
            # What the file held is what undo must put back, even if the form showed something older; a field
            # that already had the new value is left alone by undo too.
            self.previous = details_edits.edit_item(tx, self.entity_type, self.entity_id, self.new)

        self._run(work)

    def undo(self) -> None:
        values = {k: v for k, v in self.previous.items() if k in self.new}
        self._run(lambda tx: details_edits.edit_item(tx, self.entity_type, self.entity_id, values))


class EditMeeting(EditFields):
    """A field of the opening or closing meeting; the first edit creates the meeting (a new audit has none)."""

    def __init__(self, context: CommandContext, kind: str, new: dict[str, Any], previous: dict[str, Any],
                 text: str) -> None:
        super().__init__(context, "meeting", "", new, previous, text)
        self.kind = kind

    def redo(self) -> None:
        def work(tx: Tx) -> None:
            self.entity_id, self.previous = planning.edit_meeting_of_kind(tx, self.kind, **self.new)

        self._run(work)


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
        self._run(lambda tx: details_edits.restore_items(tx, self.entity_type, ids))

    def undo(self) -> None:
        ids = self.ids or []
        self._run(lambda tx: details_edits.remove_items(tx, self.entity_type, ids))


class RemoveItems(ServiceCommand):
    """Delete items (tombstones: history is kept); undo restores them."""

    def __init__(self, context: CommandContext, entity_type: str, ids: list[str], text: str) -> None:
        super().__init__(context, text)
        self.entity_type = entity_type
        self.ids = list(ids)

    def redo(self) -> None:
        self._run(lambda tx: details_edits.remove_items(tx, self.entity_type, self.ids))

    def undo(self) -> None:
        self._run(lambda tx: details_edits.restore_items(tx, self.entity_type, self.ids))


class Host(Protocol):
    """What the page's sections need from the feature: the open audit's owner, and a way to push an edit."""

    @property
    def audit(self) -> OpenAudit: ...

    def push(self, make: Callable[[CommandContext], QUndoCommand]) -> QUndoCommand | None:
        """Build the command on the current context and push it; None if nothing can be edited now."""
        ...
