"""Search across the audit: a derived in-memory SQLite FTS5 (trigram) index, never written into the audit file."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from auditor_app.domain import grading, vocab
from auditor_app.services.search_text import (
    MARK_END,
    MARK_START,
    MARKS,
    fold,
    local_when,
    mark,
    terms_of,
    window,
)
from auditor_app.services.search_text import phrase as _phrase
from auditor_app.services.session import AuditSession, ChangeSet
from auditor_app.storage.schema import cache

KIND_ORDER = ("clause", "finding", "note", "evidence", "person")
SHORT = 3  # the trigram index finds substrings of at least this many characters; shorter ones are scanned
_SCHEMA = (
    "CREATE TABLE doc(id INTEGER PRIMARY KEY, entity_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
    " kind_rank INTEGER NOT NULL, clause_id TEXT, title TEXT NOT NULL, body TEXT NOT NULL, extra TEXT NOT NULL,"
    " author TEXT NOT NULL, at TEXT NOT NULL, folded TEXT NOT NULL)",
    # External content: the text is stored once, in doc; highlight() reads it from there.
    "CREATE VIRTUAL TABLE fts USING fts5(title, body, extra, content='doc', content_rowid='id', tokenize='trigram')",
)


@dataclass(frozen=True, slots=True)
class Document:
    """One searchable item: `title` and `body` are shown, `extra` (who, when, status) is searchable too."""

    kind: str
    entity_id: str
    clause_id: str | None
    title: str
    body: str = ""
    extra: str = ""
    author: str = ""
    at: str = ""


@dataclass(frozen=True, slots=True)
class Heading:
    """A clause as a group of results: "8.7 Control of nonconforming outputs", ISO 9001, in checklist order."""

    clause_id: str
    number: str
    title: str
    standard: str
    order: int


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    entity_id: str
    clause_id: str | None
    title: str  # MARK_START/MARK_END around the matches
    snippet: str  # a window of the matching text, marked the same way
    author: str
    at: str


@dataclass(frozen=True, slots=True)
class HitGroup:
    heading: Heading | None  # None: not tied to a clause
    hits: tuple[Hit, ...]


@dataclass
class _Wanted:
    ids: dict[str, set[str]] = field(default_factory=dict)
    headings: bool = False


def _join(sep: str, *parts: Any) -> str:
    return sep.join(str(p) for p in parts if p)


# -- reading the audit ---------------------------------------------------------------------------------------
_COLUMNS = {
    "clause": ("number", "title", "justification", "audited_by", "audited_at"),
    "finding": ("ref", "grade", "requirement", "evidence_text", "statement", "location", "process", "status",
                "root_cause", "correction", "corrective_action", "action_owner", "created_by", "created_at"),
    "note": ("clause_id", "kind", "text", "person_id", "place", "document_ref", "document_revision", "population",
             "sample_items", "recorded_at", "created_by", "created_at"),
    "evidence": ("caption", "filename", "camera", "taken_at", "clause_id", "note_id", "created_by", "created_at"),
    "person": ("name", "role", "department", "organisation", "contact", "created_by", "created_at"),
}


@dataclass
class Snapshot:
    """Rows as read from the audit: quick to fetch on the session's thread; documents are made from them later."""

    rows: dict[str, list[Any]]
    people: dict[str, str]
    finding_clauses: dict[str, list[tuple[str, str]]]  # finding → (when referenced, clause) per clause
    note_clause: dict[str, str]  # note → its clause, for photos attached to a note
    grade_labels: dict[str, str]
    headings: dict[str, Heading] | None


def _fetch(conn: Connection, table: Any, columns: Iterable[Any], ids: set[str] | None, *where: Any,
           key: Any = None) -> list[Any]:
    query = select(*columns).where(table.c.deleted == 0, *where).order_by(table.c.created_at, table.c.id)
    if ids is None:
        return list(conn.execute(query).fetchall())
    ordered, column = sorted(ids), table.c.id if key is None else key
    return [row for start in range(0, len(ordered), 500)
            for row in conn.execute(query.where(column.in_(ordered[start:start + 500]))).fetchall()]


