"""Safe, styled cells for write-only workbooks: user text is always text, never a formula."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from copy import copy
from typing import Any

from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
BOLD = Font(bold=True)
_RISKY = ("=", "+", "-", "@", "\t", "\r", "\n")
_ILLEGAL = {c: " " for c in range(32) if c not in (9, 10, 13)}  # XML 1.0 forbids these control characters


def _style(ws: Any, wrap: bool, quote: bool) -> Any:
    """The style of a kind of cell, registered with the workbook once and then copied (much cheaper)."""
    cache: dict[tuple[bool, bool], Any] = ws.parent.__dict__.setdefault("_auditor_styles", {})
    key = (wrap, quote)
    if key not in cache:
        proto = WriteOnlyCell(ws, value="")
        proto.alignment = WRAP if wrap else TOP
        proto.quotePrefix = quote
        cache[key] = proto._style
    return cache[key]


def top_aligned_workbook(wb: Any) -> None:
    """Make the workbook's default cell style top-aligned, so plain cells need no style of their own.

    Tall wrapped rows otherwise leave their neighbours at the bottom; styling every cell would triple the
    time to write a large workbook. (openpyxl keeps the default alignment at index 0; pinned 3.1.)
    """
    wb._alignments[0] = Alignment(vertical="top")


def text_cell(ws: Any, value: object, *, wrap: bool = False) -> Any:
    """A cell that shows `value` exactly and can never be evaluated as a formula by Excel.

    Plain values are returned as they are (openpyxl writes them fastest); text that could be read as a
    formula or needs wrapping gets a cell with its own style.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return value
    text = str(value)
    if not text.isprintable():
        text = text.translate(_ILLEGAL)
    risky = text.startswith(_RISKY)
    if not (wrap or risky):
        return text
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # openpyxl would otherwise store "=…" as a formula
    # quotePrefix: Excel keeps a leading = + - @ as text even after the cell is edited.
    cell._style = copy(_style(ws, wrap, risky))
    return cell


def bold_cell(ws: Any, value: str) -> Any:
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    cell.font = BOLD
    return cell


def header_row(ws: Any, titles: Sequence[str], widths: Sequence[int], *, wide: bool = False,
               hidden: Sequence[int] = ()) -> None:
    """Header cells, column widths, frozen header, filters' row and print set-up (A3 for wide tables)."""
    cells = []
    for title in titles:
        cell = WriteOnlyCell(ws, value=title)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        cells.append(cell)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
        # Write-only sheets write their columns with the first row: everything about them is set here.
        ws.column_dimensions[get_column_letter(index)].hidden = index in hidden
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "8" if wide else "9"  # A3 for the wide tables, else A4
    ws.widths = tuple(widths)  # remembered for row heights: spreadsheet programs do not grow rows they did not lay out
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.append(cells)


def finish_table(ws: Any, columns: int, rows: int) -> None:
    """Filters over the whole table (header included)."""
    if rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{rows + 1}"


def list_validation(ws: Any, column: int, rows: int, choices: Iterable[str], prompt: str) -> None:
    """A drop-down for the cells the client fills in (a bad value is refused by Excel)."""
    joined = ",".join(choices)
    rule = DataValidation(type="list", formula1=f'"{joined}"', allow_blank=True, showDropDown=False)
    rule.promptTitle, rule.prompt = "Choose", prompt
    rule.errorTitle, rule.error = "Not in the list", f"Choose one of: {joined}"
    letter = get_column_letter(column)
    rule.add(f"{letter}2:{letter}{max(rows, 1) + 1}")
    ws.data_validations.append(rule)


def row_height(values: Sequence[object], widths: Sequence[int], wrap_columns: frozenset[int]) -> float | None:
    """Points needed to show every wrapped line (a character is about one width unit)."""
    lines = 1
    for index in wrap_columns:
        if index < len(values) and values[index] and index < len(widths):
            width = max(widths[index] - 1, 4)
            text = str(values[index])
            lines = max(lines, sum(max(1, -(-len(part) // width)) for part in text.split("\n")))
    return min(15.0 * lines, 409.0) if lines > 1 else None  # Excel's maximum row height is 409 points


def rows_of(ws: Any, records: Iterable[Sequence[object]], wrap_columns: frozenset[int] = frozenset()) -> int:
    count = 0
    widths: Sequence[int] = getattr(ws, "widths", ())
    limits = [widths[i] if i < len(widths) else 10 for i in range(max(len(widths), 64))]
    append = ws.append
    for record in records:
        height = row_height(record, widths, wrap_columns)
        if height is not None:  # must be set before the row is appended: write-only rows go out at once
            ws.row_dimensions[count + 2].height = height
        cells: list[object] = []
        for i, v in enumerate(record):
            if type(v) is str and v.isprintable() and not v.startswith(_RISKY) and (
                    i not in wrap_columns or len(v) < limits[i]):
                cells.append(v)  # the common case, written by openpyxl as plain text
            else:
                # Only text longer than its column (or with line breaks) needs a wrapping style of its own.
                cells.append(text_cell(ws, v, wrap=i in wrap_columns and isinstance(v, str)
                                       and (len(v) >= limits[i] or "\n" in v)))
        append(cells)
        count += 1
    return count
