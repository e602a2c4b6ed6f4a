"""Opening, creating and holding one audit file: hardened, verified, exclusively locked."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import struct
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor_app import __version__, leftovers
from auditor_app.errors import DamagedFile, FileLocked, FileReadOnly, FileRefused, KnownError, StorageFull
from auditor_app.storage import layout, lockinfo, log_screen
from auditor_app.storage.fsutil import unwritable_reason

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

# SQLAlchemy (0.2 s to import) is imported where it is first used, not here: opening a file and reading what the
# window shows first go through the sqlite3 driver alone, so the audit is on screen before SQLAlchemy is loaded.

HEADER_MAGIC = b"SQLite format 3\x00"
_WRITE_PRAGMAS = ("journal_mode=DELETE", "synchronous=EXTRA", "locking_mode=EXCLUSIVE", "secure_delete=ON")
_SAFETY_PRAGMAS = ("trusted_schema=OFF", "cell_size_check=ON", "mmap_size=0", "foreign_keys=ON")
_CACHE_KIB = 16_384


@dataclass(frozen=True, slots=True)
class Header:
    application_id: int
    user_version: int
    page_size: int


def read_header(path: Path) -> Header:
    """Check the first 100 bytes before SQLite ever parses the file."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except FileNotFoundError:
        raise FileRefused(path, "the file does not exist") from None
    except IsADirectoryError:
        raise FileRefused(path, "it is a folder, not an audit file") from None
    except OSError as exc:
        raise FileRefused(path, f"it cannot be read ({exc.strerror or exc})") from None
    if len(head) == 0:
        raise FileRefused(path, "the file is empty")
    if not head.startswith(HEADER_MAGIC):
        raise FileRefused(path, "it is not an audit file (not an SQLite database)")
    if len(head) < 100:
        raise DamagedFile(path, "truncated header")
    page_size = struct.unpack(">H", head[16:18])[0]
    user_version = struct.unpack(">I", head[60:64])[0]
    application_id = struct.unpack(">I", head[68:72])[0]
    if application_id != layout.APPLICATION_ID:
        raise FileRefused(path, "it is an SQLite database of another program, not an audit file")
    if user_version > layout.SCHEMA_VERSION:
        raise FileRefused(
            path,
            f"it was written by a newer version of auditor-app (file format {user_version}, this version "
            f"reads up to {layout.SCHEMA_VERSION}); update auditor-app to open it",
        )
    return Header(application_id, user_version, page_size or 65536)


def explain_sqlite_error(exc: BaseException) -> str:
    text = str(exc)
    low = text.lower()
    if isinstance(exc, UnicodeDecodeError):
        return "the file is damaged (unreadable text in its structure)"
    if "file is not a database" in low or "not a database" in low:
        return "the file is damaged or is not an audit file"
    if "malformed database schema" in low:  # SQLite names the schema entry: keep it for `check` to show
        return f"the file is damaged ({text})"
    if "could not decode" in low:  # sqlite3's "Could not decode to UTF-8 column 'x' with text '…'"
        column = text.split("'")[1] if text.count("'") >= 2 else "?"
        return f"the file is damaged (unreadable text in column {column})"
    if "malformed" in low or "corrupt" in low:
        return "the file is damaged (database disk image is malformed)"
    if "locked" in low or "busy" in low:
        return "the file is in use by another program"
    if "readonly" in low or "read-only" in low:
        return "the file or its folder is read-only"
    if "disk is full" in low or "database or disk is full" in low:
        return "the disk is full"
    if "unable to open" in low:
        return "the file cannot be opened (check the folder exists and is writable)"
    return f"the file is damaged or unreadable ({text})"


def refusal(path: Path, exc: BaseException) -> FileRefused:
    """The refusal for an error SQLite or decoding raised: damage points to `check`, the rest says what it is."""
    reason = explain_sqlite_error(exc)
    prefix = "the file is damaged ("
    if reason.startswith(prefix) and reason.endswith(")"):
        return DamagedFile(path, reason[len(prefix):-1])
    return FileRefused(path, reason)


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=0.2)
    for pragma in _SAFETY_PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    conn.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
    if not read_only:
        for pragma in _WRITE_PRAGMAS:
            conn.execute(f"PRAGMA {pragma}")
    else:
        conn.execute("PRAGMA query_only=ON")
    return conn


# Checked before the audit is shown: small tables whose size does not grow with the audit's work.
FIRST_CHECK = ("meta", "c_audit", "c_checklist", "c_clause", "c_team_member")


