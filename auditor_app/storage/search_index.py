"""The search index's database: an in-memory SQLite FTS5 (trigram) table of documents, never the audit file."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

_SCHEMA = (
    "CREATE TABLE doc(id INTEGER PRIMARY KEY, entity_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
    " kind_rank INTEGER NOT NULL, clause_id TEXT, title TEXT NOT NULL, body TEXT NOT NULL, extra TEXT NOT NULL,"
    " author TEXT NOT NULL, at TEXT NOT NULL, folded TEXT NOT NULL)",
    # External content: the text is stored once, in doc; highlight() reads it from there.
    "CREATE VIRTUAL TABLE fts USING fts5(title, body, extra, content='doc', content_rowid='id', tokenize='trigram')",
)
# (entity_id, kind, kind_rank, clause_id, title, body, extra, author, at, folded)
DocRow = tuple[str, str, int, str | None, str, str, str, str, str, str]
# (kind, entity_id, clause_id, title, body, extra, author, at)
HitRow = tuple[Any, ...]


class TextIndex:
    """The connection is private to the index; use it from one thread at a time."""

    def __init__(self) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        for statement in _SCHEMA:
            self._db.execute(statement)

    def close(self) -> None:
        self._db.close()

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM doc").fetchone()[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def add(self, rows: Iterable[DocRow], index: bool = False) -> None:
        """Store documents; with `index`, index each at once (else `rebuild` indexes them all in one pass)."""
        for row in rows:
            cursor = self._db.execute(
                "INSERT INTO doc(entity_id, kind, kind_rank, clause_id, title, body, extra, author, at, folded)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)", row)
            if index:
                self._db.execute("INSERT INTO fts(rowid, title, body, extra) VALUES (?,?,?,?)",
                                 (cursor.lastrowid, row[4], row[5], row[6]))

    def rebuild(self) -> None:
        self._db.execute("INSERT INTO fts(fts) VALUES ('rebuild')")  # one pass over all rows: faster than each

    def remove(self, entity_ids: list[str]) -> None:
        for start in range(0, len(entity_ids), 500):
            chunk = entity_ids[start:start + 500]
            rows = self._db.execute(f"SELECT id, title, body, extra FROM doc WHERE entity_id IN "
                                    f"({','.join('?' * len(chunk))})", chunk).fetchall()
            # An external-content index forgets a row only when given the exact text it indexed.
            self._db.executemany("INSERT INTO fts(fts, rowid, title, body, extra) VALUES ('delete', ?, ?, ?, ?)",
                                 rows)
            self._db.executemany("DELETE FROM doc WHERE id = ?", [(r[0],) for r in rows])

    def find(self, match: str | None, folded: list[str], limit: int, start: str, end: str) -> list[HitRow]:
        """Documents matching the FTS query `match` (best first, matches between `start` and `end`) whose folded
        text contains every string of `folded`; without `match`, a scan of the folded text alone (kind order).
        Text the index cannot take matches nothing: a search box never shows an error."""
        scans = " AND ".join(["instr(d.folded, ?) > 0"] * len(folded))
        try:
            if match:
                marks = f"'{start}', '{end}'"
                return self._db.execute(
                    f"SELECT d.kind, d.entity_id, d.clause_id, highlight(fts, 0, {marks}), highlight(fts, 1, {marks}),"
                    f" highlight(fts, 2, {marks}), d.author, d.at FROM fts JOIN doc d ON d.id = fts.rowid"
                    f" WHERE fts MATCH ? {'AND ' + scans if folded else ''}"
                    " ORDER BY bm25(fts, 4.0, 1.0, 0.5), d.kind_rank LIMIT ?",
                    (match, *folded, limit)).fetchall()
            return self._db.execute(
                f"SELECT kind, entity_id, clause_id, title, body, extra, author, at FROM doc d WHERE {scans}"
                " ORDER BY kind_rank, id LIMIT ?", (*folded, limit)).fetchall()
        except sqlite3.Error:
            return []
