"""A client's chain made as auditors make it: a Stage 2, then the next audits made from the previous one."""

from __future__ import annotations

from pathlib import Path

from auditor_app.services import audit, carry, library, planning, queries

KEY = "iso9001-2015"


def stage2(path: Path) -> Path:
    """Stage 2 (2026-03-02): 4.1 conforming, 4.2 nonconformity, 4.3 N/A; process Purchasing; two sites."""
    details = {"title": "ACME Stage 2", "client": "ACME GmbH", "audit_type": "stage2", "start_date": "2026-03-02",
               "end_date": "2026-03-04", "report_number": "R-26-1", "sites": ["Plant A", "Plant B"]}
    session = audit.create_audit(path, author="Anna Auditor", checklists=[library.get(KEY)], details=details)
    with session, session.transaction() as tx:
        audit.set_clause_result(tx, KEY, "4.1", "conforming")
        audit.set_clause_result(tx, KEY, "4.2", "nonconformity")
        audit.set_clause_result(tx, KEY, "4.3", "not_applicable", "no design")
        planning.add_plan_row(tx, day="2026-03-02", process="Purchasing")
    return path


def next_audit(path: Path, previous: Path, audit_type: str, start: str, results: dict[str, str],
               processes: tuple[str, ...] | None = None, sites: list[str] | None = None) -> Path:
    """The next audit from `previous`, with these results; its plan's processes and its sites replaced if given."""
    session, _summary = carry.new_from_previous(path, previous, author="Anna Auditor", audit_type=audit_type,
                                                start_date=start)
    with session, session.transaction() as tx:
        for number, result in results.items():
            audit.set_clause_result(tx, KEY, number, result)
        if processes is not None:
            for row in queries.plan(session):
                planning.delete_plan_row(tx, row.id)
            for process in processes:
                planning.add_plan_row(tx, day=start, process=process)
        if sites is not None:
            audit.update_details(tx, {"sites": sites})
    return path


def chain(folder: Path) -> tuple[Path, Path]:
    """Stage 2 and a surveillance audit (2027-03-01: 4.4.1 conforming, 4.4.2 OFI; process Production)."""
    s2 = stage2(folder / "acme-s2.audit")
    s1 = next_audit(folder / "acme-s1.audit", s2, "surveillance", "2027-03-01",
                    {"4.4.1": "conforming", "4.4.2": "ofi"}, processes=("Production",))
    return s2, s1
