"""The report's "Audit time" section (IAF MD 5, ISO/IEC 17021-1 9.1.4): planned against actual auditor-days."""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Paragraph  # type: ignore[import-untyped]

from auditor_app.domain.time_summary import (
    DAY_MINUTES,
    ESTIMATE_NOTE,
    TimeShare,
    TimeSummary,
    auditor_days,
    days_text,
    hours,
    signed_hours,
)
from auditor_app.exporters import pdf_styles as st
from auditor_app.exporters import pdf_text as tx
from auditor_app.exporters.pdf_source import Ctx, headers, label_width, nothing
from auditor_app.exporters.wording import Wording

_NUMBER = ParagraphStyle("time-number", parent=st.CELL, alignment=TA_RIGHT)
_NUMBER_BOLD = ParagraphStyle("time-number-bold", parent=st.CELL_BOLD, alignment=TA_RIGHT)


def _days(t: Wording, minutes: float) -> str:
    days = days_text(auditor_days(minutes))  # the plural rules read "4.5"; the report writes "4,5" in German
    return t.plural(days, "{days} auditor-day ({hours} h)", "{days} auditor-days ({hours} h)", days=t.number(days),
                    hours=hours(minutes))


def _auditor_days(t: Wording, days: str) -> str:
    return t.plural(days, "{days} auditor-day", "{days} auditor-days", days=t.number(days))


def audit_time(ctx: Ctx) -> list[Flowable]:
    summary: TimeSummary = ctx.data.time_summary
    t = ctx.t
    out = ctx.section("audit_time", t.label("Audit time"))
    if summary.empty:
        out.append(nothing(t("No audit time is recorded or planned.")))
        return out
    out.append(tx.para(t("Planned and actual audit time (IAF MD 5; ISO/IEC 17021-1 9.1.4). One auditor-day is "
                         "{hours} hours. Times are hours and minutes.", hours=DAY_MINUTES // 60), st.SMALL))
    out.append(st.kv_table(_totals(t, summary), label_width=label_width(t, 62 * mm)))
    out += st.h2(tx.markup(t.label("Planned and actual time per auditor and day")))
    out.append(_per_day(t, summary))
    if summary.not_counted:
        out.append(tx.para(t("Not counted in the audit time (IAF MD 5: not assigned as auditors): {names}.",
                             names=", ".join(summary.not_counted)), st.SMALL))
    if summary.rows_without_times:
        said = t.plural(summary.rows_without_times,
                        "1 row of the audit plan without usable times (no day, start or end, or ending before they "
                        "start) is not counted as planned time.",
                        "{count} rows of the audit plan without usable times (no day, start or end, or ending before "
                        "they start) are not counted as planned time.")
        out.append(tx.para(said, st.SMALL))
    if summary.clauses:
        out += st.h2(tx.markup(t.label("Time per clause (actual: estimated)")))
        out.append(_shares(t, summary.clauses, t.label("Clause"), clause=True))
    if summary.processes:
        out += st.h2(tx.markup(t.label("Time per process (actual: estimated)")))
        out.append(_shares(t, summary.processes, t.label("Process / area"), clause=False))
    if summary.clauses or summary.processes:
        out.append(tx.para(t(ESTIMATE_NOTE), st.SMALL))
    return out


def _totals(t: Wording, summary: TimeSummary) -> list[tuple[str, Flowable]]:
    planned = summary.planned_auditor_days
    actual = auditor_days(summary.actual)
    pairs = [(t.label("Audit time (application review)"),
              tx.para(_auditor_days(t, days_text(planned)) if planned is not None
                      else t.label("Not set"), st.CELL)),
             (t.label("Planned in the audit plan"), tx.para(_days(t, summary.planned), st.CELL)),
             (t.label("Recorded"), tx.para(t("{total}: on site {on_site} h, off site {off_site} h",
                                             total=_days(t, summary.actual), on_site=hours(summary.on_site),
                                             off_site=hours(summary.off_site)), st.CELL))]
    if planned is not None:
        difference = actual - planned
        sign = "+" if difference > 0.005 else "−" if difference < -0.005 else ""
        pairs.append((t.label("Recorded against application review"),
                      tx.para(_auditor_days(t, f"{sign}{days_text(abs(difference))}"), st.CELL_BOLD)))
    return pairs


def _per_day(t: Wording, summary: TimeSummary) -> Flowable:
    rows: list[list[Flowable]] = []
    for line in summary.days:
        who: list[Flowable] = [tx.para(line.auditor, st.CELL)]
        if not line.counted:
            who.append(tx.para(t.label("not counted"), st.CELL_SMALL))
        rows.append([tx.para(line.day, st.CELL), who, Paragraph(hours(line.planned), _NUMBER),
                     Paragraph(hours(line.on_site), _NUMBER), Paragraph(hours(line.off_site), _NUMBER),
                     Paragraph(hours(line.actual), _NUMBER), Paragraph(signed_hours(line.difference), _NUMBER)])
    rows.append([tx.para(t.label("Total"), st.CELL_BOLD), tx.para(t.label("counted time"), st.CELL_BOLD),
                 *(Paragraph(text, _NUMBER_BOLD) for text in (
                     hours(summary.planned), hours(summary.on_site), hours(summary.off_site), hours(summary.actual),
                     signed_hours(summary.actual - summary.planned)))])
    width = 19 * mm
    return st.table(rows, (22 * mm, st.FRAME_WIDTH - 22 * mm - 5 * width, width, width, width, width, width),
                    header=headers(t, "Date", "Auditor", "Planned", "On site", "Off site", "Actual", "Difference"),
                    extra=[("LINEABOVE", (0, -1), (-1, -1), 0.8, st.ACCENT)])


def _shares(t: Wording, shares: tuple[TimeShare, ...], title: str, *, clause: bool) -> Flowable:
    width = 24 * mm
    rows = []
    for share in shares:
        name = [tx.para(share.name, st.CELL_BOLD if clause else st.CELL)]
        rows.append([*name, *([tx.para(share.title, st.CELL)] if clause else []),
                     Paragraph(hours(share.planned), _NUMBER), Paragraph(hours(share.estimated), _NUMBER)])
    if clause:
        widths: tuple[float, ...] = (18 * mm, st.FRAME_WIDTH - 18 * mm - 2 * width, width, width)
        header = [tx.markup(title), *headers(t, "Title", "Planned", "Estimated")]
    else:
        widths = (st.FRAME_WIDTH - 2 * width, width, width)
        header = [tx.markup(title), *headers(t, "Planned", "Estimated")]
    return st.table(rows, widths, header=header)
