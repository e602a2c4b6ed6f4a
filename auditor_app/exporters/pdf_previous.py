"""The cycle sections: verification of previous findings (17021-1 9.4.8.3 c, 9.6.2.2) and Stage 1's conclusions."""

from __future__ import annotations

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, KeepTogether, Spacer  # type: ignore[import-untyped]

from auditor_app.domain import records as rec
from auditor_app.domain import vocab
from auditor_app.exporters import pdf_styles as st
from auditor_app.exporters import pdf_text as tx
from auditor_app.exporters.carried_text import follow_up_ref, origin_label, previous_label, ref_label, verification_text
from auditor_app.exporters.pdf_source import Ctx, headers, label_width, nothing
from auditor_app.exporters.wording import N_

PREVIOUS_TEXT = N_("Findings of the previous audit that were still open, and corrections and corrective actions "
                 "awaiting verification, were reviewed for their effectiveness. Where they were not effective, a "
                 "follow-up finding is raised in this report.")
CONCERNS_TEXT = N_("The areas of concern identified at Stage 1 were checked at Stage 2; any that could be classified "
                 "as a nonconformity is reported as a finding.")


def previous(ctx: Ctx) -> list[Flowable]:
    data, d, t = ctx.data, ctx.data.details, ctx.t
    items = [i for i in data.carried if i.kind != vocab.CarriedKind.STAGE1_CONCERN.value]
    concerns = [i for i in data.carried if i.kind == vocab.CarriedKind.STAGE1_CONCERN.value]
    if not (items or concerns or d.previous_audit):
        return []
    out = ctx.section("previous", t.label("Verification of previous findings"))
    if d.previous_audit:
        out.append(tx.rich(f"<b>{tx.markup(t.label('Previous audit:'))}</b> {tx.markup(previous_label(data))}",
                           st.BODY))
    if items:
        out.append(tx.para(t(PREVIOUS_TEXT), st.SMALL))
        out += [_item(ctx, item) for item in items]
    elif d.previous_audit:
        out.append(nothing(t("No finding of the previous audit was open.")))
    if concerns:
        out += st.h2(tx.markup(t.label("Areas of concern from Stage 1")), 25 * mm)
        out.append(tx.para(t(CONCERNS_TEXT), st.SMALL))
        out += [_item(ctx, item) for item in concerns]
    return out


def _item(ctx: Ctx, item: rec.CarriedRecord) -> Flowable:
    data, t = ctx.data, ctx.t
    title = " · ".join(x for x in (item.ref, ctx.grade_label(item.grade) if item.grade else "",
                                   origin_label(data, item)) if x)
    rows = [(t.label("Statement"), item.statement),
            (t.label("Clauses"), "\n".join(ref_label(data, r) for r in item.clause_refs)),
            (t.label("Requirement") if item.kind != vocab.CarriedKind.STAGE1_CONCERN.value else t.label("Area"),
             item.requirement),
            (t.label("Due date"), item.due_date), (t.label("Client's response"), item.client_response),
            (t.label("Verification"), verification_text(data, item)),
            (t.label("Follow-up finding"), follow_up_ref(data, item))]
    table = st.kv_table([(label, tx.para(value, st.CELL)) for label, value in rows if tx.clean(value).strip()],
                        label_width=label_width(t, 42 * mm))
    return KeepTogether([Spacer(1, 3 * mm), tx.rich(f"<b>{tx.markup(title or t.label('Item'))}</b>", st.BODY), table])


def stage1(ctx: Ctx) -> list[Flowable]:
    data, d, t = ctx.data, ctx.data.details, ctx.t
    if d.audit_type != vocab.AuditType.STAGE1.value and not data.concerns and not d.stage2_readiness:
        return []
    out = ctx.section("stage1", t.label("Stage 1 conclusions: readiness for Stage 2"))
    readiness = t.vocab(vocab.READINESS_LABELS, d.stage2_readiness)
    out.append(tx.rich(f"<b>{tx.markup(readiness)}</b>", st.BODY) if readiness
               else nothing(t("No conclusion on readiness for Stage 2 recorded.")))
    if tx.clean(d.stage2_readiness_comment).strip():
        out.append(tx.para(d.stage2_readiness_comment, st.BODY))
    out += st.h2(tx.markup(t.label("Areas of concern")), 25 * mm)
    if data.concerns:
        # Numbered as Stage 2 takes them over (services/carry.py): AC-01, AC-02, …
        out.append(st.table([[tx.para(f"AC-{n:02d}", st.CELL_BOLD), tx.para(c.statement, st.CELL),
                              tx.para("\n".join(ref_label(data, r) for r in c.clause_refs), st.CELL),
                              tx.para(c.area, st.CELL)] for n, c in enumerate(data.concerns, 1)],
                            (16 * mm, st.FRAME_WIDTH - 111 * mm, 60 * mm, 35 * mm),
                            header=headers(t, "Ref", "Area of concern", "Clauses", "Process / area")))
    else:
        out.append(nothing(t("No areas of concern were identified.")))
    return out
