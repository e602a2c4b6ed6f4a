"""The office store's evidence files as a pull's merge reads them: first bytes in one statement, bytes in batches."""

from __future__ import annotations

import time
from collections.abc import Sequence

from auditor_app.services.evidence_types import HEAD
from auditor_app.storage import store_ops
from auditor_app.storage.connection import Connection
from auditor_app.storage.store_connect import Store

# A push transaction or a pull's batch of files is sized from the last one's speed to take about SECONDS: progress
# shows and a cancel or a dropped link costs one batch on a slow link, and a fast link is not held up by round trips.
SECONDS = 3.0


class Pace:
    """How much the next batch carries: what the last one moved a second, times SECONDS, within bounds."""

    def __init__(self, first: int, most: int) -> None:
        self._least, self._most = min(first, most), most
        self.size = self._least

    def took(self, amount: int, seconds: float) -> None:
        self.size = max(self._least, min(self._most, int(amount / max(seconds, 1e-3) * SECONDS)))


def batch_end(sizes: Sequence[int], first: int, most: int, most_items: int) -> int:
    """Where the batch that starts at `first` ends: the items that fit in `most` (bytes, operations) and
    `most_items`, and always the first, however large (a push's or pull's files, a checkout's, the archive's audits)."""
    end, total = first + 1, sizes[first]
    while end < len(sizes) and end - first < most_items and total + sizes[end] <= most:
        total += sizes[end]
        end += 1
    return end


class StoreFiles:
    """A `storage/merge_store.BlobSource` over the pull's snapshot that knows the files the pull needs (`needed`,
    sorted as `merge_store.copy_blobs` asks them). One file's round trip each cost ~200 s for 1,000 photos over a
    100 ms link: every `start()` is answered from one statement (made at the first ask), every `read()` from a batch
    of at most `pace.size` bytes (sized from the last batch's speed, at most 16 MB, or one larger file) and
    `most_files` files, fetched at the first file not held and running on in `needed`'s order from it. One batch is
    held at a time; a file outside `needed` is read alone."""

    def __init__(self, store: Store, conn: Connection, needed: list[str], pace: Pace, most_files: int) -> None:
        self._store, self._conn = store, conn
        self._order = sorted(needed)
        self._index = {sha: n for n, sha in enumerate(self._order)}
        self._pace, self._most_files = pace, most_files
        self._heads: dict[str, tuple[int, str, bytes]] | None = None  # sha -> (size, mime, first HEAD bytes)
        self._batch: dict[str, tuple[str, bytes]] = {}
        self._sizes: list[int] | None = None

    def start(self, sha256: str, length: int) -> tuple[bytes, str] | None:
        heads = self._known()
        if sha256 in self._index and length <= HEAD:
            found = heads.get(sha256)
            return None if found is None else (found[2][:length], found[1])
        with self._store.guarded():
            return store_ops.blob_start(self._conn, sha256, length)

    def read(self, sha256: str) -> tuple[str, bytes] | None:
        if sha256 not in self._index:
            with self._store.guarded():
                return store_ops.read_blob(self._conn, sha256)
        if sha256 not in self._batch:
            self._fetch(self._index[sha256])
        return self._batch.pop(sha256, None)  # None: listed but gone from the store

    def _known(self) -> dict[str, tuple[int, str, bytes]]:
        if self._heads is None:
            with self._store.guarded():
                rows = store_ops.heads_of(self._conn, self._order, HEAD)
            self._heads = {sha: (size, mime, start) for sha, size, mime, start in rows}
        return self._heads

    def _fetch(self, first: int) -> None:
        if self._sizes is None:  # in `needed`'s order; a file gone from the store counts nothing
            heads = self._known()
            self._sizes = [heads[sha][0] if sha in heads else 0 for sha in self._order]
        sizes = self._sizes
        end = batch_end(sizes, first, self._pace.size, self._most_files)
        total = sum(sizes[first:end])
        self._batch = {}  # the last batch's bytes go before the next one's arrive
        started = time.monotonic()
        with self._store.guarded():
            rows = store_ops.read_blobs(self._conn, self._order[first:end])
        self._pace.took(total, time.monotonic() - started)
        self._batch = {sha: (mime, data) for sha, mime, data in rows}

