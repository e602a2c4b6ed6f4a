"""Clause rows of an imported checklist sheet: header columns, cell text, numbering and the clause tree."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from auditor_app.domain.checklist import NUMBER_RE, ChecklistError

MAX_CELL_CHARS = 10_000
MAX_DEPTH = 12
# (key, header) in sheet order; Tags is the only optional column.
COLUMNS = (("number", "Number"), ("title", "Title"), ("questions", "Questions"),
           ("evidence", "Typical evidence"), ("tags", "Tags"))
Value = str | int | float
Table = list[tuple[int, dict[int, Value]]]  # (row number, {0-based column: non-empty value})


def text_of(value: Value, ref: str, where: str, *, number: bool = False) -> str:
    if isinstance(value, float) and not value.is_integer():
        if number:
            raise ChecklistError(f"{where}, cell {ref}: the clause number {value} is stored as a number, so 7.10 "
                                 "and 7.1 look the same; format the Number column as Text and retype it")
        text = repr(value)
    else:
        text = str(int(value)) if isinstance(value, float) else str(value)
    if len(text) > MAX_CELL_CHARS:
        raise ChecklistError(f"{where}, cell {ref}: text is longer than {MAX_CELL_CHARS:,} characters ({len(text):,})")
    return text.strip()


@dataclass(slots=True)
class _Row:
    row: int
    number: str
    title: str
    questions: list[str]
    evidence: list[str]
    tags: dict[str, str]
    children: list[_Row] = field(default_factory=list)


def _columns(table: Table, where: str) -> dict[str, int]:
    if not table:
        raise ChecklistError(f"{where}: the sheet is empty (expected a header row "
                             f"{' | '.join(h for _k, h in COLUMNS)})")
    header_row, header = table[0]
    if header_row != 1:
        raise ChecklistError(f"{where}, row 1: the header row is missing (first content in row {header_row})")
    titles = {c: " ".join(text_of(v, f"{get_column_letter(c + 1)}1", where).split()) for c, v in header.items()}
    found = ", ".join(titles.values())
    by_name = {t.casefold(): c for c, t in titles.items()}
    known = {h.casefold() for _k, h in COLUMNS}
    for key, heading in COLUMNS:
        if key != "tags" and heading.casefold() not in by_name:
            raise ChecklistError(f"{where}, row 1: missing column {heading!r} (found: {found})")
    for column, title in titles.items():
        if title.casefold() not in known:
            raise ChecklistError(f"{where}, cell {get_column_letter(column + 1)}1: unknown column {title!r} "
                                 f"(expected: {', '.join(h for _k, h in COLUMNS)})")
    if len(by_name) != len(titles):
        raise ChecklistError(f"{where}, row 1: a column heading appears twice (found: {found})")
    return {key: by_name[h.casefold()] for key, h in COLUMNS if h.casefold() in by_name}


def clause_rows(table: Table, where: str) -> list[_Row]:
    columns = _columns(table, where)
    if len(table) < 2:
        raise ChecklistError(f"{where}: no clauses below the header row")
    out: list[_Row] = []
    first: dict[str, int] = {}
    for row, values in table[1:]:
        stray = sorted(set(values) - set(columns.values()))
        if stray:
            raise ChecklistError(f"{where}, cell {get_column_letter(stray[0] + 1)}{row}: text in a column "
                                 "without a heading")
        cell = {k: text_of(values[c], f"{get_column_letter(c + 1)}{row}", where, number=k == "number")
                if c in values else "" for k, c in columns.items()}
        number = cell["number"]
        here = f"{where}, row {row}: clause {number}"
        if not number:
            raise ChecklistError(f"{where}, row {row}: the clause number is empty")
        if not NUMBER_RE.fullmatch(number):
            raise ChecklistError(f"{here}: number must look like 7, 7.1 or 7.1.5.2")
        if number.count(".") >= MAX_DEPTH:
            raise ChecklistError(f"{here}: nested more than {MAX_DEPTH} levels deep")
        if number in first:
            raise ChecklistError(f"{here}: duplicate clause number (first at row {first[number]})")
        first[number] = row
        if not cell["title"]:
            raise ChecklistError(f"{here}: the title is empty")
        out.append(_Row(row, number, cell["title"], _split(cell["questions"]), _split(cell["evidence"]),
                        _tags(cell.get("tags", ""), here)))
    return out


def _split(text: str) -> list[str]:
    return [line.strip() for line in re.split(r"\r\n|\r|\n", text) if line.strip()]


def _tags(text: str, here: str) -> dict[str, str]:
    tags: dict[str, str] = {}
    for part in (p.strip() for p in text.split(";")):
        key, sep, value = (s.strip() for s in part.partition("="))
        if part and (not sep or not key or not value):
            raise ChecklistError(f"{here}: tags must look like key=value; key=value (not {part!r})")
        if key in tags:
            raise ChecklistError(f"{here}: tag {key!r} given twice")
        if part:
            tags[key] = value
    return tags


def tree(rows: list[_Row], where: str) -> list[dict[str, Any]]:
    """A clause's parent is its number minus the last component, and it must come earlier in the sheet."""
    by_number = {r.number: r for r in rows}
    placed: set[str] = set()
    roots: list[_Row] = []
    for row in rows:
        parent, dot, _last = row.number.rpartition(".")
        if not dot:
            roots.append(row)
        elif parent in placed:
            by_number[parent].children.append(row)
        elif parent in by_number:
            raise ChecklistError(f"{where}, row {row.row}: clause {row.number} comes before its parent {parent} "
                                 f"(row {by_number[parent].row}); move it below its parent")
        else:
            raise ChecklistError(f"{where}, row {row.row}: clause {row.number}: its parent clause {parent} is missing")
        placed.add(row.number)
    return [clause_data(r) for r in roots]


def clause_data(row: _Row) -> dict[str, Any]:
    out: dict[str, Any] = {"number": row.number, "title": row.title}
    if row.questions:
        out["questions"] = row.questions
    if row.evidence:
        out["evidence"] = row.evidence
    if row.tags:
        out["tags"] = row.tags
    if row.children:
        out["clauses"] = [clause_data(c) for c in row.children]
    return out
