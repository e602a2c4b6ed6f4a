"""An N19-graded finding in the PDF report and the workbook: its grade with the basis it follows from."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import openpyxl
from pypdf import PdfReader

from auditor_app.domain.checklist import clause_id
from auditor_app.exporters.pdf_report import build_pdf
from auditor_app.exporters.xlsx_report import FINDING_COLUMNS, build_xlsx
from auditor_app.services import findings, renditions, report_data

NOT_FULFILLED = "The requirement is not fulfilled as the evidence shows."  # 17021-1 9.4.5.2

MD = "iso13485-2016"
BASIS = "Grade 4 — direct QMS impact (7.5.6), first occurrence; +1 no documented procedure"


def _n19_data(make_audit: Any) -> report_data.ReportData:
    session = make_audit("md.audit", checklists=(MD,), grading_scheme="ghtf_n19")
    with session.transaction() as tx:
        findings.create_finding(tx, statement=NOT_FULFILLED,
                                grade="4", clause_ids=[clause_id(MD, "7.5.6")], ref="NC-01",
                                evidence_text="No validation of the sealing process SP-3",
                                grading_basis={"scheme": "ghtf_n19", "no_procedure": True})
        findings.create_finding(tx, statement=NOT_FULFILLED, grade="2", clause_ids=[clause_id(MD, "6.2")], ref="NC-02",
                                evidence_text="Training records of two operators missing")  # graded before: no basis
    return report_data.gather(session)


def test_the_pdf_finding_block_says_why_the_grade_is_four(make_audit: Any, tmp_path: Path) -> None:
    data = _n19_data(make_audit)
    photo = lambda e: renditions.rendition(data.load_evidence(e.sha256), e.mime)  # noqa: E731
    out = build_pdf(data, tmp_path / "r.pdf", photo=photo)
    text = re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(out).pages))
    assert re.sub(r"\s+", "", "Grade basis" + BASIS) in text
    assert text.count("Gradebasis") == 1  # the finding graded without factors has no basis row


def test_the_workbook_grade_cell_carries_the_basis(make_audit: Any, tmp_path: Path) -> None:
    data = _n19_data(make_audit)
    out = build_xlsx(data, tmp_path / "r.xlsx", thumbnail=lambda e: None)
    ws = openpyxl.load_workbook(out)["Findings"]
    grade = FINDING_COLUMNS.index("Grade")
    cells = {row[0].value: row[grade].value for row in ws.iter_rows(min_row=2)}
    assert cells == {"NC-01": BASIS, "NC-02": "Grade 2"}
