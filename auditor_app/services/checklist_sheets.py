"""Checklists as Excel workbooks and CSV files: export, validated import of untrusted sheets, and change summaries."""

from __future__ import annotations

import contextlib
import csv
import datetime
import importlib.util
import io
import math
import os
import re
import unicodedata
import warnings
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
import yaml
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from auditor_app import leftovers
from auditor_app.domain.checklist import (
    FORMAT,
    ID_RE,  # the library's own rules, so an imported sheet is held to exactly what a YAML file is
    Checklist,
    ChecklistError,
    parse_checklist,
)
from auditor_app.errors import KnownError
from auditor_app.services.checklist_sheet_rows import (
    COLUMNS,
    MAX_CELL_CHARS,
    Table,
    Value,
    clause_rows,
    text_of,
    tree,
)
from auditor_app.services.checklist_zipguard import MAX_FILE_BYTES, first_merged_range, read_guarded
from auditor_app.storage.fsutil import fsync_dir, fsync_file

MAX_ROWS = 20_000
ABOUT, CLAUSES = "About", "Clauses"
META_KEYS = ("format", "id", "title", "standard", "edition", "language", "source")
_WIDTHS = (12, 48, 80, 60, 28)
_ABOUT_WIDTHS = (12, 100)
_RISKY_START = ("=", "+", "-", "@", "\t", "\r")


def export_xlsx(checklist: Checklist, out: Path) -> Path:
    """Write the checklist as a workbook (About + Clauses sheets) atomically: temporary file, fsync, rename."""
    wb = openpyxl.Workbook()
    about = wb.active
    about.title = ABOUT
    _header(about, ("Key", "Value"), _ABOUT_WIDTHS)
    data = checklist.to_json()
    for row, key in enumerate(META_KEYS, start=2):
        _put(about.cell(row, 1), key, f"{checklist.key}: {key}").alignment = Alignment(vertical="top")
        value = _put(about.cell(row, 2), str(data[key]), f"{checklist.key}: {key}")
        value.alignment = Alignment(wrap_text=True, vertical="top")
        _fit_height(about, row, [(str(data[key]), _ABOUT_WIDTHS[1])])
    sheet = wb.create_sheet(CLAUSES)
    _header(sheet, tuple(h for _k, h in COLUMNS), _WIDTHS)
    for row, (clause, depth, _parent) in enumerate(checklist.walk(), start=2):
        where = f"{checklist.key}: clause {clause.number}"
        for key, value in clause.tags:
            if "=" in key or ";" in key + value:
                raise ChecklistError(f"{where}: tag {key}={value} cannot be written as key=value (';' or '=')")
        number = _put(sheet.cell(row, 1), clause.number, where)
        number.number_format = "@"
        number.data_type = "s"
        values = (clause.title, _lines(clause.questions), _lines(clause.evidence),
                  "; ".join(f"{k}={v}" for k, v in clause.tags))
        for column, value in enumerate(values, start=2):
            cell = _put(sheet.cell(row, column), value, where)
            # Excel and LibreOffice ignore an indent unless the cell is explicitly left-aligned.
            cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True,
                                       indent=depth if column == 2 else 0)
        number.alignment = Alignment(vertical="top")
        _fit_height(sheet, row, [(values[0], _WIDTHS[1] - 2 * depth), *zip(values[1:], _WIDTHS[2:], strict=True)])
    leftovers.clear_stale(out)
    tmp = leftovers.temp_path(out)
    try:
        wb.save(tmp)
        fsync_file(tmp)
        os.replace(tmp, out)
        fsync_dir(out.resolve().parent)
    except OSError as exc:
        raise KnownError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return out


def _header(sheet: Any, titles: tuple[str, ...], widths: tuple[int, ...]) -> None:
    for column, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        sheet.cell(1, column, title).font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _fit_height(sheet: Any, row: int, cells: list[tuple[str, int]]) -> None:
    """Spreadsheets do not grow a row for wrapped text in a file they did not lay out themselves: estimate it."""
    lines = max(sum(max(1, math.ceil(len(part) / (1.2 * width))) for part in text.split("\n")) for text, width in cells)
    if lines > 1:
        sheet.row_dimensions[row].height = min(409, 15 * lines)  # 15 pt per line of 11 pt text; 409 is Excel's cap


