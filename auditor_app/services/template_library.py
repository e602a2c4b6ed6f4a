"""This computer's library of certification bodies' Word report templates, kept by name for audits to choose."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor_app import leftovers, paths
from auditor_app.errors import InputError
from auditor_app.storage import fsutil

if TYPE_CHECKING:
    from auditor_app.services.session import Tx

FOLDER = "report-templates"
SUFFIX = ".docx"
MAX_NAME = 60
# The audit's explicit choice of the built-in template, whatever the preferences say ("<" is in no library name).
BUILT_IN = "<built-in>"
# Windows refuses these as file names whatever the extension ("CON.docx", "com1.x.docx").
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
_FORBIDDEN = set('<>:"/\\|?*')  # not allowed in a file name on Windows (and / nowhere, : not on macOS)


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    path: Path
    size: int
    modified: datetime  # when it was added or last replaced (UTC)


def folder() -> Path:
    """Under the user data folder, so portable mode keeps the templates on the stick with everything else."""
    path = paths.user_data_dir() / FOLDER
    path.mkdir(parents=True, exist_ok=True)
    return path


def check_name(name: str) -> str:
    """The name as it will be kept (NFC, so a name typed on macOS matches one typed elsewhere), or InputError."""
    name = unicodedata.normalize("NFC", name)
    problem = _name_problem(name)
    if problem:
        raise InputError(f"template name {name!r}: {problem}")
    return name


def _name_problem(name: str) -> str | None:
    if not name.strip():
        return "a template needs a name"
    if len(name) > MAX_NAME:
        return f"longer than {MAX_NAME} characters"
    bad = sorted({c for c in name if c in _FORBIDDEN or unicodedata.category(c) == "Cc"})
    if bad:
        shown = " ".join(repr(c)[1:-1] for c in bad)
        return f"may not contain {shown} (it names a file; letters, digits, spaces, - _ ( ) . are fine)"
    if name != name.strip():
        return "may not begin or end with a space"
    if name.endswith("."):
        return "may not end with a dot"
    if name.startswith("."):
        return "may not begin with a dot (such files are hidden)"
    if name.split(".")[0].strip().upper() in _RESERVED:
        return "is a name Windows reserves for devices; choose another"
    return None


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def _files() -> dict[str, Path]:
    """Stored templates by the key of their name (names compare case-insensitively)."""
    found: dict[str, Path] = {}
    for item in folder().iterdir():
        if item.name.endswith(SUFFIX) and item.is_file() and _name_problem(stored_name(item)) is None:
            found[_key(stored_name(item))] = item
    return found


def names() -> list[str]:
    """The stored templates' names, sorted as a user reads them."""
    return sorted((stored_name(p) for p in _files().values()), key=lambda n: (n.casefold(), n))


def entries() -> list[Entry]:
    result = []
    for name in names():
        file = path(name)
        if file is None:  # removed meanwhile (another window)
            continue
        result.append(_entry(file))
    return result


def stored_name(file: Path) -> str:
    """The template's name as kept (its file's name without .docx)."""
    return unicodedata.normalize("NFC", file.name[:-len(SUFFIX)])


def _entry(file: Path) -> Entry:
    info = file.stat()
    return Entry(stored_name(file), file, info.st_size, datetime.fromtimestamp(info.st_mtime, UTC))


def path(name: str) -> Path | None:
    """The stored file of the template called `name` (any case), or None when this computer lacks it."""
    return _files().get(_key(name))


def add(name: str, source: Path, *, replace: bool = False) -> Entry:
    """Check the template, then copy it in whole (temporary copy, fsync, rename): a crash leaves the library as it
    was. A name already taken (in any case) is refused unless `replace`; the replaced template keeps its spelling."""
    name = check_name(name)
    source = Path(source)
    existing = path(name)
    if existing is not None and not replace:
        raise InputError(f"a template called {stored_name(existing)!r} is already on this computer; "
                         "use --replace (in the window: Replace) to replace it")
    if not source.is_file():
        what = "not a file" if source.exists() else "no such file"
        raise InputError(f"{source}: {what}; template {name!r} not added")
    target = existing if existing is not None else folder() / f"{name}{SUFFIX}"
    leftovers.clear_stale(target)
    tmp = leftovers.temp_path(target)
    try:
        with open(tmp, "xb") as handle:
            handle.write(_read(source, name))
            handle.flush()
            os.fsync(handle.fileno())
        _check(tmp, source, name)  # the copy is what gets used, so the copy is what is checked
        if existing is not None:
            os.replace(tmp, target)
        else:
            fsutil.publish(tmp, target)  # never over a template another window added meanwhile
    except FileExistsError:
        raise InputError(f"a template called {name!r} was added meanwhile; use --replace to replace it") from None
    finally:
        leftovers.remove_temporary(tmp)
    fsutil.fsync_dir(folder())
    return _entry(target)


def _read(source: Path, name: str) -> bytes:
    from auditor_app.exporters.docx_template import MAX_TEMPLATE_BYTES

    try:
        if source.stat().st_size > MAX_TEMPLATE_BYTES:
            raise InputError(f"template {name!r} not added: {source}: larger than "
                             f"{MAX_TEMPLATE_BYTES // (1024 * 1024)} MB; not a report template")
        return source.read_bytes()
    except OSError as exc:
        raise InputError(f"template {name!r} not added: {source}: cannot read it ({exc.strerror or exc})") from None


def _check(copy: Path, source: Path, name: str) -> None:
    from auditor_app.services import reports

    try:
        reports.check_template(copy)
    except InputError as exc:  # the check names the file it read: name the user's file instead of our copy
        raise InputError(f"template {name!r} not added: {str(exc).replace(str(copy), str(source))}") from None


def remove(name: str) -> str:
    """Remove the template called `name` (any case); returns its stored name. Audits naming it keep the name and
    are refused at export until it is added again."""
    file = path(name)
    if file is None:
        raise InputError(f"no template called {name!r} on this computer (`auditor-app template list` lists them)")
    file.unlink()
    fsutil.fsync_dir(folder())
    return stored_name(file)



def use(tx: Tx, name: str | None) -> dict[str, Any]:
    """Record which template the audit's report uses: a name in this computer's library (kept as the library spells
    it), BUILT_IN, or None for this computer's default (the preferences' template, else the built-in one)."""
    if name is not None and name != BUILT_IN:
        stored = path(name)
        if stored is None:
            raise InputError(f"no template called {name!r} on this computer; add it first with "
                             f"`auditor-app template add NAME FILE.docx`")
        name = stored_name(stored)
    return tx.set("audit", tx.session.audit_id, {"report_template": name})
