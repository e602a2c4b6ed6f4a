"""Reports in Dutch: the PDF says its headings in Dutch, and a Dutch workbook's findings sheet imports back."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl

from auditor_app.domain.checklist import clause_id
from auditor_app.services import demo, findings, reports
from tests.exporters.test_report_catalogues import _cli


def test_a_dutch_report_has_dutch_headings_and_not_the_english_ones(tmp_path: Path) -> None:
    session = demo.build_demo(tmp_path / "demo.audit", photos=1, notes_count=12, findings_count=4)
    session.close()
    result = _cli("export", tmp_path / "demo.audit", "--pdf", tmp_path / "nl.pdf", "--language", "nl")
    assert result.returncode == 0, result.stderr
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(tmp_path / "nl.pdf"), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    for heading in ("Auditgegevens", "Managementsamenvatting", "Aanbeveling van het auditteam",
                    "Steekproef en beperkingen", "Resultaten per paragraaf", "Objectief bewijs",
                    "Belangrijke afwijking", "Pagina 1 van", "Hoofdauditor", "Auditcriteria"):
        assert heading in text, heading
    for heading in ("Audit details", "Executive summary", "Objective evidence", "Major nonconformity", "Page 1 of"):
        assert heading not in text, heading


def test_a_dutch_workbook_is_dutch_and_its_findings_sheet_imports_back(make_audit, tmp_path: Path) -> None:
    session = make_audit(name="acme.audit")
    with session.transaction() as tx:
        findings.create_finding(tx, grade="minor", clause_ids=[clause_id("iso9001-2015", "8.5.1")],
                                evidence_text="Batch 4711 released early", statement="Release is not controlled")
    out = reports.export_xlsx(session, tmp_path / "acme.xlsx", language="nl")
    path = session.path
    session.close()
    wb = openpyxl.load_workbook(out)
    assert {"Samenvatting", "Bevindingen", "Paragrafen", "Overzicht bewijsmateriaal"} <= set(wb.sheetnames)
    ws = wb["Bevindingen"]
    header = [str(c.value) for c in ws[1]]
    assert {"Grondoorzaak", "Corrigerende maatregel", "Uiterste datum (JJJJ-MM-DD)", "Status"} <= set(header)
    assert ws.cell(2, header.index("Status") + 1).value == "Open"
    ws.cell(2, header.index("Grondoorzaak") + 1, "Stap overgeslagen")
    ws.cell(2, header.index("Status") + 1, "Correctie voorgesteld")
    wb.save(tmp_path / "filled.xlsx")
    result = _cli("import-actions", path, tmp_path / "filled.xlsx")
    assert result.returncode == 0, result.stderr
    assert "root cause: (empty) → Stap overgeslagen" in result.stdout
    assert "status: open → correction_proposed" in result.stdout
