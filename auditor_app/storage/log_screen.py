"""Reading the operation log defensively: each row is judged by the op rules, its damage named, nothing raised."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from auditor_app.domain import op_rules
from auditor_app.domain.ops import Op

_COLUMNS = ("op_id", "entity_type", "entity_id", "field", "value", "parents", "hlc", "author", "replica_id",
            "schema_version", "op_hash")
# Text read as bytes with its storage class beside it: invalid UTF-8 or a number where text belongs is then
# reported for its row instead of stopping the sqlite3 driver in the middle of the table.
_SQL = "SELECT seq, " + ", ".join(f"typeof({c}), CAST({c} AS BLOB)" for c in _COLUMNS) + " FROM op ORDER BY seq"


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
    for record in raw.execute(_SQL):
        seq = record[0]
        values: list[object] = []
        unreadable: list[str] = []
        for index, column in enumerate(_COLUMNS):
            storage, data = record[1 + 2 * index], record[2 + 2 * index]
            value, problem = _cell(column, storage, data)
            values.append(value)
            if problem:
                unreadable.append(f"{column}: {problem}")
        op = Op(*values)  # type: ignore[arg-type]
        if unreadable:
            yield Row(seq, None, tuple(unreadable), op_rules.label(op))
            continue
        found = op_rules.problems(op)
        yield Row(seq, op, tuple(str(p) for p in found), op_rules.label(op) if found else "")


def _cell(column: str, storage: str, data: bytes | None) -> tuple[object, str]:
    if column == "schema_version":
        return (int(data or b"0"), "") if storage == "integer" else (None, f"must be a whole number, not {storage}")
    if storage != "text":
        return None, f"must be text, not {storage}"
    assert data is not None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"unreadable text (not UTF-8 at byte {exc.start})"
    if column != "parents":
        return text, ""
    try:
        parents = json.loads(text)
    except (ValueError, RecursionError):
        return None, "not a list of operation ids"
    if not isinstance(parents, list) or not all(isinstance(p, str) for p in parents):
        return None, "not a list of operation ids"
    return tuple(parents), ""


def first_damage(raw: sqlite3.Connection) -> str | None:
    """What is wrong with the first unsound operation of the log, or None when every one is sound."""
    for row in rows(raw):
        if row.problems:
            return row.describe()
    return None
