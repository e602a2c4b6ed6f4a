"""Logging to a rotating file in the user's log folder."""

from __future__ import annotations

import logging
from pathlib import Path

from auditor_app import paths

_configured = False
_early: _Early | None = None


class _Early(logging.Handler):
    """Keeps what is logged before the file is opened. The window opens it with the rest of the workspace, after
    the audit is shown: the rotating handler's module and what it imports (sockets, pickle) cost ~7 ms."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def log_file() -> Path:
    return paths.log_dir() / "auditor-app.log"


def begin(level: int = logging.INFO) -> None:
    """Log from now on; the file is opened by `setup`, and what was logged meanwhile is written there first."""
    global _early
    root = logging.getLogger("auditor_app")
    if _configured or (_early is not None and _early in root.handlers):
        return
    _early = _Early()
    root.addHandler(_early)
    root.setLevel(level)


def setup(level: int = logging.INFO) -> None:
    global _configured, _early
    if _configured:
        return
    import logging.handlers

    handler = logging.handlers.RotatingFileHandler(log_file(), maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("auditor_app")
    root.addHandler(handler)
    root.setLevel(level)
    if _early is not None:
        root.removeHandler(_early)
        for record in _early.records:
            handler.handle(record)
        _early = None
    _configured = True
