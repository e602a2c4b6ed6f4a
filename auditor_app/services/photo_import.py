"""Bulk photo import: scan files and folders, suggest clauses from the audit plan, store the accepted photos."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from auditor_app.domain import records as rec
from auditor_app.errors import InputError, KnownError
from auditor_app.services import evidence, image_cache, pool, queries
from auditor_app.services.image_cache import REPORT_EDGE, THUMB_EDGE, ImageCache
from auditor_app.services.photo_files import files_in
from auditor_app.services.photo_slots import suggest_clauses
from auditor_app.services.session import AuditSession, Tx
from auditor_app.storage import evidence_reads, log_reads

if TYPE_CHECKING:
    from PIL import Image as PILImage

__all__ = ["Candidate", "ImportReport", "PhotoPrefs", "checklists_in_load_order", "import_photos", "scan",
           "stored_hashes", "suggest_clauses"]

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
BATCH = 10  # photos per transaction: a cancel or a failure keeps every batch already committed
BATCH_BYTES = 64 * 1024 * 1024  # ... and a batch of panoramas is committed before it fills the memory


class PhotoPrefs(Protocol):
    """The three photo preferences (services.preferences.Preferences has them)."""

    @property
    def photo_keep_original(self) -> bool: ...
    @property
    def photo_long_edge(self) -> int: ...
    @property
    def photo_quality(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Candidate:
    """One file found by a scan, as the review step shows it."""

    path: Path
    size: int
    mime: str | None = None
    refusal: str | None = None  # why it cannot be imported (then nothing else is known)
    taken_at: str | None = None  # "YYYY-MM-DDTHH:MM" from EXIF
    camera: str | None = None
    sha256: str | None = None
    already_in_audit: bool = False
    width: int | None = None  # upright
    height: int | None = None
    duplicate_of: Path | None = None  # an earlier file of the same scan with the same content

    @property
    def status(self) -> str:
        """"refused", "duplicate" or "new"."""
        if self.refusal:
            return "refused"
        return "duplicate" if self.already_in_audit or self.duplicate_of else "new"


@dataclass(frozen=True, slots=True)
class ImportReport:
    imported: tuple[str, ...] = ()  # evidence ids, in import order
    duplicates: tuple[Path, ...] = ()  # skipped: the same photo is already in the audit
    failed: tuple[tuple[Path, str], ...] = ()  # (file, reason)
    cancelled: bool = False
    error: str | None = None  # a failure that stopped the import (e.g. disk full); earlier batches are kept
    bytes_stored: int = 0
    reduced: int = 0  # photos stored as reduced copies


def stored_hashes(session: AuditSession) -> set[str]:
    """Hashes of the photos in the audit, as stored and as taken (a reduced copy remembers its original)."""
    with session.reading() as conn:
        return evidence_reads.hashes(conn)


def checklists_in_load_order(session: AuditSession) -> list[rec.ChecklistInfo]:
    """The audit's checklists, the one loaded first (the audit's main standard) first."""
    loaded = {c.id: c for c in queries.checklists(session)}
    with session.reading() as conn:
        first = log_reads.first_seen(conn, "checklist")
    ordered = [loaded.pop(entity_id) for entity_id in first if entity_id in loaded]
    return ordered + list(loaded.values())


# -- scanning ------------------------------------------------------------------------------------------------
def _refused(path: Path, size: int, reason: str) -> Candidate:
    return Candidate(path, size, refusal=reason.removeprefix(f"{path.name}: "))


def examine(path: Path, cache: ImageCache | None = None) -> Candidate:
    """Read, hash and decode one file (reduced scale for JPEG); its thumbnail goes to the cache on the way."""
    try:
        size = path.stat().st_size
        if size > evidence.MAX_BYTES:
            return _refused(path, size, f"larger than {evidence.MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as exc:
        return _refused(path, 0, f"cannot be read ({exc.strerror or exc})")
    if not data:
        return _refused(path, 0, "the file is empty")
    try:
        mime = evidence.sniff(data, path.name)
    except InputError as exc:
        return _refused(path, len(data), str(exc))
    if mime not in evidence.IMAGE_TYPES:
        return _refused(path, len(data), "not a photo (attach documents on the clause page)")
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        probe, pixels = decode_probe(data, mime, THUMB_EDGE)
    except InputError as exc:
        return _refused(path, len(data), str(exc))
    (cache or image_cache.shared()).warm(pixels, sha256, [THUMB_EDGE])
    return Candidate(path, len(data), mime, None, probe.taken_at, probe.camera, sha256, width=probe.width,
                     height=probe.height)


def decode_probe(data: bytes, mime: str, edge: int) -> tuple[evidence.Probe, PILImage.Image]:
    """The photo's facts (EXIF time, camera, upright size as taken) and its pixels decoded for `edge`."""
    from PIL import Image

    pixels = image_cache.decode(data, mime, edge)  # whole stream decoded: truncated files fail here
    with Image.open(io.BytesIO(data), formats=[evidence.IMAGE_TYPES[mime]]) as header:  # header only, cheap
        exif = header.getexif()
        width, height = header.size
    if exif.get(0x0112) in (5, 6, 7, 8):  # orientations that swap width and height
        width, height = height, width
    taken_at, camera = evidence.exif_facts(exif)
    return evidence.Probe(mime, width, height, taken_at, camera), pixels


