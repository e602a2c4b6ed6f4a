"""`import-actions`: the dry run says exactly what the real run does, and a refused workbook changes nothing."""

from __future__ import annotations

import random
import string
import zipfile
from pathlib import Path

import openpyxl
from test_cli import cli

from auditor_app.domain.checklist import clause_id
from auditor_app.exporters.xlsx_report import build_xlsx
from auditor_app.services import findings, report_data


def _audit_and_workbook(make_audit, tmp_path: Path) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    session = make_audit(name="acme.audit")
    clause = clause_id("iso9001-2015", "8.5.1")
    with session.transaction() as tx:
        for grade in ("major", "minor"):
            findings.create_finding(tx, grade=grade, clause_ids=[clause], evidence_text="Batch 4711 released early",
                                    statement="Release is not controlled")
    out = build_xlsx(report_data.gather(session), tmp_path / "acme.xlsx")
    path = session.path
    session.close()
    return path, out


def _fill(workbook: Path, out: Path, values: dict[tuple[int, str], object]) -> Path:
    wb = openpyxl.load_workbook(workbook)
    ws = wb["Findings"]
    header = [c.value for c in ws[1]]
    for (row, column), value in values.items():
        ws.cell(row, header.index(column) + 1, value)
    wb.save(out)
    return out


def _operations(path: Path) -> str:
    result = cli("history", path)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_dry_run_and_real_run_show_the_same_changes(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, workbook = _audit_and_workbook(make_audit, tmp_path)
    filled = _fill(workbook, tmp_path / "filled.xlsx", {
        (2, "Due date (YYYY-MM-DD)"): "15.06.2027", (2, "Status"): "Correction proposed",
        (3, "Owner"): "J. Weber", (3, "Due date (YYYY-MM-DD)"): "30/09/2027"})
    dry = cli("import-actions", path, filled, "--dry-run")
    real = cli("import-actions", path, filled)
    assert (dry.returncode, real.returncode) == (0, 0), dry.stderr + real.stderr
    assert dry.stdout.splitlines()[:-1] == real.stdout.splitlines()[:-1]
    assert "NC-01: due date: (empty) → 2027-06-15" in dry.stdout
    assert "NC-02: due date: (empty) → 2027-09-30" in dry.stdout
    assert dry.stdout.splitlines()[-1] == "dry run: 4 change(s) not saved"
    assert real.stdout.splitlines()[-1] == "4 change(s) saved as 'client import'"


def test_a_refused_workbook_fails_alike_in_the_dry_run_and_changes_nothing(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, workbook = _audit_and_workbook(make_audit, tmp_path)
    filled = _fill(workbook, tmp_path / "filled.xlsx", {
        (2, "Owner"): "J. Weber", (2, "Correction"): "placeholder", (2, "Due date (YYYY-MM-DD)"): "2027-06-15",
        (3, "Status"): "Withdrawn", (3, "Root cause"): "Release step skipped"})
    crafted = "".join(random.Random(2).choices(string.ascii_letters, k=1_000_000))  # no Excel writes this
    with zipfile.ZipFile(filled) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/worksheets/sheet2.xml"] = parts["xl/worksheets/sheet2.xml"].replace(
        b"<t>placeholder</t>", f"<t>{crafted}</t>".encode())
    with zipfile.ZipFile(filled, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    before = _operations(path)
    dry = cli("import-actions", path, filled, "--dry-run")
    real = cli("import-actions", path, filled)
    assert (dry.returncode, real.returncode) == (1, 1)
    assert (dry.stdout, dry.stderr) == (real.stdout, real.stderr)
    assert real.stderr.splitlines() == [
        "auditor-app: filled.xlsx: nothing was imported; 2 cells refused:",
        "  filled.xlsx, sheet Findings, row 2, column Correction (cell J2): longer than 200000 characters",
        "  filled.xlsx, sheet Findings, row 3, column Status (cell N3): 'Withdrawn' is the auditor's decision; "
        "the client can set 'Open' or 'Correction proposed'",
    ]
    assert _operations(path) == before


def test_unknown_finding_ids_and_formulas_are_listed_together(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, workbook = _audit_and_workbook(make_audit, tmp_path)
    filled = _fill(workbook, tmp_path / "filled.xlsx", {(2, "Finding id"): "not-an-id", (3, "Owner"): "=A1"})
    result = cli("import-actions", path, filled)
    assert result.returncode == 1 and "internal error" not in result.stderr
    assert result.stderr.splitlines()[1:] == [
        "  filled.xlsx, sheet Findings, row 2, column Finding id (cell O2): the finding id is not in this audit "
        "(was the sheet made from another audit?)",
        "  filled.xlsx, sheet Findings, row 3, column Owner (cell L3): formulas are not imported; "
        "type the value itself",
    ]
    assert "client import" not in _operations(path)