def _lines(items: tuple[str, ...]) -> str:
    # One item per line is the cell format, so a line break inside an item would split it on import.
    return "\n".join(" ".join(re.split(r"\r\n|\r|\n", item)) for item in items)


def _put(cell: Any, text: str, where: str) -> Any:
    if ILLEGAL_CHARACTERS_RE.search(text):
        raise ChecklistError(f"{where}: text contains a control character that Excel cannot store: {text[:40]!r}")
    if len(text) > MAX_CELL_CHARS:
        raise ChecklistError(f"{where}: a cell would hold more than {MAX_CELL_CHARS:,} characters")
    cell.value = text or None
    if text.startswith(_RISKY_START):
        # openpyxl would store "=..." as a formula and Excel would evaluate it; the quote prefix keeps it text.
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def read_sheet(path: Path, *, default_id: str | None = None, meta: dict[str, str] | None = None) -> Checklist:
    """Import an .xlsx or .csv checklist; every problem is a ChecklistError naming file, sheet and row or cell."""
    unknown = set(meta or {}) - set(META_KEYS[1:])
    if unknown:
        raise ValueError(f"unknown checklist metadata: {', '.join(sorted(unknown))}")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        about, clauses, where = _read_xlsx(path)
    elif suffix == ".csv":
        about, clauses, where = None, _read_csv(path), path.name
    else:
        raise ChecklistError(f"{path.name}: not an Excel .xlsx or .csv file (use File > Save As in your spreadsheet)")
    values = _metadata(path, about, meta or {}, default_id)
    data: dict[str, Any] = {"format": FORMAT, **values, "clauses": tree(clause_rows(clauses, where), where)}
    try:
        # The same validation (and the same 2 MB limit) as a YAML checklist: the import is saved as one.
        return parse_checklist(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                               f"{path.name} (as checklist YAML)")
    except ChecklistError as exc:
        raise ChecklistError(f"{path.name}: cannot be used as a checklist: {exc}") from None


def _read_xlsx(path: Path) -> tuple[Table | None, Table, str]:
    name = path.name
    # openpyxl switches to defusedxml only when it is importable; without it a workbook could expand entities.
    if importlib.util.find_spec("defusedxml") is None:
        raise ChecklistError(f"{name}: cannot read workbooks safely: the defusedxml package is missing")
    if openpyxl.DEFUSEDXML is not True:
        raise ChecklistError(f"{name}: cannot read workbooks safely: openpyxl is not using defusedxml "
                             "(is OPENPYXL_DEFUSEDXML set?)")
    data = read_guarded(path)
    wb = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about unsupported extras; the content is checked below
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
            names = list(wb.sheetnames)
            found = {n.strip().casefold(): n for n in names}
            title = found.get(CLAUSES.casefold())
            if title is None:
                raise ChecklistError(f"{name}: no sheet named {CLAUSES!r} (sheets found: {', '.join(names) or 'none'})")
            sheet, where = wb[title], f"{name}, sheet {title}"
            part = getattr(sheet, "_worksheet_path", None)  # openpyxl 3.1 internals; pinned in pyproject
            if not isinstance(part, str) or not hasattr(sheet, "iter_rows"):
                raise ChecklistError(f"{where}: not a worksheet (a chart sheet?)")
            merged = first_merged_range(data, part, where)
            if merged:
                raise ChecklistError(f"{where}: merged cells {merged} are not allowed; unmerge them")
            clauses = _xlsx_table(sheet, where)
            about_title = found.get(ABOUT.casefold())
            about = _xlsx_table(wb[about_title], f"{name}, sheet {about_title}") if about_title else None
    except ChecklistError:
        raise
    except Exception as exc:  # openpyxl raises anything (TypeError, KeyError, ...) for a damaged file
        root: BaseException = exc
        while root.__cause__ is not None:  # openpyxl wraps the parser's error; the original says what is wrong
            root = root.__cause__
        detail = " ".join(f"{type(root).__name__}: {root}".split())[:200]
        raise ChecklistError(f"{name}: not a readable Excel workbook ({detail})") from None
    finally:
        if wb is not None:
            with contextlib.suppress(Exception):
                wb.close()
    return about, clauses, f"{name}, sheet {title}"


