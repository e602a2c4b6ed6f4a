"""Evidence use cases for the workspace: adding files to a clause, note or finding, edits, and what the views read."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from auditor_app.domain import records as rec
from auditor_app.domain.ops import EXISTS
from auditor_app.domain.vocab import LinkKind
from auditor_app.errors import AuditorError, InputError, NotFound
from auditor_app.services import annotations as marks
from auditor_app.services import evidence, findings, image_cache, photo_import, preferences, queries
from auditor_app.services.session import AuditSession, ChangeSet, Tx
from auditor_app.storage import evidence_reads, file_tables, link_reads
from auditor_app.storage.connection import AnyRow

PHOTO_TYPES = frozenset(evidence.IMAGE_TYPES)
VIEWER_EDGE = 2400  # the viewer's large rendition: sharp on a 4K screen, a fraction of a 12 MP decode


class Cancelled(AuditorError):
    """The user stopped adding files; what was added before stays (one undoable step)."""


@dataclass(frozen=True, slots=True)
class Source:
    """One file to add: a path on disk, or bytes already in memory (a pasted screenshot)."""

    name: str
    path: Path | None = None
    data: bytes | None = None


@dataclass(frozen=True, slots=True)
class Target:
    """Where added evidence goes: a clause, one of its notes, and/or a finding citing it (none: unassigned)."""

    clause_id: str | None = None
    note_id: str | None = None
    finding_id: str | None = None


@dataclass
class Added:
    """What one add produced (for undo/redo, which must bring back the same ids) and what was refused."""

    evidence_ids: list[str] = field(default_factory=list)
    link_ids: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file name, why)


def is_photo(record: rec.EvidenceRecord) -> bool:
    return record.mime in PHOTO_TYPES


def integrity_hash(record: rec.EvidenceRecord) -> str:
    """The SHA-256 of the file as taken: the original's when the stored file is a reduced copy."""
    return record.original_sha256 or record.sha256 or ""


def sort_key(record: rec.EvidenceRecord) -> tuple[bool, str, str, str]:
    """By time taken; files without one (documents, screenshots) after the photos, in the order added."""
    return (record.taken_at is None, record.taken_at or "", record.meta.created_at or "", record.id)


# -- adding ------------------------------------------------------------------------------------------------
def read_source(source: Source) -> bytes:
    if source.data is not None:
        return source.data
    if source.path is None:
        raise InputError("nothing to read")
    try:
        if source.path.stat().st_size > evidence.MAX_BYTES:
            raise InputError(f"larger than {evidence.MAX_BYTES // (1024 * 1024)} MB")
        return source.path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})") from None


def _reason(exc: AuditorError, name: str) -> str:
    text = str(exc)
    return text[len(name) + 2:] if text.startswith(name + ": ") else text


def attach(tx: Tx, source: Source, target: Target, added: Added) -> None:
    """Add one file; a file that cannot be used is noted in `added.failures` and nothing of it is written."""
    try:
        data = read_source(source)
        digest = hashlib.sha256(data).hexdigest()
        if (target.clause_id or target.note_id) and (
                evidence_reads.attached_here(tx.conn, digest, clause_id=target.clause_id, note_id=target.note_id)
                or digest in _added_hashes(tx, added)):
            raise InputError("already attached here")
        evidence_id = _store_as_preferred(tx, data, source.name, target)
    except InputError as exc:
        added.failures.append((source.name, _reason(exc, source.name)))
        return
    added.evidence_ids.append(evidence_id)
    if target.finding_id:
        added.link_ids.append(findings.link(tx, LinkKind.FINDING_EVIDENCE, target.finding_id, evidence_id))


def _store_as_preferred(tx: Tx, data: bytes, name: str, target: Target) -> str:
    """As the preferences say: the original, or a reduced copy of a large photo that keeps the original's hash."""
    prefs = preferences.load()
    if not prefs.photo_keep_original and len(data) <= evidence.MAX_BYTES:
        mime = evidence.sniff(data, name)
        if mime in evidence.IMAGE_TYPES:
            probe, pixels = photo_import.decode_probe(data, mime, prefs.photo_long_edge)
            if max(probe.width or 0, probe.height or 0) > prefs.photo_long_edge:
                copy = photo_import.reduced_copy(pixels, data, name, probe, prefs)
                if copy is not None:
                    small, renamed, facts, _pixels = copy
                    return evidence.store_checked(tx, small, renamed, facts, clause_id=target.clause_id,
                                                  note_id=target.note_id,
                                                  original_sha256=hashlib.sha256(data).hexdigest())
    return evidence.attach_evidence(tx, data, name, clause_id=target.clause_id, note_id=target.note_id)


