"""The one SQLAlchemy engine every open audit file's connection goes through: a statement is compiled once."""

from __future__ import annotations

import sqlite3
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

# SQLAlchemy keeps its compiled statements per engine (the cache key holds the engine's dialect object), so an
# engine per file compiled every statement again for each file opened: a merge of 20 files compiled each of its
# statements 21 times. One engine means one dialect and one statement cache for the process. It is SQLAlchemy's
# ordinary set-up, one engine with many connections on many threads (the window's database thread per audit,
# the command line's one thread): the engine, its dialect and its cache are made to be shared between threads,
# each connection is used on its own thread only. The pool keeps nothing (NullPool): each file hands over its
# own sqlite3 connection when it first needs SQLAlchemy, on the thread that opened it, and closing the
# SQLAlchemy connection closes the file's connection, as disposing of the file's own engine did.

_lock = threading.Lock()
_engine: Engine | None = None
_handed = threading.local()  # the connection being handed over, seen only by the creator on the same thread
_BEGIN = "auditor_app.begin"  # the connection's own BEGIN (read-only files: BEGIN, others: BEGIN IMMEDIATE)


def _creator() -> sqlite3.Connection:
    raw: sqlite3.Connection = _handed.raw
    return raw


def _begin(conn: Connection) -> None:
    conn.exec_driver_sql(conn.info[_BEGIN])


def engine() -> Engine:
    """The process's engine, made on first use."""
    global _engine
    with _lock:
        if _engine is None:
            from sqlalchemy import create_engine, event
            from sqlalchemy.pool import NullPool

            made = create_engine("sqlite://", creator=_creator, poolclass=NullPool)
            event.listen(made, "begin", _begin)
            _engine = made
        return _engine


def connect(raw: sqlite3.Connection, begin_sql: str) -> Connection:
    """A SQLAlchemy connection over `raw` (call on the thread that owns it); closing it closes `raw`."""
    shared = engine()
    _handed.raw = raw
    try:
        conn = shared.connect()
    finally:
        del _handed.raw
    info: dict[str, Any] = conn.info
    info[_BEGIN] = begin_sql
    return conn
