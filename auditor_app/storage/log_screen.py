"""Reading the operation log defensively: each row is judged by the op rules, its damage named, nothing raised."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from auditor_app.domain import op_rules
from auditor_app.domain.ops import Op
from auditor_app.storage.op_rows import COLUMNS, PARENTS, SELECT_LIST, to_op

_TYPED = " AND ".join(f"typeof({c}) = '{'integer' if c == 'schema_version' else 'text'}'" for c in COLUMNS)
_FAST_SQL = f"SELECT seq, {SELECT_LIST}, {_TYPED} FROM op WHERE seq > ? ORDER BY seq"
# Text read as bytes with its storage class beside it: invalid UTF-8 or a number where text belongs is then
# reported for its row instead of stopping the sqlite3 driver in the middle of the table.
_CAREFUL_SQL = ("SELECT seq, " + ", ".join(f"typeof({c}), CAST({c} AS BLOB)" for c in COLUMNS)
                + " FROM op WHERE seq > ? ORDER BY seq")


@dataclass(frozen=True, slots=True)
class Row:
    seq: int
    op: Op | None  # None when a column could not even be read as what it must hold
    problems: tuple[str, ...]
    label: str  # what an unsound operation changes, as far as it can be read

    def describe(self) -> str:
        """'operation 17 (note 3f2a1b9c… text): hlc: …' — the row, what it changes, what is wrong."""
        return f"operation {self.seq} ({self.label}): {'; '.join(self.problems)}"


def rows(raw: sqlite3.Connection) -> Iterator[Row]:
    """Every row of the log, in arrival order, with what is wrong with it (nothing, for a sound one)."""
    last = -(2**63)
    try:
        # The usual case, read as the rest of the program reads it; a row of another storage class is read again
        # the careful way.
        for record in raw.execute(_FAST_SQL, (last,)):
            last = record[0]
            yield _judged(last, record[1:-1]) if record[-1] else next(_careful(raw, last - 1))
        return
    except (sqlite3.OperationalError, UnicodeDecodeError):  # text that is not UTF-8: from there on, byte by byte
        pass
    yield from _careful(raw, last, to_the_end=True)


def _judged(seq: int, values: tuple[object, ...]) -> Row:
    try:
        parents = json.loads(str(values[PARENTS]))
    except (ValueError, RecursionError):
        parents = None
    if not isinstance(parents, list) or not all(isinstance(p, str) for p in parents):
        return Row(seq, None, ("parents: not a list of operation ids",), op_rules.label(to_op(values, ())))
    op = to_op(values, tuple(parents))
    found = op_rules.problems(op)
    return Row(seq, op, tuple(str(p) for p in found), op_rules.label(op) if found else "")


def _careful(raw: sqlite3.Connection, after: int, to_the_end: bool = False) -> Iterator[Row]:
    for record in raw.execute(_CAREFUL_SQL + ("" if to_the_end else " LIMIT 1"), (after,)):
        values: list[object] = []
        unreadable: list[str] = []
        for index, column in enumerate(COLUMNS):
            value, problem = _cell(column, record[1 + 2 * index], record[2 + 2 * index])
            values.append(value)
            if problem:
                unreadable.append(f"{column}: {problem}")
        if unreadable:
            yield Row(record[0], None, tuple(unreadable), op_rules.label(to_op(values, ())))
        else:
            yield _judged(record[0], tuple(values))


def _cell(column: str, storage: str, data: bytes | None) -> tuple[object, str]:
    if column == "schema_version":
        return (int(data or b"0"), "") if storage == "integer" else (None, f"must be a whole number, not {storage}")
    if storage != "text":
        return None, f"must be text, not {storage}"
    assert data is not None
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError as exc:
        return None, f"unreadable text (not UTF-8 at byte {exc.start})"


def first_damage(raw: sqlite3.Connection) -> str | None:
    """What is wrong with the first unsound operation of the log, or None when every one is sound."""
    for row in rows(raw):
        if row.problems:
            return row.describe()
    return None
