"""The French bundled checklists mirror the English ones clause by clause and item by item, with no English left."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from auditor_app import paths
from auditor_app.domain.checklist import load_checklist_file

KEYS = ["iso9001-2015", "iso14001-2015", "iso45001-2018", "iso13485-2016"]
# Words that only an English sentence has; none of them is a French word.
ENGLISH = re.compile(r"\b(the|and|of|with|which|what|who|how|does|are|is|your|show me)\b", re.IGNORECASE)
# An item may stay as in English only when it is a code or an acronym, never a sentence.
CODE = re.compile(r"[A-Z0-9][A-Z0-9 .:/&+-]*")


def _files(key: str) -> tuple[Path, Path]:
    folder = paths.checklist_dir()
    return folder / f"{key}.yaml", folder / "i18n" / f"{key}.fr.yaml"


def _raw(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), path
    return data


def _walk(clauses: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for clause in clauses:
        yield clause
        yield from _walk(clause.get("clauses", []))


def _texts(clause: dict[str, Any]) -> list[tuple[str, str]]:
    return ([("title", clause["title"])] + [("question", q) for q in clause.get("questions", [])]
            + [("evidence", e) for e in clause.get("evidence", [])])


@pytest.mark.parametrize("key", KEYS)
def test_french_checklist_loads_with_the_same_id_and_clause_numbers(key: str) -> None:
    english_path, french_path = _files(key)
    english, french = load_checklist_file(english_path), load_checklist_file(french_path)
    assert (french.key, french.language, french.standard, french.edition) == (
        english.key, "fr", english.standard, english.edition)
    assert [(c.number, d, p) for c, d, p in french.walk()] == [(c.number, d, p) for c, d, p in english.walk()]
    assert "auditor-app" in french.source and "ne reprennent" in french.source
    assert french.title != english.title


@pytest.mark.parametrize("key", KEYS)
def test_french_checklist_keeps_tags_and_item_counts_of_the_english(key: str) -> None:
    english_path, french_path = _files(key)
    english, french = _raw(english_path), _raw(french_path)
    assert {k for k in french if k != "language"} == {k for k in english if k != "language"}
    pairs = list(zip(_walk(english["clauses"]), _walk(french["clauses"]), strict=True))
    for en, fr in pairs:
        where = f"{french_path.name} clause {fr['number']}"
        assert fr["number"] == en["number"], where
        assert set(fr) == set(en), where
        assert fr.get("tags") == en.get("tags"), where
        assert len(fr.get("questions", [])) == len(en.get("questions", [])), f"{where}: questions"
        assert len(fr.get("evidence", [])) == len(en.get("evidence", [])), f"{where}: evidence"


@pytest.mark.parametrize("key", KEYS)
def test_french_checklist_has_no_empty_or_english_text(key: str) -> None:
    english_path, french_path = _files(key)
    english, french = _raw(english_path), _raw(french_path)
    for en, fr in zip(_walk(english["clauses"]), _walk(french["clauses"]), strict=True):
        for (kind, en_text), (_, fr_text) in zip(_texts(en), _texts(fr), strict=True):
            where = f"{french_path.name} clause {fr['number']} {kind} {fr_text!r}"
            assert isinstance(fr_text, str) and fr_text.strip(), where
            assert fr_text != en_text or CODE.fullmatch(fr_text), f"{where}: still the English text"
            assert not ENGLISH.search(fr_text), f"{where}: English words left"
            # French typography as in the UI catalogue: a no-break space before ? ! ; :
            assert not re.search(r" [?!;:]", fr_text), f"{where}: ordinary space before punctuation"
