"""The cycle pages' edits as undoable steps: a verification as the form shows it, a follow-up finding with the
verification it rests on, Stage 1's readiness and its areas of concern — each with what its undo puts back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from auditor_app.domain import vocab
from auditor_app.errors import NotFound
from auditor_app.services import findings, verification
from auditor_app.services.session import Tx

# The verification fields an undo puts back (verification.restore_carried accepts exactly these).
VERIFICATION_FIELDS = ("verification", "verification_evidence", "verified_by", "verified_on", "follow_up_id")


def verification_of(tx: Tx, carried_id: str) -> dict[str, Any]:
    """An item's stored verification fields, as undo needs them."""
    state = tx.state("carried", carried_id)
    if not state.exists:
        raise NotFound(f"no item {carried_id} taken over from a previous audit")
    return {name: state.value(name) for name in VERIFICATION_FIELDS}


def verify(tx: Tx, carried_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Outcome, evidence, verifier and date of one carried item, as the form shows them; returns what the
    item held before (for undo).

    No outcome means "not verified": nobody verified it, on no day. An outcome this version does not know (a
    newer version's) is left as it is, unchecked, and only the other fields change.
    """
    before = verification_of(tx, carried_id)
    fields = dict(values)
    outcome = fields.get("outcome")
    if outcome is None:
        verification.record_verification(tx, carried_id, outcome=None, evidence_text=fields.get("evidence_text"))
        tx.set("carried", carried_id, {"verified_by": None, "verified_on": None})
    elif vocab.is_known(vocab.VERIFICATION_LABELS, outcome):
        verification.record_verification(tx, carried_id, **fields)
    else:
        tx.set("carried", carried_id, {
            "verification": outcome, "verification_evidence": fields.get("evidence_text"),
            "verified_by": fields.get("verified_by"), "verified_on": fields.get("verified_on")})
    return before


def unverify(tx: Tx, carried_id: str, before: Mapping[str, Any]) -> None:
    """Undo of `verify`: the verification fields as they were (a verification never changes the follow-up)."""
    verification.restore_carried(tx, carried_id, {k: v for k, v in before.items() if k != "follow_up_id"})


@dataclass(frozen=True)
class FollowUp:
    """A follow-up raised for a carried item: the new finding, and the item's verification before and after."""

    carried_id: str
    finding_id: str
    before: Mapping[str, Any]
    after: Mapping[str, Any]


def follow_up(tx: Tx, carried_id: str, fields: Mapping[str, Any],
              verified: Mapping[str, Any] | None = None) -> FollowUp:
    """"Not effective" and the new finding that follows it up, as one step. `verified` (record_verification's
    values, as the form shows them) is written first, since the follow-up rests on it; `fields` are
    raise_follow_up's (grade, statement, …)."""
    before = verification_of(tx, carried_id)
    if verified:
        verification.record_verification(tx, carried_id, **verified)
    finding_id = verification.raise_follow_up(tx, carried_id, **fields)
    return FollowUp(carried_id, finding_id, before, verification_of(tx, carried_id))


def withdraw_follow_up(tx: Tx, raised: FollowUp) -> None:
    """Undo of `follow_up`: the finding is deleted (history kept) and the item's verification is as it was."""
    findings.delete_finding(tx, raised.finding_id)
    verification.restore_carried(tx, raised.carried_id, dict(raised.before))


def reinstate_follow_up(tx: Tx, raised: FollowUp) -> None:
    """Redo of `follow_up`: the same finding (id, reference number, history) and the verification it made."""
    findings.restore_finding(tx, raised.finding_id)
    verification.restore_carried(tx, raised.carried_id, dict(raised.after))


Readiness = tuple[Any, Any]


def conclude_readiness(tx: Tx, readiness: str | None, comment: str | None) -> Readiness:
    """Stage 1's conclusion and its reasons; returns the ones stored before (for undo). A conclusion this
    version does not know (a newer version's) is kept as it is, never validated away: only the reasons change."""
    state = tx.state("audit", tx.session.audit_id)
    before = (state.value("stage2_readiness"), state.value("stage2_readiness_comment"))
    if readiness is None or vocab.is_known(vocab.READINESS_LABELS, readiness):
        verification.set_readiness(tx, readiness, comment)
    else:
        restore_readiness(tx, (readiness, comment))
    return before


def restore_readiness(tx: Tx, before: Readiness) -> None:
    """Undo of `conclude_readiness`: the conclusion and reasons as they were, whatever version wrote them."""
    readiness, comment = before
    tx.set("audit", tx.session.audit_id, {"stage2_readiness": readiness, "stage2_readiness_comment": comment})


def revise_concern(tx: Tx, concern_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Edit an area of concern; returns what each named field held before (for undo)."""
    state = tx.state("concern", concern_id)
    if not state.exists:
        raise NotFound(f"area of concern {concern_id} does not exist in this audit (deleted?)")
    before = {name: state.value(name) for name in values}
    verification.edit_concern(tx, concern_id, **values)
    return before


def restore_concern_fields(tx: Tx, concern_id: str, before: Mapping[str, Any]) -> None:
    """Undo of `revise_concern`: the fields as they were, as new operations."""
    tx.set("concern", concern_id, dict(before))
