"""Compacting an audit file: stored original photos replaced by reduced copies, the original's hash kept."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from auditor_app.domain import records as rec
from auditor_app.errors import InputError
from auditor_app.services import evidence, image_cache, pool
from auditor_app.services.image_cache import REPORT_EDGE, THUMB_EDGE, ImageCache
from auditor_app.services.session import AuditSession, Tx
from auditor_app.storage import backup, compaction, evidence_reads

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
BATCH = 10


@dataclass(frozen=True, slots=True)
class Planned:
    evidence_id: str
    sha256: str
    mime: str
    size: int
    width: int
    height: int
    filename: str


@dataclass(frozen=True, slots=True)
class CompactionPlan:
    photos: tuple[Planned, ...]
    bytes_now: int  # the stored originals that would be replaced
    bytes_estimate: int  # their reduced copies, estimated at the originals' bytes per pixel (a high guess)
    file_size: int

    @property
    def saving_estimate(self) -> int:
        return max(0, self.bytes_now - self.bytes_estimate)


@dataclass(frozen=True, slots=True)
class CompactionReport:
    files: int  # photos replaced by reduced copies
    bytes_before: int  # size of the audit file before
    bytes_after: int  # ... and after
    backup: Path | None = None
    cancelled: bool = False
    failed: tuple[tuple[str, str], ...] = ()  # (file name, reason)

    @property
    def saved(self) -> int:
        return max(0, self.bytes_before - self.bytes_after)


def _candidates(session: AuditSession, long_edge: int) -> list[Planned]:
    """Live photos stored as taken (never reduced before) whose long edge exceeds the target, one per file."""
    with session.reading() as conn:
        rows = evidence_reads.stored_as_taken(conn)
        found = [rec.from_row(rec.EvidenceRecord, r) for r in rows]
    out = []
    for item in found:
        if (item.sha256 and item.mime in evidence.IMAGE_TYPES and item.width and item.height
                and max(item.width, item.height) > long_edge):
            out.append(Planned(item.id, item.sha256, item.mime or "", item.size or 0, item.width, item.height,
                               item.filename or ""))
    return out


def plan_compaction(session: AuditSession, long_edge: int, quality: int) -> CompactionPlan:
    """What compacting would replace and roughly save; nothing is written."""
    _check(long_edge, quality)
    photos = _candidates(session, long_edge)
    distinct = {p.sha256: p for p in photos}.values()  # a file shared by two evidence items is stored once
    now = sum(p.size for p in distinct)
    estimate = sum(int(p.size * (long_edge / max(p.width, p.height)) ** 2) for p in distinct)
    return CompactionPlan(tuple(photos), now, estimate, session.path.stat().st_size)


def _check(long_edge: int, quality: int) -> None:
    if not 100 <= long_edge <= 20_000 or not 1 <= quality <= 100:
        raise InputError(f"reduced copies need a long edge of 100–20000 pixels and a quality of 1–100 "
                         f"(got {long_edge} px, quality {quality})")


@dataclass(frozen=True, slots=True)
class _Reduced:
    photo: Planned
    data: bytes = b""
    sha256: str = ""
    size: tuple[int, int] = (0, 0)
    problem: str | None = None


def _reduce(photo: Planned, data: bytes, long_edge: int, quality: int, cache: ImageCache) -> _Reduced:
    """On a pool thread: the reduced copy, and the cache warmed for it while its pixels are in memory."""
    from PIL import Image

    try:
        pixels = image_cache.decode(data, photo.mime, long_edge)
    except InputError as exc:
        return _Reduced(photo, problem=str(exc))
    pixels.thumbnail((long_edge, long_edge), Image.Resampling.LANCZOS)
    small = image_cache.encode(pixels, long_edge, quality=quality)
    if len(small) >= len(data):
        return _Reduced(photo, problem="a reduced copy would not be smaller")
    sha256 = hashlib.sha256(small).hexdigest()
    cache.warm(pixels, sha256, [REPORT_EDGE, THUMB_EDGE])
    return _Reduced(photo, small, sha256, pixels.size)


def _replace(tx: Tx, batch: Sequence[_Reduced], sharing: dict[str, list[Planned]]) -> None:
    """Point every evidence item of each original at its reduced copy; the old hash becomes original_sha256."""
    for item in batch:
        evidence.store_blob(tx, item.data, "image/jpeg")
        for photo in sharing[item.photo.sha256]:
            name = photo.filename if photo.mime == "image/jpeg" else (Path(photo.filename).stem or "photo") + ".jpg"
            tx.set("evidence", photo.evidence_id, {
                "sha256": item.sha256, "original_sha256": photo.sha256, "mime": "image/jpeg",
                "size": len(item.data), "width": item.size[0], "height": item.size[1], "filename": name})


def compact(session: AuditSession, long_edge: int, quality: int, progress: Progress | None = None,
            cancel: Cancel | None = None, *, cache: ImageCache | None = None) -> CompactionReport:
    """Take a verified backup, replace the originals batch by batch, drop files nothing refers to, VACUUM.

    A cancel keeps the batches already replaced, and still drops their originals and shrinks the file.
    """
    _check(long_edge, quality)
    before = session.path.stat().st_size
    saved_copy = backup.take_backup(session.file.raw_connection(), session.audit_id, "compaction")
    sharing: dict[str, list[Planned]] = {}
    for photo in _candidates(session, long_edge):
        sharing.setdefault(photo.sha256, []).append(photo)
    originals = [group[0] for group in sharing.values()]
    store = cache or image_cache.shared()
    counts = {"replaced": 0, "done": 0}
    failed: list[tuple[str, str]] = []
    batch: list[_Reduced] = []

    def read(photo: Planned) -> tuple[Planned, bytes]:  # on this thread: it owns the session's connection
        with session.reading() as conn:
            return photo, evidence.blob_bytes(conn, photo.sha256)

    def flush() -> None:
        if batch:
            session.run(_replace, batch, sharing)
            counts["replaced"] += sum(len(sharing[item.photo.sha256]) for item in batch)
            batch.clear()

    steps = len(originals) + 1  # the last step drops the originals and shrinks the file
    for item in pool.ordered(originals, read, lambda pair: _reduce(*pair, long_edge, quality, store), cancel=cancel):
        counts["done"] += 1
        if item.problem:
            failed.append((item.photo.filename, item.problem))
        else:
            batch.append(item)
            if len(batch) >= BATCH:
                flush()
        if progress is not None:
            progress(counts["done"], steps)
    flush()
    session.run(lambda tx: compaction.delete_unreferenced_blobs(tx.conn))
    compaction.vacuum(session.file)
    if progress is not None:
        progress(steps, steps)
    return CompactionReport(counts["replaced"], before, session.path.stat().st_size, saved_copy,
                            counts["done"] < len(originals), tuple(failed))
