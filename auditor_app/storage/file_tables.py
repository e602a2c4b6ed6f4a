"""The evidence files (`blob`) and the merge history (`merge_log`): reads and inserts."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Row, select
from sqlalchemy.dialects.sqlite import insert

from auditor_app.storage import schema
from auditor_app.storage.connection import AnyRow


def add_blob(conn: Connection, sha256: str, size: int, mime: str, data: bytes) -> None:
    """Store a file once: a file already stored (same SHA-256) is left as it is."""
    conn.execute(insert(schema.blob).on_conflict_do_nothing(),
                 {"sha256": sha256, "size": size, "mime": mime, "data": data})


def add_blobs(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    conn.execute(schema.blob.insert(), rows)


def blob_data(conn: Connection, sha256: str) -> bytes | None:
    row = conn.execute(select(schema.blob.c.data).where(schema.blob.c.sha256 == sha256)).first()
    return None if row is None else bytes(row[0])


def blob_sizes(conn: Connection) -> dict[str, int]:
    """SHA-256 -> size of every stored file (a push plans its batches by bytes before reading any)."""
    return {str(r[0]): int(r[1]) for r in conn.execute(select(schema.blob.c.sha256, schema.blob.c.size))}


def blob_files(conn: Connection, hashes: Sequence[str]) -> list[tuple[str, str, bytes]]:
    """(sha256, mime, bytes) of these stored files, read in one statement (the caller bounds their bytes)."""
    b = schema.blob
    rows = conn.execute(select(b.c.sha256, b.c.mime, b.c.data).where(b.c.sha256.in_(list(hashes))))
    return [(str(r[0]), str(r[1]), bytes(r[2])) for r in rows]


def blob_hashes(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute(select(schema.blob.c.sha256))}


def stored_hashes(conn: Connection) -> set[str]:
    """The same, through the table (the check compares it with the evidence the cache references)."""
    return {r[0] for r in conn.execute(select(schema.blob.c.sha256))}


def blobs_with_data(conn: Connection) -> Iterator[Row[str, bytes]]:
    """(sha256, data) of every stored file, one at a time."""
    return iter(conn.execute(select(schema.blob.c.sha256, schema.blob.c.data)))


def referenced_hashes(conn: Connection) -> set[str]:
    """The SHA-256 of every live evidence item."""
    evidence = schema.cache["evidence"]
    return {r[0] for r in conn.execute(select(evidence.c.sha256).where(evidence.c.deleted == 0))}


def all_blobs(conn: Connection) -> list[AnyRow]:
    """Every stored file (sha256, size, mime, data), by hash."""
    return list(conn.execute(select(schema.blob).order_by(schema.blob.c.sha256)).fetchall())


def merges(conn: Connection, newest_first: bool = False) -> list[AnyRow]:
    log = schema.merge_log
    return list(conn.execute(select(log).order_by(log.c.seq.desc() if newest_first else log.c.seq)).fetchall())


def add_merges(conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
    conn.execute(schema.merge_log.insert(), rows)


def add_merge(conn: Connection, row: Mapping[str, Any]) -> None:
    conn.execute(schema.merge_log.insert(), row)
