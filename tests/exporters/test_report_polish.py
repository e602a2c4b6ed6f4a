"""Reports in Polish: the PDF and the workbook use the Polish audit vocabulary, and the workbook imports back."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl

from auditor_app.services import demo
from tests.exporters.test_report_catalogues import _cli


def test_a_polish_report_and_workbook_are_polish_and_the_workbook_imports_back(tmp_path: Path) -> None:
    path = tmp_path / "demo.audit"
    demo.build_demo(path, photos=0, notes_count=12, findings_count=4).close()
    result = _cli("export", path, "--pdf", tmp_path / "pl.pdf", "--xlsx", tmp_path / "pl.xlsx", "--language", "pl")
    assert result.returncode == 0, result.stderr
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(tmp_path / "pl.pdf"), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    for heading in ("Informacje o audicie", "Podsumowanie", "Rekomendacja zespołu auditującego", "Dowód obiektywny",
                    "Niezgodność duża", "Kryteria auditu", "Auditor wiodący", "Strona 1 z"):
        assert heading in text, heading
    assert "Executive summary" not in text and "Page 1 of" not in text
    wb = openpyxl.load_workbook(tmp_path / "pl.xlsx")
    ws = wb["Ustalenia"]
    header = [str(c.value) for c in ws[1]]
    assert {"Przyczyna źródłowa", "Działanie korygujące", "Termin realizacji (RRRR-MM-DD)", "Status",
            "Finding id"} <= set(header)
    assert ws.cell(2, header.index("Status") + 1).value == "Otwarte"
    ws.cell(2, header.index("Status") + 1, "Zaproponowano korekcję")
    wb.save(tmp_path / "filled.xlsx")
    imported = _cli("import-actions", path, tmp_path / "filled.xlsx")
    assert imported.returncode == 0, imported.stderr
    assert "status: open → correction_proposed" in imported.stdout
