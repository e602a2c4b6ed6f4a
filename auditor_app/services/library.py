"""The checklist library: bundled checklists plus the user's own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from auditor_app import paths
from auditor_app.domain.checklist import Checklist, ChecklistError, load_checklist_file
from auditor_app.errors import InputError


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    key: str
    title: str
    standard: str
    edition: str
    path: Path
    bundled: bool


def user_checklist_dir() -> Path:
    folder = paths.user_data_dir() / "checklists"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def entries() -> list[LibraryEntry]:
    """Every loadable checklist; the user's own override a bundled one with the same id."""
    found: dict[str, LibraryEntry] = {}
    for folder, bundled in ((paths.checklist_dir(), True), (user_checklist_dir(), False)):
        for path in sorted(folder.glob("*.yaml")):
            try:
                checklist = load_checklist_file(path)
            except ChecklistError:
                continue  # a broken user file is reported when it is imported, not on every listing
            found[checklist.key] = LibraryEntry(checklist.key, checklist.title, checklist.standard,
                                                checklist.edition, path, bundled)
    return sorted(found.values(), key=lambda e: e.key)


def get(key_or_path: str) -> Checklist:
    """A checklist by library id, or from a YAML file path."""
    candidate = Path(key_or_path)
    if candidate.suffix.lower() in (".yaml", ".yml") and candidate.exists():
        return load_checklist_file(candidate)
    for entry in entries():
        if entry.key == key_or_path:
            return load_checklist_file(entry.path)
    known = ", ".join(e.key for e in entries()) or "none"
    raise InputError(f"unknown checklist {key_or_path!r} (available: {known})")
