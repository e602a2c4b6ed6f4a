"""Library checklists in other languages: translations beside the original that keep its every number and tag."""

from __future__ import annotations

from pathlib import Path

from auditor_app.domain.checklist import Checklist, ChecklistError
from auditor_app.errors import InputError
from auditor_app.services import library

# Stored language values ("zh", "zh-CN") as the checklist files name their language.
_ALIASES = {"zh": "zh-Hans", "zh-cn": "zh-Hans", "zh_cn": "zh-Hans", "zh-hans": "zh-Hans", "zh_hans": "zh-Hans"}


def normal(language: str | None) -> str | None:
    """"de-DE" -> "de", "zh_CN" -> "zh-Hans": the language part, as the checklist files name it."""
    if not language or not language.strip():
        return None
    text = language.strip()
    return _ALIASES.get(text.casefold()) or text.replace("_", "-").split("-")[0].casefold()


def _entry(key: str) -> library.LibraryEntry:
    entry = next((e for e in library.entries() if e.key == key), None)
    if entry is None:
        library.get(key)  # raises the library's own message, listing what there is
        raise InputError(f"unknown checklist {key!r}")
    return entry


def translation_path(entry: library.LibraryEntry, language: str) -> Path:
    """checklists/i18n/iso9001-2015.de.yaml beside checklists/iso9001-2015.yaml (the user's folder alike)."""
    return entry.path.parent / "i18n" / f"{entry.path.stem}.{language}.yaml"


def languages(key: str) -> list[str]:
    """The languages a library checklist can be loaded in: its own first, then its translations."""
    entry = _entry(key)
    folder = entry.path.parent / "i18n"
    found = sorted(p.name[len(entry.path.stem) + 1:-len(".yaml")] for p in folder.glob(f"{entry.path.stem}.*.yaml"))
    return [entry.language, *(lang for lang in found if lang != entry.language)]


def get(key: str, language: str | None = None) -> Checklist:
    """The checklist in `language` (its own language when None or the same); InputError when there is no such
    translation, ChecklistError when the translation does not match the original clause for clause."""
    original = library.get(key)
    wanted = normal(language)
    if wanted is None or wanted == normal(original.language):
        return original
    entry = _entry(key)
    path = translation_path(entry, wanted)
    if not path.is_file():
        raise InputError(f"checklist {key} is not available in {language} (available: {', '.join(languages(key))})")
    translated = library._parsed(path)
    problem = difference(original, translated)
    if problem is not None:
        raise ChecklistError(f"{path}: not a translation of {key}: {problem}")
    return translated


def get_or_original(key: str, language: str | None) -> tuple[Checklist, bool]:
    """The checklist in `language` if there is a sound translation, else in its own language (and False)."""
    try:
        return get(key, language), True
    except (InputError, ChecklistError):
        return library.get(key), normal(language) in (None, normal(library.get(key).language))


def difference(original: Checklist, translated: Checklist) -> str | None:
    """What keeps `translated` from standing in for `original` (same id, numbers, order, tags), or None."""
    if translated.key != original.key:
        return f"its id is {translated.key}"
    if (translated.standard, translated.edition) != (original.standard, original.edition):
        return f"it is {translated.standard}:{translated.edition}, not {original.standard}:{original.edition}"
    mine = [(c.number, depth, c.tags) for c, depth, _p in translated.walk()]
    theirs = [(c.number, depth, c.tags) for c, depth, _p in original.walk()]
    for (number, depth, tags), (o_number, o_depth, o_tags) in zip(mine, theirs, strict=False):
        if (number, depth) != (o_number, o_depth):
            return f"clause {number} where the original has {o_number}"
        if tags != o_tags:
            return f"clause {number} has other tags than the original"
    if len(mine) != len(theirs):
        return f"{len(mine)} clauses, the original {len(theirs)}"
    return None
