"""A finding's composer as undoable steps: create from a draft, revise fields and references together, and back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from auditor_app.errors import InputError
from auditor_app.services import findings
from auditor_app.services.session import Tx

REFERENCE_FIELDS = ("clause_ids", "evidence_ids", "note_ids")


@dataclass(frozen=True)
class Created:
    """A new finding: its id, and the reference number (NC-03, …) it was given."""

    finding_id: str
    ref: str


def create_from_draft(tx: Tx, fields: Mapping[str, Any], *, clause_ids: Sequence[str] = (),
                      evidence_ids: Sequence[str] = (), note_ids: Sequence[str] = ()) -> Created:
    """A finding with the composer's fields (an unset one records nothing) citing these clauses, files, notes."""
    values = {k: v for k, v in fields.items() if v is not None}
    if "grade" not in values:
        raise InputError("a finding needs a grade")
    finding_id = findings.create_finding(tx, clause_ids=list(clause_ids), evidence_ids=list(evidence_ids),
                                         note_ids=list(note_ids), **values)
    return Created(finding_id, str(tx.state("finding", finding_id).value("ref", "") or ""))


@dataclass(frozen=True)
class Revision:
    """What one revision of a finding replaced: its fields' previous values and the links it added or removed."""

    previous: Mapping[str, Any] = field(default_factory=dict)
    links: findings.ReferenceChange = findings.ReferenceChange()


def revise(tx: Tx, finding_id: str, values: Mapping[str, Any],
           references: Mapping[str, Sequence[str]] | None = None) -> Revision:
    """Changed fields, and (for each kind given) exactly these clauses, files and notes cited, as one step.

    An N19 grade must still follow from the clauses cited afterwards, or nothing is written.
    """
    unknown = set(references or {}) - set(REFERENCE_FIELDS)
    if unknown:
        raise InputError(f"finding: unknown reference kind(s) {', '.join(sorted(unknown))}")
    previous = findings.edit_finding(tx, finding_id, **values)
    links = findings.set_references(tx, finding_id, **{k: list(v) for k, v in (references or {}).items()})
    findings.check_grade(tx, finding_id)
    return Revision(previous, links)


def redo_revision(tx: Tx, finding_id: str, values: Mapping[str, Any], revision: Revision) -> None:
    """The revision again after its undo: the same values, the same link entities."""
    findings.edit_finding(tx, finding_id, **values)
    findings.reapply_references(tx, revision.links)


def undo_revision(tx: Tx, finding_id: str, revision: Revision) -> None:
    """The previous values written back (new operations) and the references as they were."""
    findings.put_back(tx, finding_id, **revision.previous)
    findings.revert_references(tx, revision.links)
