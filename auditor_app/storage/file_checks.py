"""What opening checks before it trusts a file: its header, its structure and log, and SQLite's complaints in words."""

from __future__ import annotations

import json
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor_app.errors import DamagedFile, FileRefused
from auditor_app.storage import layout, lockinfo

HEADER_MAGIC = b"SQLite format 3\x00"


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


# Checked before the audit is shown: small tables whose size does not grow with the audit's work.
FIRST_CHECK = ("meta", "c_audit", "c_checklist", "c_clause", "c_team_member")


def quick_check(conn: sqlite3.Connection, include_blobs: bool, only: tuple[str, ...] | None = None,
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


def check_schema(conn: sqlite3.Connection, path: Path, file_format: int = layout.SCHEMA_VERSION) -> None:
    found = {(t, n) for t, n in conn.execute("SELECT type, name FROM sqlite_master")}
    unexpected = sorted(n for t, n in found - layout.EXPECTED_OBJECTS if not n.startswith("sqlite_autoindex"))
    missing = sorted(n for t, n in layout.expected_objects(file_format) - found)
    if unexpected:
        raise FileRefused(path, f"it contains objects an audit file never has ({', '.join(unexpected[:5])})")
    if missing:
        raise DamagedFile(path, f"missing {', '.join(missing[:5])}")


def screen_log(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a log with an unsound operation before anything reads it (`check` lists them all)."""
    # Imported here: the window shows an audit (quick_check) before the log is screened, on the database thread,
    # and the operations' rules and hashing need not be loaded before that first view.
    from auditor_app.storage import log_screen

    damage = log_screen.first_damage(conn)
    if damage is not None:
        raise DamagedFile(path, damage)


_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def has_hot_journal(path: Path) -> bool:
    """A rollback journal left by a crash mid-transaction: the last change must be undone before reading."""
    try:
        with open(path.with_name(path.name + "-journal"), "rb") as handle:
            return handle.read(8) == _JOURNAL_MAGIC
    except OSError:
        return False


def is_uuid(value: str) -> bool:
    import uuid  # here, not at the top: see screen_log

    try:
        uuid.UUID(value)
    except (ValueError, TypeError, AttributeError):
        return False
    return True


def describe(path: Path) -> dict[str, Any]:
    """Header facts of a file without opening it through SQLite (for messages and `info`)."""
    header = read_header(path)
    return {"application_id": header.application_id, "user_version": header.user_version,
            "page_size": header.page_size, "lock": json.loads(json.dumps(lockinfo.read(path)))}
