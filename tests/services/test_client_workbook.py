"""The client's workbook round trip: long text is never cut silently or lost on import, the client's part only."""

from __future__ import annotations

import datetime
import random
import string
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils.datetime import to_excel

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError
from auditor_app.exporters.xlsx_report import build_xlsx
from auditor_app.services import findings, findings_import, notes, queries, report_data
from auditor_app.services.audit import update_details

EXCEL_LIMIT = 32_767
DUE = "Due date (YYYY-MM-DD)"


@pytest.fixture
def audit(make_audit):  # type: ignore[no-untyped-def]
    """Four findings: NC-01 major and NC-02 minor (open), OBS-01 verified and closed, OFI-01 withdrawn."""
    session = make_audit()
    clause = clause_id("iso9001-2015", "7.1.5")
    with session.transaction() as tx:
        for grade in ("major", "minor", "observation", "ofi"):
            findings.create_finding(tx, grade=grade, clause_ids=[clause], requirement="7.1.5 requires calibration",
                                    evidence_text="Gauge G-17 overdue", statement="Not calibrated")
    by_ref = {f.ref: f.id for f in queries.findings(session)}
    with session.transaction() as tx:
        findings.edit_finding(tx, by_ref["OBS-01"], status="verified_closed", verified_by="K. Vogel",
                              closed_at="2026-11-30")
        findings.edit_finding(tx, by_ref["OFI-01"], status="withdrawn")
    return session


def export(session: Any, out: Path) -> Path:
    return build_xlsx(report_data.gather(session), out)


def finding(session: Any, ref: str) -> Any:
    return next(f for f in queries.findings(session) if f.ref == ref)


class Sheet:
    """The exported Findings sheet, to fill in as the client would: cells by finding ref and column title."""

    def __init__(self, path: Path) -> None:
        self.wb = openpyxl.load_workbook(path)
        self.ws = self.wb["Findings"]
        header = [c.value for c in self.ws[1]]
        self.col = {title: index + 1 for index, title in enumerate(header)}
        self.row = {self.ws.cell(r, 1).value: r for r in range(2, self.ws.max_row + 1)}

    def cell(self, ref: str, column: str) -> Any:
        return self.ws.cell(self.row[ref], self.col[column])

    def set(self, ref: str, column: str, value: object) -> Any:
        cell = self.cell(ref, column)
        cell.value = value
        return self

    def save(self, path: Path) -> Path:
        self.wb.save(path)
        return path


# 1. Text longer than an Excel cell: cut visibly, listed on the summary, never an edit on the way back.

def test_text_too_long_for_excel_is_cut_with_a_marker_and_listed_on_the_summary(audit, tmp_path: Path) -> None:
    note_text = "Interview with the quality manager. " + "word " * 39_000  # 195,036 characters
    with audit.transaction() as tx:
        notes.add_note(tx, clause_id("iso9001-2015", "7.1.5"), "observation", note_text)
        findings.edit_finding(tx, finding(audit, "NC-01").id, root_cause="r" * 10 + " because " * 5_000)
        update_details(tx, {"scope": "Manufacture of gauges. " * 2_000})
    wb = openpyxl.load_workbook(export(audit, tmp_path / "w.xlsx"))
    written = next(r[2].value for r in wb["Notes"].iter_rows(min_row=2) if r[2].value.startswith("Interview"))
    assert len(written) <= EXCEL_LIMIT
    assert note_text.startswith(written.split("…")[0].rstrip())
    omitted = len(note_text) - len(written.split(" … [cut")[0])
    assert written.endswith(f"… [cut for Excel: {omitted:,} more characters; the full text is in the PDF report]")
    sheet = Sheet(tmp_path / "w.xlsx")
    assert sheet.cell("NC-01", "Root cause").value.endswith("the full text is in the PDF report]")
    summary = [[c.value for c in row] for row in wb["Summary"].iter_rows()]
    listed = {row[0]: row[1] for row in summary if row[0] and str(row[0]).startswith(("Notes", "Findings", "Summary,"))}
    notes_row = next(r[0].row for r in wb["Notes"].iter_rows(min_row=2) if r[2].value.startswith("Interview"))
    assert listed[f"Notes, cell C{notes_row}"].startswith(f"Note: {len(note_text):,} characters")
    assert f"Findings, cell I{sheet.row['NC-01']}" in listed
    scope = next(cell for cell in listed if cell.startswith("Summary"))  # the summary's own, below the list
    assert listed[scope].startswith("Scope: 46,000 characters")
    assert wb["Summary"][scope.split()[-1]].value.startswith("Manufacture of gauges.")
    assert wb["Summary"][scope.split()[-1]].value.endswith("the full text is in the PDF report]")
    assert any(str(row[0]).startswith("Shortened for Excel") for row in summary)


