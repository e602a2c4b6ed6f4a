"""The workbook's "Audit time" sheet (IAF MD 5): totals, planned against actual per auditor and day, time shares."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Alignment  # type: ignore[import-untyped]

from auditor_app.domain.time_summary import DAY_MINUTES, ESTIMATE_NOTE, TimeShare, TimeSummary, auditor_days
from auditor_app.exporters.wording import ENGLISH, N_, Wording
from auditor_app.exporters.xlsx_cells import HEADER_FILL, HEADER_FONT, bold_cell, set_columns, text_cell

SHEET = N_("Audit time")
DAY_COLUMNS = (N_("Date"), N_("Auditor"), N_("Counted (IAF MD 5)"), N_("Planned (min)"), N_("On site (min)"),
               N_("Off site (min)"), N_("Actual (min)"), N_("Difference (min)"))
WIDTHS = (40, 30, 18, 14, 14, 14, 14, 16)


def _header(ws: Any, t: Wording, titles: Sequence[str]) -> list[Any]:
    cells = []
    for title in titles:
        cell = WriteOnlyCell(ws, value=t.label(title))
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        cells.append(cell)
    return cells


def _days(minutes: float) -> float:
    return round(auditor_days(minutes), 2)


def write_time_sheet(wb: Any, summary: TimeSummary, footer: Any, t: Wording = ENGLISH) -> None:
    """Numbers are numbers (minutes, auditor-days), so the certification body's systems can sum them."""
    from auditor_app.exporters.xlsx_summary import sheet_name

    ws = wb.create_sheet(sheet_name(t, SHEET))
    footer(ws)
    set_columns(ws, WIDTHS)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.append([bold_cell(ws, t("Audit time (IAF MD 5; ISO/IEC 17021-1 9.1.4). One auditor-day is {hours} hours.",
                               hours=DAY_MINUTES // 60))])
    ws.append(_header(ws, t, (N_("Totals"), N_("Minutes"), N_("Auditor-days"))))
    planned = summary.planned_auditor_days
    ws.append([bold_cell(ws, t.label("Audit time (application review)")), None, planned])
    for label, minutes in ((N_("Planned in the audit plan"), summary.planned),
                           (N_("Recorded on site"), summary.on_site), (N_("Recorded off site"), summary.off_site),
                           (N_("Recorded in all"), summary.actual)):
        ws.append([bold_cell(ws, t.label(label)), minutes, _days(minutes)])
    if planned is not None:
        ws.append([bold_cell(ws, t.label("Recorded against application review")), None,
                   round(auditor_days(summary.actual) - planned, 2)])
    ws.append([bold_cell(ws, t.label("Plan rows without usable times (not counted)")), summary.rows_without_times])
    if summary.not_counted:
        ws.append([bold_cell(ws, t.label("Not counted (not assigned as auditors)")),
                   text_cell(ws, ", ".join(summary.not_counted))])
    ws.append([])
    ws.append(_header(ws, t, DAY_COLUMNS))
    for line in summary.days:
        ws.append([text_cell(ws, line.day), text_cell(ws, line.auditor),
                   t.label("yes") if line.counted else t.label("no"),
                   line.planned, line.on_site, line.off_site, line.actual, line.difference])
    _shares(ws, t, summary.clauses, (N_("Clause"), N_("Title"), N_("Planned (min)"),
                                     N_("Estimated from notes (min)")), clause=True)
    _shares(ws, t, summary.processes, (N_("Process / area"), N_("Planned (min)"), N_("Estimated from notes (min)")),
            clause=False)
    if summary.clauses or summary.processes:
        ws.append([])
        ws.append([text_cell(ws, t(ESTIMATE_NOTE))])


def _shares(ws: Any, t: Wording, shares: tuple[TimeShare, ...], titles: Sequence[str], *, clause: bool) -> None:
    if not shares:
        return
    ws.append([])
    ws.append(_header(ws, t, titles))
    for share in shares:
        ws.append([text_cell(ws, share.name), *([text_cell(ws, share.title)] if clause else []),
                   round(share.planned), round(share.estimated)])
