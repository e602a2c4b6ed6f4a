"""Undoable finding edits: create, edit (fields and references), delete — each one service use case."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from auditor_app.services import findings
from auditor_app.services.session import Tx
from auditor_app.ui.commands import CommandContext, ServiceCommand
from auditor_app.ui.i18n import translate

REFERENCE_FIELDS = ("clause_ids", "evidence_ids", "note_ids")



@dataclass(frozen=True)
class FindingDraft:
    """What the composer hands over: the finding's fields and what it cites."""

    fields: dict[str, Any]
    clause_ids: tuple[str, ...] = ()
    evidence_ids: tuple[str, ...] = ()
    note_ids: tuple[str, ...] = ()
    references: dict[str, tuple[str, ...]] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "references", {"clause_ids": self.clause_ids, "evidence_ids": self.evidence_ids,
                                                "note_ids": self.note_ids})


class CreateFinding(ServiceCommand):
    def __init__(self, context: CommandContext, draft: FindingDraft, where: str = "") -> None:
        super().__init__(
            context,
            translate("FindingCommands", "Add finding on %s") % where
            if where
            else translate("FindingCommands", "Add finding"),
        )
        self.draft = draft
        self.finding_id: str | None = None

    def redo(self) -> None:
        finding_id = self.finding_id
        if finding_id is not None:
            # Redo brings back the same finding (id, reference number, history, links), not a copy of it.
            self._run(lambda tx: findings.restore_finding(tx, finding_id))
            return

        def create(tx: Tx) -> None:
            draft = self.draft
            fields = {k: v for k, v in draft.fields.items() if v is not None}  # unset: nothing to record
            self.finding_id = findings.create_finding(
                tx,
                clause_ids=list(draft.clause_ids),
                evidence_ids=list(draft.evidence_ids),
                note_ids=list(draft.note_ids),
                **fields,
            )
            self.setText(
                translate("FindingCommands", "Add finding %s") % tx.state("finding", self.finding_id).value("ref", "")
            )

        self._run(create)

    def undo(self) -> None:
        finding_id = self.finding_id
        if finding_id is not None:
            self._run(lambda tx: findings.delete_finding(tx, finding_id))


class EditFinding(ServiceCommand):
    """Changed fields, plus the references when given: undo writes the previous values as new operations."""

    def __init__(
        self,
        context: CommandContext,
        finding_id: str,
        ref: str,
        values: Mapping[str, Any],
        references: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        super().__init__(context, translate("FindingCommands", "Edit finding %s") % ref)
        self.finding_id = finding_id
        self.values = dict(values)
        self.references = {k: list(v) for k, v in (references or {}).items() if k in REFERENCE_FIELDS}
        self._previous: dict[str, Any] | None = None
        self._links = findings.ReferenceChange()

    def redo(self) -> None:
        first = self._previous is None

        def work(tx: Tx) -> None:
            previous = findings.edit_finding(tx, self.finding_id, **self.values)
            if first:
                self._previous = previous
                self._links = findings.set_references(tx, self.finding_id, **self.references)
                findings.check_grade(tx, self.finding_id)  # an N19 grade must still follow from the clauses
            else:
                findings.reapply_references(tx, self._links)

        self._run(work)

    def undo(self) -> None:
        previous = dict(self._previous or {})

        def work(tx: Tx) -> None:
            findings.put_back(tx, self.finding_id, **previous)
            findings.revert_references(tx, self._links)

        self._run(work)


class DeleteFinding(ServiceCommand):
    def __init__(self, context: CommandContext, finding_id: str, ref: str) -> None:
        super().__init__(context, translate("FindingCommands", "Delete finding %s") % ref)
        self.finding_id = finding_id

    def redo(self) -> None:
        self._run(lambda tx: findings.delete_finding(tx, self.finding_id))

    def undo(self) -> None:
        # The finding comes back with the clause, note and photo references its deletion removed.
        self._run(lambda tx: findings.restore_finding(tx, self.finding_id))
