"""ISO 13485's added 4.1.1-4.1.6: audits made from the earlier content keep their own copy and their clause ids."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from auditor_app.domain import checklist_diff
from auditor_app.domain.checklist import Checklist, Clause, clause_id
from auditor_app.services import audit, library, queries

MD = "iso13485-2016"
ADDED = tuple(f"4.1.{n}" for n in range(1, 7))


def _without_4_1_children(checklist: Checklist) -> Checklist:
    """The bundled content as releases before issue 15 had it."""
    def strip(clause: Clause) -> Clause:
        children = () if clause.number == "4.1" else tuple(strip(c) for c in clause.children)
        return dataclasses.replace(clause, children=children)
    return dataclasses.replace(checklist, clauses=tuple(strip(c) for c in checklist.clauses))


def test_the_new_content_differs_from_the_old_only_by_six_added_clauses() -> None:
    new = library.get(MD)
    diff = checklist_diff.diff(_without_4_1_children(new), new)
    assert (diff.added, diff.removed, diff.retitled, diff.reworded) == (ADDED, (), (), ())
    assert diff.summary() == ["6 clauses added (4.1.1, 4.1.2, 4.1.3, 4.1.4, 4.1.5, 4.1.6)"]


def test_an_audit_made_from_the_old_content_keeps_its_clauses_and_ids(tmp_path: Path, make_audit: Any) -> None:
    old = _without_4_1_children(library.get(MD))
    session = audit.create_audit(tmp_path / "old.audit", author="Lead", checklists=[old], details={"title": "Old"})
    session.run(audit.set_clause_result, MD, "4.1", "nonconformity")
    session.close()
    with audit.open_audit(tmp_path / "old.audit", author="Lead") as reopened:  # with today's bundled content
        numbers = {c.number: c for c in queries.clauses(reopened)}
        assert len(numbers) == 85 and not set(ADDED) & set(numbers)  # not added behind the auditor's back
        assert numbers["4.1"].id == clause_id(MD, "4.1") and numbers["4.1"].result == "nonconformity"
    fresh = make_audit("new.audit", checklists=(MD,))
    by_number = {c.number: c.id for c in queries.clauses(fresh)}
    assert by_number["4.1"] == clause_id(MD, "4.1") and by_number["4.1.6"] == clause_id(MD, "4.1.6")
