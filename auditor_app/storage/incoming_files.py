"""The start of a stored file in an incoming audit file (read-only) or in this one: what a merge's type check reads."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Connection, func, select

from auditor_app.storage import schema

FileStart = tuple[bytes, str]  # the file's first bytes, its recorded type
_QUERY = "SELECT mime, substr(data, 1, ?) FROM blob WHERE sha256 = ?"


@contextlib.contextmanager
def file_starts(path: Path, conn: Connection, length: int) -> Iterator[Callable[[str], FileStart | None]]:
    """A lookup of a file's first `length` bytes and type by SHA-256: in the file at `path`, else in this audit.

    Raises sqlite3.Error (`connection.DriverError`) when the incoming file cannot be read.
    """
    with contextlib.closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)) as source:
        def head_of(sha: str) -> FileStart | None:
            blob = schema.blob
            row = source.execute(_QUERY, (length, sha)).fetchone() or conn.execute(  # the other file: driver
                select(blob.c.mime, func.substr(blob.c.data, 1, length)).where(blob.c.sha256 == sha)).first()
            return None if row is None else (bytes(row[1] or b""), str(row[0]))

        yield head_of
