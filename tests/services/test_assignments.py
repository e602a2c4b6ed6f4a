""""My clauses": planned for me in the audit plan, named in my hand-over copy, or audited by me."""

from __future__ import annotations

from pathlib import Path

from auditor_app.domain.checklist import clause_id
from auditor_app.services import assignments, audit, merge, planning

C = "iso9001-2015"


def test_plan_rows_hand_over_copies_and_own_results_make_my_clauses(make_audit, tmp_path: Path) -> None:
    lead = make_audit(author="Anna Lead")
    lead.run(planning.add_plan_row, day="2026-11-10", start="09:00", end="10:30", process="Einkauf / 采购",
             clauses="8.4, 8.4.1 (ISO 9001:2015)", auditor="Chen  Wei")
    lead.run(planning.add_plan_row, day="2026-11-10", start="11:00", process="HR", clauses="7.2", auditor="Anna Lead")
    lead.run(audit.set_clause_result, C, "9.2", "conforming")
    mine = assignments.my_clause_ids(lead, "chen wei")  # names compare without case and extra spaces
    assert mine == {clause_id(C, "8.4"), clause_id(C, "8.4.1")}  # "2015" is a year, not a clause
    assert assignments.my_clause_ids(lead, "Anna Lead") == {clause_id(C, "7.2"), clause_id(C, "9.2")}
    copy = merge.hand_over_copy(lead, tmp_path / "bob.audit", "Bob Brown", ("7.5", clause_id(C, "10.2")))
    with audit.open_audit(copy, author="Bob Brown") as bob:
        assert assignments.my_clause_ids(bob, "Bob Brown") == {clause_id(C, "7.5"), clause_id(C, "10.2")}
        assert assignments.my_clause_ids(bob, "Chen Wei") == {clause_id(C, "8.4"), clause_id(C, "8.4.1")}


def test_clause_numbers_in_plan_text() -> None:
    assert assignments.clause_numbers("7.5, 8.4.1 and 9.2; ISO 14001:2015 6.1.2") == ["7.5", "8.4.1", "9.2", "6.1.2"]
    assert assignments.clause_numbers(None) == []
