"""German checklists (issue 16): the English clause tree, tags and item counts, and nothing left in English."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from auditor_app import paths
from auditor_app.domain.checklist import load_checklist_file

KEYS = ["iso9001-2015", "iso14001-2015", "iso45001-2018", "iso13485-2016"]
# Words that occur in English sentences but never in German ones; one of them in an item means it was missed.
ENGLISH_WORDS = {"the", "and", "with", "which", "what", "how", "who", "your", "does", "show", "of", "is", "are",
                 "been", "have", "has", "when", "where", "this", "that", "for", "their", "walk", "me"}
# Items that may stay as they are because they are names or codes, not prose.
SAME_IN_BOTH = re.compile(r"(ISO|IEC|EN|MDR|IVDR|FDA|CE|UDI)[\w\s:./-]*")


def _units(data: dict[str, Any]) -> list[tuple[str, str, str, Any]]:
    """(number, field, text-or-value) in document order for every clause field that must line up."""
    out: list[tuple[str, str, str, Any]] = []

    def walk(clauses: list[dict[str, Any]]) -> None:
        for clause in clauses:
            number = clause["number"]
            out.append((number, "title", clause["title"], None))
            out.append((number, "tags", "", clause.get("tags")))
            out.append((number, "counts", "", (len(clause.get("questions", [])), len(clause.get("evidence", [])))))
            for i, text in enumerate(clause.get("questions", [])):
                out.append((number, f"question {i + 1}", text, None))
            for i, text in enumerate(clause.get("evidence", [])):
                out.append((number, f"evidence {i + 1}", text, None))
            walk(clause.get("clauses", []))

    walk(data["clauses"])
    return out


def _pair(key: str) -> tuple[Path, dict[str, Any], dict[str, Any]]:
    english = paths.checklist_dir() / f"{key}.yaml"
    german = paths.checklist_dir() / "i18n" / f"{key}.de.yaml"
    return german, yaml.safe_load(english.read_text("utf-8")), yaml.safe_load(german.read_text("utf-8"))


def _aligned(key: str) -> list[tuple[tuple[str, str, str, Any], tuple[str, str, str, Any]]]:
    """English and German units side by side; fails at the first clause or item that does not line up."""
    german, en, de = _pair(key)
    en_units, de_units = _units(en), _units(de)
    for index in range(max(len(en_units), len(de_units))):
        want = en_units[index][:2] if index < len(en_units) else "nothing"
        got = de_units[index][:2] if index < len(de_units) else "nothing"
        assert got == want, f"{german}: expected clause/field {want} as in the English file, found {got}"
    return list(zip(en_units, de_units, strict=True))


@pytest.mark.parametrize("key", KEYS)
def test_german_checklist_loads_with_the_app_loader_as_language_de(key: str) -> None:
    german, en, _de = _pair(key)
    checklist = load_checklist_file(german)
    assert (checklist.key, checklist.language) == (key, "de")
    assert checklist.standard == en["standard"] and checklist.edition == en["edition"]
    assert "auditor-app" in checklist.source and "nicht der Text der Norm" in checklist.source


@pytest.mark.parametrize("key", KEYS)
def test_german_checklist_has_the_english_clause_tree_tags_and_item_counts(key: str) -> None:
    german = _pair(key)[0]
    for (number, what, _text, en_value), (_n, _w, _t, de_value) in _aligned(key):
        if what in ("tags", "counts"):
            assert de_value == en_value, f"{german}: clause {number} {what} {de_value} differ from English {en_value}"


@pytest.mark.parametrize("key", KEYS)
def test_german_checklist_has_no_empty_or_english_text(key: str) -> None:
    german, en, de = _pair(key)
    assert de["title"] != en["title"] and de["source"] != en["source"]
    seen: set[str] = set()
    for (number, what, en_text, _v), (_n, _w, de_text, _dv) in _aligned(key):
        if what in ("tags", "counts"):
            continue
        where = f"{german}: clause {number} {what}"
        assert de_text.strip(), f"{where} is empty"
        if de_text == en_text:
            assert SAME_IN_BOTH.fullmatch(de_text), f"{where} is still the English text"
        words = {w.lower() for w in re.findall(r"[\w-]+", de_text)}
        assert not words & ENGLISH_WORDS, f"{where} has English words {sorted(words & ENGLISH_WORDS)}: {de_text}"
        if what.startswith("question"):
            assert de_text not in seen, f"{where} repeats an earlier question"
            seen.add(de_text)