def _xlsx_table(sheet: Any, where: str) -> Table:
    sheet.reset_dimensions()  # the stored dimension is the file author's claim; read every row there is
    table: Table = []
    for row, cells in enumerate(sheet.iter_rows(), start=1):
        values: dict[int, Value] = {}
        for column, cell in enumerate(cells):
            value = cell.value
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            ref = f"{get_column_letter(column + 1)}{row}"
            if cell.data_type == "f":
                raise ChecklistError(f"{where}, cell {ref}: formulas are not allowed ({str(value)[:40]}); "
                                     "an imported checklist must be plain text")
            if cell.data_type == "e":
                raise ChecklistError(f"{where}, cell {ref}: holds the error value {value}")
            if isinstance(value, bool) or not isinstance(value, str | int | float):
                kind = "a date or time" if isinstance(value, datetime.date | datetime.time | datetime.timedelta) \
                    else type(value).__name__
                raise ChecklistError(f"{where}, cell {ref}: holds {kind}, not text; format the cell as Text")
            values[column] = value
        if values:
            table.append((row, values))
            _check_rows(table, where)
    return table


def _check_rows(table: Table, where: str) -> None:
    if len(table) > MAX_ROWS + 1:
        raise ChecklistError(f"{where}, row {table[-1][0]}: more than {MAX_ROWS:,} rows; split the checklist")


def _read_csv(path: Path) -> Table:
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ChecklistError(f"{name}: refused: the file is larger than {MAX_FILE_BYTES // 2**20} MB")
        raw = path.read_bytes()
    except OSError as exc:
        raise ChecklistError(f"{name}: cannot read ({exc.strerror or exc})") from None
    bom = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = raw[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = bom + exc.start
        line = raw[:at].count(b"\n") + 1
        raise ChecklistError(f"{name}, line {line}: not UTF-8 text (byte {at}); save it as 'CSV UTF-8'") from None
    if not text.strip():
        raise ChecklistError(f"{name}: the file is empty")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    table: Table = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row, record in enumerate(reader, start=1):
            values: dict[int, Value] = {c: v for c, v in enumerate(record) if v.strip()}
            if values:
                table.append((row, values))
                _check_rows(table, name)
    except csv.Error as exc:
        raise ChecklistError(f"{name}, line {reader.line_num}: not valid CSV ({exc})") from None
    return table


def _metadata(path: Path, about: Table | None, meta: dict[str, str], default_id: str | None) -> dict[str, str]:
    found: dict[str, str] = {}
    origin: dict[str, str] = {}
    where = f"{path.name}, sheet {ABOUT}"
    if about:
        head = [str(v).strip().casefold() for _c, v in sorted(about[0][1].items())]
        if about[0][0] != 1 or head != ["key", "value"]:
            raise ChecklistError(f"{where}, row 1: expected the header Key | Value")
    for row, values in (about or [])[1:]:
        if set(values) - {0, 1}:
            raise ChecklistError(f"{where}, row {row}: only the columns Key and Value are read; remove the rest")
        key = text_of(values.get(0, ""), f"A{row}", where).casefold()
        if key not in META_KEYS:
            raise ChecklistError(f"{where}, row {row}: unknown key {key!r} (allowed: {', '.join(META_KEYS)})")
        if key in found:
            raise ChecklistError(f"{where}, row {row}: key {key!r} given twice")
        found[key] = text_of(values.get(1, ""), f"B{row}", where)
        origin[key] = f"{where}, row {row}"
    if "format" in found and found["format"] != FORMAT:
        raise ChecklistError(f"{origin['format']}: format must be {FORMAT!r}, not {found['format']!r}")
    for key, value in meta.items():
        found[key], origin[key] = value.strip(), path.name
    found.setdefault("id", default_id or _slug(path.stem))
    found.setdefault("title", path.stem)
    found.setdefault("standard", found["title"])
    found.setdefault("edition", "unspecified")
    found.setdefault("language", "en")
    found.setdefault("source", f"Imported from {path.name}")
    for key in META_KEYS[1:]:
        if not found[key]:
            raise ChecklistError(f"{origin.get(key, path.name)}: {key} must not be empty")
    if not ID_RE.fullmatch(found["id"]):
        raise ChecklistError(f"{origin.get('id', path.name)}: id {found['id']!r} must be lower-case letters, "
                             "digits and '-' (at most 64)")
    return {key: found[key] for key in META_KEYS[1:]}


def _slug(stem: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:64].strip("-")
    return slug or "imported-checklist"