def read_headings(conn: Connection) -> dict[str, Heading]:
    """Clauses in the clause tree's order: standards by their numbers (9001 before 14001), then checklist order."""
    checklist, clause = cache["checklist"], cache["clause"]
    standards = {r.key: r.standard or r.title or "" for r in conn.execute(
        select(checklist.c.key, checklist.c.standard, checklist.c.title).where(checklist.c.deleted == 0))}

    def order(key: str | None) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", standards.get(key or "") or key or "")) or (0,)

    rows = sorted(conn.execute(select(clause.c.id, clause.c.checklist_key, clause.c.number, clause.c.title,
                                      clause.c.position)
                               .where(clause.c.deleted == 0, clause.c.number.is_not(None))),
                  key=lambda r: (order(r.checklist_key), r.checklist_key or "", r.position or 0))
    return {r.id: Heading(r.id, r.number, r.title or "", standards.get(r.checklist_key, ""), number)
            for number, r in enumerate(rows)}


def read_snapshot(conn: Connection, wanted: dict[str, set[str]] | None = None, headings: bool = True) -> Snapshot:
    """The audit's searchable rows, or those of the entities in `wanted` (kind → ids) that still exist."""
    rows: dict[str, list[Any]] = {}
    for kind, columns in _COLUMNS.items():
        ids = None if wanted is None else wanted.get(kind, set())
        if ids != set():
            table = cache[kind]
            where = [table.c.number.is_not(None)] if kind == "clause" else []
            rows[kind] = _fetch(conn, table, [table.c.id, *(table.c[c] for c in columns)], ids, *where)
    people: dict[str, str] = {}
    finding_clauses: dict[str, list[tuple[str, str]]] = {}
    note_clause: dict[str, str] = {}
    labels: dict[str, str] = {}
    if rows.get("note"):
        person = cache["person"]
        people = {r.id: r.name for r in conn.execute(select(person.c.id, person.c.name)
                                                     .where(person.c.deleted == 0))}
    if rows.get("finding"):
        link, audit = cache["link"], cache["audit"]
        clause_links = link.c.kind == vocab.LinkKind.FINDING_CLAUSE.value
        for source, target, created in _fetch(conn, link, [link.c.source_id, link.c.target_id, link.c.created_at],
                                              {r.id for r in rows["finding"]}, clause_links, key=link.c.source_id):
            finding_clauses.setdefault(source, []).append((created or "", target))
        scheme = grading.scheme(conn.execute(select(audit.c.grading_scheme)).scalar())
        labels = {g.key: g.label for g in scheme.grades}
    notes = {r.note_id for r in rows.get("evidence", ()) if r.note_id and not r.clause_id}
    if notes:
        note = cache["note"]
        note_clause = dict(_fetch(conn, note, [note.c.id, note.c.clause_id], notes))
    return Snapshot(rows, people, finding_clauses, note_clause, labels, read_headings(conn) if headings else None)


def _first_clause(references: list[tuple[str, str]] | None, headings: dict[str, Heading]) -> str | None:
    """The clause a finding named first; references made together (same second) in clause-tree order."""
    if not references:
        return None
    return min(references, key=lambda r: (r[0], headings[r[1]].order if r[1] in headings else len(headings)))[1]


