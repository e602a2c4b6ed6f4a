"""Child process for the atomic-output tests: runs an auditor-app command and kills itself (SIGKILL) at a named point.

    python kill_child.py POINT [LIMIT] -- COMMAND ARGS...

POINT is where the process dies: `rebuild` (inside the transaction that fills the new file: a hot journal is
left), `checklist` (a new audit's checklists are being added), `publish` (the file is complete, just before it
gets its name), `published` (just after), `replace` (an export's finished temporary, just before it is renamed
into place), `none` (run to the end). With LIMIT, the process may write no file larger than LIMIT bytes
(RLIMIT_FSIZE, SIGXFSZ ignored so writes fail with EFBIG): a full disk without a small filesystem.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import resource
import signal
import sys
from collections.abc import Callable
from typing import Any

MODULES = ("auditor_app.storage.fsutil", "auditor_app.storage.oplog", "auditor_app.storage.audit_file",
           "auditor_app.storage.building", "auditor_app.storage.backup", "auditor_app.services.merge",
           "auditor_app.services.interchange")


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def patch_everywhere(real: Callable[..., Any], wrapper: Callable[..., Any]) -> None:
    """Replace `real` in every loaded module of ours that holds it (modules import functions by name)."""
    for name, module in list(sys.modules.items()):
        if name.startswith("auditor_app") or module is os:
            for attribute, value in list(vars(module).items()):
                if value is real:
                    setattr(module, attribute, wrapper)


def kill_at(real: Callable[..., Any], after: bool = False, when: Callable[..., bool] = lambda *a: True) -> None:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not when(*args):
            return real(*args, **kwargs)
        if not after:
            die()
        result = real(*args, **kwargs)
        die()
        return result
    patch_everywhere(real, wrapper)


def main() -> int:
    point = sys.argv[1]
    rest = sys.argv[2:]
    if rest[0] != "--":
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (int(rest[0]), resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
        rest = rest[1:]
    command = rest[1:]
    for name in MODULES:
        with contextlib.suppress(ImportError):  # a module of another version of the code
            importlib.import_module(name)
    from auditor_app.storage import fsutil, oplog

    if point == "rebuild":
        kill_at(oplog.rebuild)
    elif point in ("publish", "published"):
        kill_at(fsutil.publish, after=point == "published")
    elif point == "checklist":
        from auditor_app.services import audit

        kill_at(audit.load_checklist)
    elif point == "replace":
        kill_at(os.replace, when=lambda src, *_: str(src).endswith((".tmp", ".part")))
    from auditor_app.__main__ import main as run

    return run(command)


if __name__ == "__main__":
    sys.exit(main())
