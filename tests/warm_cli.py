"""`auditor-app COMMAND` in its own child process, forked from a warm one that has already paid for the imports."""

from __future__ import annotations

import atexit
import contextlib
import json
import locale
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

# Each child is a fork of a server that imported these once: a command then costs its own work, not the ~0.3 s of
# imports a fresh interpreter pays (some 600 commands run in the suite). Imports only: nothing here reads the
# environment or the user's folders at import, so every child still starts from its own environment and folders.
PRELOAD = ("auditor_app.__main__", "auditor_app.cli.main", "auditor_app.cli.commands", "auditor_app.cli.team",
           "auditor_app.services.audit", "auditor_app.services.merge", "auditor_app.services.interchange",
           "auditor_app.services.integrity", "auditor_app.services.demo", "auditor_app.exporters.pdf_report",
           "auditor_app.exporters.xlsx_report", "cryptography.hazmat.primitives.asymmetric.ed25519", "PIL.Image",
           "yaml", "lxml.etree")

# What is read once at start (the interpreter's encodings, flags and paths, the time zone, ReportLab's settings and
# font folders): a command given other values of these gets a fresh interpreter, as it would outside the tests.
_AT_START = ("PYTHON", "LANG", "LC_", "TZ", "RL_", "HOME", "XDG_DATA_HOME")  # RL_: ReportLab's settings
_KEPT_AT_START = {"PYTHON_KEYRING_BACKEND"}  # read when keyring is imported, which the server never does


def run(args: Sequence[object], *, env: Mapping[str, str] | None = None, cwd: Path | str | None = None,
        input: str | bytes | None = None, text: bool = True, timeout: float = 300) -> subprocess.CompletedProcess[Any]:
    """Like `subprocess.run([python, "-m", "auditor_app", *args], capture_output=True, stdin=DEVNULL …)`."""
    argv = [str(a) for a in args]
    environment = dict(os.environ if env is None else env)
    if _starts_differently(environment):
        command = [sys.executable, "-m", "auditor_app", *argv]
        return subprocess.run(command, capture_output=True, text=text, env=environment, cwd=cwd, timeout=timeout,
                              input=input, stdin=None if input is not None else subprocess.DEVNULL)
    with _Server.lock:  # one command at a time per server: its replies are read in order
        return _server().run(argv, environment, cwd, input, text, timeout)


def _starts_differently(env: Mapping[str, str]) -> bool:
    def start(values: Mapping[str, str]) -> dict[str, str]:
        return {k: v for k, v in values.items() if k.startswith(_AT_START) and k not in _KEPT_AT_START}

    return start(env) != start(_Server.started_with)


