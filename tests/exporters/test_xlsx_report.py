"""The Excel workbook: every value back as text of the right type, no formulas, the client's sheet read back."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError
from auditor_app.exporters.xlsx_report import FINDING_COLUMNS, build_xlsx
from auditor_app.services import demo, findings, findings_import, notes, queries, renditions, report_data

HOSTILE = ["=1+1", "=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTab",
           "\rCR", "<b>bold</b> & <i>", "Prüfung “quoted”", "检查记录", "مراجعة", "a\x00b\x07c", "x" * 5000]


@pytest.fixture
def sample(tmp_path: Path):  # type: ignore[no-untyped-def]
    session = demo.build_demo(tmp_path / "d.audit", photos=2, notes_count=12, findings_count=6)
    with session.transaction() as tx:
        for text in HOSTILE:
            notes.add_note(tx, clause_id("iso9001-2015", "7.2"), "observation", text)
        findings.create_finding(tx, grade="ofi", clause_ids=[clause_id("iso9001-2015", "7.2")], statement="=2*3")
    yield session
    session.close()


def _build(session, out: Path) -> Path:  # type: ignore[no-untyped-def]
    data = report_data.gather(session)
    return build_xlsx(data, out, thumbnail=lambda e: renditions.rendition(data.load_evidence(e.sha256), e.mime, 96))


def test_workbook_sheets_and_values(sample, tmp_path: Path) -> None:
    out = _build(sample, tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Summary", "Findings", "Clauses", "Notes", "Interviews", "Plan", "Attendance",
                             "Audit time", "Evidence index"]
    summary = {r[0].value: r[1].value for r in wb["Summary"].iter_rows() if r[0].value}
    assert summary["Client"] == "Müller Präzisionsteile GmbH" and summary["Audit type"] == "Stage 2"
    ws = wb["Findings"]
    assert [c.value for c in ws[1]] == list(FINDING_COLUMNS)
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:P")
    assert ws.column_dimensions["O"].hidden and ws.column_dimensions["P"].hidden
    refs = {r[0].value for r in ws.iter_rows(min_row=2)}
    assert {f.ref for f in queries.findings(sample)} == refs
    [status_rule] = ws.data_validations.dataValidation
    assert status_rule.formula1 == '"Open,Correction proposed"'  # what the client may set
    assert len(wb["Evidence index"]._images) == 2


def test_user_text_is_never_a_formula(sample, tmp_path: Path) -> None:
    out = _build(sample, tmp_path / "r.xlsx")
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name), name
    notes_sheet = openpyxl.load_workbook(out)["Notes"]
    texts = [row[2] for row in notes_sheet.iter_rows(min_row=2)]
    by_value = {c.value: c for c in texts}
    for text in HOSTILE:
        expected = text.replace("\x00", " ").replace("\x07", " ")
        cell = by_value[expected]
        assert cell.data_type == "s"
        if expected[0] in "=+-@\t\r":
            assert cell.quotePrefix


def test_client_sheet_is_read_back_as_operations_by_the_client(sample, tmp_path: Path) -> None:
    out = _build(sample, tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb["Findings"]
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) + 1 for name in header}
    ws.cell(2, col["Root cause"], "Calibration interval not tracked in the ERP")
    ws.cell(2, col["Due date (YYYY-MM-DD)"], "2026-12-31")
    ws.cell(2, col["Status"], "Correction proposed")
    edited = tmp_path / "filled.xlsx"
    wb.save(edited)
    changes = findings_import.preview(sample, edited)
    assert sorted(c.field for c in changes) == ["due_date", "root_cause", "status"]
    assert all("→" in c.describe() for c in changes)
    findings_import.apply(sample, changes)
    finding_id = ws.cell(2, col["Finding id"]).value
    updated = next(f for f in queries.findings(sample) if f.id == finding_id)
    assert (updated.status, updated.due_date) == ("correction_proposed", "2026-12-31")
    trail = [(e.field, e.author) for e in queries.history(sample, finding_id) if e.field in ("status", "root_cause")]
    assert trail[-2:] == [("root_cause", "client import"), ("status", "client import")]
    assert findings_import.preview(sample, edited) == []  # importing the same sheet again changes nothing


@pytest.mark.parametrize(("column", "value", "message"), [
    ("Status", "Done-ish", "is not one of"),
    ("Due date (YYYY-MM-DD)", "next week", "is not a date"),
    ("Root cause", "=A1&B1", "formulas are not imported"),
    ("Finding id", "not-an-id", "not in this audit"),
])
def test_bad_client_input_names_row_and_column(sample, tmp_path: Path, column: str, value: str, message: str) -> None:
    out = _build(sample, tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb["Findings"]
    header = [c.value for c in ws[1]]
    ws.cell(3, header.index(column) + 1, value)
    wb.save(tmp_path / "bad.xlsx")
    with pytest.raises(InputError, match=f"bad.xlsx, sheet Findings, row 3.*{message}"):
        findings_import.preview(sample, tmp_path / "bad.xlsx")


def test_two_hundred_hostile_strings_round_trip_as_plain_text(make_audit, tmp_path: Path) -> None:
    from hostile import corpus

    strings = corpus()
    assert len(strings) >= 200
    session = make_audit()
    with session.transaction() as tx:
        for text in strings:
            notes.add_note(tx, clause_id("iso9001-2015", "7.2"), "observation", text)
    out = _build(session, tmp_path / "hostile.xlsx")
    with zipfile.ZipFile(out) as archive:
        assert not any(b"<f>" in archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/"))
    cells = [row[2] for row in openpyxl.load_workbook(out)["Notes"].iter_rows(min_row=2)]
    written = {c.value for c in cells}
    xml_illegal = {c for c in range(32) if c not in (9, 10, 13)}
    for text in strings:
        expected = "".join(" " if ord(ch) in xml_illegal else ch for ch in text)  # XML cannot carry these
        assert expected in written, text[:40]
    assert all(c.data_type == "s" for c in cells)


def test_cells_line_up_at_the_top_of_tall_rows_and_thumbnails_get_room(sample, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(_build(sample, tmp_path / "r.xlsx"))
    notes_sheet = wb["Notes"]
    tall = next(r for r in range(2, notes_sheet.max_row + 1) if (notes_sheet.row_dimensions[r].height or 0) > 15)
    written = [c for c in notes_sheet[tall] if c.value is not None]
    assert len(written) > 3 and any(c.alignment.wrap_text for c in written)
    assert all(c.alignment.vertical == "top" for c in written)  # plain cells like the wrapped ones
    assert all(c.alignment.vertical == "top" for row in wb["Summary"].iter_rows() for c in row if c.value)
    evidence_sheet = wb["Evidence index"]
    assert [evidence_sheet.row_dimensions[r].height for r in (2, 3)] == [72, 72]  # the 96-pixel thumbnails


def test_a_cancelled_workbook_leaves_nothing_behind(sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel half-way: no workbook, no sheet files left in the temporary folder, and no error surfacing later
    (the abandoned sheets used to end their XML under the garbage collector, failing some unrelated test)."""
    import gc
    import tempfile

    from auditor_app.exporters import Cancelled

    scratch = tmp_path / "system-temp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where openpyxl streams each sheet
    data = report_data.gather(sample)
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        build_xlsx(data, tmp_path / "c.xlsx", cancelled=lambda: next(calls) >= 2)
    gc.collect()  # an abandoned sheet's generator would raise here (filterwarnings=error fails the test)
    assert not (tmp_path / "c.xlsx").exists()
    assert list(scratch.iterdir()) == []
