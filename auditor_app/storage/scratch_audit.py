"""An audit's operations replayed into a SQLite database in memory, to be read with the audit file's own queries."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

from auditor_app.domain.ops import Op
from auditor_app.storage import building, layout, oplog
from auditor_app.storage.audit_file import AuditFile

# Made once: each audit's database is a copy of it (SQLite's backup API), far cheaper than creating the schema anew.
_TEMPLATE: sqlite3.Connection | None = None
_LOCK = threading.RLock()  # the archive may replay audits on more than one thread; the template is shared


def _template() -> sqlite3.Connection:
    global _TEMPLATE
    with _LOCK:
        if _TEMPLATE is not None:
            return _TEMPLATE
        raw = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        raw.execute(f"PRAGMA user_version={layout.SCHEMA_VERSION}")
        building.create_schema(raw)
        _TEMPLATE = raw
    return _TEMPLATE


class ScratchAudit(AuditFile):
    """An audit held in memory only (never a file on disk): read-only once made; `path` only names it."""

    def __init__(self, raw: sqlite3.Connection, name: str) -> None:
        # Not AuditFile.__init__: there is no file to stat, lock or announce.
        self.path = Path(name)
        self.read_only = True
        self._raw = raw
        self._sa_conn = None
        self.meta = dict(raw.execute("SELECT key, value FROM meta").fetchall())
        self.audit_id = self.meta.get("audit_id", "")
        self.replica_id = self.meta.get("replica_id", "")

    def fill(self, ops: Sequence[Op]) -> None:
        """The log in clock order and the cache rebuilt from it, in one transaction (read-only is for callers)."""
        conn = self._conn
        with conn.begin():
            oplog.append(conn, sorted(ops, key=Op.order_key))
            oplog.rebuild(conn)


def replay(audit_id: str, ops: Sequence[Op], *, name: str, replica_id: str) -> ScratchAudit:
    """The audit as its operations derive it: the log in clock order, the cache rebuilt from it as `rebuild` does
    (storage/oplog.py), so every query reads what the same operations in a file would show."""
    raw = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=True)
    with _LOCK:
        _template().backup(raw)
    raw.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                    [("audit_id", audit_id), ("replica_id", replica_id), ("hlc_last", "")])
    file = ScratchAudit(raw, name)
    file.fill(ops)
    return file
