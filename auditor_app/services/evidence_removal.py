"""Removing a selection of evidence files as one undoable step, and bringing the same files back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from auditor_app.services import evidence_views
from auditor_app.services.session import Tx


@dataclass(frozen=True)
class Removed:
    """The files one removal deleted, each with the findings' references its removal took along."""

    links: Mapping[str, Sequence[str]] = field(default_factory=dict)


def remove_files(tx: Tx, evidence_ids: Sequence[str]) -> Removed:
    """Delete the files (tombstones: history kept) and every finding's reference to them, all or none."""
    return Removed({evidence_id: evidence_views.delete_evidence(tx, evidence_id)
                    for evidence_id in dict.fromkeys(evidence_ids)})


def restore_files(tx: Tx, removed: Removed) -> None:
    """Undo of `remove_files`: the same files come back with the references their removal took."""
    for evidence_id, link_ids in removed.links.items():
        evidence_views.restore_evidence(tx, evidence_id, link_ids)
