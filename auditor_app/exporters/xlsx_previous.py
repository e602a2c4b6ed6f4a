"""The workbook's cycle sheets: previous findings and their verification, and Stage 1's areas of concern."""

from __future__ import annotations

from collections.abc import Sequence

from auditor_app.domain import vocab
from auditor_app.exporters.carried_text import (
    follow_up_ref,
    grade_label,
    origin_label,
    outcome_label,
    previous_label,
    ref_label,
    verification_text,
)
from auditor_app.exporters.source import ReportSource
from auditor_app.exporters.wording import N_

# (name, titles, widths, rows, wrapped columns), as xlsx_report.Table takes them
Sheet = tuple[str, tuple[str, ...], tuple[int, ...], Sequence[Sequence[object]], frozenset[int]]


def sheets(data: ReportSource) -> list[Sheet]:
    """The sheets' English names and titles (the workbook translates them) and their rows."""
    t = data.wording
    out: list[Sheet] = []
    if data.carried:
        out.append((N_("Previous findings"), (
            N_("Ref"), N_("Kind"), N_("From audit"), N_("Grade"), N_("Statement"), N_("Clauses"), N_("Due date"),
            N_("Client's response"), N_("Verification"), N_("Evidence and verifier"), N_("Verified on"),
            N_("Follow-up finding")),
            (9, 18, 30, 14, 50, 30, 12, 45, 18, 50, 12, 16), [
            (i.ref, t.vocab(vocab.CARRIED_KIND_LABELS, i.kind), origin_label(data, i),
             grade_label(data, i.grade) if i.grade else "", i.statement,
             "\n".join(ref_label(data, r) for r in i.clause_refs), i.due_date, i.client_response,
             outcome_label(data, i), verification_text(data, i), i.verified_on, follow_up_ref(data, i))
            for i in data.carried], frozenset({2, 4, 5, 7, 9})))
    if data.concerns:
        out.append((N_("Stage 1 concerns"), (N_("Ref"), N_("Area of concern"), N_("Clauses"), N_("Process / area"),
                                              N_("Raised by"), N_("Raised on")), (8, 60, 34, 24, 22, 12), [
            (f"AC-{n:02d}", c.statement, "\n".join(ref_label(data, r) for r in c.clause_refs), c.area, c.raised_by,
             c.raised_at) for n, c in enumerate(data.concerns, 1)], frozenset({1, 2})))
    return out


def summary_rows(data: ReportSource) -> list[tuple[str, object]]:
    """The Summary sheet's lines on the cycle: the audit this one follows, Stage 1's readiness conclusion."""
    d, t = data.details, data.wording
    rows: list[tuple[str, object]] = []
    if d.previous_audit:
        rows.append((t.label("Previous audit"), previous_label(data)))
    if d.audit_type == vocab.AuditType.STAGE1.value or d.stage2_readiness:
        rows.append((t.label("Readiness for Stage 2"), t.vocab(vocab.READINESS_LABELS, d.stage2_readiness)))
        rows.append((t.label("Readiness: reasons"), d.stage2_readiness_comment))
    return rows
