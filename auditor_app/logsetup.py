"""Logging to a rotating file in the user's log folder."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from auditor_app import paths

_configured = False
_deferred: _Deferred | None = None


class _Deferred(logging.Handler):
    """Keeps what is logged until the file is opened, then passes everything on to it. The window opens the file
    with the rest of the workspace, after the audit is shown: the rotating handler's module and what it imports
    (sockets, pickle) cost ~7 ms. It stays attached, so no record can slip between two handlers."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        self.target: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.target is None:
            self.records.append(record)
        else:
            self.target.handle(record)

    def open(self, target: logging.Handler) -> None:
        self.acquire()  # held by handle() around emit(): a record is kept or passed on, never lost or doubled
        try:
            for record in self.records:
                target.handle(record)
            self.records.clear()
            self.target = target
        finally:
            self.release()

    def close(self) -> None:
        if self.target is not None:
            self.target.close()
        super().close()


def log_file() -> Path:
    return paths.log_dir() / "auditor-app.log"


def begin(level: int = logging.INFO) -> None:
    """Log from now on; the file is opened by `setup`, and what was logged meanwhile is written there first."""
    global _deferred
    root = logging.getLogger("auditor_app")
    if _configured or (_deferred is not None and _deferred in root.handlers):
        return
    _deferred = _Deferred()
    root.addHandler(_deferred)
    root.setLevel(level)


def setup(level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    import logging.handlers

    handler: logging.Handler
    problem = None
    try:
        handler = logging.handlers.RotatingFileHandler(log_file(), maxBytes=2_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError as exc:  # an unwritable log folder must not stop the program; the log goes to stderr then
        handler, problem = logging.StreamHandler(sys.stderr), exc
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("auditor_app")
    root.setLevel(level)
    if _deferred is not None and _deferred in root.handlers:
        _deferred.open(handler)
    else:
        root.addHandler(handler)
    _configured = True
    if problem is not None:
        root.warning("cannot write the log file (%s); logging to the console instead", problem)
