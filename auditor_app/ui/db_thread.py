"""The open audit's database thread: the only thread that ever uses its sqlite3 connection."""

# A plain thread with a queue rather than a QThread with a worker QObject: every hop the UI makes is a synchronous
# call that needs the result or the exception back (reads, commands, opening), which a future gives directly with
# the exception's type intact, and the thread needs no event loop, timers or signals of its own. Long jobs reach it
# through tasks.Task (ui/open_audit.py), whose own thread only waits here and delivers the outcome as a signal.
# The thread is a daemon so that a crash elsewhere can never keep the process alive; it is joined when its audit
# closes (OpenAudit.close), after the file has been closed on it.

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from auditor_app.errors import BugError

T = TypeVar("T")
_NAMES = itertools.count(1)
_Work = tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any], "Future[Any]"]


class DbThread:
    """Runs callables one at a time, in the order given, on one long-lived thread."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[_Work | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name=f"audit-db-{next(_NAMES)}", daemon=True)
        self._stopped = False
        self._thread.start()

    @property
    def name(self) -> str:
        return self._thread.name

    def is_current(self) -> bool:
        return threading.current_thread() is self._thread

    def submit(self, fn: Callable[..., T], *args: Any, **kw: Any) -> Future[T]:
        if self._stopped:
            raise BugError("the audit's database thread has stopped")
        future: Future[T] = Future()
        self._queue.put((fn, args, kw, future))
        return future

    def call(self, fn: Callable[..., T], *args: Any, **kw: Any) -> T:
        """`fn(*args, **kw)` on the thread; the caller waits. Its exception is raised here, as it was raised."""
        if self.is_current():  # work on the thread that asks for more (a command inside a job) runs in place
            return fn(*args, **kw)
        future = self.submit(fn, *args, **kw)
        try:
            return future.result()
        finally:
            del future  # the exception's traceback holds the caller's frames: do not keep it alive

    def stop(self) -> None:
        """Let queued work finish, then end the thread and wait for it."""
        if self.is_current():
            raise BugError("the database thread cannot stop itself")
        if not self._stopped:
            self._stopped = True
            self._queue.put(None)
        self._thread.join()

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def _loop(self) -> None:
        while True:
            work = self._queue.get()
            if work is None:
                return
            fn, args, kw, future = work
            del work
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(fn(*args, **kw))
                except BaseException as exc:  # handed to the caller, who decides what the user sees
                    future.set_exception(exc)
            del fn, args, kw, future  # nothing of finished work stays referenced from this frame
