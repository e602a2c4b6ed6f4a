"""Safe, styled cells for write-only workbooks: user text is always text, never a formula."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from typing import Any

from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.cell.cell import Cell  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font, PatternFill  # type: ignore[import-untyped]
from openpyxl.styles.cell_style import StyleArray  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.utils.indexed_list import IndexedList  # type: ignore[import-untyped]
from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]

from auditor_app.exporters.wording import ENGLISH, Wording
from auditor_app.exporters.xlsx_fit import SAFE_LENGTH, fit

HEADER_FONT = Font(name="Calibri", size=11, bold=True, color="FFFFFF")  # as the default font: no fallback
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
BOLD = Font(name="Calibri", size=11, bold=True)
_RISKY = ("=", "+", "-", "@", "\t", "\r", "\n")
_ILLEGAL = {c: " " for c in range(32) if c not in (9, 10, 13)}  # XML 1.0 forbids these control characters


class _TextCell(Cell):  # type: ignore[misc]
    """A styled text cell made without openpyxl's value checks: its text was made safe here already."""

    __slots__ = ()

    def __repr__(self) -> str:  # openpyxl formats this into the error it raises and catches for every cell appended
        return "<text cell>"


def _style(ws: Any, wrap: bool, quote: bool) -> StyleArray:
    """The style of a kind of cell, registered with the workbook once and then shared by every such cell."""
    cache: dict[tuple[bool, bool], StyleArray] = ws.parent.__dict__.setdefault("_auditor_styles", {})
    key = (wrap, quote)
    if key not in cache:
        proto = WriteOnlyCell(ws, value="")
        proto.alignment = WRAP if wrap else TOP
        proto.quotePrefix = quote
        cache[key] = proto._style
    return cache[key]


def _values_to_row(ws: Any, values: Sequence[object], row: int) -> Iterator[Any]:
    """openpyxl 3.1's WriteOnlyWorksheet._values_to_row, but a prepared cell is taken as it is: openpyxl first
    tries it as a value, which raises (and catches) an error for each one, a quarter of the sheet's time."""
    plain = WriteOnlyCell(ws)  # plain values are bound to one reused cell, as openpyxl does
    for column, value in enumerate(values, 1):
        if value is None:
            continue
        if isinstance(value, Cell):
            cell = value
        else:
            plain.value = value
            cell = plain
        cell.column, cell.row = column, row
        if cell.hyperlink is not None:
            cell.hyperlink.ref = cell.coordinate
        yield cell
        if cell is plain and plain.has_style:  # a date gets a number format: the next value needs a fresh cell
            plain = WriteOnlyCell(ws)


def fast_rows(ws: Any) -> None:
    """Let the write-only sheet `ws` take our prepared cells without trying them as values first."""
    if callable(getattr(ws, "_values_to_row", None)):  # openpyxl pinned at 3.1.5; otherwise its own path still works
        ws._values_to_row = partial(_values_to_row, ws)


def _styled(ws: Any, text: str, style: StyleArray) -> Any:
    cell = _TextCell(ws, 1, 1)
    cell._value = text  # callers made it fit (openpyxl would cut longer text without a word)
    cell.data_type = "s"  # never "f": openpyxl would otherwise store "=…" as a formula
    cell._style = style
    return cell


def top_aligned_workbook(wb: Any) -> None:
    """Make the workbook's default cell format (the one cells without a style of their own use) top-aligned.

    Tall wrapped rows otherwise leave their neighbours at the bottom; styling every cell would triple the time to
    write a large workbook. openpyxl writes an alignment only for formats whose alignment is not its first one, so
    the default format is replaced by one pointing at a registered top alignment. (openpyxl pinned at 3.1.5.)
    """
    default = StyleArray()
    default.alignmentId = wb._alignments.add(TOP)
    wb._cell_styles = IndexedList([default])
    wb._named_styles["Normal"].alignment = TOP  # LibreOffice takes cells without a format from the Normal style


def discard(wb: Any) -> None:
    """Abandon a write-only workbook that will not be saved (a cancelled or failed export).

    Each write-only sheet streams its rows into a temporary file through an open generator; left to the garbage
    collector, the generator ends half-way through its XML (an error logged at some later, unrelated moment) and
    the temporary file stays in the system's temporary folder. Finish each sheet, then delete its file.
    """
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        out = getattr(getattr(ws, "_writer", None), "out", None)  # openpyxl 3.1.5's temporary sheet file
        if out:
            with contextlib.suppress(OSError):
                os.remove(out)


def right_to_left_sheets(wb: Any) -> None:
    """Every sheet of an Arabic workbook reads from the right (column A on the right), as Excel lays out Arabic
    documents; set as each sheet is made, since a write-only sheet writes its view before its first row."""
    create = wb.create_sheet

    def create_sheet(*args: Any, **kw: Any) -> Any:
        ws = create(*args, **kw)
        ws.sheet_view.rightToLeft = True
        return ws

    wb.create_sheet = create_sheet


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
    if len(text) > SAFE_LENGTH:
        text = fit(text)
    if not text.isprintable():
        text = text.translate(_ILLEGAL)
    risky = text.startswith(_RISKY)
    if not (wrap or risky):
        return text
    # quotePrefix: Excel keeps a leading = + - @ as text even after the cell is edited.
    return _styled(ws, text, _style(ws, wrap, risky))


