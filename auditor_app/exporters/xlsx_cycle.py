"""Coverage over the certification cycle in Excel: its own workbook, and the sheet in the audit's workbook."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import PatternFill  # type: ignore[import-untyped]

from auditor_app import leftovers
from auditor_app.domain.cycle_coverage import CycleCoverage, StandardCoverage
from auditor_app.errors import InputError, KnownError
from auditor_app.exporters.carried_text import entry_label
from auditor_app.exporters.cycle_text import audit_dates, audit_kind, mark
from auditor_app.exporters.wording import ENGLISH, N_, Wording
from auditor_app.exporters.xlsx_cells import (
    discard,
    finish_table,
    header_row,
    right_to_left_sheets,
    rows_of,
    text_cell,
    top_aligned_workbook,
)
from auditor_app.exporters.xlsx_fit import cut_in

SHEET = N_("Cycle coverage")
AUDITS, UNCOVERED = N_("Audits"), N_("Uncovered")
_HISTORY_OF = "history of "  # how services/cycle_coverage names an audit read from a file's history
UNCOVERED_FILL = PatternFill("solid", fgColor="FDE2E1")  # rows still to cover stand out, also when printed
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def write_workbook(coverage: CycleCoverage, out: Path, *, notes: Sequence[str] = (), t: Wording = ENGLISH) -> Path:
    """Sheets "Audits", one per standard (clause × audit), "Uncovered", in `t`'s language(s); written to a
    temporary file renamed into place, so an interrupted export leaves nothing under the target name."""
    from auditor_app.exporters.xlsx_summary import sheet_name

    out = Path(out)
    if not out.parent.is_dir():  # said before anything is built: nothing half-made is left to clean up
        raise InputError(f"cannot write {out}: the folder {out.parent} does not exist; nothing was written")
    wb = Workbook(write_only=True)
    try:
        top_aligned_workbook(wb)
        if t.right_to_left:
            right_to_left_sheets(wb)
        audits, uncovered = sheet_name(t, AUDITS), sheet_name(t, UNCOVERED)
        with cut_in(t):
            _audits(wb.create_sheet(audits), coverage, notes, t)
            used = {audits.casefold(), uncovered.casefold()}
            for standard in coverage.standards:
                _matrix(wb.create_sheet(_sheet_name(standard.name or standard.key, used)), coverage, [standard], t=t)
            _uncovered(wb.create_sheet(uncovered), coverage, t)
        leftovers.clear_stale(out)
        tmp = leftovers.temp_path(out)
    except BaseException:
        discard(wb)
        raise
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    except OSError as exc:
        discard(wb)
        raise KnownError(f"cannot write {out}: {exc.strerror or exc}; nothing was written") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return out


def audit_sheet(wb: Any, coverage: CycleCoverage, t: Wording = ENGLISH) -> None:
    """The audit workbook's sheet: every standard's clauses × the audits of the cycle."""
    from auditor_app.exporters.xlsx_summary import sheet_name

    _matrix(wb.create_sheet(sheet_name(t, SHEET)), coverage, coverage.standards, with_standard=True, t=t)


def history_note(t: Wording, taken: Sequence[Mapping[str, Any]], file: str) -> str:
    """The note that these audits were read from the history in `file` (their own files were not given), in the
    workbook's words (the command line says it in English: services/cycle_coverage)."""
    audits = ("، " if t.right_to_left else ", ").join(entry_label(t, entry) for entry in taken)
    return t.plural(len(taken), "{count} audit(s) taken from the history in {file} (their files were not given): "
                    "{audits}", "{count} audit(s) taken from the history in {file} (their files were not given): "
                    "{audits}", file=file, audits=audits)


def _sheet_name(name: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique whatever the case."""
    base = " ".join(_NOT_IN_SHEET_NAMES.sub(" ", name).split())[:31] or "Standard"
    candidate, number = base, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate, number = base[:31 - len(suffix)] + suffix, number + 1
    used.add(candidate.casefold())
    return candidate


def _audits(ws: Any, coverage: CycleCoverage, notes: Sequence[str], t: Wording) -> None:
    names = [s.name or s.key for s in coverage.standards]
    titles = (t.label("Audit"), t.label("Dates"), t.label("Report number"), t.label("Title"),
              t.label("Current cycle"), t.label("Read from"),
              *(t.label("% clauses covered: {standard}", standard=n) for n in names), t.label("Processes"),
              t.label("Sites"))
    header_row(ws, titles, (16, 24, 16, 36, 10, 26, *(16 for _n in names), 40, 40))
    rows = []
    for a in coverage.audits:
        percent = dict(a.percent)
        origin = t.label("history of {file}", file=a.origin.removeprefix(_HISTORY_OF)) \
            if a.origin.startswith(_HISTORY_OF) else a.origin
        rows.append((audit_kind(t, a), audit_dates(t, a), a.report_number, a.title,
                     t.label("yes") if a.in_cycle else t.label("no"), origin,
                     *(percent.get(s.key, 0) for s in coverage.standards), "\n".join(a.processes), "\n".join(a.sites)))
    count = rows_of(ws, rows, frozenset({3, len(titles) - 2, len(titles) - 1}))
    finish_table(ws, len(titles), count)
    if notes:
        ws.append([])
        for note in notes:
            ws.append([text_cell(ws, t.label("Note")), text_cell(ws, note)])


def _matrix(ws: Any, coverage: CycleCoverage, standards: Sequence[StandardCoverage], *,
            with_standard: bool = False, t: Wording = ENGLISH) -> None:
    audits = coverage.cycle
    lead = (t.label("Standard"),) if with_standard else ()
    # A header cell takes its value as it is: a title starting with "=" would be a formula (audit types and dates
    # come from the files), so such a title gets a leading space.
    titles = (*lead, t.label("Clause"), t.label("Title"),
              *(_plain(f"{audit_kind(t, a)} {a.start_date}".strip()) for a in audits), t.label("Covered in the cycle"))
    header_row(ws, titles, (*((20,) if with_standard else ()), 10, 44, *(14 for _a in audits), 12))
    count = 0
    for standard in standards:
        for row in standard.rows:
            count += 1
            indent = "  " * min(row.depth, 4)
            values: list[Any] = [*((standard.name,) if with_standard else ()), row.number, indent + row.title,
                                 *(mark(t, m) or None for m in row.marks)]
            flag = WriteOnlyCell(ws, value=t.label("yes") if row.covered else t.label("no"))
            if not row.covered:
                flag.fill = UNCOVERED_FILL
            ws.append([text_cell(ws, v) for v in values] + [flag])
    finish_table(ws, len(titles), count)


def _plain(title: str) -> str:
    return f" {title}" if title.startswith(("=", "+", "-", "@")) else title


def _uncovered(ws: Any, coverage: CycleCoverage, t: Wording) -> None:
    titles = (t.label("What"), t.label("Standard"), t.label("Clause"), t.label("Title"))
    header_row(ws, titles, (10, 24, 10, 60))
    clause, process, site = t.label("Clause"), t.label("Process"), t.label("Site")
    rows: list[tuple[object, ...]] = [(clause, s.name, r.number, r.title) for s in coverage.standards
                                      for r in s.uncovered]
    rows += [(process, "", "", p) for p in coverage.uncovered_processes]
    rows += [(site, "", "", name) for name in coverage.uncovered_sites]
    finish_table(ws, len(titles), rows_of(ws, rows, frozenset({3})))
