"""Reclaiming space: files no evidence or sign-off points to any more are dropped, then the file is rebuilt smaller."""

from __future__ import annotations

import json
import sqlite3

from sqlalchemy import Connection, delete, select

from auditor_app.errors import KnownError
from auditor_app.storage import schema
from auditor_app.storage.audit_file import AuditFile, explain_sqlite_error


def referenced_blobs(conn: Connection) -> set[str]:
    """Every hash some evidence's `sha256` (or sign-off's `image_sha256`) field currently holds, read from the
    operation log itself.

    Deleted items count (undo or a merge may restore them) and so does every side of a conflict; only
    values superseded by a later operation on the same field are free.
    """
    op = schema.op
    rows = conn.execute(select(op.c.op_id, op.c.value, op.c.parents).where(
        ((op.c.entity_type == "evidence") & (op.c.field == "sha256"))
        | ((op.c.entity_type == "signoff") & (op.c.field == "image_sha256")))).fetchall()
    superseded = {parent for row in rows for parent in json.loads(row[2])}
    return {json.loads(row[1]) for row in rows if row[0] not in superseded and json.loads(row[1])}


def delete_unreferenced_blobs(conn: Connection) -> tuple[int, int]:
    """Delete stored files nothing refers to (inside the caller's transaction); (files, bytes) removed."""
    keep = referenced_blobs(conn)
    blob = schema.blob
    stored = conn.execute(select(blob.c.sha256, blob.c.size)).fetchall()
    doomed = [(sha, size) for sha, size in stored if sha not in keep]
    for sha, _size in doomed:
        conn.execute(delete(blob).where(blob.c.sha256 == sha))
    return len(doomed), sum(int(size) for _sha, size in doomed)


def vacuum(file: AuditFile) -> None:
    """Rebuild the file without its free pages, so deleted photos give their space back to the disk.

    VACUUM runs through SQLite's own rollback journal: a crash midway leaves the file as it was before.
    """
    if file.read_only:
        raise KnownError(f"{file.path.name} is open read-only")
    raw = file.raw_connection()
    if raw.in_transaction:
        raise RuntimeError("VACUUM needs the audit file outside any transaction")
    try:
        raw.execute("VACUUM")
    except sqlite3.Error as exc:
        raise KnownError(f"{file.path.name} could not be shrunk ({explain_sqlite_error(exc)}); "
                         "nothing was lost, the file keeps its size") from None
