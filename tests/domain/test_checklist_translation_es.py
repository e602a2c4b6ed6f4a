"""Spanish checklists: same clause tree, tags and item counts as the English ones, every text translated."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from auditor_app import paths
from auditor_app.domain.checklist import load_checklist_file

STEMS = ["iso9001-2015", "iso14001-2015", "iso45001-2018", "iso13485-2016"]
# A text may equal the English one only when it is a code or a name such as "ISO 9001" or "ISO/IEC 17025".
_CODE = re.compile(r"^[A-Z0-9 /:.\-+&()]+$")
# Words that only show up in a Spanish text when a sentence was left in English.
_ENGLISH = re.compile(r"\b(the|and|with|how|what|which|show|where|when|your|who|of)\b", re.IGNORECASE)


def _files(stem: str) -> tuple[Path, Path]:
    base = paths.checklist_dir()
    return base / f"{stem}.yaml", base / "i18n" / f"{stem}.es.yaml"


def _yaml(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), path
    return data


def _pairs(en: list[dict[str, Any]], es: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Clauses of both trees side by side, depth first, after checking each level has the same numbers."""
    assert [c["number"] for c in es] == [c["number"] for c in en]
    out = []
    for a, b in zip(en, es, strict=True):
        out.append((a, b))
        out += _pairs(a.get("clauses", []), b.get("clauses", []))
    return out


def _translated(english: str, spanish: object, where: str) -> None:
    assert isinstance(spanish, str) and spanish.strip(), f"{where}: empty"
    assert spanish != english or _CODE.match(spanish), f"{where}: left in English: {spanish!r}"
    assert not _ENGLISH.search(spanish), f"{where}: English words in {spanish!r}"


@pytest.mark.parametrize("stem", STEMS)
def test_spanish_checklist_mirrors_the_english_one(stem: str) -> None:
    en_path, es_path = _files(stem)
    en, es = _yaml(en_path), _yaml(es_path)
    assert list(es) == list(en)
    assert {k: es[k] for k in ("format", "id", "standard", "edition")} == \
        {k: en[k] for k in ("format", "id", "standard", "edition")}
    assert es["language"] == "es"
    _translated(en["title"], es["title"], f"{es_path.name}: title")
    _translated(en["source"], es["source"], f"{es_path.name}: source")
    assert "no son el texto de la norma" in " ".join(es["source"].split())
    seen: set[str] = set()
    for a, b in _pairs(en["clauses"], es["clauses"]):
        where = f"{es_path.name}: clause {a['number']}"
        assert list(b) == list(a), where
        assert b.get("tags") == a.get("tags"), f"{where}: tags must stay the program's keys"
        _translated(a["title"], b["title"], f"{where}: title")
        for key in ("questions", "evidence"):
            assert len(b.get(key, [])) == len(a.get(key, [])), f"{where}: number of {key}"
            for i, (s, t) in enumerate(zip(a.get(key, []), b.get(key, []), strict=True), 1):
                _translated(s, t, f"{where}: {key} {i}")
        for question in b.get("questions", []):
            assert question not in seen, f"{where}: question repeated: {question}"
            seen.add(question)


@pytest.mark.parametrize("stem", STEMS)
def test_spanish_checklist_loads_like_the_english_one(stem: str) -> None:
    en_path, es_path = _files(stem)
    en, es = load_checklist_file(en_path), load_checklist_file(es_path)
    assert (es.key, es.language) == (en.key, "es")
    en_clauses = [c for c, _depth, _parent in en.walk()]
    es_clauses = [c for c, _depth, _parent in es.walk()]
    assert [(c.number, c.tags) for c in es_clauses] == [(c.number, c.tags) for c in en_clauses]
    assert [(len(c.questions), len(c.evidence)) for c in es_clauses] == \
        [(len(c.questions), len(c.evidence)) for c in en_clauses]
