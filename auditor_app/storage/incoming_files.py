"""The start of a stored file in an incoming audit file (read-only) or in this one: what a merge's type check reads."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from auditor_app.storage import schema

if TYPE_CHECKING:
    from auditor_app.storage.merge_store import BlobSource

FileStart = tuple[bytes, str]  # the file's first bytes, its recorded type
_QUERY = "SELECT mime, substr(data, 1, ?) FROM blob WHERE sha256 = ?"


@contextlib.contextmanager
def file_starts(path: Path, conn: Connection, length: int,
                source: BlobSource | None = None) -> Iterator[Callable[[str], FileStart | None]]:
    """A lookup of a file's first `length` bytes and type by SHA-256: in the file at `path` (or in `source`, the
    office store's pull), else in this audit.

    Raises sqlite3.Error (`connection.DriverError`) when the incoming file cannot be read.
    """
    if source is not None:
        store = source

        def start_of(sha: str) -> FileStart | None:
            return store.start(sha, length) or _here(conn, sha, length)

        yield start_of
        return
    with contextlib.closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)) as other:
        def head_of(sha: str) -> FileStart | None:
            row = other.execute(_QUERY, (length, sha)).fetchone()  # the other file: driver
            if row is None:
                return _here(conn, sha, length)
            return bytes(row[1] or b""), str(row[0])

        yield head_of


def _here(conn: Connection, sha: str, length: int) -> FileStart | None:
    blob = schema.blob
    row = conn.execute(select(blob.c.mime, func.substr(blob.c.data, 1, length)).where(blob.c.sha256 == sha)).first()
    return None if row is None else (bytes(row[1] or b""), str(row[0]))
