"""The checklist library: bundled checklists plus the user's own."""

from __future__ import annotations

import dataclasses
import functools
import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from auditor_app import leftovers, paths
from auditor_app.domain import checklist_diff
from auditor_app.domain.checklist import Checklist, ChecklistError, load_checklist_file
from auditor_app.domain.crosswalk import Crosswalk, load_crosswalk
from auditor_app.errors import InputError


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    key: str
    title: str
    standard: str
    edition: str
    path: Path
    bundled: bool
    clauses: int
    language: str
    source: str


def _parsed(path: Path) -> Checklist:
    """A library file, parsed once per version of the file (listing and looking up re-read every file)."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise ChecklistError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return _parse_version(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=64)
def _parse_version(path: Path, _mtime_ns: int, _size: int) -> Checklist:
    return load_checklist_file(path)


def user_checklist_dir() -> Path:
    folder = paths.user_data_dir() / "checklists"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def entries() -> list[LibraryEntry]:
    """Every loadable checklist; the user's own override a bundled one with the same id."""
    found: dict[str, LibraryEntry] = {}
    for folder, bundled in ((paths.checklist_dir(), True), (user_checklist_dir(), False)):
        for path in sorted(p for p in folder.glob("*.yaml") if p.name != "crosswalk.yaml"):
            try:
                checklist = _parsed(path)
            except ChecklistError:
                continue  # a broken user file is reported when it is imported, not on every listing
            found[checklist.key] = LibraryEntry(checklist.key, checklist.title, checklist.standard,
                                                checklist.edition, path, bundled, sum(1 for _ in checklist.walk()),
                                                checklist.language, checklist.source)
    return sorted(found.values(), key=lambda e: e.key)


def get(key_or_path: str) -> Checklist:
    """A checklist by library id, or from a YAML file path."""
    candidate = Path(key_or_path)
    if candidate.suffix.lower() in (".yaml", ".yml") and candidate.exists():
        return load_checklist_file(candidate)
    for entry in entries():
        if entry.key == key_or_path:
            return _parsed(entry.path)
    known = ", ".join(e.key for e in entries()) or "none"
    raise InputError(f"unknown checklist {key_or_path!r} (available: {known})")


@functools.cache
def crosswalk() -> Crosswalk:
    """The bundled cross-walk between standards (harmonized structure, ISO 13485 to ISO 9001)."""
    return load_crosswalk(paths.checklist_dir() / "crosswalk.yaml")


@dataclass(frozen=True, slots=True)
class ImportResult:
    checklist: Checklist
    saved: Path | None  # None for a dry run
    replaces: LibraryEntry | None
    changes: list[str]  # what differs from the checklist it replaces


def read_any(path: Path, checklist_id: str | None = None) -> Checklist:
    """A checklist from YAML, Excel (.xlsx) or CSV, fully validated (errors name file and line or row)."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        checklist = load_checklist_file(path)
        return dataclasses.replace(checklist, key=checklist_id) if checklist_id else checklist
    if suffix in (".xlsx", ".csv"):
        from auditor_app.services import checklist_sheets

        return checklist_sheets.read_sheet(path, default_id=checklist_id,
                                           meta={"id": checklist_id} if checklist_id else None)
    raise ChecklistError(f"{path}: not a checklist file (use .yaml, .xlsx or .csv)")


def import_checklist(path: Path, checklist_id: str | None = None, *, dry_run: bool = False) -> ImportResult:
    """Validate a checklist file and save it as YAML in the user's library (nothing is saved if invalid)."""
    checklist = read_any(path, checklist_id)
    replaces = next((e for e in entries() if e.key == checklist.key), None)
    changes: list[str] = []
    if replaces is not None:
        changes = checklist_diff.diff(_parsed(replaces.path), checklist).summary()
    saved = None
    if not dry_run:
        saved = user_checklist_dir() / f"{checklist.key}.yaml"
        text = yaml.safe_dump(checklist.to_json(), allow_unicode=True, sort_keys=False, width=100)
        leftovers.clear_stale(saved)
        tmp = leftovers.temp_path(saved)
        try:
            tmp.write_text(text, encoding="utf-8")
            if load_checklist_file(tmp) != checklist:  # what is saved must load back to the same checklist
                raise InputError(f"{path}: the checklist could not be saved faithfully")
            os.replace(tmp, saved)
        finally:
            tmp.unlink(missing_ok=True)
    return ImportResult(checklist, saved, replaces, changes)
