"""The operations' signatures (`op_sig`, file format 6): appended with their operations, never rewritten."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from auditor_app.domain.ops import Op
from auditor_app.domain.signing import Signature
from auditor_app.storage import op_rows

_INSERT = "INSERT OR IGNORE INTO op_sig(op_id, audit_id, public_key, signature) VALUES (?, ?, ?, ?)"
_SELECT = "SELECT op_id, audit_id, public_key, signature FROM op_sig"


def add(raw: sqlite3.Connection, signatures: Iterable[Signature]) -> None:
    """Store signatures inside the caller's transaction (one already stored for an operation stays as it is)."""
    raw.executemany(_INSERT, [(s.op_id, s.audit_id, s.public_key, s.signature) for s in signatures])


def all_signatures(raw: sqlite3.Connection) -> dict[str, Signature]:
    """Every stored signature by operation id; text that is not text (a damaged row) reads as an empty value."""
    return {str(r[0]): Signature(*(v if isinstance(v, str) else "" for v in r)) for r in raw.execute(_SELECT)}


def of_ops(raw: sqlite3.Connection, op_ids: Iterable[str]) -> dict[str, Signature]:
    ids = list(op_ids)
    out: dict[str, Signature] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = raw.execute(f"{_SELECT} WHERE op_id IN ({','.join('?' * len(chunk))})", chunk)
        out.update((str(r[0]), Signature(*(v if isinstance(v, str) else "" for v in r))) for r in rows)
    return out


def bound_key(raw: sqlite3.Connection, replica_id: str) -> str | None:
    """The key this copy's record names (from the cache; whether the lead signed it is judged by merge and check)."""
    return record(raw, replica_id)[0]


def record(raw: sqlite3.Connection, replica_id: str) -> tuple[str | None, bool]:
    """(key, whether it is the lead's) of this copy's record, or (None, False) without one."""
    row = raw.execute("SELECT public_key, lead FROM c_signer WHERE id = ? AND deleted = 0", (replica_id,)).fetchone()
    if row is None or not isinstance(row[0], str) or not row[0]:
        return None, False
    return row[0], bool(row[1])


def has_lead(raw: sqlite3.Connection) -> bool:
    return raw.execute("SELECT 1 FROM c_signer WHERE lead = 1 AND deleted = 0").fetchone() is not None


def signer_ops(raw: sqlite3.Connection) -> list[Op]:
    """Every operation on the signing key records (few: one record per copy)."""
    sql = f"SELECT {op_rows.SELECT_LIST} FROM op WHERE entity_type = 'signer' ORDER BY seq"
    return list(op_rows.to_ops(raw.execute(sql)))
