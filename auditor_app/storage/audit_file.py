"""Opening, creating and holding one audit file: hardened, verified, exclusively locked."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor_app import __version__, leftovers
from auditor_app.errors import DamagedFile, FileLocked, FileReadOnly, FileRefused, KnownError, StorageFull
from auditor_app.storage import file_checks, layout, lockinfo
from auditor_app.storage.file_checks import FIRST_CHECK as FIRST_CHECK  # re-exported: callers know them from here
from auditor_app.storage.file_checks import HEADER_MAGIC as HEADER_MAGIC
from auditor_app.storage.file_checks import Header as Header
from auditor_app.storage.file_checks import describe as describe
from auditor_app.storage.file_checks import explain_sqlite_error as explain_sqlite_error
from auditor_app.storage.file_checks import read_header as read_header
from auditor_app.storage.file_checks import refusal as refusal
from auditor_app.storage.fsutil import unwritable_reason

if TYPE_CHECKING:
    from sqlalchemy import Connection

# SQLAlchemy (0.2 s to import) is imported where it is first used, not here: opening a file and reading what the
# window shows first go through the sqlite3 driver alone, so the audit is on screen before SQLAlchemy is loaded.

_WRITE_PRAGMAS = ("journal_mode=DELETE", "synchronous=EXTRA", "locking_mode=EXCLUSIVE", "secure_delete=ON")
_SAFETY_PRAGMAS = ("trusted_schema=OFF", "cell_size_check=ON", "mmap_size=0", "foreign_keys=ON")
_CACHE_KIB = 16_384


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    # check_same_thread: the connection is used only on the thread that opened it (the window's database thread,
    # ui/db_thread.py; the command line's only thread), so a use from any other thread raises at once.
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=True, timeout=0.2)
    for pragma in _SAFETY_PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    conn.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
    if not read_only:
        for pragma in _WRITE_PRAGMAS:
            conn.execute(f"PRAGMA {pragma}")
    else:
        conn.execute("PRAGMA query_only=ON")
    return conn


class AuditFile:
    """One open audit file: a single connection holding the exclusive lock for the file's lifetime."""

    def __init__(self, path: Path, raw: sqlite3.Connection, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._raw = raw
        self._stat = os.stat(path)
        self._sa_conn: Connection | None = None
        meta = dict(self._raw.execute("SELECT key, value FROM meta").fetchall())
        self.audit_id: str = meta.get("audit_id", "")
        self.replica_id: str = meta.get("replica_id", "")
        self.meta: dict[str, str] = meta

    @property
    def _conn(self) -> Connection:
        if self._sa_conn is None:
            from auditor_app.storage import shared_engine

            self._sa_conn = shared_engine.connect(self._raw, "BEGIN" if self.read_only else "BEGIN IMMEDIATE")
        return self._sa_conn

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, owner: str = "", verify: bool = True,
             announce: bool = True) -> AuditFile:
        """Open and check a file. With verify=False only the small tables are checked now and the caller
        must run `verify_rest()` (the GUI does it on its database thread while the window appears).
        With announce=False no lock-information file is written (a file being built under a temporary name)."""
        path = Path(path)
        header = read_header(path)
        raw: sqlite3.Connection | None = None
        if not read_only:
            why = unwritable_reason(path)
            if why is not None:
                raise FileReadOnly(path, why)
        if read_only and file_checks.has_hot_journal(path):
            _recover(path)
        try:
            raw = _connect(path, read_only)
            # The first read takes the lock (held for the connection's life in exclusive mode).
            raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
            problems = file_checks.quick_check(raw, include_blobs=False, only=None if verify else FIRST_CHECK)
            if problems:
                raise DamagedFile(path, problems[0])
            if header.user_version < layout.SCHEMA_VERSION:
                if read_only and header.user_version < layout.READABLE_FROM:
                    raise FileRefused(path, "it uses an older file format; open it for editing to upgrade it")
                from auditor_app.storage import migrations

                if not read_only:
                    raw = migrations.upgrade(path, raw, header.user_version)
                else:
                    migrations.read_as_is(raw)
            file_checks.check_schema(raw, path, min(header.user_version, layout.SCHEMA_VERSION) if read_only
                                     else layout.SCHEMA_VERSION)
            if verify:
                file_checks.screen_log(raw, path)
            audit_id = raw.execute("SELECT value FROM meta WHERE key='audit_id'").fetchone()
            if audit_id is None or not file_checks.is_uuid(audit_id[0]):
                raise DamagedFile(path, "no audit id")
            file = cls(path, raw, read_only)  # reads meta: unreadable text there is a refusal too
            if not read_only:
                # Take the exclusive lock now (held until close), so a second instance is refused at once;
                # an empty exclusive transaction does it without changing a byte of the file.
                raw.execute("BEGIN EXCLUSIVE")
                raw.execute("COMMIT")
                if announce:
                    lockinfo.write(path, owner)
        except FileRefused:
            _close_quietly(raw)
            raise
        except (sqlite3.Error, UnicodeDecodeError, ValueError, OSError, struct.error) as exc:
            _close_quietly(raw)
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise FileLocked(path, lockinfo.describe(path)) from None
            raise refusal(path, exc) from None
        except Exception as exc:  # any other failure of a hostile file is a refusal, never a crash
            _close_quietly(raw)
            raise refusal(path, exc) from None
        file.verified = verify
        file.format = header.user_version if read_only else layout.SCHEMA_VERSION
        return file

    def verify_rest(self) -> None:
        """quick_check of the tables not checked at open; raises FileRefused when the file is damaged."""
        if self.verified:
            return
        try:
            problems = file_checks.quick_check(self._raw, include_blobs=False, skip=FIRST_CHECK)
            if problems:
                raise DamagedFile(self.path, problems[0])
            file_checks.screen_log(self._raw, self.path)
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise refusal(self.path, exc) from None
        self.verified = True

    verified = True
    format = layout.SCHEMA_VERSION  # the file format as opened (older only when read without upgrading)
    read_only_reason = ""  # why a file meant for editing was opened read-only (shown with the read-only mark)

    @classmethod
    def create(cls, path: Path | str, *, audit_id: str | None = None, replica_id: str | None = None,
               owner: str = "", extra_meta: dict[str, str] | None = None,
               populate: Callable[[AuditFile], None] | None = None) -> AuditFile:
        """A new audit file, built under a temporary name (and filled there by `populate(file)`), then published
        whole and opened: until this returns, `path` holds nothing or the complete file (storage/building.py)."""
        from auditor_app.storage import building

        path = Path(path)
        import uuid  # only a new file needs it; opening one at start-up does not

        meta = {"audit_id": audit_id or str(uuid.uuid4()), "replica_id": replica_id or str(uuid.uuid4()),
                "created_with": __version__, "hlc_last": ""}
        meta.update(extra_meta or {})
        building.build(path, meta, populate)
        return cls.open(path, owner=owner)

    # -- transactions --------------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self) -> Iterator[Connection]:
        """One durable transaction: committed (and synced) when the block ends without error."""
        if self.read_only:
            raise KnownError(f"{self.path.name} is open read-only")
        self.verify_rest()  # never write into a file whose check has not passed
        self._check_still_there()
        from sqlalchemy.exc import DBAPIError

        try:
            with self._conn.begin():
                yield self._conn
        except DBAPIError as exc:
            raise _map_write_error(exc.orig or exc, self.path) from None
        except sqlite3.Error as exc:  # an edit's hot path talks to the driver directly (storage/driver_sql.py)
            raise _map_write_error(exc, self.path) from None

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        if self._conn.in_transaction():  # a read inside a use case sees that use case's own changes
            yield self._conn
            return
        with self._conn.begin():
            yield self._conn

    def raw_connection(self) -> sqlite3.Connection:
        return self._raw

    def _check_still_there(self) -> None:
        # A renamed or deleted file (USB pulled, Explorer rename) must not receive further writes.
        try:
            now = os.stat(self.path)
        except OSError:
            raise KnownError(
                f"{self.path} was moved or deleted while open; nothing more is written to it. "
                "Use 'Save a copy' to keep your work."
            ) from None
        if (now.st_ino, now.st_dev) != (self._stat.st_ino, self._stat.st_dev):
            raise KnownError(f"{self.path} was replaced by another file while open; nothing more is written to it.")

    def set_meta(self, conn: Connection, key: str, value: str) -> None:
        from sqlalchemy import insert

        from auditor_app.storage import schema

        conn.execute(insert(schema.meta).prefix_with("OR REPLACE"), {"key": key, "value": value})
        self.meta[key] = value

    def full_check(self, include_blobs: bool = True) -> list[str]:
        """integrity_check and foreign_key_check: empty when all is well.

        Without `include_blobs` the evidence table is left out: callers that read evidence verify each
        file's SHA-256 as they read it, which proves its bytes; this saves reading every photo twice.
        """
        if include_blobs:
            rows = self._raw.execute("PRAGMA integrity_check").fetchall()
        else:
            tables = [r[0] for r in self._raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            rows = [r for t in tables if t != "blob" for r in self._raw.execute(f'PRAGMA integrity_check("{t}")')]
        problems = [str(r[0]) for r in rows if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in self._raw.execute("PRAGMA foreign_key_check").fetchall()]
        return problems

    def pragma(self, name: str) -> Any:
        return self._raw.execute(f"PRAGMA {name}").fetchone()[0]

    def close(self) -> None:
        if self._sa_conn is not None:
            with contextlib.suppress(Exception):
                self._sa_conn.close()
        _close_quietly(self._raw)
        if not self.read_only:
            lockinfo.remove(self.path)

    def __enter__(self) -> AuditFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _map_write_error(exc: BaseException, path: Path) -> KnownError:
    message = str(exc).lower()
    if "full" in message or isinstance(exc, sqlite3.OperationalError) and "disk i/o" in message:
        return StorageFull(
            f"the disk holding {path.name} is full or failing: the last change was not saved "
            "(everything saved before it is intact). Free some space and try again."
        )
    return KnownError(f"the change could not be saved to {path.name}: {explain_sqlite_error(exc)}")


def _recover(path: Path) -> None:
    """Let SQLite roll back an interrupted transaction (it needs write access once), then close again."""
    try:
        conn = _connect(path, False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError, OSError) as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise FileLocked(path, lockinfo.describe(path)) from None
        raise FileRefused(path, "it was not closed properly and needs write access once to undo the unfinished "
                                f"change ({explain_sqlite_error(exc)})") from None


def _close_quietly(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        try:
            conn.close()
        except sqlite3.ProgrammingError:  # closed from a thread that does not own it: the file would stay locked
            raise
        except Exception:  # closing after a failure: the failure is what is reported
            pass


def copy_while_locked(path: Path, dest: Path, attempts: int = 3) -> Path:
    """Copy an audit another program holds open, for a read-only look; verified, retried if caught mid-write.

    SQLite's lock is advisory on POSIX and covers only a byte range beyond 1 GB on Windows, so the bytes
    can be read; a copy taken between two commits is consistent, and quick_check proves it.
    """
    last_error = ""
    leftovers.clear_stale(dest)
    for _ in range(attempts):
        tmp = leftovers.temp_path(dest)
        try:
            with open(path, "rb") as source, open(tmp, "xb") as target:
                while chunk := source.read(1 << 20):
                    target.write(chunk)
            probe = AuditFile.open(tmp, read_only=True)
            probe.close()
            os.replace(tmp, dest)
            return dest
        except FileRefused as exc:
            last_error = exc.reason
        except OSError as exc:
            raise KnownError(f"cannot copy {path}: {exc.strerror or exc}") from None
        finally:
            leftovers.remove_temporary(tmp)
    raise KnownError(f"cannot take a consistent copy of {path} while it is being edited ({last_error})")
