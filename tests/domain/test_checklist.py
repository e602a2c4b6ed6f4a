"""Checklist files: bundled content, validation messages with file and line, deterministic ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor_app import paths
from auditor_app.domain.checklist import ChecklistError, clause_id, load_checklist_file, parse_checklist

# Clause counts of the bundled checklists, down to the deepest numbered level (clauses 4-10, 4-8 for 13485).
EXPECTED_COUNTS = {"iso9001-2015": 91, "iso14001-2015": 45, "iso45001-2018": 56, "iso13485-2016": 91}
MUST_HAVE = {"iso9001-2015": ["7.1.5.2", "8.2.3.1", "8.5.1", "9.3.3", "10.2.2", "4.1"],
             "iso14001-2015": ["6.1.2", "9.1.2", "8.2"], "iso45001-2018": ["5.4", "6.1.2.1", "8.1.4.3"],
             "iso13485-2016": ["4.2.3", "7.3.10", "7.5.9.1", "8.2.3"]}


def _bundled() -> list[Path]:
    return sorted(p for p in paths.checklist_dir().glob("*.yaml") if p.name != "crosswalk.yaml")


@pytest.mark.parametrize("path", _bundled(), ids=lambda p: p.stem)
def test_bundled_checklists_are_complete_and_in_our_own_words(path: Path) -> None:
    checklist = load_checklist_file(path)
    clauses = [c for c, _depth, _parent in checklist.walk()]
    numbers = [c.number for c in clauses]
    assert len(numbers) == EXPECTED_COUNTS[checklist.key]
    assert set(MUST_HAVE[checklist.key]) <= set(numbers)
    titles = {c.title.strip().lower() for c in clauses}
    seen: set[str] = set()
    for clause in clauses:
        assert 2 <= len(clause.questions) <= 5, clause.number
        assert 2 <= len(clause.evidence) <= 5, clause.number
        for question in clause.questions:
            assert question.strip().lower() not in titles, (clause.number, question)
            assert question not in seen, (clause.number, question)
            seen.add(question)
    assert "not the text of the standard" in checklist.source


def test_iso9001_covers_the_climate_change_amendment() -> None:
    checklist = load_checklist_file(paths.checklist_dir() / "iso9001-2015.yaml")
    by_number = {c.number: c for c, _d, _p in checklist.walk()}
    for number in ("4.1", "4.2"):
        assert any("climate" in q.lower() for q in by_number[number].questions), number


def test_iso13485_has_the_general_requirements_4_1_1_to_4_1_6_with_questions() -> None:
    checklist = load_checklist_file(paths.checklist_dir() / "iso13485-2016.yaml")
    parents = {c.number: p for c, _d, p in checklist.walk()}
    by_number = {c.number: c for c, _d, _p in checklist.walk()}
    for n in range(1, 7):
        clause = by_number[f"4.1.{n}"]
        assert parents[clause.number] == "4.1"
        # 4.1 has no sub-titles in the standard: like ISO 9001's 4.4.1/4.4.2, the sub-clauses repeat it
        assert clause.title == "General requirements"
        assert len(clause.questions) >= 3 and len(clause.evidence) >= 3, clause.number
    assert any("software" in q.lower() for q in by_number["4.1.6"].questions)
    assert any("quality agreement" in q.lower() for q in by_number["4.1.5"].questions)
    assert dict(by_number["4.1.5"].tags)["iso9001"] == "8.4.2"


def test_clause_ids_are_deterministic_across_files() -> None:
    assert clause_id("iso9001-2015", "7.1.5.2") == clause_id("iso9001-2015", "7.1.5.2")
    assert clause_id("iso9001-2015", "7.1.5.2") != clause_id("iso14001-2015", "7.1.5.2")


HEADER = """format: auditor-checklist/1
id: test-list
title: Test
standard: TEST
edition: "1"
language: en
source: ours
clauses:
"""


@pytest.mark.parametrize(("body", "message"), [
    ('  - {number: "4", title: A}\n  - {number: "4", title: B}\n', r"line 10: clause 4: duplicate clause number"),
    ('  - number: "4"\n    title: A\n    clauses:\n      - {number: "5.1", title: B}\n',
     r"line 12: clause 5.1: number does not extend its parent's number 4"),
    ('  - {number: "4", title: ""}\n', r"line 9: clause 4 title must not be empty"),
    ('  - {number: "4", title: A, colour: red}\n', r"line 9: clause: unknown key 'colour'"),
    ('  - {number: "4", title: A, questions: "just one"}\n', r"line 9: clause 4 questions must be a list"),
    ('  - &a {number: "4", title: A}\n  - *a\n', r"aliases"),
    ('  - {number: "4", title: [A\n', r"not valid YAML"),
])
def test_malformed_checklists_name_file_and_line(body: str, message: str) -> None:
    with pytest.raises(ChecklistError, match=message) as caught:
        parse_checklist(HEADER + body, "my-list.yaml")
    assert str(caught.value).startswith("my-list.yaml")


def test_missing_keys_and_wrong_format_are_reported() -> None:
    with pytest.raises(ChecklistError, match="missing required key"):
        parse_checklist("format: auditor-checklist/1\nid: x\n", "f.yaml")
    with pytest.raises(ChecklistError, match="format must be"):
        parse_checklist(HEADER.replace("auditor-checklist/1", "other/2") + '  - {number: "4", title: A}\n', "f.yaml")


def test_non_utf8_and_oversized_files_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes((HEADER + '  - {number: "4", title: "Prüfung"}\n').encode("latin-1"))
    with pytest.raises(ChecklistError, match=r"line 9: not UTF-8"):
        load_checklist_file(bad)
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * 2_100_000)
    with pytest.raises(ChecklistError, match="larger than"):
        load_checklist_file(big)


def test_published_schema_matches_the_loader() -> None:
    import json

    from auditor_app.domain import checklist as module

    schema = json.loads((paths.install_root() / "docs" / "checklist.schema.json").read_text(encoding="utf-8"))
    assert set(schema["required"]) == module._REQUIRED_TOP and set(schema["properties"]) == module._TOP_KEYS
    assert set(schema["$defs"]["clause"]["properties"]) == module._CLAUSE_KEYS
    assert schema["properties"]["format"]["const"] == module.FORMAT
