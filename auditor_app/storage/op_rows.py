"""The one mapping between rows of the `op` table and `Op` records, for every reader and writer of the log."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from auditor_app.domain.ops import Op

# The op table's columns in `Op`'s field order (seq, the local arrival order, is not part of an operation).
# No SQLAlchemy here: the log is screened through the sqlite3 driver before SQLAlchemy is imported.
COLUMNS = ("op_id", "entity_type", "entity_id", "field", "value", "parents", "hlc", "author", "replica_id",
           "schema_version", "op_hash")
PARENTS = COLUMNS.index("parents")
SELECT_LIST = ", ".join(COLUMNS)


def values(op: Op) -> tuple[Any, ...]:
    """The op as a row tuple in COLUMNS order."""
    return (op.op_id, op.entity_type, op.entity_id, op.field, op.value, json.dumps(list(op.parents)), op.hlc,
            op.author, op.replica_id, op.schema_version, op.op_hash)


def as_dict(op: Op) -> dict[str, Any]:
    """The op as a row keyed by column name (the interchange file's form)."""
    return dict(zip(COLUMNS, values(op), strict=True))


def to_op(row: Sequence[Any], parents: tuple[str, ...] | None = None) -> Op:
    """The op of a row in COLUMNS order; `parents` when the caller has already decoded (and judged) them."""
    return Op(row[0], row[1], row[2], row[3], row[4], tuple(json.loads(row[5])) if parents is None else parents,
              row[6], row[7], row[8], row[9], row[10])


def named_to_op(row: Any) -> Op:
    """The op of a row read with its columns by name, in any order (e.g. `select(schema.op)`, which has seq)."""
    return to_op([getattr(row, column) for column in COLUMNS])


def to_ops(rows: Iterable[Sequence[Any]]) -> Iterator[Op]:
    """`to_op` over many rows, inlined: a rebuild reads every operation of the log through here."""
    loads = json.loads
    for r in rows:
        yield Op(r[0], r[1], r[2], r[3], r[4], tuple(loads(r[5])), r[6], r[7], r[8], r[9], r[10])
