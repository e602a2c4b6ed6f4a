"""The workbook's cycle sheets: previous findings and their verification, and Stage 1's areas of concern."""

from __future__ import annotations

from collections.abc import Sequence

from auditor_app.domain import vocab
from auditor_app.exporters.carried_text import follow_up_ref, outcome_label, ref_label, verification_text
from auditor_app.exporters.source import ReportSource

# (name, titles, widths, rows, wrapped columns), as xlsx_report.Table takes them
Sheet = tuple[str, tuple[str, ...], tuple[int, ...], Sequence[Sequence[object]], frozenset[int]]


def sheets(data: ReportSource) -> list[Sheet]:
    out: list[Sheet] = []
    if data.carried:
        out.append(("Previous findings", (
            "Ref", "Kind", "From audit", "Grade", "Statement", "Clauses", "Due date", "Client's response",
            "Verification", "Evidence and verifier", "Verified on", "Follow-up finding"),
            (9, 18, 30, 14, 50, 30, 12, 45, 18, 50, 12, 16), [
            (i.ref, vocab.label(vocab.CARRIED_KIND_LABELS, i.kind), i.origin_audit,
             data.grade_label(i.grade) if i.grade else "", i.statement,
             "\n".join(ref_label(data, r) for r in i.clause_refs), i.due_date, i.client_response,
             outcome_label(i), verification_text(data, i), i.verified_on, follow_up_ref(data, i))
            for i in data.carried], frozenset({2, 4, 5, 7, 9})))
    if data.concerns:
        out.append(("Stage 1 concerns", ("Ref", "Area of concern", "Clauses", "Process / area", "Raised by",
                                          "Raised on"), (8, 60, 34, 24, 22, 12), [
            (f"AC-{n:02d}", c.statement, "\n".join(ref_label(data, r) for r in c.clause_refs), c.area, c.raised_by,
             c.raised_at) for n, c in enumerate(data.concerns, 1)], frozenset({1, 2})))
    return out


def summary_rows(data: ReportSource) -> list[tuple[str, object]]:
    """The Summary sheet's lines on the cycle: the audit this one follows, Stage 1's readiness conclusion."""
    d = data.details
    rows: list[tuple[str, object]] = []
    if d.previous_audit:
        rows.append(("Previous audit", d.previous_audit))
    if d.audit_type == vocab.AuditType.STAGE1.value or d.stage2_readiness:
        rows.append(("Readiness for Stage 2", vocab.label(vocab.READINESS_LABELS, d.stage2_readiness)))
        rows.append(("Readiness: reasons", d.stage2_readiness_comment))
    return rows
