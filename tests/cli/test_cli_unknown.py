"""Values this version does not know (a newer version's, a hand-edited file's): every command reads them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import forged_values as forged
import openpyxl
import pytest
from pypdf import PdfReader
from test_cli import cli

MARKED = "partially_conforming (unknown value)"


def ok(*args: object) -> str:
    result = cli(*args)
    assert "internal error" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def newer_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("unknown")
    os.environ.setdefault("AUDITOR_APP_DATA_DIR", str(folder / "data"))
    path = folder / "newer.audit"
    ok("demo", path, "--photos", 2, "--notes", 12, "--findings", 5)
    forged.append(path, forged.unknown_everywhere(path))
    assert "rebuilt" in ok("rebuild", path)
    return path


def test_info_shows_unknown_values_marked_in_buckets_of_their_own(newer_file: Path) -> None:
    text = ok("info", newer_file)
    assert "type:        stage3 (unknown value)" in text
    results = next(line for line in text.splitlines() if line.startswith("  results:"))
    assert results.endswith(f"{MARKED} 1")  # its own bucket, listed last
    assert "critical (unknown value) 1" in text and "expert_witness (unknown value)" in text
    assert "clause 7.1.5 has a result this version does not know: partially_conforming" in text
    data = json.loads(ok("info", newer_file, "--json"))
    assert data["results"]["partially_conforming"] == 1 and data["grades"]["critical"] == 1
    assert data["details"]["audit_type"] == "stage3"
    unknown = {(u["entity_type"], u["field"], u["value"]) for u in data["unknown_values"]}
    assert unknown == {("clause", "result", "partially_conforming"), ("finding", "grade", "critical"),
                       ("finding", "status", "disputed"), ("audit", "audit_type", "stage3"),
                       ("team_member", "role", "expert_witness"), ("note", "kind", "video"),
                       ("meeting", "kind", "interim")}


def test_values_of_the_wrong_json_type_are_damage_that_check_names_and_others_refuse(tmp_path: Path) -> None:
    # A newer version may add choices, fields and entity types, never change what a known field holds: a number
    # in a text field is damage (or forgery), named by check and refused in one line by the other commands.
    path = tmp_path / "odd.audit"
    ok("demo", path, "--photos", 1, "--notes", 4, "--findings", 3)
    forged.append(path, forged.wrong_types(path))
    result = cli("check", path)
    assert result.returncode == 1 and "internal error" not in result.stderr
    for what in ("statement): value: must be text, not a whole number", "client): value: must be text, not a list",
                 "sites): value: must be a list of texts", "sample_size): value: must be a whole number",
                 "rotation): value: must be a whole number", "result): value: must be text"):
        assert what in result.stdout, result.stdout
    for command in (("info", path), ("history", path), ("export", path, "--xlsx", tmp_path / "w.xlsx")):
        refused = cli(*command)
        assert refused.returncode == 1 and "internal error" not in refused.stderr
        assert "the file is damaged (operation" in refused.stderr and "run `auditor-app check" in refused.stderr
    assert not (tmp_path / "w.xlsx").exists()


def test_history_lists_the_newer_changes(newer_file: Path) -> None:
    text = ok("history", newer_file)
    assert "set result = 'partially_conforming'" in text and "risk " in text
    changes = json.loads(ok("history", newer_file, "--json"))["changes"]
    assert {"clause", "risk"} <= {c["entity_type"] for c in changes}


def test_reports_print_unknown_values_as_stored_and_the_check_warns(newer_file: Path, tmp_path: Path) -> None:
    pdf, xlsx, doc = tmp_path / "r.pdf", tmp_path / "w.xlsx", tmp_path / "d.json"
    out = ok("export", newer_file, "--pdf", pdf, "--xlsx", xlsx, "--json", doc, "--profile", "internal")
    assert ("warning: Clause 7.1.5 has a result this version does not know: partially_conforming; the report "
            "prints it as it is.") in out
    assert "has a grade this version does not know: critical; the report prints it as it is." in out
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages).replace("\n", " ")
    for shown in ("critical (unknown value)", "disputed (unknown value)", "stage3 (unknown value)",
                  "expert_witness (unknown value)", "interim (unknown value)", "video (unknown value)"):
        assert shown in text
    assert "partially_conform" in text  # the narrow result column breaks the word
    book = openpyxl.load_workbook(xlsx)
    clauses = {row[1]: row[3] for row in book["Clauses"].iter_rows(min_row=2, values_only=True)}
    assert clauses["7.1.5"] == MARKED
    findings = [row for row in book["Findings"].iter_rows(min_row=2, values_only=True) if row[1].startswith("crit")]
    assert findings[0][1] == "critical (unknown value)" and findings[0][13] == "disputed (unknown value)"
    state = json.loads(doc.read_text(encoding="utf-8"))["state"]
    assert "partially_conforming" in {c["result"] for c in state["clause_results"]}  # as stored: no mark


def test_the_workbook_comes_back_without_changing_an_unknown_status(newer_file: Path, tmp_path: Path) -> None:
    xlsx = tmp_path / "w.xlsx"
    ok("export", newer_file, "--xlsx", xlsx)
    assert "nothing to change" in ok("import-actions", newer_file, xlsx, "--dry-run")


def test_an_unknown_grading_scheme_and_a_finding_without_a_grade(tmp_path: Path) -> None:
    path = tmp_path / "odd.audit"
    ok("demo", path, "--photos", 1, "--notes", 4, "--findings", 3)
    bare = "0b8d6f7e-7d4f-4c55-9b8e-4f1f0f0e1a01"
    forged.append(path, [("finding", bare, "_exists", True), ("finding", bare, "ref", "X-1"),
                         ("audit", forged.audit_id(path), "grading_scheme", "iso99999")])
    ok("rebuild", path)
    text = ok("info", path)
    assert "ungraded 1" in text
    data = json.loads(ok("info", path, "--json"))
    assert data["grades"][""] == 1
    out = ok("export", path, "--pdf", tmp_path / "r.pdf", "--xlsx", tmp_path / "w.xlsx", "--profile", "internal")
    assert "The audit has a grading scheme this version does not know: iso99999" in out
