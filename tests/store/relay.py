"""A loopback TCP relay to the test cluster that counts the bytes each way and can play a slow link (the office
store's tests and bench/bench_store.py)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import deque


class Relay:
    """A loopback TCP relay to the server: counts the bytes client → server (`sent`) and back (`received`); with
    `delay` (one way, seconds) and `rate` (bytes a second) it behaves like a slow link in both directions."""

    def __init__(self, port: int, delay: float = 0.0, rate: float = 0.0) -> None:
        self.target, self.delay, self.rate = port, delay, rate
        self.sent = 0
        self.received = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target))
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            threading.Thread(target=self._pipe, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, False), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, upstream: bool) -> None:
        if not self.delay and not self.rate:
            while data := _recv(src):
                self._count(len(data), upstream)
                try:
                    dst.sendall(data)
                except OSError:
                    break
            _close(dst)
            return
        # A slow link: each chunk leaves `delay` after it arrived, and no faster than `rate` allows.
        queue: deque[tuple[float, bytes] | None] = deque()
        ready = threading.Condition()

        def send() -> None:
            free_at = 0.0
            while True:
                with ready:
                    while not queue:
                        ready.wait()
                    item = queue.popleft()
                if item is None:
                    _close(dst)
                    return
                arrived, data = item
                for at in range(0, len(data), 16384):  # serialised in pieces, as a link would
                    piece = data[at:at + 16384]
                    free_at = max(free_at, arrived + self.delay) + len(piece) / self.rate
                    pause = free_at - time.perf_counter()
                    if pause > 0:
                        time.sleep(pause)
                    try:
                        dst.sendall(piece)
                    except OSError:
                        return

        sender = threading.Thread(target=send, daemon=True)
        sender.start()
        while data := _recv(src):
            self._count(len(data), upstream)
            with ready:
                queue.append((time.perf_counter(), data))
                ready.notify()
        with ready:
            queue.append(None)
            ready.notify()

    def _count(self, size: int, upstream: bool) -> None:
        with self._lock:
            if upstream:
                self.sent += size
            else:
                self.received += size

    def close(self) -> None:
        self._listener.close()


def _recv(sock: socket.socket) -> bytes:
    try:
        return sock.recv(1 << 20)
    except OSError:
        return b""


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