def _name_key(path: Path) -> tuple[str, str, str]:
    """Folder, then stem, then name: "IMG_1.JPG" before "IMG_1 copy.JPG", so the copy is the duplicate."""
    return str(path.parent).casefold(), path.stem.casefold(), path.name


def _mark_duplicates(found: list[Candidate], known: set[str]) -> list[Candidate]:
    first: dict[str, Path] = {}
    out = []
    for item in sorted(found, key=lambda c: _name_key(c.path)):
        if item.sha256 is not None and item.refusal is None:
            earlier = first.setdefault(item.sha256, item.path)
            item = Candidate(item.path, item.size, item.mime, None, item.taken_at, item.camera, item.sha256,
                             item.sha256 in known, item.width, item.height, earlier if earlier != item.path else None)
        out.append(item)
    return out


def by_time(items: Iterable[Candidate]) -> list[Candidate]:
    """Sorted by time taken; photos without a time last, by name."""
    return sorted(items, key=lambda c: (c.taken_at is None, c.taken_at or "", _name_key(c.path)))


def scan(paths: Iterable[Path], known: Iterable[str] = (), *, progress: Progress | None = None,
         cancel: Cancel | None = None, cache: ImageCache | None = None) -> list[Candidate]:
    """Every visible file under `paths`, examined in a thread pool (Pillow and hashlib release the GIL).

    `known`: hashes already in the audit (`stored_hashes`). A cancelled scan returns what it examined so far.
    """
    files = files_in(paths, cancel)
    store = cache or image_cache.shared()
    results: list[Candidate] = []
    for item in pool.ordered(files, pool.same, lambda p: examine(p, store), progress=progress, cancel=cancel):
        results.append(item)
    return by_time(_mark_duplicates(results, set(known)))


# -- importing -----------------------------------------------------------------------------------------------
@dataclass
class _Ready:
    """A photo prepared off the transaction: the bytes to store and what the evidence records about them."""

    candidate: Candidate
    clause_id: str | None
    caption: str | None
    data: bytes = b""
    filename: str = ""
    probe: evidence.Probe | None = None
    original_sha256: str | None = None
    problem: str | None = None


def prepare(item: tuple[Candidate, str | None, str | None], prefs: PhotoPrefs, cache: ImageCache) -> _Ready:
    """Read and check the file again, make the reduced copy if wanted, and warm the cache (one decode)."""
    candidate, clause_id, caption = item
    ready = _Ready(candidate, clause_id, caption or None)
    try:
        data = candidate.path.read_bytes()
    except OSError as exc:
        ready.problem = f"cannot be read ({exc.strerror or exc})"
        return ready
    if hashlib.sha256(data).hexdigest() != candidate.sha256 or candidate.mime is None:
        ready.problem = "the file changed after it was scanned; scan it again"
        return ready
    mime = candidate.mime
    reduce = not prefs.photo_keep_original and max(candidate.width or 0, candidate.height or 0) > prefs.photo_long_edge
    edge = max(REPORT_EDGE, prefs.photo_long_edge) if reduce else REPORT_EDGE
    try:
        probe, pixels = decode_probe(data, mime, edge)
    except InputError as exc:
        ready.problem = str(exc)
        return ready
    stored, sha256, filename = data, candidate.sha256 or "", candidate.path.name
    copy = reduced_copy(pixels, data, filename, probe, prefs) if reduce else None
    if copy is not None:
        stored, filename, probe, pixels = copy
        sha256 = hashlib.sha256(stored).hexdigest()
        ready.original_sha256 = candidate.sha256
    cache.warm(pixels, sha256, [REPORT_EDGE, THUMB_EDGE])
    ready.data, ready.filename, ready.probe = stored, filename, probe
    return ready


