"""Front matter of the report: cover, contents, audit details, summary, limitations, diverging opinions, statistics.

ISO 19011:2018 6.5.1 and ISO/IEC 17021-1:2015 9.4.8 list what a report carries; each function returns flowables.
"""

from __future__ import annotations

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Paragraph, Spacer, Table  # type: ignore[import-untyped]

from auditor_app.domain import records as rec
from auditor_app.domain import vocab
from auditor_app.domain.vocab import ROLE_LABELS
from auditor_app.exporters import pdf_late
from auditor_app.exporters import pdf_styles as st
from auditor_app.exporters import pdf_text as tx
from auditor_app.exporters.pdf_images import Picture
from auditor_app.exporters.pdf_source import (
    Ctx,
    audit_type_label,
    date_range,
    headers,
    label_width,
    natural_key,
    nothing,
)
from auditor_app.exporters.source import marking_text
from auditor_app.exporters.wording import N_, Wording

SAMPLING_TEXT = N_(
    "This audit was carried out on a sampling basis. Within the time available, the audit team examined a "
    "selection of the organization's processes, activities, locations, records and people, and the findings in "
    "this report rest on that sample. Nonconformities may therefore exist that were not identified during the "
    "audit, and the absence of a finding for a requirement, process or site does not mean that it is free of "
    "nonconformity. The organization remains responsible for the continuing conformity of its management system "
    "with the audit criteria.")
CERTIFICATION_TEXT = N_(
    "The audit team's recommendation is not a certification decision: it is reviewed independently by the "
    "certification body, which takes the decision on granting, maintaining or renewing certification.")
DECISION_LABEL = N_("Recommendation of the audit team")
LOGO_WIDTH, LOGO_HEIGHT = 70 * mm, 24 * mm  # the box a logo is fitted into on the cover
_BARE = [st.FONT_CELL, *((side, (0, 0), (-1, -1), 0) for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING",
                                                                   "BOTTOMPADDING"))]


def cover(ctx: Ctx) -> list[Flowable]:
    d, t = ctx.data.details, ctx.t
    kind = t.label("Internal audit report") if ctx.data.profile == "internal" else (
        t.label("Gap analysis report") if ctx.data.profile == "gap" else t.label("Audit report"))
    lead = ctx.lead()
    others = [f"{tx.clean(m.name)} ({t.vocab(ROLE_LABELS, m.role)})".replace(" ()", "")
              for m in ctx.data.team if m is not lead]
    values = [(t.label("Sites"), "\n".join(d.sites)), (t.label("Standards"), "\n".join(ctx.standards())),
              (t.label("Audit type"), audit_type_label(t, d.audit_type)),
              (t.label("Audit dates"), date_range(t, d.start_date, d.end_date)),
              (t.label("Report number"), d.report_number), (t.label("Revision"), d.report_revision),
              (t.label("Lead auditor"), lead.name if lead else ""), (t.label("Audit team"), "\n".join(others))]
    rows = [(label, tx.para(value, st.BODY)) for label, value in values if tx.clean(value).strip()]
    marking = marking_text(t, tx.clean(d.confidentiality))
    box = st.table([[tx.para(marking, st.MARKING)]], [st.FRAME_WIDTH], zebra=False,
                   extra=[("BOX", (0, 0), (-1, -1), 1, st.ACCENT), ("BACKGROUND", (0, 0), (-1, -1), st.ACCENT_SOFT),
                          ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)])
    brand = letterhead(ctx)
    top = [Spacer(1, 6 * mm), brand, Spacer(1, 16 * mm)] if brand is not None else [Spacer(1, 38 * mm)]
    return [*top, tx.rich(tx.markup(ctx.t.upper(kind)), st.COVER_KICKER),
            tx.para(d.title or t.label("Audit report"), st.COVER_TITLE), tx.para(d.client, st.COVER_CLIENT),
            st.kv_table(rows, label_width=label_width(t, 36 * mm)), Spacer(1, 12 * mm), box]



def letterhead(ctx: Ctx) -> Flowable | None:
    """The issuing organisation at the top of the cover: its logo, and its name beside it (None: no branding)."""
    name = tx.clean(ctx.data.branding.organisation).strip()
    text = tx.para(name, st.COVER_ORG) if name else None
    if ctx.logo is None:
        return text
    pixels_w, pixels_h = ctx.logo_size
    # Within the box, and never printed coarser than 150 dpi: a small logo stays small rather than blurred.
    scale = min(LOGO_WIDTH / pixels_w, LOGO_HEIGHT / pixels_h, 72 / 150)
    logo = Picture(ctx.logo, pixels_w * scale, pixels_h * scale)
    if text is None:
        return Table([[logo]], colWidths=[logo.width], hAlign="LEFT", style=_BARE)
    return Table([[logo, text]], colWidths=[logo.width + 6 * mm, st.FRAME_WIDTH - logo.width - 6 * mm],
                 style=[*_BARE, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])


