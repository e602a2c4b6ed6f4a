"""Undoable cycle edits: a verification, a citation, a follow-up finding, Stage 1's readiness and concerns."""

from __future__ import annotations

from typing import Any

from auditor_app.services import cycle_steps, verification
from auditor_app.services.session import Tx
from auditor_app.ui.commands import CommandContext, ServiceCommand
from auditor_app.ui.i18n import fill, translate


class RecordVerification(ServiceCommand):
    """Outcome, evidence, verifier and date of one carried item, as one step."""

    def __init__(self, context: CommandContext, carried_id: str, ref: str, values: dict[str, Any]) -> None:
        super().__init__(context, fill(translate("CycleCommands", "Verify %1"), ref))
        self.carried_id = carried_id
        self.values = dict(values)
        self._previous: dict[str, Any] | None = None

    def redo(self) -> None:
        def work(tx: Tx) -> None:
            before = cycle_steps.verify(tx, self.carried_id, self.values)
            if self._previous is None:  # a redo after undo must not take the undone value as "before"
                self._previous = before

        self._run(work)

    def undo(self) -> None:
        previous = dict(self._previous or {})
        self._run(lambda tx: cycle_steps.unverify(tx, self.carried_id, previous))


class Cite(ServiceCommand):
    """Cite (or, with `cited` False, stop citing) a note or an evidence file for an item's verification."""

    def __init__(self, context: CommandContext, carried_id: str, ref: str, kind: str, target_id: str,
                 cited: bool) -> None:
        text = translate("CycleCommands", "Cite for %1") if cited else translate("CycleCommands", "Stop citing for %1")
        super().__init__(context, fill(text, ref))
        self.carried_id, self.kind, self.target_id, self.cited = carried_id, kind, target_id, cited

    def _set(self, cited: bool) -> None:
        if cited:
            self._run(lambda tx: verification.cite(tx, self.carried_id, self.kind, self.target_id))
        else:
            self._run(lambda tx: verification.uncite(tx, self.carried_id, self.kind, self.target_id))

    def redo(self) -> None:
        self._set(self.cited)

    def undo(self) -> None:
        self._set(not self.cited)


class RaiseFollowUp(ServiceCommand):
    """"Not effective" and the new finding that follows it up, as one step: undo removes both."""

    def __init__(self, context: CommandContext, carried_id: str, ref: str, fields: dict[str, Any],
                 verified: dict[str, Any] | None = None) -> None:
        """`fields`: raise_follow_up's (grade, statement, …); `verified`: record_verification's, written first."""
        super().__init__(context, fill(translate("CycleCommands", "Follow-up finding for %1"), ref))
        self.carried_id = carried_id
        self.fields = dict(fields)
        self.verified = dict(verified or {})
        self.raised: cycle_steps.FollowUp | None = None

    def redo(self) -> None:
        raised = self.raised
        if raised is not None:
            # Redo brings back the same finding (id, reference number, history) and the verification it made.
            self._run(lambda tx: cycle_steps.reinstate_follow_up(tx, raised))
            return

        def work(tx: Tx) -> None:
            self.raised = cycle_steps.follow_up(tx, self.carried_id, self.fields, self.verified)

        self._run(work)

    def undo(self) -> None:
        raised = self.raised
        if raised is not None:
            self._run(lambda tx: cycle_steps.withdraw_follow_up(tx, raised))


class SetReadiness(ServiceCommand):
    def __init__(self, context: CommandContext, readiness: str | None, comment: str | None) -> None:
        super().__init__(context, translate("CycleCommands", "Set readiness for Stage 2"))
        self.values = (readiness, comment)
        self._previous: cycle_steps.Readiness | None = None

    def redo(self) -> None:
        def work(tx: Tx) -> None:
            before = cycle_steps.conclude_readiness(tx, *self.values)
            if self._previous is None:
                self._previous = before

        self._run(work)

    def undo(self) -> None:
        previous = self._previous or (None, None)
        self._run(lambda tx: cycle_steps.restore_readiness(tx, previous))


class AddConcern(ServiceCommand):
    def __init__(self, context: CommandContext, values: dict[str, Any]) -> None:
        super().__init__(context, translate("CycleCommands", "Add area of concern"))
        self.values = dict(values)
        self.concern_id: str | None = None

    def redo(self) -> None:
        concern_id = self.concern_id
        if concern_id is not None:
            self._run(lambda tx: verification.restore_concern(tx, concern_id))
            return

        def work(tx: Tx) -> None:
            self.concern_id = verification.add_concern(tx, **self.values)

        self._run(work)

    def undo(self) -> None:
        concern_id = self.concern_id
        if concern_id is not None:
            self._run(lambda tx: verification.delete_concern(tx, concern_id))


class EditConcern(ServiceCommand):
    def __init__(self, context: CommandContext, concern_id: str, values: dict[str, Any]) -> None:
        super().__init__(context, translate("CycleCommands", "Edit area of concern"))
        self.concern_id = concern_id
        self.values = dict(values)
        self._previous: dict[str, Any] | None = None

    def redo(self) -> None:
        def work(tx: Tx) -> None:
            before = cycle_steps.revise_concern(tx, self.concern_id, self.values)
            if self._previous is None:
                self._previous = before

        self._run(work)

    def undo(self) -> None:
        previous = dict(self._previous or {})
        self._run(lambda tx: cycle_steps.restore_concern_fields(tx, self.concern_id, previous))


class DeleteConcern(ServiceCommand):
    def __init__(self, context: CommandContext, concern_id: str) -> None:
        super().__init__(context, translate("CycleCommands", "Delete area of concern"))
        self.concern_id = concern_id

    def redo(self) -> None:
        self._run(lambda tx: verification.delete_concern(tx, self.concern_id))

    def undo(self) -> None:
        self._run(lambda tx: verification.restore_concern(tx, self.concern_id))
