"""Text cut for Excel in a workbook of another language: the marker in that language, recognised on import."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError
from auditor_app.exporters.xlsx_fit import MAX_TEXT, excel_length
from auditor_app.exporters.xlsx_report import build_xlsx
from auditor_app.services import findings, findings_import, notes, queries, report_data

LONG = "Die Kalibrierung wurde nicht nachgewiesen. " * 1_000  # 43,000 characters


@pytest.fixture
def audit(make_audit):  # type: ignore[no-untyped-def]
    session = make_audit()
    clause = clause_id("iso9001-2015", "7.1.5")
    with session.transaction() as tx:
        findings.create_finding(tx, grade="minor", clause_ids=[clause], evidence_text="Gauge G-17 overdue",
                                statement="Not calibrated")
        notes.add_note(tx, clause, "observation", LONG)
    with session.transaction() as tx:
        findings.edit_finding(tx, queries.findings(session)[0].id, root_cause=LONG)
    return session


def _export(session, out: Path, language: str) -> openpyxl.Workbook:  # type: ignore[no-untyped-def]
    build_xlsx(report_data.gather(session, language=language), out)
    return openpyxl.load_workbook(out)


@pytest.mark.parametrize(("language", "notes_sheet", "end", "group"), [
    ("de", "Notizen", "[für Excel gekürzt: {n} weitere Zeichen; der vollständige Text steht im PDF-Bericht]", "."),
    ("pl", "Notatki", "[skrócono dla Excela: jeszcze {n} znaków; pełny tekst znajduje się w raporcie PDF]",
     "\u00a0"),  # CLDR: "10 233" (a no-break space), as Polish groups digits
    ("en", "Notes", "[cut for Excel: {n} more characters; the full text is in the PDF report]", ","),
])
def test_a_cut_cell_ends_with_the_marker_in_the_workbooks_language(audit, tmp_path: Path, language: str,
                                                                   notes_sheet: str, end: str, group: str) -> None:
    wb = _export(audit, tmp_path / "w.xlsx", language)
    written = next(str(c.value) for row in wb[notes_sheet].iter_rows(min_row=2) for c in row
                   if str(c.value).startswith("Die Kalibrierung"))
    omitted = len(LONG) - len(written.split(" … [")[0])
    count = f"{omitted:,}".replace(",", group)
    assert written.endswith(" … " + end.format(n=count)) and excel_length(written) <= MAX_TEXT
    summary = " ".join(str(c.value) for row in wb.worksheets[0].iter_rows() for c in row if c.value)
    assert end.split(":")[0] + ": …]" in summary  # the notice quotes the marker the cells end with
    if language != "en":
        assert "cut for Excel" not in summary and "cut for Excel" not in written


def test_a_cut_cell_of_a_polish_workbook_sent_back_is_recognised(audit, tmp_path: Path) -> None:
    wb = _export(audit, tmp_path / "w.xlsx", "pl")
    ws = wb["Ustalenia"]
    header = [c.value for c in ws[1]]
    root_cause = ws.cell(2, header.index("Przyczyna źródłowa") + 1)
    assert "[skrócono dla Excela:" in root_cause.value
    ws.delete_cols(header.index("Finding id") + 2)  # no record of what was cut: the marker and text tell it
    wb.save(tmp_path / "back.xlsx")
    assert findings_import.preview(audit, tmp_path / "back.xlsx") == []  # sent back unchanged: no edit
    root_cause.value = root_cause.value.replace("Die Kalibrierung", "Poprawiono", 1)  # the marker kept
    wb.save(tmp_path / "edited.xlsx")
    with pytest.raises(InputError, match="row 2, column Przyczyna źródłowa.*: this cell was shortened for Excel"):
        findings_import.preview(audit, tmp_path / "edited.xlsx")
    assert queries.findings(audit)[0].root_cause == LONG
