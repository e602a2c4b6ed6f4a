"""Reports in Spanish: the PDF and workbook speak Spanish, and a Spanish workbook's answers import back."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl

from auditor_app.domain.checklist import clause_id
from auditor_app.services import demo, findings, reports
from tests.exporters.test_report_catalogues import _cli


def test_a_spanish_report_and_workbook_are_spanish(tmp_path: Path) -> None:
    demo.build_demo(tmp_path / "demo.audit", photos=0, notes_count=6, findings_count=3).close()
    result = _cli("export", tmp_path / "demo.audit", "--pdf", tmp_path / "es.pdf", "--xlsx", tmp_path / "es.xlsx",
                  "--language", "es")
    assert result.returncode == 0, result.stderr
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(tmp_path / "es.pdf"), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    for heading in ("Datos de la auditoría", "Resumen ejecutivo", "Recomendación del equipo auditor",
                    "Evidencia objetiva", "No conformidad mayor", "Criterios de auditoría", "Página 1 de"):
        assert heading in text, heading
    assert "Executive summary" not in text and "Page 1 of" not in text
    wb = openpyxl.load_workbook(tmp_path / "es.xlsx", read_only=True)
    header = [c.value for c in next(wb["Hallazgos"].iter_rows(max_row=1))]
    assert {"Causa raíz", "Acción correctiva", "Fecha límite (AAAA-MM-DD)", "Estado", "Finding id"} <= set(header)


def test_a_spanish_workbook_answered_by_the_client_imports_back(make_audit, tmp_path: Path) -> None:
    session = make_audit(name="acme.audit")
    with session.transaction() as tx:
        findings.create_finding(tx, grade="minor", clause_ids=[clause_id("iso9001-2015", "8.5.1")],
                                evidence_text="Batch 4711 released early", statement="Release is not controlled")
    out = reports.export_xlsx(session, tmp_path / "acme.xlsx", language="es")
    path = session.path
    session.close()
    wb = openpyxl.load_workbook(out)
    ws = wb["Hallazgos"]
    header = [str(c.value) for c in ws[1]]
    assert ws.cell(2, header.index("Estado") + 1).value == "Abierto"
    ws.cell(2, header.index("Causa raíz") + 1, "Paso omitido")
    ws.cell(2, header.index("Estado") + 1, "Corrección propuesta")
    wb.save(tmp_path / "filled.xlsx")
    result = _cli("import-actions", path, tmp_path / "filled.xlsx")
    assert result.returncode == 0, result.stderr
    assert "root cause: (empty) → Paso omitido" in result.stdout
    assert "status: open → correction_proposed" in result.stdout
