"""Verified copies through SQLite's backup API, and the rotating backup set of each audit."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from auditor_app import leftovers, paths
from auditor_app.errors import KnownError
from auditor_app.storage.fsutil import fsync_dir, fsync_file, publish

KEEP_RECENT = 10
KEEP_DAILY = 7


class BackupCancelled(KnownError):
    """The copy was stopped on request; its partial file is removed."""


# Pages copied per step when progress is reported: 4 MB with 4 KB pages, a step of a few milliseconds.
STEP_PAGES = 1024


def snapshot(source: sqlite3.Connection, dest: Path, *, overwrite: bool = False,
             meta_updates: dict[str, str] | None = None, progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> Path:
    """Copy the database to `dest`: backup API to a temporary file, verify, fsync, atomic rename.

    `meta_updates` are written into the copy before it is verified (a hand-over copy's own identity).
    With `progress(done, total)` (in pages) or `cancelled`, the copy goes in steps; cancelling raises
    BackupCancelled and leaves no file.
    """
    dest = Path(dest)
    folder = dest.resolve().parent
    if not folder.is_dir():
        raise KnownError(f"cannot write {dest}: the folder does not exist")
    if dest.exists() and not overwrite:
        raise KnownError(f"cannot write {dest}: a file of that name already exists")
    leftovers.clear_stale(dest)
    tmp = leftovers.temp_path(folder / dest.name)
    try:
        copy_to(source, tmp, str(dest), meta_updates=meta_updates, progress=progress, cancelled=cancelled)
        if overwrite:
            os.replace(tmp, dest)
        else:
            publish(tmp, dest)  # never replaces an existing file
        fsync_dir(folder)
    except FileExistsError:
        raise KnownError(f"cannot write {dest}: a file of that name already exists") from None
    except OSError as exc:
        raise KnownError(f"cannot write the copy {dest}: {exc.strerror or exc}") from None
    finally:
        leftovers.remove_temporary(tmp)
    return dest


def copy_to(source: sqlite3.Connection, tmp: Path, name: str, *, meta_updates: dict[str, str] | None = None,
            progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None) -> None:
    """The verified, synced copy of `snapshot` written to the new file `tmp`, left for the caller to publish
    (`name` is the copy's final name, for messages)."""
    try:
        target = sqlite3.connect(tmp, isolation_level=None)
        try:
            if progress is None and cancelled is None:
                source.backup(target)
            else:
                source.backup(target, pages=STEP_PAGES, progress=_stepper(progress, cancelled))
            target.execute("PRAGMA journal_mode=DELETE")
            if meta_updates:
                with target:
                    target.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                                       sorted(meta_updates.items()))
            verdict = target.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            target.close()
        if verdict != "ok":
            raise KnownError(f"the copy {Path(name).name} failed verification ({verdict}); nothing was written")
        fsync_file(tmp)
    except sqlite3.Error as exc:
        raise KnownError(f"cannot write the copy {name}: {exc}") from None
    except OSError as exc:
        raise KnownError(f"cannot write the copy {name}: {exc.strerror or exc}") from None


def _stepper(progress: Callable[[int, int], None] | None,
             cancelled: Callable[[], bool] | None) -> Callable[[int, int, int], None]:
    def step(_status: int, remaining: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise BackupCancelled("the copy was stopped; no file was written")
        if progress is not None:
            progress(total - remaining, total)
    return step


@dataclass(frozen=True, slots=True)
class BackupEntry:
    path: Path
    taken_at: float
    reason: str


def audit_backup_dir(audit_id: str) -> Path:
    folder = paths.backup_dir() / audit_id
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def take_backup(source: sqlite3.Connection, audit_id: str, reason: str, *,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> Path:
    """A verified backup in the user's backup folder, then rotation of older ones."""
    stamp = time.strftime("%Y%m%d-%H%M%S") + f"-{int(time.time() * 1000) % 1000:03d}"
    folder = audit_backup_dir(audit_id)
    leftovers.clear_stale_in(folder)  # each backup has a new name: a killed one's temporary is found here only
    dest = folder / f"{stamp}-{reason}.audit"
    snapshot(source, dest, progress=progress, cancelled=cancelled)
    rotate(audit_id)
    return dest


def list_backups(audit_id: str) -> list[BackupEntry]:
    entries = []
    for item in audit_backup_dir(audit_id).glob("*.audit"):
        with contextlib.suppress(OSError):
            reason = item.stem.split("-", 3)[-1] if item.stem.count("-") >= 3 else ""
            entries.append(BackupEntry(item, item.stat().st_mtime, reason))
    return sorted(entries, key=lambda e: e.taken_at, reverse=True)


def rotate(audit_id: str) -> list[Path]:
    """Keep the newest KEEP_RECENT backups plus the newest of each of the last KEEP_DAILY days."""
    entries = list_backups(audit_id)
    keep = {e.path for e in entries[:KEEP_RECENT]}
    days: dict[str, Path] = {}
    for entry in entries:
        day = time.strftime("%Y-%m-%d", time.localtime(entry.taken_at))
        days.setdefault(day, entry.path)
    keep |= set(list(days.values())[:KEEP_DAILY])
    removed = []
    for entry in entries:
        if entry.path not in keep:
            with contextlib.suppress(OSError):
                entry.path.unlink()
                removed.append(entry.path)
    return removed