def documents(snap: Snapshot, headings: dict[str, Heading] | None = None) -> list[Document]:
    """The searchable text of each row (pure Python: may run on a worker thread)."""
    rows, docs, order = snap.rows, [], snap.headings or headings or {}
    docs += [Document("clause", r.id, r.id, _join(" ", r.number, r.title), r.justification or "",
                      _join(" · ", r.audited_by, local_when(r.audited_at)), r.audited_by or "",
                      local_when(r.audited_at)) for r in rows.get("clause", ())]
    docs += [Document("finding", r.id, _first_clause(snap.finding_clauses.get(r.id), order),
                      _join(" · ", r.ref, vocab.label(snap.grade_labels, r.grade)),
                      _join("\n", r.statement, r.requirement, r.evidence_text, r.location, r.process, r.root_cause,
                            r.correction, r.corrective_action, r.action_owner),
                      _join(" · ", r.created_by, local_when(r.created_at), vocab.label(vocab.STATUS_LABELS, r.status)),
                      r.created_by or "", local_when(r.created_at)) for r in rows.get("finding", ())]
    for r in rows.get("note", ()):
        when = local_when(r.recorded_at or r.created_at)
        title = _join(" · ", vocab.label(vocab.NOTE_KIND_LABELS, r.kind, "Note"), snap.people.get(r.person_id))
        body = _join("\n", r.text, r.place, _join(" rev. ", r.document_ref, r.document_revision), r.population,
                     r.sample_items)
        docs.append(Document("note", r.id, r.clause_id, title, body, _join(" · ", r.created_by, when),
                             r.created_by or "", when))
    docs += [Document("evidence", r.id, r.clause_id or snap.note_clause.get(r.note_id), r.caption or r.filename or "",
                      _join(" · ", r.filename if r.caption else None, r.camera),
                      _join(" · ", r.created_by, local_when(r.taken_at)), r.created_by or "",
                      local_when(r.taken_at or r.created_at)) for r in rows.get("evidence", ())]
    docs += [Document("person", r.id, None, r.name or "", _join(" · ", r.role, r.department, r.organisation,
                                                                r.contact),
                      _join(" · ", r.created_by, local_when(r.created_at)), r.created_by or "",
                      local_when(r.created_at)) for r in rows.get("person", ())]
    return docs


def _affected(conn: Connection, change: ChangeSet) -> _Wanted:
    """What to re-read after `change`: the entities it touched and the ones that show their text."""
    wanted = _Wanted({kind: set(change.ids(kind)) for kind in KIND_ORDER})
    if change.ids("checklist"):
        wanted.headings = True
        wanted.ids["clause"] |= {r.id for r in conn.execute(select(cache["clause"].c.id))}
    if change.ids("audit"):  # the grading scheme names the findings' grades
        wanted.ids["finding"] |= {r.id for r in conn.execute(select(cache["finding"].c.id))}
    if change.ids("person"):  # notes show the name of the person interviewed
        note = cache["note"]
        wanted.ids["note"] |= {r.id for r in conn.execute(select(note.c.id).where(
            note.c.person_id.in_(sorted(change.ids("person")))))}
    if change.ids("link"):  # a finding's clause comes from its links (deleted ones too)
        link = cache["link"]
        wanted.ids["finding"] |= {r.source_id for r in conn.execute(select(link.c.source_id).where(
            link.c.id.in_(sorted(change.ids("link")))))}
    if change.ids("note"):  # a photo attached to a note follows the note's clause
        evidence = cache["evidence"]
        wanted.ids["evidence"] |= {r.id for r in conn.execute(select(evidence.c.id).where(
            evidence.c.note_id.in_(sorted(change.ids("note")))))}
    return wanted


