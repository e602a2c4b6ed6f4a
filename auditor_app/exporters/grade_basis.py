"""Why a finding has its grade, for reports: the GHTF N19 basis stored with it, in words."""

from __future__ import annotations

from auditor_app.domain import n19
from auditor_app.domain import records as rec
from auditor_app.exporters.source import ReportSource


def n19_basis(data: ReportSource, finding: rec.FindingRecord) -> str | None:
    """ "Grade 4 — direct QMS impact (7.5.6), repeat; +1 no documented procedure"; None without an N19 basis."""
    factors = n19.Factors.from_json(finding.grading_basis)
    if factors is None:
        return None
    standards = {c.key: c.standard or "" for c in data.checklists}
    clauses = {c.id: c for c in data.clauses}
    cited = [c for cid in finding.clause_ids if (c := clauses.get(cid)) is not None and c.number]
    numbers = [c.number or "" for c in cited if n19.covers(standards.get(c.checklist_key or "", ""))]
    result = n19.grade_for(numbers, factors)
    if result is None:
        return None
    if result.key != finding.grade:  # e.g. a merge changed the clauses: the report must not hide the difference
        return f"{result.describe()} (recorded as {data.grade_label(finding.grade) or 'ungraded'})"
    return result.describe()
