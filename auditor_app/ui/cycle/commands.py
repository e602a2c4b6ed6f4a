"""Undoable cycle edits: a verification, a citation, a follow-up finding, Stage 1's readiness and concerns."""

from __future__ import annotations

from typing import Any

from auditor_app.domain import vocab
from auditor_app.services import findings, verification
from auditor_app.services.session import Tx
from auditor_app.ui.commands import CommandContext, ServiceCommand
from auditor_app.ui.i18n import translate

# The verification fields an undo puts back (verification.restore_carried accepts exactly these).
VERIFICATION_FIELDS = ("verification", "verification_evidence", "verified_by", "verified_on", "follow_up_id")


def _stored(tx: Tx, carried_id: str) -> dict[str, Any]:
    state = tx.state("carried", carried_id)
    return {name: state.value(name) for name in VERIFICATION_FIELDS}


class RecordVerification(ServiceCommand):
    """Outcome, evidence, verifier and date of one carried item, as one step."""

    def __init__(self, context: CommandContext, carried_id: str, ref: str, values: dict[str, Any]) -> None:
        super().__init__(context, translate("CycleCommands", "Verify %s") % ref)
        self.carried_id = carried_id
        self.values = dict(values)
        self._previous: dict[str, Any] | None = None

    def redo(self) -> None:
        def work(tx: Tx) -> None:
            if self._previous is None:
                self._previous = _stored(tx, self.carried_id)
            values = dict(self.values)
            outcome = values.get("outcome")
            if outcome is None:  # back to "not verified": nobody verified it, on no day
                verification.record_verification(tx, self.carried_id, outcome=None,
                                                 evidence_text=values.get("evidence_text"))
                tx.set("carried", self.carried_id, {"verified_by": None, "verified_on": None})
            elif vocab.is_known(vocab.VERIFICATION_LABELS, outcome):
                verification.record_verification(tx, self.carried_id, **values)
            else:  # a newer version's outcome, left as it is: only the other fields change
                tx.set("carried", self.carried_id, {
                    "verification": outcome, "verification_evidence": values.get("evidence_text"),
                    "verified_by": values.get("verified_by"), "verified_on": values.get("verified_on")})

        self._run(work)

    def undo(self) -> None:
        previous = dict(self._previous or {})
        previous.pop("follow_up_id", None)  # a verification never changes it
        self._run(lambda tx: verification.restore_carried(tx, self.carried_id, previous))


class Cite(ServiceCommand):
    """Cite (or, with `cited` False, stop citing) a note or an evidence file for an item's verification."""

    def __init__(self, context: CommandContext, carried_id: str, ref: str, kind: str, target_id: str,
                 cited: bool) -> None:
        text = translate("CycleCommands", "Cite for %s") if cited else translate("CycleCommands", "Stop citing for %s")
        super().__init__(context, text % ref)
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
        super().__init__(context, translate("CycleCommands", "Follow-up finding for %s") % ref)
        self.carried_id = carried_id
        self.fields = dict(fields)
        self.verified = dict(verified or {})
        self.finding_id: str | None = None
        self._previous: dict[str, Any] | None = None
        self._after: dict[str, Any] = {}

    def redo(self) -> None:
        finding_id = self.finding_id
        if finding_id is not None:
            # Redo brings back the same finding (id, reference number, history) and the verification it made.
            def again(tx: Tx) -> None:
                findings.restore_finding(tx, finding_id)
                verification.restore_carried(tx, self.carried_id, self._after)

            self._run(again)
            return

        def work(tx: Tx) -> None:
            self._previous = _stored(tx, self.carried_id)
            if self.verified:  # what the form shows is what the follow-up rests on
                verification.record_verification(tx, self.carried_id, **self.verified)
            self.finding_id = verification.raise_follow_up(tx, self.carried_id, **self.fields)
            self._after = _stored(tx, self.carried_id)

        self._run(work)

    def undo(self) -> None:
        finding_id, previous = self.finding_id, dict(self._previous or {})
        if finding_id is None:
            return

        def work(tx: Tx) -> None:
            findings.delete_finding(tx, finding_id)
            verification.restore_carried(tx, self.carried_id, previous)

        self._run(work)


class SetReadiness(ServiceCommand):
    def __init__(self, context: CommandContext, readiness: str | None, comment: str | None) -> None:
        super().__init__(context, translate("CycleCommands", "Set readiness for Stage 2"))
        self.values = (readiness, comment)
        self._previous: tuple[Any, Any] | None = None

    def redo(self) -> None:
        def work(tx: Tx) -> None:
            if self._previous is None:
                state = tx.state("audit", tx.session.audit_id)
                # A value this version does not know is put back as it was, never validated away.
                self._previous = (state.value("stage2_readiness"), state.value("stage2_readiness_comment"))
            readiness, comment = self.values
            if readiness is None or vocab.is_known(vocab.READINESS_LABELS, readiness):
                verification.set_readiness(tx, readiness, comment)
            else:  # a newer version's conclusion, left as it is: only the reasons change
                tx.set("audit", tx.session.audit_id, {"stage2_readiness": readiness,
                                                      "stage2_readiness_comment": comment})

        self._run(work)

    def undo(self) -> None:
        readiness, comment = self._previous or (None, None)
        self._run(lambda tx: tx.set("audit", tx.session.audit_id, {"stage2_readiness": readiness,
                                                                   "stage2_readiness_comment": comment}))


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
            if self._previous is None:
                state = tx.state("concern", self.concern_id)
                self._previous = {name: state.value(name) for name in self.values}
            verification.edit_concern(tx, self.concern_id, **self.values)

        self._run(work)

    def undo(self) -> None:
        previous = dict(self._previous or {})
        self._run(lambda tx: tx.set("concern", self.concern_id, previous))


class DeleteConcern(ServiceCommand):
    def __init__(self, context: CommandContext, concern_id: str) -> None:
        super().__init__(context, translate("CycleCommands", "Delete area of concern"))
        self.concern_id = concern_id

    def redo(self) -> None:
        self._run(lambda tx: verification.delete_concern(tx, self.concern_id))

    def undo(self) -> None:
        self._run(lambda tx: verification.restore_concern(tx, self.concern_id))
