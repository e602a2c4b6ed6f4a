"""The lock-information file beside an open audit: who has it open, so a second instance can say so."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import time
from pathlib import Path
from typing import Any


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def write(path: Path, owner: str = "") -> None:
    info = {"user": owner or _user(), "host": socket.gethostname(), "pid": os.getpid(),
            "since": time.strftime("%Y-%m-%d %H:%M", time.localtime())}
    # Best effort: the SQLite lock is what protects the file; this only explains it.
    with contextlib.suppress(OSError):
        lock_path(path).write_text(json.dumps(info), encoding="utf-8")


def read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def describe(path: Path) -> str:
    info = read(path)
    if not info:
        return "another program"
    return (f"auditor-app by {info.get('user', '?')} on {info.get('host', '?')} "
            f"(process {info.get('pid', '?')}, since {info.get('since', '?')})")


def remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        info = read(path)
        if info.get("pid") == os.getpid() and info.get("host") == socket.gethostname():
            lock_path(path).unlink()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises on some locked-down Windows accounts
        return "unknown user"
