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
from auditor_app.exporters.pdf_source import Ctx, nothing

_NUMBER = ParagraphStyle("time-number", parent=st.CELL, alignment=TA_RIGHT)
_NUMBER_BOLD = ParagraphStyle("time-number-bold", parent=st.CELL_BOLD, alignment=TA_RIGHT)


def _days(minutes: float) -> str:
    return f"{days_text(auditor_days(minutes))} auditor-days ({hours(minutes)} h)"


def audit_time(ctx: Ctx) -> list[Flowable]:
    summary: TimeSummary = ctx.data.time_summary
    out = ctx.section("audit_time", "Audit time")
    if summary.empty:
        out.append(nothing("No audit time is recorded or planned."))
        return out
    out.append(Paragraph(f"Planned and actual audit time (IAF MD 5; ISO/IEC 17021-1 9.1.4). One auditor-day is "
                         f"{DAY_MINUTES // 60} hours. Times are hours and minutes.", st.SMALL))
    out.append(st.kv_table(_totals(summary), label_width=62 * mm))
    out += st.h2("Planned and actual time per auditor and day")
    out.append(_per_day(summary))
    if summary.not_counted:
        out.append(tx.para(f"Not counted in the audit time (IAF MD 5: not assigned as auditors): "
                           f"{', '.join(summary.not_counted)}.", st.SMALL))
    if summary.rows_without_times:
        rows = summary.rows_without_times
        out.append(Paragraph(f"{rows} row{'s' if rows != 1 else ''} of the audit plan without usable times (no day, "
                             "start or end, or ending before they start) "
                             f"{'are' if rows != 1 else 'is'} not counted as planned time.", st.SMALL))
    if summary.clauses:
        out += st.h2("Time per clause (actual: estimated)")
        out.append(_shares(summary.clauses, "Clause", clause=True))
    if summary.processes:
        out += st.h2("Time per process (actual: estimated)")
        out.append(_shares(summary.processes, "Process / area", clause=False))
    if summary.clauses or summary.processes:
        out.append(Paragraph(ESTIMATE_NOTE, st.SMALL))
    return out


def _totals(summary: TimeSummary) -> list[tuple[str, Flowable]]:
    planned = summary.planned_auditor_days
    actual = auditor_days(summary.actual)
    pairs = [("Audit time (application review)",
              Paragraph(f"{days_text(planned)} auditor-days" if planned is not None else "Not set", st.CELL)),
             ("Planned in the audit plan", Paragraph(_days(summary.planned), st.CELL)),
             ("Recorded", Paragraph(f"{_days(summary.actual)}: on site {hours(summary.on_site)} h, off site "
                                    f"{hours(summary.off_site)} h", st.CELL))]
    if planned is not None:
        difference = actual - planned
        sign = "+" if difference > 0.005 else "−" if difference < -0.005 else ""
        pairs.append(("Recorded against application review",
                      Paragraph(f"{sign}{days_text(abs(difference))} auditor-days", st.CELL_BOLD)))
    return pairs


def _per_day(summary: TimeSummary) -> Flowable:
    rows: list[list[Flowable]] = []
    for line in summary.days:
        who: list[Flowable] = [tx.para(line.auditor, st.CELL)]
        if not line.counted:
            who.append(Paragraph("not counted", st.CELL_SMALL))
        rows.append([tx.para(line.day, st.CELL), who, Paragraph(hours(line.planned), _NUMBER),
                     Paragraph(hours(line.on_site), _NUMBER), Paragraph(hours(line.off_site), _NUMBER),
                     Paragraph(hours(line.actual), _NUMBER), Paragraph(signed_hours(line.difference), _NUMBER)])
    rows.append([Paragraph("Total", st.CELL_BOLD), Paragraph("counted time", st.CELL_BOLD),
                 *(Paragraph(text, _NUMBER_BOLD) for text in (
                     hours(summary.planned), hours(summary.on_site), hours(summary.off_site), hours(summary.actual),
                     signed_hours(summary.actual - summary.planned)))])
    width = 19 * mm
    return st.table(rows, (22 * mm, st.FRAME_WIDTH - 22 * mm - 5 * width, width, width, width, width, width),
                    header=["Date", "Auditor", "Planned", "On site", "Off site", "Actual", "Difference"],
                    extra=[("LINEABOVE", (0, -1), (-1, -1), 0.8, st.ACCENT)])


def _shares(shares: tuple[TimeShare, ...], title: str, *, clause: bool) -> Flowable:
    width = 24 * mm
    rows = []
    for share in shares:
        name = [tx.para(share.name, st.CELL_BOLD if clause else st.CELL)]
        rows.append([*name, *([tx.para(share.title, st.CELL)] if clause else []),
                     Paragraph(hours(share.planned), _NUMBER), Paragraph(hours(share.estimated), _NUMBER)])
    if clause:
        widths: tuple[float, ...] = (18 * mm, st.FRAME_WIDTH - 18 * mm - 2 * width, width, width)
        header = [title, "Title", "Planned", "Estimated"]
    else:
        widths = (st.FRAME_WIDTH - 2 * width, width, width)
        header = [title, "Planned", "Estimated"]
    return st.table(rows, widths, header=header)
