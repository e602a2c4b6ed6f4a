"""The clause page's own edits as undoable commands: the result, and notes (added, edited, deleted)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor_app.domain.records import NoteRecord
from auditor_app.services import queries
from auditor_app.ui.commands import AddNote, DeleteNote, EditNote, SetClauseResult
from auditor_app.ui.note_dialog import NoteInput

if TYPE_CHECKING:
    from auditor_app.ui.clause_page import ClausePage
    from auditor_app.ui.open_audit import OpenAudit


class ClauseEditing:
    def __init__(self, audit: OpenAudit, page: ClausePage) -> None:
        self.audit = audit
        page.result_requested.connect(self.set_result)
        page.note_requested.connect(lambda clause_id, note: self.add_note(clause_id, note=note))
        page.note_edit_requested.connect(self.edit_note)
        page.note_delete_requested.connect(self.delete_note)

    def _number(self, clause_id: str | None) -> str | None:
        """The clause's number, or None when nothing may be written (no such clause, or read-only)."""
        if not self.audit.is_open or self.audit.read_only or not clause_id:
            return None
        record = self.audit.read(queries.clause, clause_id)
        return (record.number or "") if record is not None else None

    def set_result(self, clause_id: str, result: str, justification: str | None = None) -> None:
        number = self._number(clause_id)
        if number is not None:
            self.audit.push(SetClauseResult(self.audit.command_context(), clause_id, number, result,
                                                        justification))

    def add_note(self, clause_id: str, kind: str = "general", text: str = "", note: NoteInput | None = None) -> None:
        number = self._number(clause_id)
        if number is None:
            return
        note = note or NoteInput(kind, text)
        self.audit.push(AddNote(self.audit.command_context(), clause_id, number, note.kind, note.text,
                                            note.fields, note.new_person))

    def edit_note(self, shown: NoteRecord, note: NoteInput) -> None:
        values: dict[str, object] = {"kind": note.kind, "text": note.text, **note.fields}
        changed = {k: v for k, v in values.items() if getattr(shown, k) != v}
        if note.new_person:
            changed["person_id"] = shown.person_id  # replaced by the new person's id when the command runs
        if not changed or self.audit.read_only or not self.audit.is_open:
            return
        previous = {k: getattr(shown, k) for k in changed}
        number = self._number(shown.clause_id) or ""
        self.audit.push(EditNote(self.audit.command_context(), shown.id, number, changed, previous,
                                             note.new_person))

    def delete_note(self, shown: NoteRecord) -> None:
        if self.audit.read_only or not self.audit.is_open:
            return
        number = self._number(shown.clause_id) or ""
        self.audit.push(DeleteNote(self.audit.command_context(), shown.id, number))
