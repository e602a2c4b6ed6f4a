"""Ordered, bounded work on a thread pool (Pillow, hashlib and zlib release the GIL, so threads use every core)."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")
R = TypeVar("R")


def workers() -> int:
    return max(1, min(4, os.cpu_count() or 2))


def ordered(items: Sequence[T], feed: Callable[[T], U], work: Callable[[U], R], *,
            progress: Callable[[int, int], None] | None = None, cancel: Callable[[], bool] | None = None,
            ahead: int | None = None) -> Iterator[R]:
    """`work(feed(item))` for each item, results in order; `feed` runs on the caller's thread (e.g. reading the
    audit file, whose connection belongs to it), `work` on the pool, with at most `ahead` items in flight so
    memory stays bounded. Stops early, without error, once `cancel()` is true."""
    limit = ahead or workers() * 2
    with ThreadPoolExecutor(max_workers=workers(), thread_name_prefix="photos") as pool:
        pending: deque[Future[R]] = deque()
        position = 0
        try:
            for done in range(len(items)):
                while position < len(items) and len(pending) < limit:
                    if cancel is not None and cancel():
                        return
                    pending.append(pool.submit(work, feed(items[position])))
                    position += 1
                if cancel is not None and cancel():
                    return
                yield pending.popleft().result()
                if progress is not None:
                    progress(done + 1, len(items))
        finally:
            for future in pending:
                future.cancel()


def same(item: T) -> T:
    return item
