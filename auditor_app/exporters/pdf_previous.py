"""The cycle sections: verification of previous findings (17021-1 9.4.8.3 c, 9.6.2.2) and Stage 1's conclusions."""

from __future__ import annotations

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer  # type: ignore[import-untyped]

from auditor_app.domain import records as rec
from auditor_app.domain import vocab
from auditor_app.exporters import pdf_styles as st
from auditor_app.exporters import pdf_text as tx
from auditor_app.exporters.carried_text import follow_up_ref, ref_label, verification_text
from auditor_app.exporters.pdf_source import Ctx, nothing

PREVIOUS_TEXT = ("Findings of the previous audit that were still open, and corrections and corrective actions "
                 "awaiting verification, were reviewed for their effectiveness. Where they were not effective, a "
                 "follow-up finding is raised in this report.")
CONCERNS_TEXT = ("The areas of concern identified at Stage 1 were checked at Stage 2; any that could be classified "
                 "as a nonconformity is reported as a finding.")


def previous(ctx: Ctx) -> list[Flowable]:
    data, d = ctx.data, ctx.data.details
    items = [i for i in data.carried if i.kind != vocab.CarriedKind.STAGE1_CONCERN.value]
    concerns = [i for i in data.carried if i.kind == vocab.CarriedKind.STAGE1_CONCERN.value]
    if not (items or concerns or d.previous_audit):
        return []
    out = ctx.section("previous", "Verification of previous findings")
    if d.previous_audit:
        out.append(tx.rich(f"<b>Previous audit:</b> {tx.markup(d.previous_audit)}", st.BODY))
    if items:
        out.append(Paragraph(PREVIOUS_TEXT, st.SMALL))
        out += [_item(ctx, item) for item in items]
    elif d.previous_audit:
        out.append(nothing("No finding of the previous audit was open."))
    if concerns:
        out += st.h2("Areas of concern from Stage 1", 25 * mm)
        out.append(Paragraph(CONCERNS_TEXT, st.SMALL))
        out += [_item(ctx, item) for item in concerns]
    return out


def _item(ctx: Ctx, item: rec.CarriedRecord) -> Flowable:
    data = ctx.data
    title = " · ".join(t for t in (item.ref, data.grade_label(item.grade) if item.grade else "", item.origin_audit)
                       if t)
    rows = [("Statement", item.statement), ("Clauses", "\n".join(ref_label(data, r) for r in item.clause_refs)),
            ("Requirement" if item.kind != vocab.CarriedKind.STAGE1_CONCERN.value else "Area", item.requirement),
            ("Due date", item.due_date), ("Client's response", item.client_response),
            ("Verification", verification_text(data, item)), ("Follow-up finding", follow_up_ref(data, item))]
    table = st.kv_table([(label, tx.para(value, st.CELL)) for label, value in rows if tx.clean(value).strip()])
    return KeepTogether([Spacer(1, 3 * mm), tx.rich(f"<b>{tx.markup(title or 'Item')}</b>", st.BODY), table])


def stage1(ctx: Ctx) -> list[Flowable]:
    data, d = ctx.data, ctx.data.details
    if d.audit_type != vocab.AuditType.STAGE1.value and not data.concerns and not d.stage2_readiness:
        return []
    out = ctx.section("stage1", "Stage 1 conclusions: readiness for Stage 2")
    readiness = vocab.label(vocab.READINESS_LABELS, d.stage2_readiness)
    out.append(tx.rich(f"<b>{tx.markup(readiness)}</b>", st.BODY) if readiness
               else nothing("No conclusion on readiness for Stage 2 recorded."))
    if tx.clean(d.stage2_readiness_comment).strip():
        out.append(tx.para(d.stage2_readiness_comment, st.BODY))
    out += st.h2("Areas of concern", 25 * mm)
    if data.concerns:
        # Numbered as Stage 2 takes them over (services/carry.py): AC-01, AC-02, …
        out.append(st.table([[tx.para(f"AC-{n:02d}", st.CELL_BOLD), tx.para(c.statement, st.CELL),
                              tx.para("\n".join(ref_label(data, r) for r in c.clause_refs), st.CELL),
                              tx.para(c.area, st.CELL)] for n, c in enumerate(data.concerns, 1)],
                            (16 * mm, st.FRAME_WIDTH - 111 * mm, 60 * mm, 35 * mm),
                            header=["Ref", "Area of concern", "Clauses", "Process / area"]))
    else:
        out.append(nothing("No areas of concern were identified."))
    return out