def reduced_copy(pixels: PILImage.Image, data: bytes, filename: str, probe: evidence.Probe, prefs: PhotoPrefs
                 ) -> tuple[bytes, str, evidence.Probe, PILImage.Image] | None:
    """The reduced JPEG the preferences ask for (bytes, file name, facts, pixels), or None when not smaller."""
    from PIL import Image

    small_pixels = pixels.copy()
    small_pixels.thumbnail((prefs.photo_long_edge, prefs.photo_long_edge), Image.Resampling.LANCZOS)
    small = image_cache.encode(small_pixels, prefs.photo_long_edge, quality=prefs.photo_quality)
    if len(small) >= len(data):  # a copy that is not smaller than the original is not worth the loss
        return None
    name = Path(filename)
    renamed = name.stem + (".jpg" if probe.mime != "image/jpeg" else name.suffix)
    facts = evidence.Probe("image/jpeg", small_pixels.width, small_pixels.height, probe.taken_at, probe.camera)
    return small, renamed, facts, small_pixels


def import_photos(session: AuditSession, accepted: Sequence[tuple[Candidate, str | None, str | None]],
                  prefs: PhotoPrefs, progress: Progress | None = None, cancel: Cancel | None = None, *,
                  cache: ImageCache | None = None) -> ImportReport:
    """Store the accepted photos as evidence on their clauses, BATCH photos per transaction.

    Photos already in the audit (or twice in `accepted`) are skipped and reported. A cancel or an error keeps
    every photo committed so far; the report says how many.
    """
    store = cache or image_cache.shared()
    known = stored_hashes(session)
    todo, duplicates = [], []
    for item in accepted:
        candidate = item[0]
        if candidate.refusal is not None or candidate.sha256 is None:
            continue
        if candidate.sha256 in known:
            duplicates.append(candidate.path)
        else:
            known.add(candidate.sha256)
            todo.append(item)
    imported: list[str] = []
    failed: list[tuple[Path, str]] = []
    batch: list[_Ready] = []
    totals = {"bytes": 0, "reduced": 0}

    def commit() -> None:
        if batch:
            def write(tx: Tx) -> None:
                for ready in batch:
                    assert ready.probe is not None
                    imported.append(evidence.store_checked(
                        tx, ready.data, ready.filename, ready.probe, clause_id=ready.clause_id,
                        caption=ready.caption, original_sha256=ready.original_sha256))
            count = len(imported)
            try:
                session.run(write)
            except BaseException:
                del imported[count:]  # the transaction rolled back: none of this batch is stored
                raise
            totals["bytes"] += sum(len(r.data) for r in batch)
            totals["reduced"] += sum(1 for r in batch if r.original_sha256)
            batch.clear()

    def finish(cancelled: bool = False, error: str | None = None) -> ImportReport:
        return ImportReport(tuple(imported), tuple(duplicates), tuple(failed), cancelled, error, totals["bytes"],
                            totals["reduced"])

    done = 0
    try:
        for ready in pool.ordered(todo, pool.same, lambda item: prepare(item, prefs, store), cancel=cancel,
                                  ahead=pool.workers() * 4):  # deeper: workers keep busy while a batch commits
            done += 1
            if ready.problem:
                failed.append((ready.candidate.path, ready.problem))
            else:
                batch.append(ready)
                if len(batch) >= BATCH or sum(len(r.data) for r in batch) >= BATCH_BYTES:
                    commit()
            if progress is not None:
                progress(done, len(todo))
        commit()
    except KnownError as exc:
        return finish(error=str(exc))
    if done < len(todo):
        return finish(cancelled=True)
    return finish()