def contents(ctx: Ctx) -> list[Flowable]:
    toc = pdf_late.Contents(dotsMinLevel=0, levelStyles=st.TOC_LEVELS, tableStyle=st.TOC_TABLE)
    title = ctx.t.label("Contents")
    heading = st.Heading(tx.markup(title), st.H1, key="contents", outline=title, toc=False)
    return [heading, Spacer(1, 4 * mm), toc]


def details(ctx: Ctx) -> list[Flowable]:
    d, data, t = ctx.data.details, ctx.data, ctx.t
    out = ctx.section("details", t.label("Audit details"))
    deviations = t.label("Deviations from the audit plan")
    values = [(t.label("Client"), d.client), (t.label("Audit type"), audit_type_label(t, d.audit_type)),
              (t.label("Audit dates"), date_range(t, d.start_date, d.end_date)),
              (t.label("Locations / sites"), "\n".join(d.sites)),
              (t.label("Audit objectives"), d.objectives), (t.label("Audit scope"), d.scope),
              (t.label("Audit criteria"), d.criteria or "\n".join(ctx.standards())),
              (t.label("Standards audited"), "\n".join(ctx.standards())),
              (t.label("Grading of findings"), t.label(data.scheme.label)),
              (t.label("Client's representative"), representative(d)),
              (t.label("Changes since the last audit"), d.changes_since_last),
              (t.label("Use of certification marks and references"), d.certification_marks),
              (deviations, d.plan_deviations)]
    out.append(st.kv_table([(label, tx.para(value, st.CELL) if tx.clean(value).strip() else
                             nothing(t("None recorded.") if label == deviations else t("Not recorded."), st.CELL))
                            for label, value in values], label_width=label_width(t, 42 * mm)))
    out += st.h2(tx.markup(t.label("Audit team")))
    if data.team:
        out.append(st.table([[tx.para(m.name, st.CELL_BOLD), tx.para(t.vocab(ROLE_LABELS, m.role), st.CELL),
                              tx.para(m.organisation, st.CELL)] for m in data.team],
                            (70 * mm, 45 * mm, st.FRAME_WIDTH - 115 * mm),
                            header=headers(t, "Name", "Role", "Organisation")))
    else:
        out.append(nothing(t("No audit team member is recorded.")))
    out += st.h2(tx.markup(t.label("Auditee participants")))
    people = sorted(data.people.values(), key=lambda p: (tx.clean(p.department), tx.clean(p.name)))
    if people:
        out.append(st.table([[tx.para(p.name, st.CELL_BOLD), tx.para(p.role, st.CELL), tx.para(p.department, st.CELL),
                              tx.para(p.organisation, st.CELL)] for p in people],
                            (48 * mm, 52 * mm, 34 * mm, st.FRAME_WIDTH - 134 * mm),
                            header=headers(t, "Name", "Role", "Department", "Organisation")))
    else:
        out.append(nothing(t("No auditee participant is recorded.")))
    return out



def summary(ctx: Ctx) -> list[Flowable]:
    d, data, t = ctx.data.details, ctx.data, ctx.t
    out = ctx.section("summary", t.label("Executive summary"))
    counts = data.findings_by_grade()
    if data.findings:
        pieces = [f"{counts[g.key]} × {t.label(g.label)}" for g in data.scheme.grades if counts.get(g.key)]
        other = sum(n for k, n in counts.items() if k not in data.scheme.grade_keys())
        if other:
            pieces.append(t("{count} × ungraded", count=other))
        total = len(data.findings)
        head = t.plural(total, "1 finding:", "{count} findings:")
        if t.right_to_left:  # one right-to-left sentence, wrapped before it is reordered (no bold: plain text)
            out.append(tx.para(f"{head} " + "؛ ".join(pieces) + ".", st.BODY))
        else:
            out.append(tx.rich(f"<b>{tx.markup(head)}</b> " + "; ".join(map(tx.markup, pieces)) + ".", st.BODY))
    else:
        out.append(nothing(t("No findings were raised.")))
    out += [*st.h2(tx.markup(t.label("Audit conclusions")), 25 * mm),
            tx.para(d.conclusions, st.BODY) if tx.clean(d.conclusions).strip()
            else nothing(t("No conclusions recorded."))]
    out += [*st.h2(tx.markup(t.label("Audit objectives")), 25 * mm),
            tx.para(objectives_line(t, d), st.BODY) if d.objectives_met
            else nothing(t("Not recorded whether the audit objectives were met."))]
    if ctx.certification:
        decision = t.vocab(vocab.DECISION_LABELS, d.recommendation_decision)
        out += [*st.h2(tx.markup(t.label(DECISION_LABEL)), 25 * mm),
                *([tx.rich(f"<b>{tx.markup(decision)}</b>", st.BODY)] if decision else []),
                tx.para(d.recommendation, st.BODY) if tx.clean(d.recommendation).strip()
                else nothing(t("No recommendation recorded.")), tx.para(t(CERTIFICATION_TEXT), st.SMALL)]
    return out