def _quick_check(conn: sqlite3.Connection, include_blobs: bool, only: tuple[str, ...] | None = None,
                 skip: tuple[str, ...] = ()) -> list[str]:
    """integrity_check table by table; photo bytes are left to `check`, exports and merges (they verify hashes).

    Not quick_check: an index that disagrees with its table (which only integrity_check sees) makes queries
    answer wrongly, and a rebuild or merge write through it; on these tables it costs about the same.
    """
    problems: list[str] = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    targets = [t for t in tables if (include_blobs or t != "blob") and t not in skip and (only is None or t in only)]
    for table in targets:
        rows = conn.execute(f'PRAGMA integrity_check("{table}")').fetchall()
        problems += [str(r[0]) for r in rows if r[0] != "ok"]
    return problems


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    found = {(t, n) for t, n in conn.execute("SELECT type, name FROM sqlite_master")}
    unexpected = sorted(n for t, n in found - layout.EXPECTED_OBJECTS if not n.startswith("sqlite_autoindex"))
    missing = sorted(n for t, n in layout.EXPECTED_OBJECTS - found)
    if unexpected:
        raise FileRefused(path, f"it contains objects an audit file never has ({', '.join(unexpected[:5])})")
    if missing:
        raise DamagedFile(path, f"missing {', '.join(missing[:5])}")


def _screen_log(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a log with an unsound operation before anything reads it (`check` lists them all)."""
    damage = log_screen.first_damage(conn)
    if damage is not None:
        raise DamagedFile(path, damage)


class AuditFile:
    """One open audit file: a single connection holding the exclusive lock for the file's lifetime."""

    def __init__(self, path: Path, raw: sqlite3.Connection, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._raw = raw
        self._stat = os.stat(path)
        self._engine: Engine | None = None
        self._sa_conn: Connection | None = None
        meta = dict(self._raw.execute("SELECT key, value FROM meta").fetchall())
        self.audit_id: str = meta.get("audit_id", "")
        self.replica_id: str = meta.get("replica_id", "")
        self.meta: dict[str, str] = meta

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine over the file's one connection, made on first use."""
        if self._engine is None:
            from sqlalchemy import create_engine, event
            from sqlalchemy.pool import StaticPool

            raw = self._raw
            self._engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
            begin_sql = "BEGIN" if self.read_only else "BEGIN IMMEDIATE"

            @event.listens_for(self._engine, "begin")
            def _begin(conn: Connection) -> None:
                conn.exec_driver_sql(begin_sql)

        return self._engine

    @property
    def _conn(self) -> Connection:
        if self._sa_conn is None:
            self._sa_conn = self.engine.connect()
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
        if read_only and _has_hot_journal(path):
            _recover(path)
        try:
            raw = _connect(path, read_only)
            # The first read takes the lock (held for the connection's life in exclusive mode).
            raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
            problems = _quick_check(raw, include_blobs=False, only=None if verify else FIRST_CHECK)
            if problems:
                raise DamagedFile(path, problems[0])
            if header.user_version < layout.SCHEMA_VERSION:
                if read_only and header.user_version < layout.READABLE_FROM:
                    raise FileRefused(path, "it uses an older file format; open it for editing to upgrade it")
                from auditor_app.storage import migrations

                if not read_only:
                    raw = migrations.upgrade(path, raw, header.user_version)
            _check_schema(raw, path)
            if verify:
                _screen_log(raw, path)
            audit_id = raw.execute("SELECT value FROM meta WHERE key='audit_id'").fetchone()
            if audit_id is None or not _is_uuid(audit_id[0]):
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
            problems = _quick_check(self._raw, include_blobs=False, skip=FIRST_CHECK)
            if problems:
                raise DamagedFile(self.path, problems[0])
            _screen_log(self._raw, self.path)
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
        except sqlite3.Error as exc:  # the hot path of an edit talks to the driver directly (storage/oplog.py)
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
        conn.exec_driver_sql("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))
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
        if self._engine is not None:
            with contextlib.suppress(Exception):
                self._engine.dispose()
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


_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def _has_hot_journal(path: Path) -> bool:
    """A rollback journal left by a crash mid-transaction: the last change must be undone before reading."""
    try:
        with open(path.with_name(path.name + "-journal"), "rb") as handle:
            return handle.read(8) == _JOURNAL_MAGIC
    except OSError:
        return False


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


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except (ValueError, TypeError, AttributeError):
        return False
    return True


def _close_quietly(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        with contextlib.suppress(Exception):
            conn.close()


def describe(path: Path) -> dict[str, Any]:
    """Header facts of a file without opening it through SQLite (for messages and `info`)."""
    header = read_header(path)
    return {"application_id": header.application_id, "user_version": header.user_version,
            "page_size": header.page_size, "lock": json.loads(json.dumps(lockinfo.read(path)))}


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
