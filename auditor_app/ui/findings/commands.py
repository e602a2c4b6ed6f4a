"""Undoable finding edits: create, edit (fields and references), delete — each one service use case."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from auditor_app.services import finding_edits, findings
from auditor_app.services.finding_edits import REFERENCE_FIELDS
from auditor_app.services.session import Tx
from auditor_app.ui.commands import CommandContext, ServiceCommand
from auditor_app.ui.i18n import fill, translate

__all__ = ["REFERENCE_FIELDS", "CreateFinding", "DeleteFinding", "EditFinding", "FindingDraft"]


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
            fill(translate("FindingCommands", "Add finding on %1"), where)
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
            created = finding_edits.create_from_draft(tx, draft.fields, clause_ids=draft.clause_ids,
                                                      evidence_ids=draft.evidence_ids, note_ids=draft.note_ids)
            self.finding_id = created.finding_id
            self.setText(fill(translate("FindingCommands", "Add finding %1"), created.ref))

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
        super().__init__(context, fill(translate("FindingCommands", "Edit finding %1"), ref))
        self.finding_id = finding_id
        self.values = dict(values)
        self.references = {k: list(v) for k, v in (references or {}).items() if k in REFERENCE_FIELDS}
        self._revision: finding_edits.Revision | None = None

    def redo(self) -> None:
        revision = self._revision
        if revision is not None:  # after an undo: the same values on the same link entities
            self._run(lambda tx: finding_edits.redo_revision(tx, self.finding_id, self.values, revision))
            return

        def work(tx: Tx) -> None:
            self._revision = finding_edits.revise(tx, self.finding_id, self.values, self.references)

        self._run(work)

    def undo(self) -> None:
        revision = self._revision
        if revision is not None:
            self._run(lambda tx: finding_edits.undo_revision(tx, self.finding_id, revision))


class DeleteFinding(ServiceCommand):
    def __init__(self, context: CommandContext, finding_id: str, ref: str) -> None:
        super().__init__(context, fill(translate("FindingCommands", "Delete finding %1"), ref))
        self.finding_id = finding_id

    def redo(self) -> None:
        self._run(lambda tx: findings.delete_finding(tx, self.finding_id))

    def undo(self) -> None:
        # The finding comes back with the clause, note and photo references its deletion removed.
        self._run(lambda tx: findings.restore_finding(tx, self.finding_id))
