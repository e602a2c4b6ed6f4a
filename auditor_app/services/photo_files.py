"""Which files a folder or memory card offers for import: visible ones, recursively, each once."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

_SKIP_NAMES = {"thumbs.db", "desktop.ini", "$recycle.bin", "system volume information", "__macosx"}
_HIDDEN = 0x2 | 0x4  # Windows FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM


def _hidden(path: Path) -> bool:
    if path.name.startswith(".") or path.name.lower() in _SKIP_NAMES:
        return True
    if sys.platform == "win32":
        try:
            return bool(getattr(path.lstat(), "st_file_attributes", 0) & _HIDDEN)
        except OSError:
            return True
    return False


def files_in(paths: Iterable[Path], cancel: Callable[[], bool] | None = None) -> list[Path]:
    """The visible files under `paths` (folders recursively, links to folders not followed), sorted, unique."""
    found: dict[Path, None] = {}
    for start in paths:
        start = Path(start)
        if start.is_file():
            found.setdefault(start, None)
            continue
        for root, dirs, files in os.walk(start, followlinks=False):
            if cancel is not None and cancel():
                return []
            dirs[:] = sorted(d for d in dirs if not _hidden(Path(root, d)))
            for name in sorted(files):
                if not _hidden(Path(root, name)):
                    found.setdefault(Path(root, name), None)
    return list(found)