# -- the index ----------------------------------------------------------------------------------------------
class SearchIndex:
    """The index of one open audit: built from the file, then kept current from each ChangeSet.

    The connection is private to the index. Reading (`read`) needs the session's thread; constructing the index
    from that Snapshot touches no audit file and may run on a worker thread. Afterwards use it from one thread.
    """

    def __init__(self, snapshot: Snapshot) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        for statement in _SCHEMA:
            self._db.execute(statement)
        self.headings = snapshot.headings or {}
        self._db.execute("BEGIN")
        self._insert(documents(snapshot))
        self._db.execute("INSERT INTO fts(fts) VALUES ('rebuild')")  # one pass over all rows: faster than each
        self._db.execute("COMMIT")

    @staticmethod
    def read(session: AuditSession) -> Snapshot:
        """What to index, read in one go: the quick part, on the session's thread; the rest may run elsewhere."""
        with session.reading() as conn:
            return read_snapshot(conn)

    @classmethod
    def build(cls, session: AuditSession) -> SearchIndex:
        return cls(cls.read(session))

    def close(self) -> None:
        self._db.close()

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM doc").fetchone()[0])

    def update(self, session: AuditSession, change: ChangeSet) -> int:
        """Re-index only what `change` touched (and what shows its text); returns how many documents were read."""
        with session.reading() as conn:
            wanted = _affected(conn, change)
            if not any(wanted.ids.values()):
                return 0
            snapshot = read_snapshot(conn, wanted.ids, headings=wanted.headings)
        fresh = documents(snapshot, self.headings)
        if snapshot.headings is not None:
            self.headings = snapshot.headings
        self._db.execute("BEGIN")
        try:
            self._remove([i for ids in wanted.ids.values() for i in ids])
            self._insert(fresh, index=True)
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")
        return len(fresh)

    def _insert(self, docs: Iterable[Document], index: bool = False) -> None:
        for d in docs:
            title, body, extra = (t.translate(MARKS) for t in (d.title, d.body, d.extra))
            cursor = self._db.execute(
                "INSERT INTO doc(entity_id, kind, kind_rank, clause_id, title, body, extra, author, at, folded)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                (d.entity_id, d.kind, KIND_ORDER.index(d.kind), d.clause_id, title, body, extra, d.author, d.at,
                 fold(f"{title}\n{body}\n{extra}")))
            if index:
                self._db.execute("INSERT INTO fts(rowid, title, body, extra) VALUES (?,?,?,?)",
                                 (cursor.lastrowid, title, body, extra))

    def _remove(self, entity_ids: list[str]) -> None:
        for start in range(0, len(entity_ids), 500):
            chunk = entity_ids[start:start + 500]
            rows = self._db.execute(f"SELECT id, title, body, extra FROM doc WHERE entity_id IN "
                                    f"({','.join('?' * len(chunk))})", chunk).fetchall()
            # An external-content index forgets a row only when given the exact text it indexed.
            self._db.executemany("INSERT INTO fts(fts, rowid, title, body, extra) VALUES ('delete', ?, ?, ?, ?)",
                                 rows)
            self._db.executemany("DELETE FROM doc WHERE id = ?", [(r[0],) for r in rows])

    def search(self, text: str, limit: int = 200) -> list[Hit]:
        """Items containing every word (case-insensitive substrings), best first. Never raises for what is typed."""
        terms = terms_of(text)
        if not terms or limit <= 0:
            return []
        long = [t for t in terms if len(t) >= SHORT]
        short = [fold(t) for t in terms if len(t) < SHORT]
        scans = " AND ".join(["instr(d.folded, ?) > 0"] * len(short))
        try:
            if long:
                marks = f"'{MARK_START}', '{MARK_END}'"
                rows = self._db.execute(
                    f"SELECT d.kind, d.entity_id, d.clause_id, highlight(fts, 0, {marks}), highlight(fts, 1, {marks}),"
                    f" highlight(fts, 2, {marks}), d.author, d.at FROM fts JOIN doc d ON d.id = fts.rowid"
                    f" WHERE fts MATCH ? {'AND ' + scans if short else ''}"
                    " ORDER BY bm25(fts, 4.0, 1.0, 0.5), d.kind_rank LIMIT ?",
                    (" AND ".join(_phrase(t) for t in long), *short, limit)).fetchall()
            else:
                # Words under three characters (质量, "QM") are found by scanning the folded text: a few ms.
                rows = self._db.execute(
                    f"SELECT kind, entity_id, clause_id, title, body, extra, author, at FROM doc d WHERE {scans}"
                    " ORDER BY kind_rank, id LIMIT ?", (*short, limit)).fetchall()
        except sqlite3.Error:
            return []  # text the index cannot take matches nothing: a search box never shows an error
        return [self._hit(row, short) for row in rows]

    @staticmethod
    def _hit(row: tuple[Any, ...], short: list[str]) -> Hit:
        kind, entity_id, clause_id, title, body, extra, author, at = row
        title, body, extra = (mark(t, short) for t in (title, body, extra))
        shown = extra if MARK_START not in body and MARK_START in extra else body
        return Hit(kind, entity_id, clause_id or None, " ".join(title.split()), window(shown), author, at)

    def grouped(self, hits: Iterable[Hit]) -> list[HitGroup]:
        """Hits under their clause in checklist order, those tied to no clause last; rank order within a group."""
        groups: dict[str | None, list[Hit]] = {}
        for hit in hits:
            groups.setdefault(hit.clause_id if hit.clause_id in self.headings else None, []).append(hit)
        keys = sorted((k for k in groups if k is not None), key=lambda k: self.headings[k].order)
        return [HitGroup(self.headings[k], tuple(groups[k])) for k in keys] + (
            [HitGroup(None, tuple(groups[None]))] if None in groups else [])
