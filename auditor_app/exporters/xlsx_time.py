"""The workbook's "Audit time" sheet (IAF MD 5): totals, planned against actual per auditor and day, time shares."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Alignment  # type: ignore[import-untyped]

from auditor_app.domain.time_summary import DAY_MINUTES, ESTIMATE_NOTE, TimeShare, TimeSummary, auditor_days
from auditor_app.exporters.xlsx_cells import HEADER_FILL, HEADER_FONT, bold_cell, set_columns, text_cell

SHEET = "Audit time"
DAY_COLUMNS = ("Date", "Auditor", "Counted (IAF MD 5)", "Planned (min)", "On site (min)", "Off site (min)",
               "Actual (min)", "Difference (min)")
WIDTHS = (40, 30, 18, 14, 14, 14, 14, 16)


def _header(ws: Any, titles: Sequence[str]) -> list[Any]:
    cells = []
    for title in titles:
        cell = WriteOnlyCell(ws, value=title)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        cells.append(cell)
    return cells


def _days(minutes: float) -> float:
    return round(auditor_days(minutes), 2)


def write_time_sheet(wb: Any, summary: TimeSummary, footer: Any) -> None:
    """Numbers are numbers (minutes, auditor-days), so the certification body's systems can sum them."""
    ws = wb.create_sheet(SHEET)
    footer(ws)
    set_columns(ws, WIDTHS)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.append([bold_cell(ws, f"Audit time (IAF MD 5; ISO/IEC 17021-1 9.1.4). One auditor-day is "
                             f"{DAY_MINUTES // 60} hours.")])
    ws.append(_header(ws, ("Totals", "Minutes", "Auditor-days")))
    planned = summary.planned_auditor_days
    ws.append([bold_cell(ws, "Audit time (application review)"), None, planned])
    for label, minutes in (("Planned in the audit plan", summary.planned), ("Recorded on site", summary.on_site),
                           ("Recorded off site", summary.off_site), ("Recorded in all", summary.actual)):
        ws.append([bold_cell(ws, label), minutes, _days(minutes)])
    if planned is not None:
        ws.append([bold_cell(ws, "Recorded against application review"), None,
                   round(auditor_days(summary.actual) - planned, 2)])
    ws.append([bold_cell(ws, "Plan rows without usable times (not counted)"), summary.rows_without_times])
    if summary.not_counted:
        ws.append([bold_cell(ws, "Not counted (not assigned as auditors)"),
                   text_cell(ws, ", ".join(summary.not_counted))])
    ws.append([])
    ws.append(_header(ws, DAY_COLUMNS))
    for line in summary.days:
        ws.append([text_cell(ws, line.day), text_cell(ws, line.auditor), "yes" if line.counted else "no",
                   line.planned, line.on_site, line.off_site, line.actual, line.difference])
    _shares(ws, summary.clauses, ("Clause", "Title", "Planned (min)", "Estimated from notes (min)"), clause=True)
    _shares(ws, summary.processes, ("Process / area", "Planned (min)", "Estimated from notes (min)"), clause=False)
    if summary.clauses or summary.processes:
        ws.append([])
        ws.append([text_cell(ws, ESTIMATE_NOTE)])


def _shares(ws: Any, shares: tuple[TimeShare, ...], titles: Sequence[str], *, clause: bool) -> None:
    if not shares:
        return
    ws.append([])
    ws.append(_header(ws, titles))
    for share in shares:
        ws.append([text_cell(ws, share.name), *([text_cell(ws, share.title)] if clause else []),
                   round(share.planned), round(share.estimated)])
