"""Why a finding has its grade, for reports: the GHTF N19 basis stored with it, in words."""

from __future__ import annotations

from auditor_app.domain import n19
from auditor_app.domain import records as rec
from auditor_app.exporters.source import ReportSource
from auditor_app.exporters.wording import ENGLISH, Wording


def describe(t: Wording, result: n19.N19Grade) -> str:
    """ "Grade 4 — direct QMS impact (7.5.6), repeat; +1 no documented procedure", in the report's words (the
    domain's N19Grade.describe in English)."""
    if result.direct:
        impact = t("direct QMS impact ({clause})", clause=result.clause)
    else:
        impact = t("indirect QMS impact ({clause})", clause=result.clause)
    parts = [f"{impact}, {t('repeat') if result.factors.repeat else t('first occurrence')}"]
    if result.factors.no_procedure:
        parts.append(t("+1 no documented procedure"))
    if result.factors.released_nonconforming:
        parts.append(t("+1 nonconforming devices released"))
    if result.steps[-1].startswith("capped"):
        parts.append(t("capped at {grade}", grade=n19.MAX_GRADE))
    return f"{t('Grade {number}', number=result.grade)} — {'; '.join(parts)}"


def n19_basis(data: ReportSource, finding: rec.FindingRecord, t: Wording = ENGLISH) -> str | None:
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
        recorded = t.vocab({g.key: g.label for g in data.scheme.grades}, finding.grade) or t("ungraded")
        return t("{basis} (recorded as {grade})", basis=describe(t, result), grade=recorded)
    return describe(t, result)
