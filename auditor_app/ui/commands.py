"""Undoable user actions: each runs one service use case through the session, never through widgets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand

from auditor_app.domain.records import Conflict
from auditor_app.errors import AuditorError
from auditor_app.services import audit, notes, resolution
from auditor_app.services.session import AuditSession, ChangeSet, Tx
from auditor_app.ui.i18n import fill, translate
from auditor_app.ui.icons import result_label


@dataclass(frozen=True)
class CommandContext:
    """What a command needs besides its own data: the session, the database thread's `call` (on which alone the
    session may be used), and where to report changes and errors."""

    session: AuditSession
    refresh: Callable[[ChangeSet], None]
    report: Callable[[AuditorError], None]
    call: Callable[..., Any]  # call(fn, *args): fn(*args) on the audit's database thread, the caller waiting


class ServiceCommand(QUndoCommand):
    def __init__(self, context: CommandContext, text: str) -> None:
        super().__init__(text)
        self._context = context
        self.failed: AuditorError | None = None

    def _run(self, fn: Callable[[Tx], Any]) -> bool:
        try:
            # The transaction runs on the database thread; its outcome (or error) comes back here, on the UI thread,
            # where the undo stack and the views live.
            change = self._context.call(self._context.session.run, fn)
        except AuditorError as exc:
            # An obsolete command is dropped by the undo stack, so a step that failed cannot be undone or
            # redone against a state it never produced (e.g. the disk was full).
            self.failed = exc
            self.setObsolete(True)
            self._context.report(exc)
            return False
        self._context.refresh(change)
        return True


class SetClauseResult(ServiceCommand):
    def __init__(self, context: CommandContext, clause_id: str, number: str, result: str,
                 justification: str | None = None) -> None:
        super().__init__(context, fill(translate("commands", "Set %1 to %2"), number, result_label(result)))
        self.clause_id = clause_id
        self.result = result
        self.justification = justification
        self._previous: dict[str, Any] = {}

    def redo(self) -> None:
        def work(tx: Tx) -> None:
            self._previous = audit.set_clause_result(tx, None, self.clause_id, self.result, self.justification)

        self._run(work)

    def undo(self) -> None:
        previous = dict(self._previous)

        def work(tx: Tx) -> None:
            # Undo is a new operation in the audit trail. It restores who/when as well as the result, so an
            # undone first assessment reads "not yet audited" again instead of being stamped by the undoer.
            audit.restore_clause_result(tx, self.clause_id, previous)

        self._run(work)


class AddNote(ServiceCommand):
    """A note on a clause; a new interviewee typed into the note is added to the people met in the same step."""

    def __init__(self, context: CommandContext, clause_id: str, number: str, kind: str, text: str,
                 fields: dict[str, Any] | None = None, new_person: dict[str, str] | None = None) -> None:
        super().__init__(context, fill(translate("commands", "Add note to %1"), number))
        self.clause_id = clause_id
        self.kind = kind
        self.note_text = text
        self.fields = dict(fields or {})
        self.new_person = new_person
        self.added: notes.NoteAdded | None = None

    def redo(self) -> None:
        added = self.added
        if added is None:
            def create(tx: Tx) -> None:
                self.added = notes.add_note_with_person(tx, self.clause_id, self.kind, self.note_text, self.fields,
                                                        self.new_person)

            self._run(create)
        else:
            # Redo brings back the same note (same id, history and links) rather than a copy of it.
            self._run(lambda tx: notes.restore_added_note(tx, added))

    def undo(self) -> None:
        added = self.added
        if added is not None:
            self._run(lambda tx: notes.remove_added_note(tx, added))


class EditNote(ServiceCommand):
    def __init__(self, context: CommandContext, note_id: str, number: str, values: dict[str, Any],
                 previous: dict[str, Any], new_person: dict[str, str] | None = None) -> None:
        super().__init__(context, fill(translate("commands", "Edit note on %1"), number) if number
                         else translate("commands", "Edit note"))
        self.note_id = note_id
        self.values = values
        self.previous = previous
        self.new_person = new_person
        self.person_id: str | None = None

    def redo(self) -> None:
        def edit(tx: Tx) -> None:
            self.person_id = notes.edit_note_with_person(tx, self.note_id, self.values, self.new_person,
                                                         self.person_id)

        self._run(edit)

    def undo(self) -> None:
        self._run(lambda tx: notes.revert_note_edit(tx, self.note_id, self.previous, self.person_id))


class DeleteNote(ServiceCommand):
    def __init__(self, context: CommandContext, note_id: str, number: str) -> None:
        super().__init__(context, fill(translate("commands", "Delete note on %1"), number) if number
                         else translate("commands", "Delete note"))
        self.note_id = note_id

    def redo(self) -> None:
        self._run(lambda tx: notes.delete_note(tx, self.note_id))

    def undo(self) -> None:
        self._run(lambda tx: notes.restore_note(tx, self.note_id))


class ResolveConflict(ServiceCommand):
    """Settle a merge conflict with the chosen value (a version, a combination, keep or delete the item).

    The log is append-only, so undo cannot bring the conflict back: it writes, as an ordinary edit, the
    provisional value the audit showed before the decision (the version with the latest clock).
    """

    _NOT_READ = object()

    def __init__(self, context: CommandContext, conflict: Conflict, value: Any, text: str) -> None:
        super().__init__(context, text)
        self.conflict = conflict
        self.value = value
        self._shown: Any = self._NOT_READ

    def redo(self) -> None:
        if self._shown is not self._NOT_READ:  # redo after undo: the conflict is settled already
            self._run(lambda tx: resolution.write_decision(tx, self.conflict, self.value))
            return

        def resolve(tx: Tx) -> None:
            self._shown = resolution.resolve_conflict(tx, self.conflict, self.value)

        self._run(resolve)

    def undo(self) -> None:
        shown = self._shown
        self._run(lambda tx: resolution.write_decision(tx, self.conflict, shown))
