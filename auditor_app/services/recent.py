"""The recently opened audits shown on the start screen: what each is, how far it is, and where it lives."""

from __future__ import annotations

import dataclasses
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from auditor_app import paths
from auditor_app.domain import vocab
from auditor_app.errors import KnownError
from auditor_app.services import config_file, queries
from auditor_app.services.session import AuditSession
from auditor_app.storage.connection import DatabaseError

log = logging.getLogger(__name__)

FILE_NAME = "recent-audits.json"
FORMAT_VERSION = 1
MAX_ENTRIES = 20


@dataclass(frozen=True, slots=True)
class RecentAudit:
    path: str  # absolute
    title: str = ""
    client: str = ""
    start_date: str = ""
    end_date: str = ""
    audited: int = 0  # clauses with a result
    total: int = 0
    last_opened: str = ""  # local time, ISO 8601 (minutes)
    missing: bool = False  # worked out from the file system on reading, never stored

    @property
    def name(self) -> str:
        return self.title or Path(self.path).stem


_STORED = tuple(f.name for f in dataclasses.fields(RecentAudit) if f.name != "missing")


def file_path() -> Path:
    return paths.user_config_dir() / FILE_NAME


def entries() -> list[RecentAudit]:
    """Most recent first, each marked missing when its file is no longer where it was."""
    return [dataclasses.replace(e, missing=not _exists(e.path)) for e in _load()]


def summarise(session: AuditSession) -> RecentAudit:
    """What the start screen shows for an open audit: two small reads of the cache, never of the whole log.

    It runs as the audit opens, before the deferred check of the rest of the file: a damaged page is reported
    by that check, not as an error here.
    """
    try:
        info = queries.details(session)
        results = [c.result for c in queries.clauses(session)]
    except DatabaseError as exc:
        raise KnownError(f"{session.path.name}: cannot read the audit's summary ({exc.orig})") from None
    total = len(results)
    return RecentAudit(
        path=_key(session.path), title=info.title or "", client=info.client or "", start_date=info.start_date or "",
        end_date=info.end_date or "", audited=total - results.count(vocab.ClauseResult.NOT_AUDITED.value),
        total=total, last_opened=datetime.now().isoformat(timespec="minutes"))


def remember(session: AuditSession) -> RecentAudit:
    """Put the open audit at the top of the list, with its current title and progress."""
    entry = summarise(session)
    store(entry)
    return entry


def store(entry: RecentAudit) -> None:
    """Put an entry at the top, replacing the one for the same file; the oldest beyond the limit are dropped."""
    key = _key(entry.path)
    kept = [e for e in _load() if _key(e.path) != key]
    _save([dataclasses.replace(entry, path=key, missing=False), *kept][:MAX_ENTRIES])


def forget(path: Path | str) -> None:
    key = _key(path)
    current = _load()
    kept = [e for e in current if _key(e.path) != key]
    if len(kept) != len(current):
        _save(kept)


def _key(path: Path | str) -> str:
    """One spelling per file, so reopening it through another relative path does not list it twice."""
    return os.path.normcase(os.path.abspath(os.path.expanduser(str(path))))


def _exists(path: str) -> bool:
    try:
        return Path(path).is_file()
    except OSError:  # e.g. a share that no longer answers: the file cannot be opened either
        return False


def _load() -> list[RecentAudit]:
    path = file_path()
    data = config_file.read_json(path)
    if data is None:
        return []
    audits = data.get("audits") if isinstance(data, dict) else None
    if not isinstance(audits, list):
        config_file.set_aside(path, "no list of audits in it")
        return []
    out: list[RecentAudit] = []
    seen: set[str] = set()
    for item in audits:
        entry = _entry(item)
        if entry is None:
            log.warning("recent audits: ignoring an unreadable entry %r", item)
        elif _key(entry.path) not in seen:
            seen.add(_key(entry.path))
            out.append(entry)
    return out[:MAX_ENTRIES]


def _entry(item: Any) -> RecentAudit | None:
    """An entry from its stored form; a missing path drops it, any other bad value takes its default."""
    if not isinstance(item, dict) or not isinstance(item.get("path"), str) or not item["path"].strip():
        return None
    values: dict[str, Any] = {}
    for name in _STORED:
        value, default = item.get(name), getattr(_BLANK, name)
        if value is None:
            continue
        if type(value) is not type(default) or (isinstance(value, int) and value < 0):
            log.warning("recent audits: %s of %s is %r; using %r", name, item["path"], value, default)
            continue
        values[name] = value
    entry = RecentAudit(**values)
    if entry.audited > entry.total:
        entry = dataclasses.replace(entry, audited=entry.total)
    return entry


_BLANK = RecentAudit(path="")


def _save(items: list[RecentAudit]) -> None:
    stored = [{name: getattr(e, name) for name in _STORED} for e in items]
    config_file.write_json(file_path(), {"version": FORMAT_VERSION, "audits": stored})
