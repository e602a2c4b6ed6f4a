"""Temporary files named after their writer, and removal of those a killed writer left behind."""

# Every temporary beside an output is `.NAME.<pid>-<host>-<random>.tmp` (or `.part`): whoever finds one can tell
# whether its writer is still running. Only names of this form (and the older `.NAME.<random>.tmp` ones, a day
# after they were last written) are ever removed, so a file of another program or a live writer is never touched.
# A module of the package root (like paths.py): the storage, the exporters and the services all name temporaries.

from __future__ import annotations

import contextlib
import os
import re
import time
import zlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

DAY = 24 * 3600
_TAGGED = re.compile(r"(\d+)-([0-9a-f]{6})-[0-9a-f]{8}\.(?:tmp|part)(?:-journal)?")
_UNTAGGED = re.compile(r"[0-9a-f]{8}\.(?:tmp|part)(?:-journal)?")
_TAIL = re.compile(r"\.((?:\d+-[0-9a-f]{6}-)?[0-9a-f]{8}\.(?:tmp|part)(?:-journal)?)\Z")
# Scratch folders in TMPDIR (tempfile adds 8 characters of [a-z0-9_]): the PDF report's of earlier versions, and
# the folders the window copies evidence files to for an outside viewer, named after their process.
_OLD_SCRATCH = re.compile(r"auditor-report-[a-z0-9_]{8}")
_SCRATCH = re.compile(r"auditor-[a-z]+-(\d+)-([0-9a-f]{6})-[a-z0-9_]{8}")


@cache
def host_tag() -> str:
    """Six hex digits of this machine's name: a temporary on a shared folder may be another machine's."""
    import socket

    return f"{zlib.crc32(socket.gethostname().encode('utf-8', 'replace')) & 0xFFFFFF:06x}"


def temp_path(dest: Path, kind: str = "tmp") -> Path:
    """A temporary name beside `dest` that says which process writes it."""
    return dest.with_name(f".{dest.name}.{os.getpid()}-{host_tag()}-{os.urandom(4).hex()}.{kind}")


def remove_temporary(tmp: Path) -> None:
    """Remove a temporary and the rollback journal SQLite may have left beside it."""
    for path in (tmp, tmp.with_name(tmp.name + "-journal")):
        with contextlib.suppress(OSError):
            path.unlink()


def clear_stale(dest: Path) -> list[Path]:
    """Remove the temporaries of `dest` whose writer is no longer running; returns what was removed.

    Called before writing `dest`, so a write killed half-way is cleaned up by the next one.
    """
    prefix = f".{dest.name}."
    legacy = f".{dest.stem}.building{dest.suffix}"  # the sample audit's building name before version tags

    def tail(name: str) -> str | None:
        if name.startswith(prefix):
            return name[len(prefix):]
        return "" if name in (legacy, legacy + "-journal", f".~lock.{legacy}#") else None

    return _clear(dest.parent, tail)


def clear_stale_in(folder: Path) -> list[Path]:
    """Remove every temporary in `folder` whose writer is no longer running (a folder only we write in, where
    each output has a new name, such as the backups)."""

    def tail(name: str) -> str | None:
        found = _TAIL.search(name) if name.startswith(".") else None
        return found[1] if found else None

    return _clear(folder, tail)


def _clear(folder: Path, tail: Callable[[str], str | None]) -> list[Path]:
    """Remove the files of `folder` whose name has a `tail` (the part after the output's name) that is stale;
    an empty tail is a legacy name, removed a day after it was last written."""
    removed: list[Path] = []
    try:
        entries = [(e, t) for e in os.scandir(folder) if (t := tail(e.name)) is not None]
    except OSError:
        return removed
    now = time.time()
    for entry, rest in entries:
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            written = entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if _stale(rest, written, now) if rest else now - written > DAY:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _stale(tail: str, written: float, now: float) -> bool:
    tagged = _TAGGED.fullmatch(tail)
    if tagged is None:
        return _UNTAGGED.fullmatch(tail) is not None and now - written > DAY
    pid, host = int(tagged[1]), tagged[2]
    gone = writer_gone(pid, written) if host == host_tag() else None
    # Where the writer cannot be asked (another machine, no process probe), a day without a write tells.
    return gone if gone is not None else now - written > DAY


def writer_gone(pid: int, written: float) -> bool | None:
    """Whether process `pid` of this machine, which last wrote at `written`, has ended (None: cannot tell)."""
    if pid <= 0 or os.name != "posix":  # os.kill(pid, 0) would end the process on Windows
        return None
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # running, as another user
        pass
    except OSError:
        return None
    started = _started_at(pid)
    # A process started after the file's last write is not its writer: the number was reused (e.g. after a reboot).
    return started is not None and started > written + 2


def _started_at(pid: int) -> float | None:
    """When process `pid` started, from /proc (Linux); None where that cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        with open("/proc/stat", "rb") as handle:
            boot = next(int(line.split()[1]) for line in handle if line.startswith(b"btime "))
        return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def scratch_prefix(kind: str) -> str:
    """The start of a scratch folder's name in TMPDIR (for tempfile's `prefix`) that says which process uses it."""
    return f"auditor-{kind}-{os.getpid()}-{host_tag()}-"


def sweep_scratch(folder: Path | None = None) -> list[Path]:
    """Remove our own scratch folders from TMPDIR: those of processes that have ended, and report builds of
    earlier versions a day old. A folder whose process cannot be asked about is left alone: a window may keep
    its folder for days."""
    import shutil
    import tempfile

    removed: list[Path] = []
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder or tempfile.gettempdir()) as entries:
        for entry in entries:
            if not entry.name.startswith("auditor-"):
                continue
            with contextlib.suppress(OSError):
                if not entry.is_dir(follow_symlinks=False):
                    continue
                written = entry.stat(follow_symlinks=False).st_mtime
                tagged = _SCRATCH.fullmatch(entry.name)
                if tagged is not None:
                    stale = tagged[2] == host_tag() and writer_gone(int(tagged[1]), written) is True
                else:
                    stale = _OLD_SCRATCH.fullmatch(entry.name) is not None and now - written > DAY
                if stale:
                    shutil.rmtree(entry.path)
                    removed.append(Path(entry.path))
    return removed
