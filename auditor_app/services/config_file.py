"""Small JSON files in the user's config folder: atomic writes, and damaged files set aside instead of crashing."""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from auditor_app import leftovers
from auditor_app.errors import KnownError
from auditor_app.storage.fsutil import fsync_dir

log = logging.getLogger(__name__)


def read_json(path: Path) -> Any | None:
    """The parsed content, or None when the file is absent, unreadable or damaged.

    A damaged file (not JSON, cut short by a crash, not UTF-8) is renamed to `<name>.bad` so the next save
    does not destroy what someone may want to look at, and so it is not complained about on every start.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("cannot read %s (%s); using defaults", path, exc.strerror or exc)
        return None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        set_aside(path, str(exc))
        return None


def set_aside(path: Path, why: str) -> None:
    """Keep a damaged file as `<name>.bad` (replacing an older one) and carry on with defaults."""
    log.warning("%s is damaged (%s); kept as %s.bad, using defaults", path, why, path.name)
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(path.name + ".bad"))


def write_json(path: Path, data: Any) -> None:
    """Replace the file atomically: a crash leaves the old version or the new one, never half of either."""
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    tmp_name = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        leftovers.clear_stale(path)
        tmp_name = str(leftovers.temp_path(path))
        with open(tmp_name, "x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = ""
        fsync_dir(path.parent)
    except OSError as exc:
        raise KnownError(f"cannot save {path}: {exc.strerror or exc}") from None
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