def bold_cell(ws: Any, value: str) -> Any:
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    cell.font, cell.alignment = BOLD, TOP
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
    set_columns(ws, widths, hidden)
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "8" if wide else "9"  # A3 for the wide tables, else A4
    ws.widths = tuple(widths)  # remembered for row heights: spreadsheet programs do not grow rows they did not lay out
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.append(cells)


def set_columns(ws: Any, widths: Sequence[int], hidden: Sequence[int] = ()) -> None:
    """Column widths; the columns keep the default (top-aligned) format, so what the client types in lines up."""
    for index, width in enumerate(widths, start=1):
        # Write-only sheets write their columns with the first row: everything about them is set here.
        column = ws.column_dimensions[get_column_letter(index)]
        column.width, column.hidden, column.alignment = width, index in hidden, TOP


def set_height(ws: Any, row: int, points: float, shared: dict[float, dict[str, str]] | None = None) -> None:
    """A row's height, set before the row is appended (write-only rows go out at once). Written as the row's
    attributes straight away: openpyxl's RowDimension costs a dozen attribute lookups per row and writes a
    format reference that the top-aligned default makes wrong; `shared` reuses one set per height."""
    attributes = shared.get(points) if shared is not None else None
    if attributes is None:
        attributes = {"ht": f"{points:g}", "customHeight": "1"}
        if shared is not None:
            shared[points] = attributes
    ws.row_dimensions[row] = attributes


def finish_table(ws: Any, columns: int, rows: int) -> None:
    """Filters over the whole table (header included)."""
    if rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{rows + 1}"


def list_validation(ws: Any, column: int, rows: int, choices: Iterable[str], prompt: str,
                    t: Wording = ENGLISH) -> None:
    """A drop-down for the cells the client fills in (a bad value is refused by Excel)."""
    joined = ",".join(choices)
    rule = DataValidation(type="list", formula1=f'"{joined}"', allow_blank=True, showDropDown=False)
    rule.promptTitle, rule.prompt = t.label("Choose"), prompt
    rule.errorTitle, rule.error = t.label("Not in the list"), t("Choose one of: {choices}", choices=joined)
    letter = get_column_letter(column)
    rule.add(f"{letter}2:{letter}{max(rows, 1) + 1}")
    ws.data_validations.append(rule)


def row_height(values: Sequence[object], widths: Sequence[int], wrap_columns: frozenset[int]) -> float | None:
    """Points needed to show every wrapped line (a character is about one width unit)."""
    lines = 1
    for index in wrap_columns:
        if index < len(values) and values[index] and index < len(widths):
            lines = max(lines, _lines(str(values[index]), widths[index]))
    return _points(lines)


def _lines(text: str, width: int) -> int:
    width = max(width - 1, 4)
    return sum(max(1, -(-len(part) // width)) for part in text.split("\n"))


def _points(lines: int) -> float | None:
    return min(15.0 * lines, 409.0) if lines > 1 else None  # Excel's maximum row height is 409 points


def rows_of(ws: Any, records: Iterable[Sequence[object]], wrap_columns: frozenset[int] = frozenset()) -> int:
    """Append the records; returns how many. Built for 10⁵ rows: a cell gets a style of its own only when its text
    is longer than its column (wrapped, the row made tall enough) or could be read as a formula (quoted)."""
    widths: Sequence[int] = getattr(ws, "widths", ())
    # Per column: the text length from which it wraps (columns that do not wrap: never), and the characters
    # per wrapped line when the column's text sets the row height (0: it does not).
    wrap_at: list[int] = []
    per_line: list[int] = []

    def columns(count: int) -> None:
        for i in range(len(wrap_at), count):
            wraps = i in wrap_columns
            wrap_at.append((widths[i] if i < len(widths) else 10) if wraps else 1 << 62)
            per_line.append(max(widths[i] - 1, 4) if wraps and i < len(widths) else 0)

    columns(len(widths))
    wrapped, quoted, both = _style(ws, True, False), _style(ws, False, True), _style(ws, True, True)
    fast_rows(ws)
    tall: dict[float, dict[str, str]] = {}
    append = ws.append
    count = 0
    for record in records:
        count += 1
        cells = list(record)
        if len(cells) > len(wrap_at):
            columns(len(cells))
        lines = 1
        for i, v in enumerate(cells):
            if type(v) is str:
                if len(v) > SAFE_LENGTH:
                    v = fit(v)
                    cells[i] = v
                if v.isprintable():  # the common case: no line break, no control character
                    if len(v) >= wrap_at[i]:
                        cells[i] = _styled(ws, v, both if v.startswith(_RISKY) else wrapped)
                        if per_line[i] and len(v) > per_line[i] * lines:
                            lines = -(-len(v) // per_line[i])
                    elif v.startswith(_RISKY):
                        cells[i] = _styled(ws, v, quoted)
                    continue  # else written by openpyxl as plain text
                wrap = i in wrap_columns and (len(v) >= wrap_at[i] or "\n" in v)
            elif v is None or type(v) is int:
                continue
            else:
                wrap = False
            cells[i] = text_cell(ws, v, wrap=wrap)
            if v and per_line[i]:
                lines = max(lines, _lines(str(v), widths[i]))
        height = _points(lines)
        if height is not None:
            set_height(ws, count + 1, height, tall)
        append(cells)
    return count
