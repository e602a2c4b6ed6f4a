"""Simplified Chinese checklists (issue 16): same clause tree and tags as the English files, all text translated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from auditor_app import paths
from auditor_app.domain.checklist import Checklist, Clause, clause_id, load_checklist_file

KEYS = ["iso9001-2015", "iso14001-2015", "iso45001-2018", "iso13485-2016"]
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z&\-]*")
# Codes and abbreviations a Chinese auditor writes as they are; any other Latin word is English left over.
CODES = {"auditor-app", "PESTLE", "eQMS", "eIFU", "EUDAMED", "UDI-DI", "GR&R", "RoHS", "ppm", "k"}


def _zh_path(key: str) -> Path:
    return paths.checklist_dir() / "i18n" / f"{key}.zh-Hans.yaml"


def _pairs(key: str) -> tuple[Checklist, Checklist]:
    return load_checklist_file(paths.checklist_dir() / f"{key}.yaml"), load_checklist_file(_zh_path(key))


def _english_left(text: str) -> list[str]:
    return [w for w in LATIN_WORD.findall(text) if w not in CODES and not re.fullmatch(r"[A-Z0-9]{1,5}", w)]


@pytest.mark.parametrize("key", KEYS)
def test_chinese_checklist_has_the_english_clause_tree_tags_and_counts(key: str) -> None:
    english, chinese = _pairs(key)
    assert chinese.language == "zh-Hans"
    assert (chinese.key, chinese.standard, chinese.edition) == (english.key, english.standard, english.edition)
    en_walk, zh_walk = list(english.walk()), list(chinese.walk())
    # number, depth and parent in the same order: the clause ids, and so findings and the cross-walk, stay the same
    assert [(c.number, d, p) for c, d, p in zh_walk] == [(c.number, d, p) for c, d, p in en_walk]
    for (en, _d, _p), (zh, _d2, _p2) in zip(en_walk, zh_walk, strict=True):
        assert zh.tags == en.tags, f"{_zh_path(key).name} clause {zh.number}: tags differ from the English file"
        assert len(zh.questions) == len(en.questions), f"{key} clause {zh.number}: number of questions"
        assert len(zh.evidence) == len(en.evidence), f"{key} clause {zh.number}: number of evidence items"


def _texts(clause: Clause, english: Clause) -> list[tuple[str, str, str]]:
    out = [("title", clause.title, english.title)]
    out += [(f"questions[{i}]", q, e) for i, (q, e) in enumerate(zip(clause.questions, english.questions, strict=True))]
    out += [(f"evidence[{i}]", q, e) for i, (q, e) in enumerate(zip(clause.evidence, english.evidence, strict=True))]
    return out


@pytest.mark.parametrize("key", KEYS)
def test_every_text_of_the_chinese_checklist_is_written_in_chinese(key: str) -> None:
    english, chinese = _pairs(key)
    name = _zh_path(key).name
    problems: list[str] = []
    texts = [("title", chinese.title, english.title), ("source", chinese.source, english.source)]
    for (en, _d, _p), (zh, _d2, _p2) in zip(english.walk(), chinese.walk(), strict=True):
        texts += [(f"clause {zh.number} {field}", text, en_text) for field, text, en_text in _texts(zh, en)]
    for where, text, en_text in texts:
        if not text.strip():
            problems.append(f"{name} {where}: empty")
        elif text.strip() == en_text.strip():
            problems.append(f"{name} {where}: still the English text")
        elif len(CJK.findall(text)) < 2 or _english_left(text):
            problems.append(f"{name} {where}: English words {_english_left(text)} in {text!r}")
    assert problems == []


@pytest.mark.parametrize("key", KEYS)
def test_chinese_questions_are_distinct_and_the_source_says_they_are_not_the_standard(key: str) -> None:
    _english, chinese = _pairs(key)
    questions = [q for c, _d, _p in chinese.walk() for q in c.questions]
    assert len(questions) == len(set(questions)), [q for q in questions if questions.count(q) > 1]
    assert "不是标准原文" in chinese.source and "auditor-app" in chinese.source


def test_every_crosswalk_entry_names_a_clause_of_the_chinese_checklists() -> None:
    data = yaml.safe_load((paths.checklist_dir() / "crosswalk.yaml").read_text(encoding="utf-8"))
    groups = next(v for v in data.values() if isinstance(v, list))
    ids = {clause_id(key, c.number) for key in KEYS for c, _d, _p in load_checklist_file(_zh_path(key)).walk()}
    refs = [ref for group in groups for ref in group if ref.split("#")[0] in KEYS]
    assert refs, "the cross-walk names none of the translated checklists"
    missing = [ref for ref in refs if clause_id(*ref.split("#", 1)) not in ids]
    assert missing == []
