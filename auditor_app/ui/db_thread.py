"""The open audit's database thread: the only thread that ever uses its sqlite3 connection."""

# A plain thread with a queue rather than a QThread with a worker QObject: every hop the UI makes is a synchronous
# call that needs the result or the exception back (reads, commands, opening), which a lock handed over gives with
# the exception's type intact, and the thread needs no event loop, timers or signals of its own. Long jobs reach it
# through tasks.Task (ui/open_audit.py), whose own thread only waits here and delivers the outcome as a signal.
# The thread is a daemon so that a crash elsewhere can never keep the process alive; it is joined when its audit
# closes (OpenAudit.close), after the file has been closed on it.
#
# Each hop hands the GIL over twice (UI -> here -> UI). While another Python thread is busy (the search index being
# built, thumbnails, the cross-walk parse), CPython makes each hand-over wait up to its switch interval, 5 ms by
# default: with several hops per click that made selecting a clause 3-10 times slower than when the UI thread read
# the file itself. At 0.5 ms the hops cost what the reads did before (measured with a spinning thread).

from __future__ import annotations

import itertools
import sys
import threading
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

from auditor_app.errors import BugError

T = TypeVar("T")
SWITCH_INTERVAL = 0.0005  # seconds; see the comment at the top
_NAMES = itertools.count(1)


class _Work:
    """One call and its outcome; `done` is a lock held until the outcome is there (the cheapest hand-over: this
    module is imported at start-up, and a hop is made for every read)."""

    __slots__ = ("fn", "args", "kw", "done", "result", "error")

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kw: dict[str, Any]) -> None:
        self.fn, self.args, self.kw = fn, args, kw
        self.done = threading.Lock()
        self.done.acquire()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.fn(*self.args, **self.kw)
        except BaseException as exc:  # handed to the caller, who decides what the user sees
            self.error = exc
        self.fn = self.args = self.kw = None  # type: ignore[assignment]  # nothing of it stays referenced here
        self.done.release()


class DbThread:
    """Runs callables one at a time, in the order given, on one long-lived thread."""

    def __init__(self) -> None:
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))  # for the whole process: see above
        self._queue: deque[_Work | None] = deque()
        self._waiting = threading.Semaphore(0)  # one count per item in the queue
        self._thread = threading.Thread(target=self._loop, name=f"audit-db-{next(_NAMES)}", daemon=True)
        self._stopped = False
        self._thread.start()

    @property
    def name(self) -> str:
        return self._thread.name

    def is_current(self) -> bool:
        return threading.current_thread() is self._thread

    def call(self, fn: Callable[..., T], *args: Any, **kw: Any) -> T:
        """`fn(*args, **kw)` on the thread; the caller waits. Its exception is raised here, as it was raised."""
        if self.is_current():  # work on the thread that asks for more (a command inside a job) runs in place
            return fn(*args, **kw)
        if self._stopped:
            raise BugError("the audit's database thread has stopped")
        work = _Work(fn, args, kw)
        self._queue.append(work)
        self._waiting.release()
        work.done.acquire()
        error, work.error = work.error, None  # the traceback holds this thread's frames: not kept past the raise
        if error is not None:
            raise error
        return work.result  # type: ignore[no-any-return]

    def stop(self) -> None:
        """Let queued work finish, then end the thread and wait for it."""
        if self.is_current():
            raise BugError("the database thread cannot stop itself")
        if not self._stopped:
            self._stopped = True
            self._queue.append(None)
            self._waiting.release()
        self._thread.join()

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def _loop(self) -> None:
        while True:
            self._waiting.acquire()
            work = self._queue.popleft()
            if work is None:
                return
            work.run()
            del work
