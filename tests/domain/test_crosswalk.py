"""The cross-walk: shared clauses of the harmonized structure, ISO 13485 mapped to ISO 9001."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor_app import paths
from auditor_app.domain.checklist import ChecklistError, clause_id, load_checklist_file
from auditor_app.domain.crosswalk import derive_groups, dump_groups, load_crosswalk
from auditor_app.services import library, queries


def test_bundled_crosswalk_matches_the_checklists_and_every_reference_exists() -> None:
    lists = [load_checklist_file(p) for p in sorted(paths.checklist_dir().glob("iso*.yaml"))]
    walk = load_crosswalk(paths.checklist_dir() / "crosswalk.yaml")
    assert tuple(derive_groups(lists)) == walk.groups  # regenerate with scripts/make_crosswalk.py
    known = {(c.key, clause.number) for c in lists for clause, _d, _p in c.walk()}
    assert {ref for group in walk.groups for ref in group} <= known


def test_harmonized_clauses_correspond_across_standards() -> None:
    walk = library.crosswalk()
    assert set(walk.related("iso9001-2015", "9.2")) == {("iso14001-2015", "9.2"), ("iso45001-2018", "9.2"),
                                                      ("iso13485-2016", "8.2.4")}  # internal audit
    assert ("iso9001-2015", "9.1.2") in walk.related("iso13485-2016", "8.2.1")  # feedback ↔ customer satisfaction
    assert walk.related("iso14001-2015", "6.1.2") == ()  # environmental aspects: 14001 only


def test_an_integrated_audit_shows_also_relevant_clauses(make_audit) -> None:
    session = make_audit(checklists=("iso9001-2015", "iso14001-2015"))
    related = queries.related_clauses(session, clause_id("iso9001-2015", "9.2"))
    assert [(c.checklist_key, c.number) for c in related] == [("iso14001-2015", "9.2")]  # 45001 not loaded
    assert queries.related_clauses(session, clause_id("iso9001-2015", "8.5.1")) == []


def test_malformed_crosswalk_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "cw.yaml"
    bad.write_text(dump_groups([(("a", "1"), ("b", "1"))], "x") + '  - ["iso9001-2015 4.1", "x#1"]\n',
                   encoding="utf-8")
    with pytest.raises(ChecklistError, match=r"line 6: 'iso9001-2015 4.1' is not of the form"):
        load_crosswalk(bad)
