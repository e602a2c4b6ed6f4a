"""`auditor-app cycle FILE...`: the coverage of one client's chain, its workbook, and the files it refuses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cycle_chain import chain, stage2
from openpyxl import load_workbook
from test_cli import cli

SHEET_9001 = "ISO 9001 2015 + Amd 1 2024"  # "ISO 9001:2015 + Amd 1:2024": Excel allows no ":" in sheet names


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return chain(tmp_path)


def _refused(result: object, *parts: str) -> None:
    assert result.returncode == 1, result.stdout  # type: ignore[attr-defined]
    lines = result.stderr.strip().splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and "internal error" not in lines[0], result.stderr  # type: ignore[attr-defined]
    for part in parts:
        assert part in lines[0], lines[0]


def test_the_table_lists_the_audits_and_what_is_uncovered(files: tuple[Path, Path]) -> None:
    s2, s1 = files
    result = cli("cycle", s1, s2)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "2 audit(s) of the chain; the current cycle starts with Stage 2 2026-03-02"
    stage2_line = next(line for line in lines if line.strip().startswith("Stage 2"))
    assert "2026-03-02 to 2026-03-04" in stage2_line and "report R-26-1" in stage2_line
    assert "ISO 9001:2015 + Amd 1:2024 " in stage2_line and stage2_line.endswith("[acme-s2.audit]")
    surveillance = next(line for line in lines if line.strip().startswith("Surveillance"))
    assert "2027-03-01" in surveillance and "report -" in surveillance
    uncovered = lines.index("Uncovered clauses:")
    assert lines[uncovered + 1].startswith("  ISO 9001:2015 + Amd 1:2024: ")
    listed = [line.split()[0] for line in lines[uncovered + 2:] if line.startswith("    ") and "more" not in line]
    assert "5.1.1" in listed and "4.1" not in listed and "4.4.2" not in listed
    assert "Processes: all 2 covered in the current cycle" in lines
    assert "Sites: all 2 covered in the current cycle" in lines


def test_the_workbook_holds_the_audits_the_matrix_and_the_uncovered(files: tuple[Path, Path],
                                                                    tmp_path: Path) -> None:
    s2, s1 = files
    out = tmp_path / "cycle.xlsx"
    result = cli("cycle", s2, s1, "--xlsx", out)
    assert result.returncode == 0 and f"workbook written to {out}" in result.stdout, result.stderr
    wb = load_workbook(out)
    assert wb.sheetnames == ["Audits", SHEET_9001, "Uncovered"]
    audits = wb["Audits"]
    assert [c.value for c in audits[2]][:6] == ["Stage 2", "2026-03-02 to 2026-03-04", "R-26-1", "ACME Stage 2",
                                              "yes", "acme-s2.audit"]
    assert audits["A3"].value == "Surveillance" and audits["C3"].value is None
    matrix = wb[SHEET_9001]
    assert [c.value for c in matrix[1]] == ["Clause", "Title", "Stage 2 2026-03-02", "Surveillance 2027-03-01",
                                            "Covered in the cycle"]
    rows = {row[0].value: [c.value for c in row] for row in matrix.iter_rows(min_row=2)}
    assert rows["4.2"][2:] == ["NC", None, "yes"] and rows["4.4.2"][2:] == [None, "OFI", "yes"]
    assert rows["5.1.1"][2:] == [None, None, "no"]
    assert matrix[f"E{list(rows).index('5.1.1') + 2}"].fill.fgColor.rgb.endswith("FDE2E1")  # highlighted
    uncovered = [(c[0].value, c[2].value) for c in wb["Uncovered"].iter_rows(min_row=2)]
    assert ("Clause", "5.1.1") in uncovered and ("Clause", "4.1") not in uncovered


def test_json_names_the_uncovered_clauses_and_the_history_used(files: tuple[Path, Path]) -> None:
    _s2, s1 = files
    result = cli("cycle", s1, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["notes"] == ["1 audit(s) taken from the history in acme-s1.audit (their files were not given): "
                             "Stage 2, 2026-03-02 to 2026-03-04, report R-26-1"]
    assert "5.1.1" in data["uncovered"]["iso9001-2015"] and "4.1" not in data["uncovered"]["iso9001-2015"]
    assert [a["origin"] for a in data["audits"]] == ["history of acme-s1.audit", "acme-s1.audit"]


def test_the_table_says_which_audits_came_from_the_history(files: tuple[Path, Path]) -> None:
    _s2, s1 = files
    result = cli("cycle", s1)
    assert result.returncode == 0
    assert result.stdout.startswith("note: 1 audit(s) taken from the history in acme-s1.audit (their files were "
                                    "not given): Stage 2, 2026-03-02 to 2026-03-04, report R-26-1\n")


def test_files_of_another_chain_are_refused_naming_files_and_clients(files: tuple[Path, Path],
                                                                     tmp_path: Path) -> None:
    _s2, s1 = files
    other = stage2(tmp_path / "other.audit")  # the same client's audit made anew: not of this chain
    out = tmp_path / "cycle.xlsx"
    _refused(cli("cycle", s1, other, "--xlsx", out), f"{s1} (client ACME GmbH) and {other} (client ACME GmbH) are "
             "not audits of the same certification cycle")
    assert not out.exists()


def test_a_file_given_twice_or_a_copy_is_refused(files: tuple[Path, Path], tmp_path: Path) -> None:
    s2, s1 = files
    _refused(cli("cycle", s1, s2, s1), f"{s1} is given twice")
    copy = tmp_path / "copy.audit"
    shutil.copy(s1, copy)
    _refused(cli("cycle", s1, copy), f"{s1} and {copy} are copies of the same audit")


def test_unreadable_files_are_refused_as_every_command_refuses_them(files: tuple[Path, Path],
                                                                   tmp_path: Path) -> None:
    _s2, s1 = files
    missing = tmp_path / "missing.audit"
    _refused(cli("cycle", s1, missing), f"cannot open {missing}: the file does not exist")
    text = tmp_path / "notes.audit"
    text.write_text("not an audit\n" * 100)
    result = cli("cycle", s1, text)
    _refused(result, f"cannot open {text}:")
    assert result.stderr == cli("info", text).stderr


def test_a_workbook_into_a_missing_folder_is_refused_in_one_line(files: tuple[Path, Path], tmp_path: Path) -> None:
    _s2, s1 = files
    out = tmp_path / "no such folder" / "cycle.xlsx"
    result = cli("cycle", s1, "--xlsx", out)
    _refused(result, f"cannot write {out}: the folder {out.parent} does not exist; nothing was written")
    assert "Exception" not in result.stderr and not out.parent.exists()


def test_a_history_edited_by_hand_is_read_as_far_as_it_makes_sense(files: tuple[Path, Path], tmp_path: Path) -> None:
    from auditor_app.services import audit

    _s2, s1 = files
    odd = [{"audit_id": ["x"], "audit_type": '=HYPERLINK("http://x")', "start_date": 5, "standards": "none",
            "covered": {"iso9001-2015": "4.1"}, "processes": [1, "Welding"], "sites": None}, "not an entry"]
    with audit.open_audit(s1, author="Anna Auditor") as session, session.transaction() as tx:
        audit.update_details(tx, {"cycle_history": odd})
    out = tmp_path / "odd.xlsx"
    result = cli("cycle", s1, "--xlsx", out)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "Processes: all 2 covered in the current cycle" in result.stdout.splitlines()
    header = load_workbook(out)[SHEET_9001][1]
    assert header[2].value == ' =HYPERLINK("http://x") (unknown value)' and header[2].data_type == "s"