class _Server:
    started_with: dict[str, str] = dict(os.environ)
    lock = threading.RLock()
    current: _Server | None = None

    def __init__(self) -> None:
        ask_r, ask_w = os.pipe()
        tell_r, tell_w = os.pipe()
        self.errors = tempfile.TemporaryFile()  # noqa: SIM115  # the server's complaints, shown if it ends; closed by close()
        self.process = subprocess.Popen([sys.executable, __file__, str(ask_r), str(tell_w)], pass_fds=(ask_r, tell_w),
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.errors,
                                        env=_Server.started_with)
        os.close(ask_r)
        os.close(tell_w)
        self.ask = os.fdopen(ask_w, "w", buffering=1)
        self.tell = tell_r
        self.pending = b""
        self.asked = 0
        self.closed = False

    def run(self, argv: list[str], env: dict[str, str], cwd: Path | str | None, given: str | bytes | None,
            text: bool, timeout: float) -> subprocess.CompletedProcess[Any]:
        with tempfile.TemporaryDirectory(prefix="warm-cli-") as scratch:
            folder = Path(scratch)
            stdin = None
            if given is not None:
                stdin = folder / "in"
                stdin.write_bytes(given.encode(locale.getpreferredencoding(False)) if isinstance(given, str)
                                  else given)
            self.asked += 1
            request = {"id": self.asked, "argv": argv, "env": env, "cwd": None if cwd is None else str(cwd),
                       "stdin": None if stdin is None else str(stdin), "out": str(folder / "out"),
                       "err": str(folder / "err")}
            pid = None
            try:
                self.ask.write(json.dumps(request) + "\n")
                pid = int(self._line(30, "pid"))
                status = int(self._line(timeout, "status"))
            except BaseException as exc:  # a timeout, pytest-timeout, Ctrl-C: no child and no reply left behind
                self.kill(pid)
                if isinstance(exc, subprocess.TimeoutExpired):
                    raise subprocess.TimeoutExpired(["auditor-app", *argv], timeout) from None
                raise
            out, err = (folder / "out").read_bytes(), (folder / "err").read_bytes()
        if text:
            return subprocess.CompletedProcess(["auditor-app", *argv], status, _text(out), _text(err))
        return subprocess.CompletedProcess(["auditor-app", *argv], status, out, err)

    def _line(self, timeout: float, what: str) -> Any:
        """The server's next reply, which must be `what` for the request just made."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.pending:
            left = deadline - time.monotonic()
            if left <= 0:
                raise subprocess.TimeoutExpired("warm auditor-app", timeout)
            ready, _, _ = select.select([self.tell], [], [], left)
            if ready:
                chunk = os.read(self.tell, 65536)
                if not chunk:
                    self.errors.seek(0)
                    raise RuntimeError("the warm command server ended: " + self.errors.read().decode(errors="replace"))
                self.pending += chunk
        line, self.pending = self.pending.split(b"\n", 1)
        reply = json.loads(line)
        if reply.get("id") != self.asked or what not in reply:
            raise RuntimeError(f"the warm command server answered {reply} to request {self.asked} ({what})")
        return reply[what]

    def kill(self, pid: int | None) -> None:
        """The command and the server both go; the next command starts a new server."""
        for process in (pid, self.process.pid):
            if process is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(process, signal.SIGKILL)
        self.close()
        if _Server.current is self:
            _Server.current = None

    def close(self) -> None:
        if self.closed:  # also registered with atexit: the descriptors' numbers may belong to others by then
            return
        self.closed = True
        with contextlib.suppress(OSError):
            self.ask.close()
        with contextlib.suppress(OSError):
            os.close(self.tell)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.errors.close()


def _server() -> _Server:
    current = _Server.current
    if current is None or current.process.poll() is not None:
        current = _Server.current = _Server()
        atexit.register(current.close)
    return current


def _text(data: bytes) -> str:
    # As subprocess's text mode: the locale's encoding, universal newlines.
    return data.decode(locale.getpreferredencoding(False)).replace("\r\n", "\n").replace("\r", "\n")


# ----- the server ------------------------------------------------------------------------------------------------


def _serve(ask_fd: int, tell_fd: int) -> None:
    import importlib

    for name in PRELOAD:
        importlib.import_module(name)
    requests = os.fdopen(ask_fd, "r")
    for line in requests:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(request, ask_fd, tell_fd)
        os.write(tell_fd, (json.dumps({"id": request["id"], "pid": pid}) + "\n").encode())
        _, status = os.waitpid(pid, 0)
        os.write(tell_fd, (json.dumps({"id": request["id"], "status": os.waitstatus_to_exitcode(status)}) + "\n")
                 .encode())


def _child(request: dict[str, Any], ask_fd: int, tell_fd: int) -> None:
    code = 1
    try:
        os.close(ask_fd)
        os.close(tell_fd)
        stdin = os.open(request["stdin"] or os.devnull, os.O_RDONLY)
        out = os.open(request["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        err = os.open(request["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        for fd, target in ((stdin, 0), (out, 1), (err, 2)):
            os.dup2(fd, target)
            os.close(fd)
        if request["cwd"]:
            os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        import tempfile as child_tempfile

        child_tempfile.tempdir = None  # found again from this command's TMPDIR
        sys.argv = [sys.executable, *request["argv"]]
        code = _main(request["argv"])
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)


def _main(argv: list[str]) -> int:
    """What the interpreter does around `python -m auditor_app`: exit codes, an uncaught exception, atexit."""
    import traceback

    from auditor_app.__main__ import main

    try:
        code: object = main(argv)
    except SystemExit as exc:
        code = exc.code
    except BaseException:
        traceback.print_exc()
        code = 1
    threading._shutdown()  # type: ignore[attr-defined]  # as the interpreter: non-daemon threads end first
    atexit._run_exitfuncs()
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    _serve(int(sys.argv[1]), int(sys.argv[2]))
