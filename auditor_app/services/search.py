"""Search across the audit: a derived in-memory SQLite FTS5 (trigram) index, never written into the audit file."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

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
from auditor_app.storage import search_reads, trail_reads
from auditor_app.storage.connection import Connection
from auditor_app.storage.search_index import TextIndex

KIND_ORDER = ("clause", "finding", "note", "evidence", "person")
SHORT = 3  # the trigram index finds substrings of at least this many characters; shorter ones are scanned


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


def read_headings(conn: Connection) -> dict[str, Heading]:
    """Clauses in the clause tree's order: standards by their numbers (9001 before 14001), then checklist order."""
    standards = search_reads.checklist_names(conn)

    def order(key: str | None) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", standards.get(key or "") or key or "")) or (0,)

    rows = sorted(search_reads.tree_clauses(conn),
                  key=lambda r: (order(r.checklist_key), r.checklist_key or "", r.position or 0))
    return {r.id: Heading(r.id, r.number, r.title or "", standards.get(r.checklist_key, ""), number)
            for number, r in enumerate(rows)}


def read_snapshot(conn: Connection, wanted: dict[str, set[str]] | None = None, headings: bool = True) -> Snapshot:
    """The audit's searchable rows, or those of the entities in `wanted` (kind → ids) that still exist."""
    rows: dict[str, list[Any]] = {}
    for kind, columns in _COLUMNS.items():
        ids = None if wanted is None else wanted.get(kind, set())
        if ids != set():
            rows[kind] = search_reads.items(conn, kind, columns, ids)
    people: dict[str, str] = {}
    finding_clauses: dict[str, list[tuple[str, str]]] = {}
    note_clause: dict[str, str] = {}
    labels: dict[str, str] = {}
    if rows.get("note"):
        people = search_reads.people(conn)
    if rows.get("finding"):
        for source, target, created in search_reads.clause_references(conn, {r.id for r in rows["finding"]}):
            finding_clauses.setdefault(source, []).append((created or "", target))
        scheme = grading.scheme(trail_reads.grading_scheme(conn))
        labels = {g.key: g.label for g in scheme.grades}
    notes = {r.note_id for r in rows.get("evidence", ()) if r.note_id and not r.clause_id}
    if notes:
        note_clause = search_reads.note_clauses(conn, notes)
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
        wanted.ids["clause"] |= search_reads.all_ids(conn, "clause")
    if change.ids("audit"):  # the grading scheme names the findings' grades
        wanted.ids["finding"] |= search_reads.all_ids(conn, "finding")
    if change.ids("person"):  # notes show the name of the person interviewed
        wanted.ids["note"] |= search_reads.notes_about(conn, set(change.ids("person")))
    if change.ids("link"):  # a finding's clause comes from its links (deleted ones too)
        wanted.ids["finding"] |= search_reads.link_sources(conn, set(change.ids("link")))
    if change.ids("note"):  # a photo attached to a note follows the note's clause
        wanted.ids["evidence"] |= search_reads.evidence_of_notes(conn, set(change.ids("note")))
    return wanted


# -- the index ----------------------------------------------------------------------------------------------
class SearchIndex:
    """The index of one open audit: built from the file, then kept current from each ChangeSet.

    The connection is private to the index. Reading (`read`) needs the session's thread; constructing the index
    from that Snapshot touches no audit file and may run on a worker thread. Afterwards use it from one thread.
    """

    def __init__(self, snapshot: Snapshot) -> None:
        self._db = TextIndex()
        self.headings = snapshot.headings or {}
        with self._db.transaction():
            self._insert(documents(snapshot))
            self._db.rebuild()

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
        return self._db.count()

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
        with self._db.transaction():
            self._db.remove([i for ids in wanted.ids.values() for i in ids])
            self._insert(fresh, index=True)
        return len(fresh)

    def _insert(self, docs: Iterable[Document], index: bool = False) -> None:
        rows = []
        for d in docs:
            title, body, extra = (t.translate(MARKS) for t in (d.title, d.body, d.extra))
            rows.append((d.entity_id, d.kind, KIND_ORDER.index(d.kind), d.clause_id, title, body, extra, d.author,
                         d.at, fold(f"{title}\n{body}\n{extra}")))
        self._db.add(rows, index=index)

    def search(self, text: str, limit: int = 200) -> list[Hit]:
        """Items containing every word (case-insensitive substrings), best first. Never raises for what is typed."""
        terms = terms_of(text)
        if not terms or limit <= 0:
            return []
        long = [t for t in terms if len(t) >= SHORT]
        short = [fold(t) for t in terms if len(t) < SHORT]
        # Words under three characters (质量, "QM") are found by scanning the folded text: a few ms.
        rows = self._db.find(" AND ".join(_phrase(t) for t in long) if long else None, short, limit,
                             MARK_START, MARK_END)
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
