"""Making a new audit file: built and filled under a temporary name, then published whole or not at all."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from auditor_app import leftovers
from auditor_app.errors import KnownError, StorageFull
from auditor_app.storage import layout
from auditor_app.storage.fsutil import fsync_dir, fsync_file, publish

if TYPE_CHECKING:
    from auditor_app.storage.audit_file import AuditFile

Populate = Callable[["AuditFile"], None]
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def build(path: Path, meta: dict[str, str], populate: Populate | None = None) -> None:
    """Write a complete audit file at `path`: schema and `meta`, then `populate(file)` on the temporary file.

    Whatever happens (an error, a full disk, the process killed), `path` either does not exist or holds the
    whole file; the temporary is removed, or, after a kill, by the next write of the same name.
    """
    if path.exists():
        raise KnownError(f"cannot create {path}: a file of that name already exists")
    if not path.parent.is_dir():
        raise KnownError(f"cannot create {path}: the folder {path.parent} does not exist")
    leftovers.clear_stale(path)
    tmp = leftovers.temp_path(path)
    try:
        _initialise(tmp, meta)
        if populate is not None:
            from auditor_app.storage.audit_file import AuditFile

            file = AuditFile.open(tmp, announce=False)
            try:
                populate(file)
            finally:
                file.close()
        fsync_file(tmp)
        publish(tmp, path)  # fails if the name appeared meanwhile: never overwrite
        fsync_dir(path.parent)
    except FileExistsError:
        raise KnownError(f"cannot create {path}: a file of that name already exists") from None
    except Exception as exc:
        failure = cannot_create(path, exc)
        if failure is None:
            raise
        raise failure from None
    finally:
        leftovers.remove_temporary(tmp)


def _initialise(tmp: Path, meta: dict[str, str]) -> None:
    raw = sqlite3.connect(tmp, isolation_level=None)
    try:
        # No sync per statement (the schema is some 30 statements, each its own transaction): the file is still
        # temporary, and build() syncs it whole before it gets its name; a crash before that leaves only a
        # temporary, which is never opened as an audit.
        raw.execute("PRAGMA synchronous=OFF")
        raw.execute("PRAGMA page_size=8192")
        raw.execute("PRAGMA journal_mode=DELETE")
        raw.execute(f"PRAGMA application_id={layout.APPLICATION_ID}")
        raw.execute(f"PRAGMA user_version={layout.SCHEMA_VERSION}")
        create_schema(raw)
        raw.execute("BEGIN")
        raw.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", sorted(meta.items()))
        raw.execute("COMMIT")
    finally:
        raw.close()


def create_schema(conn: sqlite3.Connection) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from auditor_app.storage import schema

    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    schema.metadata.create_all(engine)
    for trigger in layout.GUARD_TRIGGERS + layout.SIG_GUARD_TRIGGERS:
        conn.execute(trigger)


def disk_full(exc: BaseException) -> bool:
    """Whether an error means no more could be written: ENOSPC, EFBIG (a file size limit), a quota, SQLITE_FULL.

    SQLite reports a failed write other than ENOSPC as a disk I/O error; writing a new file, that is the same
    lack of room (or a failing disk, which the message allows for).
    """
    if isinstance(exc, StorageFull):
        return True
    if isinstance(exc, OSError):
        return exc.errno in _FULL_ERRNOS
    orig = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    if isinstance(orig, sqlite3.Error):
        exc = orig
    text = str(exc).lower()
    return isinstance(exc, sqlite3.Error) and ("full" in text or "disk i/o" in text)


def cannot_create(path: Path, exc: BaseException) -> KnownError | None:
    """The one line to show when making `path` failed with `exc`; None when it is not the environment's fault."""
    from auditor_app.storage.audit_file import explain_sqlite_error

    if disk_full(exc):
        return StorageFull(f"cannot create {path}: the disk is full (or failing); nothing was created. "
                           "Free some space and try again.")
    if isinstance(exc, KnownError):
        return exc
    orig = getattr(exc, "orig", None)
    if isinstance(orig, sqlite3.Error) or isinstance(exc, sqlite3.Error):
        return KnownError(f"cannot create {path}: {explain_sqlite_error(orig or exc)}")
    if isinstance(exc, OSError):
        return KnownError(f"cannot create {path}: {exc.strerror or exc}")
    return None