def test_the_workbook_sent_back_unchanged_leaves_shortened_text_alone(audit, tmp_path: Path) -> None:
    long_text = "The calibration procedure was not followed. " * 2_000  # 88,000 characters
    nc = finding(audit, "NC-01")
    with audit.transaction() as tx:
        findings.edit_finding(tx, nc.id, root_cause=long_text, corrective_action=long_text)
    out = export(audit, tmp_path / "w.xlsx")
    # The auditor refines the text after the workbook went out: the client's untouched cell is still no edit.
    with audit.transaction() as tx:
        findings.edit_finding(tx, nc.id, corrective_action=long_text + "Reviewed on site.")
    filled = Sheet(out).set("NC-01", "Owner", "J. Weber").save(tmp_path / "filled.xlsx")
    changes = findings_import.preview(audit, filled)
    assert [(c.ref, c.field, c.new) for c in changes] == [("NC-01", "action_owner", "J. Weber")]
    findings_import.apply(audit, changes)
    after = finding(audit, "NC-01")
    assert (after.root_cause, after.corrective_action) == (long_text, long_text + "Reviewed on site.")


def test_a_workbook_cut_silently_by_an_older_version_is_no_edit(audit, tmp_path: Path) -> None:
    long_text = "x" * 40_000
    with audit.transaction() as tx:
        findings.edit_finding(tx, finding(audit, "NC-01").id, root_cause=long_text)
    sheet = Sheet(export(audit, tmp_path / "w.xlsx")).set("NC-01", "Root cause", long_text[:EXCEL_LIMIT])
    sheet.ws.delete_cols(sheet.col["Finding id"] + 1)  # no record of what was shortened, as before
    assert findings_import.preview(audit, sheet.save(tmp_path / "old.xlsx")) == []


@pytest.mark.parametrize("edit", ["edited", "marker removed", "cleared"])
def test_an_edited_shortened_cell_is_refused_naming_row_and_column(audit, tmp_path: Path, edit: str) -> None:
    with audit.transaction() as tx:
        findings.edit_finding(tx, finding(audit, "NC-02").id, correction="y" * 50_000)
    sheet = Sheet(export(audit, tmp_path / "w.xlsx"))
    cell = sheet.cell("NC-02", "Correction")
    cell.value = {"edited": "Edited: " + cell.value[:20_000], "marker removed": cell.value.split(" … [cut")[0],
                  "cleared": None}[edit]
    row = sheet.row["NC-02"]
    filled = sheet.save(tmp_path / "filled.xlsx")
    with pytest.raises(InputError, match=f"filled.xlsx, sheet Findings, row {row}, column Correction.*: this cell was "
                                         "shortened for Excel; edit the full text in the application"):
        findings_import.preview(audit, filled)
    assert finding(audit, "NC-02").correction == "y" * 50_000


# 2. The dry run validates every change exactly as the real run; every refusal names the row and the column.

def test_a_value_too_long_for_the_audit_is_refused_by_the_preview(audit, tmp_path: Path) -> None:
    sheet = Sheet(export(audit, tmp_path / "w.xlsx"))
    sheet.set("NC-01", "Owner", "Q. Manager").set("NC-02", "Root cause", "placeholder")
    filled = sheet.save(tmp_path / "filled.xlsx")
    _put_raw_text(filled, "".join(random.Random(14).choices(string.ascii_letters, k=1_000_000)))
    with pytest.raises(InputError, match=f"row {sheet.row['NC-02']}, column Root cause.*: longer than 200000 "
                                         "characters"):
        findings_import.preview(audit, filled)
    assert finding(audit, "NC-01").action_owner is None  # nothing half-applied


