"""The report's "Coverage over the certification cycle": in the PDF and as the audit workbook's sheet."""

from __future__ import annotations

import re
from pathlib import Path

from cycle_chain import chain
from openpyxl import load_workbook
from pypdf import PdfReader

from auditor_app.exporters.pdf_report import SECTIONS, build_pdf
from auditor_app.services import audit, report_data, reports


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in PdfReader(path).pages))


def _pdf(source: Path, out: Path) -> str:
    with audit.open_audit(source, author="Anna Auditor", read_only=True) as session:
        data = report_data.gather(session, "internal")
    build_pdf(data, out, photo=lambda _e: None, sections={"details", "coverage", "cycle"})
    return _text(out)


def test_the_section_follows_the_clause_results() -> None:
    assert SECTIONS[SECTIONS.index("coverage") + 1] == "cycle"


def test_a_surveillance_report_shows_the_cycle_and_what_is_uncovered(tmp_path: Path) -> None:
    _s2, s1 = chain(tmp_path)
    text = _pdf(s1, tmp_path / "s1.pdf")
    assert "3 Coverage over the certification cycle" in text
    assert re.search(r"Stage 2 2026-03-02 to 2026-03-04 R-26-1 ISO 9001:2015 \+ Amd 1:2024: \d+%", text), text
    assert re.search(r"ISO 9001:2015 \+ Amd 1:2024 — \d+% covered in the cycle, \d+ of \d+ clauses uncovered", text)
    assert "4.4.2 Quality management system and its processes OFI" in text  # this audit's result
    assert "4.1 Understanding the organization and its context ✓" in text  # the Stage 2's, from the history
    assert "Processes not covered All 2 processes of the chain were covered in the current cycle." in text


def test_a_stage2_without_history_has_no_cycle_section(tmp_path: Path) -> None:
    s2, _s1 = chain(tmp_path)
    text = _pdf(s2, tmp_path / "s2.pdf")
    assert "Clause-by-clause results" in text and "Coverage over the certification cycle" not in text


def test_the_audit_workbook_has_a_cycle_coverage_sheet(tmp_path: Path) -> None:
    s2, s1 = chain(tmp_path)
    with audit.open_audit(s1, author="Anna Auditor", read_only=True) as session:
        reports.export_xlsx(session, tmp_path / "s1.xlsx", profile="internal")
    with audit.open_audit(s2, author="Anna Auditor", read_only=True) as session:
        reports.export_xlsx(session, tmp_path / "s2.xlsx", profile="internal")
    sheet = load_workbook(tmp_path / "s1.xlsx")["Cycle coverage"]
    assert [c.value for c in sheet[1]] == ["Standard", "Clause", "Title", "Stage 2 2026-03-02",
                                           "Surveillance 2027-03-01", "Covered in the cycle"]
    rows = {row[1].value: [c.value for c in row] for row in sheet.iter_rows(min_row=2)}
    assert rows["4.4.1"] == ["ISO 9001:2015 + Amd 1:2024", "4.4.1", "    Quality management system and its processes",
                             None, "C", "yes"]
    assert rows["4.1"][3:] == ["✓", None, "yes"] and rows["5.1.1"][3:] == [None, None, "no"]
    assert "Cycle coverage" not in load_workbook(tmp_path / "s2.xlsx").sheetnames