def representative(d: rec.AuditDetails) -> str:
    """"Maria Schulz, QM representative": who accompanied the audit for the client and received the report."""
    return ", ".join(tx.clean(v).strip() for v in (d.client_representative, d.client_representative_role)
                     if tx.clean(v).strip())


def objectives_line(t: Wording, d: rec.AuditDetails) -> str:
    """ISO/IEC 17021-1 9.4.8.2 d/e: whether the objectives were fulfilled and, when not fully, why."""
    met = t.vocab(vocab.OBJECTIVES_MET_LABELS, d.objectives_met)
    comment = tx.clean(d.objectives_comment).strip()
    return f"{met}. {comment}" if comment else f"{met}."


def disclaimer(ctx: Ctx) -> list[Flowable]:
    return [*ctx.section("disclaimer", ctx.t.label("Sampling and limitations")),
            tx.para(ctx.t(SAMPLING_TEXT), st.BODY)]


def diverging(ctx: Ctx) -> list[Flowable]:
    text = ctx.data.details.diverging_opinions
    out = ctx.section("diverging", ctx.t.label("Diverging opinions"))
    out.append(tx.para(text, st.BODY) if tx.clean(text).strip() else
               nothing(ctx.t("No unresolved diverging opinions between the audit team and the auditee were "
                             "recorded.")))
    return out


def statistics(ctx: Ctx) -> list[Flowable]:
    data, t = ctx.data, ctx.t
    out = ctx.section("statistics", t.label("Findings and coverage at a glance"))
    counts = data.findings_by_grade()
    keys = [g.key for g in data.scheme.grades] + sorted(k for k in counts if k not in data.scheme.grade_keys())
    by_standard = data.findings_by_standard()
    standards = sorted(by_standard, key=natural_key)[:6]
    out += st.h2(tx.markup(t.label("Findings by grade and standard")))
    first, total_width = 62 * mm, 22 * mm if t.english else 30 * mm  # "Alle Feststellungen" on one line
    col = min(32 * mm, (st.FRAME_WIDTH - first - total_width) / max(1, len(standards)))
    header = headers(t, "Grade", "All findings") + [tx.markup(tx.shorten(s or t.label("No clause"), 24))
                                                      for s in standards]
    rows: list[list[Flowable]] = []
    for key in keys:
        rows.append([ctx.badge(key), Paragraph(str(counts.get(key, 0)), st.CELL_BOLD)]
                    + [Paragraph(str(by_standard[s].get(key, 0) or "–"), st.CELL) for s in standards])
    rows.append([tx.rich(tx.markup(t.label("Total")), st.CELL_BOLD), Paragraph(str(len(data.findings)), st.CELL_BOLD)]
                + [Paragraph(str(sum(by_standard[s].values())), st.CELL_BOLD) for s in standards])
    widths = [first, total_width] + [col] * len(standards) if standards else [first, total_width]
    out.append(st.table(rows, widths, header=header, zebra=False,
                        extra=[("LINEABOVE", (0, -1), (-1, -1), 0.8, st.ACCENT)]))
    if len(standards) > 1:
        out.append(tx.para(t("A finding that cites clauses of several standards counts once under each of them."),
                           st.SMALL))
    coverage = data.coverage()
    if coverage:
        out += st.h2(tx.markup(t.label("Clause coverage")), 40 * mm)
        rows = []
        for std, (done, total) in sorted(coverage.items(), key=lambda item: natural_key(item[0])):
            share = done / total if total else 0.0
            rows.append([tx.para(std, st.CELL_BOLD),
                         tx.para(t.primary.label("{done} of {total}", done=done, total=total), st.CELL),
                         Paragraph(t.percent(share), st.CELL_FIGURE_RIGHT if t.right_to_left else st.CELL),
                         st.Bar(share)])  # mirrored: the figure at the start of its cell, by the bar's filled end
        out.append(st.table(rows, (50 * mm, 30 * mm, 20 * mm, st.FRAME_WIDTH - 100 * mm),
                            header=[*headers(t, "Standard", "Clauses with a result", "Share"), ""]))
        out.append(tx.para(t("Clauses with a result include conforming, not applicable and clauses with a "
                             "finding; headings count like any clause."), st.SMALL))
    return out
