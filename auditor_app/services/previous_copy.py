"""The previous audit of a chain while it is open (in the window, or by a colleague): a verified copy to read."""

from __future__ import annotations

from pathlib import Path

from auditor_app.storage.audit_file import copy_while_locked


def copy_open_audit(path: Path | str, folder: Path | str) -> Path:
    """A consistent, checked copy of `path` in `folder` (same name); the original is not touched."""
    source = Path(path)
    return copy_while_locked(source, Path(folder) / source.name)