def _added_hashes(tx: Tx, added: Added) -> set[str]:
    return {str(tx.state("evidence", e).value("sha256")) for e in added.evidence_ids}


def attach_all(tx: Tx, sources: Sequence[Source], target: Target) -> Added:
    added = Added()
    for source in sources:
        attach(tx, source, target, added)
    return added


def add_files(session: AuditSession, sources: Sequence[Source], target: Target,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> tuple[Added, ChangeSet]:
    """Add many files, one transaction each (a flat battery loses at most the file being added).

    Raises `Cancelled` only when nothing was added yet; otherwise returns what was added so far.
    """
    added = Added()
    changes: list[ChangeSet] = []
    for done, source in enumerate(sources):
        if cancelled is not None and cancelled():
            if not added.evidence_ids:
                raise Cancelled("adding cancelled: no files were added")
            break
        if progress is not None:
            progress(done, len(sources))
        changes.append(session.run(attach, source, target, added))
    if progress is not None:
        progress(len(sources), len(sources))
    return added, merge_changes(changes)


def merge_changes(changes: Sequence[ChangeSet]) -> ChangeSet:
    entities: dict[str, frozenset[str]] = {}
    for change in changes:
        for kind, ids in change.entities.items():
            entities[kind] = entities.get(kind, frozenset()) | ids
    return ChangeSet(entities, sum(c.ops for c in changes))


def remove_added(tx: Tx, added: Added) -> None:
    """Undo an add: the evidence and the finding references made with it are deleted (tombstones)."""
    for link_id in added.link_ids:
        if tx.state("link", link_id).exists:
            tx.delete("link", link_id)
    for evidence_id in added.evidence_ids:
        if tx.state("evidence", evidence_id).exists:
            tx.delete("evidence", evidence_id)


def restore_added(tx: Tx, added: Added) -> None:
    """Redo an add: the same evidence ids (history, captions, links) come back, not copies."""
    for evidence_id in added.evidence_ids:
        tx.restore("evidence", evidence_id)
    for link_id in added.link_ids:
        tx.restore("link", link_id)


# -- editing -----------------------------------------------------------------------------------------------
def set_caption(tx: Tx, evidence_id: str, caption: str | None) -> str | None:
    """Returns the previous caption (for undo)."""
    previous = tx.set("evidence", evidence_id, {"caption": (caption or "").strip() or None})
    return previous.get("caption") if previous else caption


def set_rotation(tx: Tx, evidence_id: str, rotation: int) -> int:
    """Degrees clockwise added to the upright photo; the stored file is never rewritten. Returns the previous."""
    if rotation % 90:
        raise InputError(f"rotation must be a multiple of 90 degrees, not {rotation}")
    state = tx.state("evidence", evidence_id)
    before = int(state.value("rotation") or 0)
    tx.set("evidence", evidence_id, {"rotation": rotation % 360})
    return before


def delete_evidence(tx: Tx, evidence_id: str) -> list[str]:
    """Delete an evidence file and the findings' references to it; returns the reference ids (for undo)."""
    tx.delete("evidence", evidence_id)
    link_ids = link_reads.to_target(tx.conn, evidence_id, LinkKind.FINDING_EVIDENCE.value)
    for link_id in link_ids:
        tx.delete("link", link_id)
    return link_ids


def restore_evidence(tx: Tx, evidence_id: str, link_ids: Sequence[str] = ()) -> None:
    if tx.state("evidence", evidence_id).fields.get(EXISTS) is None:
        raise NotFound(f"evidence {evidence_id} does not exist in this audit")
    tx.restore("evidence", evidence_id)
    for link_id in link_ids:
        tx.restore("link", link_id)


# -- reading -----------------------------------------------------------------------------------------------
def _records(rows: list[AnyRow]) -> list[rec.EvidenceRecord]:
    return sorted((rec.from_row(rec.EvidenceRecord, r) for r in rows), key=sort_key)


def all_evidence(session: AuditSession) -> list[rec.EvidenceRecord]:
    with session.reading() as conn:
        return _records(evidence_reads.live(conn))


def record(session: AuditSession, evidence_id: str) -> rec.EvidenceRecord | None:
    with session.reading() as conn:
        found = _records(evidence_reads.live_item(conn, evidence_id))
    return found[0] if found else None


def evidence_for_clause(session: AuditSession, clause_id: str) -> list[rec.EvidenceRecord]:
    """The clause's evidence, including files attached to the clause's notes."""
    with session.reading() as conn:
        return _records(evidence_reads.for_clause(conn, clause_id))


def cited_ids(session: AuditSession) -> set[str]:
    """Evidence that some finding cites (so it is not "unassigned" even without a clause)."""
    with session.reading() as conn:
        return link_reads.live_targets(conn, LinkKind.FINDING_EVIDENCE.value)


def usage(session: AuditSession, evidence_id: str) -> tuple[list[rec.ClauseRecord], list[rec.FindingRecord]]:
    """The clauses this evidence is filed under (directly or by a note) and the findings citing it."""
    found = record(session, evidence_id)
    if found is None:
        return [], []
    clause_ids = [found.clause_id] if found.clause_id else []
    if found.note_id:
        note = next((n for n in queries.notes(session) if n.id == found.note_id), None)
        if note is not None and note.clause_id and note.clause_id not in clause_ids:
            clause_ids.append(note.clause_id)
    clauses = [c for cid in clause_ids if (c := queries.clause(session, cid)) is not None]
    return clauses, [f for f in queries.findings(session) if evidence_id in f.evidence_ids]


def evidence_bytes(session: AuditSession, evidence_id: str) -> bytes:
    """The stored file, verified against its SHA-256 (for opening it in the system viewer)."""
    found = record(session, evidence_id)
    if found is None or not found.sha256:
        raise NotFound(f"evidence {evidence_id} does not exist in this audit (deleted?)")
    with session.reading() as conn:
        return evidence.blob_bytes(conn, found.sha256)


def stored_bytes(session: AuditSession, sha256: str) -> bytes:
    """The stored file in one short read; verified by `checked` on the worker that decodes it."""
    with session.reading() as conn:
        data = file_tables.blob_data(conn, sha256)
    if data is None:
        raise InputError(f"evidence file {sha256[:12]}… is missing from this audit")
    return data


def checked(data: bytes, sha256: str) -> bytes:
    if hashlib.sha256(data).hexdigest() != sha256:
        raise InputError(f"evidence file {sha256[:12]}… is damaged (its bytes no longer match its SHA-256)")
    return data


# -- derived images (thumbnails, the viewer's rendition) ---------------------------------------------------
def drawing(record: rec.EvidenceRecord) -> tuple[str, image_cache.Transform | None]:
    """The cache key and the burn-in for the photo's drawn annotations ("", None: none, or unreadable ones)."""
    key, shapes = _drawing(record.annotations)
    if not shapes:
        return "", None
    return key, lambda image: marks.burn(image, shapes)


@lru_cache(maxsize=512)
def _drawing(annotations: str | None) -> tuple[str, tuple[marks.Shape, ...]]:
    # Asked for on every paint of a gallery cell: parse each stored value once.
    try:
        shapes = tuple(marks.parse(annotations))
    except InputError:
        return "", ()  # the viewer still shows the photo; the annotation editor says what is wrong
    return (marks.edit_key(annotations), shapes) if shapes else ("", ())


def cached_image(record: rec.EvidenceRecord, edge: int) -> bytes | None:
    if not record.sha256:
        return None
    return image_cache.shared().get(record.sha256, edge, record.rotation or 0, drawing(record)[0])


def make_image(record: rec.EvidenceRecord, data: bytes, edge: int) -> bytes:
    """A metadata-free JPEG of the photo, upright, rotated and annotated; stored in the shared cache."""
    if not record.sha256 or not record.mime:
        raise InputError(f"{record.filename}: no stored file")
    key, transform = drawing(record)
    return image_cache.shared().make(checked(data, record.sha256), record.mime, record.sha256, edge,
                                     record.rotation or 0, key, transform)
