"""Verifying what an audit took over (previous findings, Stage 1 concerns) and recording Stage 1's concerns."""

from __future__ import annotations

from datetime import date
from typing import Any

from auditor_app.domain import vocab
from auditor_app.domain.checklist import clause_id
from auditor_app.domain.entities import CONCERN
from auditor_app.errors import InputError, NotFound
from auditor_app.services import findings
from auditor_app.services.session import Tx, new_id

_EVIDENCE_KINDS = {"note": vocab.LinkKind.CARRIED_NOTE, "evidence": vocab.LinkKind.CARRIED_EVIDENCE}


def _carried(tx: Tx, carried_id: str) -> Any:
    state = tx.state("carried", carried_id)
    if not state.exists:
        raise NotFound(f"no item {carried_id} taken over from a previous audit")
    return state


def record_verification(tx: Tx, carried_id: str, *, outcome: str | None, evidence_text: str | None = None,
                        verified_by: str | None = None, verified_on: str | None = None,
                        note_ids: list[str] | None = None, evidence_ids: list[str] | None = None) -> dict[str, Any]:
    """The verification of a previous finding or Stage 1 concern: effective, partly or not effective (None clears
    it), on what evidence (text, notes, photos), by whom and when (by default: the author, today)."""
    _carried(tx, carried_id)
    if outcome is not None:
        try:
            outcome = vocab.Verification(outcome).value
        except ValueError:
            raise InputError(f"unknown verification outcome {outcome!r} "
                             f"({', '.join(v.value for v in vocab.Verification)})") from None
    values: dict[str, Any] = {"verification": outcome, "verification_evidence": evidence_text}
    if outcome is not None:
        values["verified_by"] = verified_by or tx.session.author
        values["verified_on"] = verified_on or date.today().isoformat()
    elif verified_by is not None or verified_on is not None:
        values.update(verified_by=verified_by, verified_on=verified_on)
    changed = tx.set("carried", carried_id, values)
    for kind, ids in (("note", note_ids), ("evidence", evidence_ids)):
        for target in ids or []:
            cite(tx, carried_id, kind, target)
    return changed


def cite(tx: Tx, carried_id: str, kind: str, target_id: str) -> str:
    """Cite a note ("note") or an evidence file ("evidence") as what a verification rests on."""
    _carried(tx, carried_id)
    target = tx.state(kind, target_id)
    if not target.exists:
        raise NotFound(f"no {kind} {target_id} in this audit")
    return findings.link(tx, _EVIDENCE_KINDS[kind], carried_id, target_id)


def uncite(tx: Tx, carried_id: str, kind: str, target_id: str) -> int:
    return findings.unlink(tx, _EVIDENCE_KINDS[kind], carried_id, target_id)


def this_audit_clauses(tx: Tx, clause_refs: list[str]) -> list[str]:
    """The clause ids of this audit that carried "checklist_key#number" references name (absent ones left out)."""
    out = []
    for ref in clause_refs:
        key, _sep, number = ref.partition("#")
        cid = clause_id(key, number)
        state = tx.state("clause", cid)
        if state.exists and cid not in out:
            out.append(cid)
    return out


def raise_follow_up(tx: Tx, carried_id: str, *, grade: str, statement: str, evidence_text: str = "",
                    requirement: str | None = None, note_ids: list[str] | None = None,
                    evidence_ids: list[str] | None = None, outcome: str = vocab.Verification.NOT_EFFECTIVE.value,
                    ) -> str:
    """One step for "not effective": a new finding on the same clauses that refers to the original, and the
    item's verification recorded with the new finding as its follow-up. Returns the new finding's id."""
    state = _carried(tx, carried_id)
    if state.value("follow_up_id"):
        raise InputError(f"{state.value('ref') or 'this item'} already has a follow-up finding")
    refs = state.value("clause_refs") or []
    clause_ids = this_audit_clauses(tx, refs if isinstance(refs, list) else [])
    finding_id = findings.create_finding(
        tx, grade=grade, clause_ids=clause_ids, statement=statement, evidence_text=evidence_text,
        requirement=requirement if requirement is not None else (state.value("requirement") or ""),
        note_ids=note_ids, evidence_ids=evidence_ids, follow_up_of=carried_id,
        location=None, process=None)
    record_verification(tx, carried_id, outcome=outcome,
                        # What was found is the new finding's objective evidence (the auditor's words, any language).
                        evidence_text=state.value("verification_evidence") or evidence_text or None,
                        verified_by=state.value("verified_by"), verified_on=state.value("verified_on"))
    tx.set("carried", carried_id, {"follow_up_id": finding_id})
    return finding_id


# -- Stage 1 -------------------------------------------------------------------------------------------------
def set_readiness(tx: Tx, readiness: str | None, comment: str | None = None) -> dict[str, Any]:
    """Stage 1's conclusion on the client's readiness for Stage 2 (17021-1 9.3.1.2), with its reasons."""
    if readiness is not None:
        try:
            readiness = vocab.Readiness(readiness).value
        except ValueError:
            raise InputError(f"unknown readiness {readiness!r} ({', '.join(r.value for r in vocab.Readiness)})") \
                from None
    return tx.set("audit", tx.session.audit_id, {"stage2_readiness": readiness,
                                                 "stage2_readiness_comment": comment})


def add_concern(tx: Tx, statement: str, *, clause_refs: list[str] | None = None, area: str | None = None) -> str:
    """A Stage 1 area of concern: what could be a nonconformity at Stage 2, on which clauses."""
    if not statement.strip():
        raise InputError("an area of concern needs a statement")
    return tx.create("concern", new_id(), {"statement": statement.strip(), "clause_refs": clause_refs or [],
                                           "area": area, "raised_by": tx.session.author,
                                           "raised_at": date.today().isoformat()})


def edit_concern(tx: Tx, concern_id: str, **fields: Any) -> dict[str, Any]:
    unknown = set(fields) - set(CONCERN.field_names)
    if unknown:
        raise InputError(f"area of concern: unknown field(s) {', '.join(sorted(unknown))}")
    if "statement" in fields and not (fields["statement"] or "").strip():
        raise InputError("an area of concern needs a statement")
    return tx.set("concern", concern_id, fields)


def delete_concern(tx: Tx, concern_id: str) -> None:
    tx.delete("concern", concern_id)


def restore_concern(tx: Tx, concern_id: str) -> None:
    tx.restore("concern", concern_id)


def restore_carried(tx: Tx, carried_id: str, previous: dict[str, Any]) -> dict[str, Any]:
    """Put back an item's earlier verification fields (for undo), as new operations."""
    allowed = {"verification", "verification_evidence", "verified_by", "verified_on", "follow_up_id"}
    unknown = set(previous) - allowed
    if unknown:
        raise InputError(f"carried item: cannot restore {', '.join(sorted(unknown))}")
    return tx.set("carried", carried_id, previous)

