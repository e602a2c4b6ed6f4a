"""Coverage over the certification cycle: what each audit of a chain covered, and what is still uncovered."""

from __future__ import annotations

from pathlib import Path

from cycle_chain import KEY, chain, next_audit, stage2

from auditor_app.domain import cycle_coverage as model
from auditor_app.domain import records as rec
from auditor_app.services import audit, cycle_coverage, report_data


def _row(coverage: model.CycleCoverage, number: str) -> model.ClauseRow:
    return next(r for r in coverage.standards[0].rows if r.number == number)


def test_the_open_audit_shows_what_it_and_the_audits_before_it_covered(tmp_path: Path) -> None:
    _s2, s1 = chain(tmp_path)
    with audit.open_audit(s1, author="Anna Auditor", read_only=True) as session:
        coverage = cycle_coverage.for_audit(session)
    assert [(a.audit_type, a.start_date, a.origin, a.in_cycle) for a in coverage.audits] == [
        ("stage2", "2026-03-02", "history", True), ("surveillance", "2027-03-01", "this audit", True)]
    # The Stage 2 is known from the history only (covered, result unknown); this audit's own results are shown.
    assert _row(coverage, "4.1").marks == ("✓", "")
    assert _row(coverage, "4.4.1").marks == ("", "C") and _row(coverage, "4.4.2").marks == ("", "OFI")
    assert _row(coverage, "4.4").marks == ("", "✓")  # a heading: covered by the audit that covered all under it
    assert _row(coverage, "4").covered and not _row(coverage, "4").leaf  # its clauses covered by two audits
    assert not _row(coverage, "5").covered
    uncovered = [r.number for r in coverage.standards[0].uncovered]
    assert "5.1.1" in uncovered and "4.1" not in uncovered and "4.4" not in uncovered and "5" not in uncovered
    leaves = coverage.standards[0].leaves
    assert len(uncovered) == leaves - 5
    assert dict(coverage.audits[0].percent)[KEY] == round(300 / leaves)
    assert coverage.processes == ("Purchasing", "Production") and coverage.uncovered_processes == ()
    assert coverage.sites == ("Plant A", "Plant B") and coverage.uncovered_sites == ()


def test_files_given_show_each_audits_results_in_date_order(tmp_path: Path) -> None:
    s2, s1 = chain(tmp_path)
    result = cycle_coverage.for_files([s1, s2], author="Anna Auditor")
    coverage = result.coverage
    assert [a.origin for a in coverage.audits] == ["acme-s2.audit", "acme-s1.audit"] and result.notes == ()
    assert [_row(coverage, n).marks[0] for n in ("4.1", "4.2", "4.3")] == ["C", "NC", "N/A"]


def test_audits_whose_files_are_not_given_come_from_the_newest_files_history(tmp_path: Path) -> None:
    _s2, s1 = chain(tmp_path)
    result = cycle_coverage.for_files([s1], author="Anna Auditor")
    assert result.coverage.audits[0].origin == "history of acme-s1.audit"
    assert result.notes == ("1 audit(s) taken from the history in acme-s1.audit (their files were not given): "
                            "Stage 2, 2026-03-02 to 2026-03-04, report R-26-1",)


def test_a_recertification_starts_a_new_cycle(tmp_path: Path) -> None:
    _s2, s1 = chain(tmp_path)
    s3 = next_audit(tmp_path / "acme-re.audit", s1, "recertification", "2029-02-01", {"5.1.1": "conforming"},
                    processes=("Production",), sites=["Plant A"])
    with audit.open_audit(s3, author="Anna Auditor", read_only=True) as session:
        coverage = cycle_coverage.for_audit(session)
    assert [a.in_cycle for a in coverage.audits] == [False, False, True]
    assert [a.audit_type for a in coverage.cycle] == ["recertification"]
    assert _row(coverage, "4.1").marks == ("",) and not _row(coverage, "4.1").covered  # covered last cycle only
    assert _row(coverage, "5.1.1").marks == ("C",)
    assert coverage.uncovered_processes == ("Purchasing",) and coverage.uncovered_sites == ("Plant B",)


def test_clauses_are_matched_by_number_when_the_checklist_key_changed() -> None:
    clauses = [rec.ClauseRecord("a", KEY, "4", "Context", None, 0), rec.ClauseRecord("b", KEY, "4.1", "Org", "4", 1),
               rec.ClauseRecord("c", KEY, "4.2", "Parties", "4", 1)]
    old = model.Source({"audit_type": "stage2", "start_date": "2024-01-10", "standards": {"iso9001-2008":
                        "ISO 9001:2008"}, "covered": {"iso9001-2008": ["4.1"]}})
    new = model.Source({"audit_type": "surveillance", "start_date": "2025-01-10", "standards": {KEY: "ISO 9001:2015"},
                        "covered": {KEY: ["4.2"]}}, {KEY: {"4.2": "observation"}})
    coverage = model.build([new, old], clauses, [rec.ChecklistInfo("x", KEY, None, "ISO 9001", "2015")])
    assert [(r.number, r.marks, r.covered) for r in coverage.standards[0].rows] == [
        ("4", ("", ""), True), ("4.1", ("✓", ""), True), ("4.2", ("", "OBS"), True)]
    assert coverage.standards[0].percent == 100


def test_the_report_carries_the_cycle_for_a_surveillance_audit_only(tmp_path: Path) -> None:
    s2, s1 = chain(tmp_path)
    with audit.open_audit(s1, author="Anna Auditor", read_only=True) as session:
        data = report_data.gather(session, "internal")
    assert data.cycle is not None and [a.audit_type for a in data.cycle.audits] == ["stage2", "surveillance"]
    with audit.open_audit(s2, author="Anna Auditor", read_only=True) as session:
        assert report_data.gather(session, "internal").cycle is None  # a Stage 2 without history: no cycle yet
    lone = stage2(tmp_path / "lone.audit")
    with audit.open_audit(lone, author="Anna Auditor") as session, session.transaction() as tx:
        audit.update_details(tx, {"audit_type": "surveillance"})
    with audit.open_audit(lone, author="Anna Auditor", read_only=True) as session:
        data = report_data.gather(session, "internal")
    assert data.cycle is not None and [a.origin for a in data.cycle.audits] == ["this audit"]
