"""Photo thumbnails and the viewer's large rendition, made off the UI thread in a small pool and kept in memory."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPixmap

from auditor_app.domain.records import EvidenceRecord
from auditor_app.errors import AuditorError
from auditor_app.services import evidence_views
from auditor_app.services.image_cache import THUMB_EDGE

# The stored file for a photo hash, None while the audit cannot be read now (no audit, or a worker owns it).
Fetch = Callable[[str], "bytes | None"]
FETCH_BUDGET = 0.012  # seconds of UI-thread time per turn of the event loop spent reading stored files
RETRY_MS = 250
CANVAS = QSize(168, 126)  # a thumbnail's box in the grid, in device-independent pixels


@dataclass(frozen=True, slots=True)
class Key:
    """One derived image: the photo, its rotation and drawing, and the size asked for."""

    sha256: str
    rotation: int
    edit_key: str
    edge: int

    @classmethod
    def of(cls, record: EvidenceRecord, edge: int = THUMB_EDGE) -> Key:
        return cls(record.sha256 or "", record.rotation or 0, evidence_views.drawing(record)[0], edge)


class _Signals(QObject):
    # Emitted on pool threads; the receiver lives on the UI thread, so delivery is queued there.
    done = Signal(object, int, object)  # key, generation, QImage
    missing = Signal(object, int, object)  # key, generation, record: not in the disk cache, read the stored file
    failed = Signal(object, int, str)


class _Job(QRunnable):
    def __init__(self, signals: _Signals, key: Key, record: EvidenceRecord, generation: int, canvas: QSize | None,
                 data: bytes | None) -> None:
        super().__init__()
        self.signals, self.key, self.record, self.generation = signals, key, record, generation
        self.canvas, self.data = canvas, data

    def run(self) -> None:  # on a pool thread: only services and QImage, never widgets
        try:
            if self.data is None:
                jpeg = evidence_views.cached_image(self.record, self.key.edge)
                if jpeg is None:
                    self.signals.missing.emit(self.key, self.generation, self.record)
                    return
            else:
                jpeg = evidence_views.make_image(self.record, self.data, self.key.edge)
                self.data = None  # the original can be megabytes: let it go before the image is scaled
            image = QImage.fromData(jpeg)  # the cache only holds JPEGs; Qt detects it
            if image.isNull():
                raise AuditorError("the derived image cannot be read")
            self.signals.done.emit(self.key, self.generation, fit(image, self.canvas) if self.canvas else image)
        except AuditorError as exc:
            self.signals.failed.emit(self.key, self.generation, str(exc))


def fit(image: QImage, canvas: QSize) -> QImage:
    """The image scaled into a fixed box, centred on transparency: every grid cell is the same size."""
    scaled = image.scaled(canvas, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    out = QImage(canvas, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.drawImage((canvas.width() - scaled.width()) // 2, (canvas.height() - scaled.height()) // 2, scaled)
    painter.end()
    return out


class ThumbnailLoader(QObject):
    """Asks nothing of the caller but records: answers from memory, or schedules the work and emits `ready`.

    Stored files are fetched through the caller (the open audit's owner, which reads on the audit's database
    thread), one short read at a time within a small time budget, so the window waits for at most one read.
    Decoding, resizing and the disk cache (the slow part) happen on the pool, which never touches the file.
    """

    ready = Signal(object)  # Key: pixmap(record) now has it
    failed = Signal(object, str)

    def __init__(self, fetch: Fetch, canvas: QSize = CANVAS, threads: int = 2, keep: int = 600,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.canvas = canvas
        screen = QGuiApplication.primaryScreen()
        self.scale = screen.devicePixelRatio() if screen is not None else 1.0  # sharp on high-DPI laptops
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.missing.connect(self._missing)
        self._signals.failed.connect(self._failed)
        self._keep = {THUMB_EDGE: keep}
        self._images: OrderedDict[Key, QPixmap] = OrderedDict()
        self._broken: dict[Key, str] = {}
        self._pending: set[Key] = set()
        self._waiting: OrderedDict[Key, EvidenceRecord] = OrderedDict()  # need their stored file read
        self._making: set[Key] = set()  # jobs holding a stored file: bounded, the files can be megabytes each
        self._order = 0
        self.generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._read_some)

    def pixmap(self, record: EvidenceRecord, edge: int = THUMB_EDGE) -> QPixmap | None:
        """The image if it is ready; otherwise it is scheduled (None meanwhile, or for a broken photo)."""
        key = Key.of(record, edge)
        found = self._images.get(key)
        if found is not None:
            self._images.move_to_end(key)
            return found
        if key not in self._pending and key not in self._broken and record.sha256:
            self._pending.add(key)
            self._start(_Job(self._signals, key, record, self.generation, self._canvas(edge), None))
        return None

    def problem(self, record: EvidenceRecord, edge: int = THUMB_EDGE) -> str | None:
        return self._broken.get(Key.of(record, edge))

    def clear(self) -> None:
        """Another audit (or none): drop what is queued; results of jobs still running are ignored."""
        self.generation += 1
        self.pool.clear()
        self._images.clear()
        self._broken.clear()
        self._pending.clear()
        self._waiting.clear()
        self._making.clear()

    def shutdown(self) -> None:
        self.clear()
        self.pool.waitForDone()

    def _canvas(self, edge: int) -> QSize | None:
        return self.canvas * self.scale if edge == THUMB_EDGE else None

    def _start(self, job: _Job) -> None:
        self._order += 1  # the most recent request first: what is on screen now, not what was scrolled past
        self.pool.start(job, self._order % 1_000_000)

    def _done(self, key: Key, generation: int, image: QImage) -> None:
        if generation != self.generation:
            return
        self._finished(key)
        pixmap = QPixmap.fromImage(image)
        if key.edge == THUMB_EDGE:
            pixmap.setDevicePixelRatio(self.scale)
        self._images[key] = pixmap
        limit = self._keep.get(key.edge, 3)
        edge_keys = [k for k in self._images if k.edge == key.edge]
        for old in edge_keys[:max(0, len(edge_keys) - limit)]:
            del self._images[old]
        self.ready.emit(key)

    def _failed(self, key: Key, generation: int, message: str) -> None:
        if generation != self.generation:
            return
        self._finished(key)
        self._broken[key] = message
        self.failed.emit(key, message)
        self.ready.emit(key)

    def _finished(self, key: Key) -> None:
        self._pending.discard(key)
        if key in self._making:
            self._making.discard(key)
            self._schedule(0)

    def _missing(self, key: Key, generation: int, record: EvidenceRecord) -> None:
        if generation == self.generation:
            self._waiting[key] = record
            self._schedule(0)

    def _schedule(self, delay: int) -> None:
        if self._waiting and not self._timer.isActive():
            self._timer.start(delay)

    def _read_some(self) -> None:
        started = time.monotonic()
        while self._waiting and len(self._making) < self.pool.maxThreadCount() * 2:
            key, record = self._waiting.popitem(last=True)
            try:
                data = self._fetch(key.sha256)
            except AuditorError as exc:
                self._failed(key, self.generation, str(exc))
                continue
            if data is None:  # the audit is busy: try again shortly, newest first as before
                self._waiting[key] = record
                self._timer.start(RETRY_MS)
                return
            self._making.add(key)
            self._start(_Job(self._signals, key, record, self.generation, self._canvas(key.edge), data))
            if time.monotonic() - started > FETCH_BUDGET:
                break
        self._schedule(0)