def _put_raw_text(path: Path, text: str) -> None:
    """Write a text longer than Excel allows into a cell, as a crafted file would (openpyxl itself cuts it)."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet2.xml"  # Findings, after the Summary
    assert b"<t>placeholder</t>" in parts[sheet]
    parts[sheet] = parts[sheet].replace(b"<t>placeholder</t>", f"<t>{text}</t>".encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


# 3. Verification and withdrawal are the auditor's decisions.

def test_the_status_drop_down_offers_only_the_clients_statuses(audit, tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(export(audit, tmp_path / "w.xlsx"))["Findings"]
    [rule] = ws.data_validations.dataValidation
    assert rule.formula1 == '"Open,Correction proposed"'


def test_the_auditors_decisions_are_refused_row_by_row_and_nothing_is_applied(audit, tmp_path: Path) -> None:
    sheet = Sheet(export(audit, tmp_path / "w.xlsx"))
    sheet.set("NC-01", "Status", "Withdrawn").set("NC-02", "Status", "Verified and closed")
    sheet.set("NC-02", "Root cause", "No reminder for calibration")
    sheet.set("OBS-01", "Status", "Open").set("OFI-01", "Status", "Correction proposed")
    sheet.set("OBS-01", "Corrective action", "Rewrite the procedure")
    filled = sheet.save(tmp_path / "filled.xlsx")
    with pytest.raises(InputError) as refused:
        findings_import.preview(audit, filled)
    lines = str(refused.value).splitlines()
    assert lines[0] == "filled.xlsx: nothing was imported; 5 cells refused:"
    row = sheet.row
    assert lines[1:] == [
        f"  filled.xlsx, sheet Findings, row {row['NC-01']}, column Status (cell N{row['NC-01']}): 'Withdrawn' is "
        "the auditor's decision; the client can set 'Open' or 'Correction proposed'",
        f"  filled.xlsx, sheet Findings, row {row['NC-02']}, column Status (cell N{row['NC-02']}): 'Verified and "
        "closed' is the auditor's decision; the client can set 'Open' or 'Correction proposed'",
        f"  filled.xlsx, sheet Findings, row {row['OBS-01']}, column Corrective action (cell K{row['OBS-01']}): "
        "OBS-01 is 'Verified and closed'; only the auditor can change it now",
        f"  filled.xlsx, sheet Findings, row {row['OBS-01']}, column Status (cell N{row['OBS-01']}): "
        "OBS-01 is 'Verified and closed'; only the auditor can change it now",
        f"  filled.xlsx, sheet Findings, row {row['OFI-01']}, column Status (cell N{row['OFI-01']}): "
        "OFI-01 is 'Withdrawn'; only the auditor can change it now",
    ]
    assert finding(audit, "NC-02").root_cause is None  # the acceptable change of the file is not applied either


def test_the_client_may_propose_a_correction_and_take_it_back(audit, tmp_path: Path) -> None:
    sheet = Sheet(export(audit, tmp_path / "w.xlsx")).set("NC-01", "Status", "Correction proposed")
    findings_import.apply(audit, findings_import.preview(audit, sheet.save(tmp_path / "a.xlsx")))
    assert finding(audit, "NC-01").status == "correction_proposed"
    sheet = Sheet(export(audit, tmp_path / "w2.xlsx")).set("NC-01", "Status", "open")
    findings_import.apply(audit, findings_import.preview(audit, sheet.save(tmp_path / "b.xlsx")))
    assert finding(audit, "NC-01").status == "open"


def test_an_accepted_action_plan_is_not_reopened_by_the_client(audit, tmp_path: Path) -> None:
    with audit.transaction() as tx:
        findings.edit_finding(tx, finding(audit, "NC-01").id, status="action_accepted")
    sheet = Sheet(export(audit, tmp_path / "w.xlsx")).set("NC-01", "Status", "Correction proposed")
    with pytest.raises(InputError, match=r"column Status.*: NC-01 is 'Action plan accepted'; the client cannot set "
                                         r"'Correction proposed' any more"):
        findings_import.preview(audit, sheet.save(tmp_path / "filled.xlsx"))


# 4. Due dates in the forms people type, day first; anything else refused naming the cell.

@pytest.mark.parametrize("typed", ["2027-06-15", "15.06.2027", "15/06/2027", "2027/06/15", " 15.6.2027 ",
                                   datetime.datetime(2027, 6, 15), datetime.date(2027, 6, 15),
                                   int(to_excel(datetime.datetime(2027, 6, 15))),
                                   to_excel(datetime.datetime(2027, 6, 15, 12))])
def test_due_dates_in_common_forms_are_read_day_first(audit, tmp_path: Path, typed: object) -> None:
    sheet = Sheet(export(audit, tmp_path / "w.xlsx")).set("NC-01", DUE, typed)
    changes = findings_import.preview(audit, sheet.save(tmp_path / "filled.xlsx"))
    assert [(c.field, c.new) for c in changes] == [("due_date", "2027-06-15")]


@pytest.mark.parametrize(("typed", "reason"), [
    ("31.02.2027", "'31.02.2027' is not a day of the calendar"),
    ("2027-02-30", "'2027-02-30' is not a day of the calendar"),
    ("06/15/2027", "'06/15/2027' is not a day of the calendar (dates are read day first: 15/06/2027 is 15 June)"),
    ("15.06.27", "'15.06.27' is not a date; write 2027-06-15 or 15.06.2027"),
    ("next week", "'next week' is not a date; write 2027-06-15 or 15.06.2027"),
    (12, "12 is not a date; write 2027-06-15 or 15.06.2027"),
])
def test_a_date_that_cannot_be_read_is_refused_naming_the_cell(audit, tmp_path: Path, typed: object,
                                                              reason: str) -> None:
    sheet = Sheet(export(audit, tmp_path / "w.xlsx")).set("NC-02", DUE, typed)
    row = sheet.row["NC-02"]
    with pytest.raises(InputError) as refused:
        findings_import.preview(audit, sheet.save(tmp_path / "filled.xlsx"))
    assert f"filled.xlsx, sheet Findings, row {row}, column {DUE} (cell M{row}): {reason}" in str(refused.value)
