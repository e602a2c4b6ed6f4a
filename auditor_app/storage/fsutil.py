"""Small durable-file helpers: directory fsync, atomic replace."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in `folder` durable (POSIX; a no-op where directories cannot be opened)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def unwritable_reason(path: Path) -> str | None:
    """Why an existing file cannot be edited in place, or None.

    SQLite opens a write-protected file read-only without saying so, and needs to create its rollback journal
    beside the file, so the folder must be writable too; the first edit would fail otherwise.
    """
    folder = path.resolve().parent
    read_only_mount = getattr(os, "ST_RDONLY", 0)
    with contextlib.suppress(OSError, AttributeError):
        if read_only_mount and os.statvfs(folder).f_flag & read_only_mount:
            return "it is on a read-only disk or share"
    if not os.access(path, os.W_OK):
        return "the file is write-protected"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"its folder {folder} is read-only (the program must write a journal beside the file)"
    return None


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def publish(tmp: Path, dest: Path) -> None:
    """Give a finished temporary file its final name without ever replacing an existing file.

    A hard link is atomic and fails if the name exists; FAT/exFAT sticks and some shares have no hard
    links, so there the name is first reserved with O_EXCL and then atomically replaced by the file.
    """
    try:
        os.link(tmp, dest)
    except FileExistsError:
        raise
    except OSError:
        fd = os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        os.close(fd)
        os.replace(tmp, dest)
        return
    os.unlink(tmp)
