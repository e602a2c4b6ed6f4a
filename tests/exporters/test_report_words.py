"""The last English in other-language reports: the default confidentiality marking, and where carried items come
from (PDF, workbook and Word report)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest

from auditor_app.exporters import carried_text, wording
from auditor_app.services import audit, demo
from tests.exporters.test_report_catalogues import _cli, _pdf_text


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        xml = " ".join(package.read(n).decode("utf-8") for n in package.namelist()
                       if n.startswith("word/") and n.endswith(".xml"))
    return " ".join(re.sub(r"<[^>]+>", " ", xml).split())


def _xlsx_values(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    return [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def _export(path: Path, out: Path, language: str, *extra: str) -> tuple[str, list[str], str]:
    out.mkdir(exist_ok=True)
    result = _cli("export", path, "--pdf", out / "r.pdf", "--xlsx", out / "r.xlsx", "--docx", out / "r.docx",
                  "--language", language, *extra)
    assert result.returncode == 0, result.stderr
    return _pdf_text(out / "r.pdf"), _xlsx_values(out / "r.xlsx"), _docx_text(out / "r.docx")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("words") / "demo.audit"
    demo.build_demo(path, photos=0, notes_count=6, findings_count=3).close()
    return path


def test_the_stored_default_marking_prints_in_the_reports_language(demo_file: Path, tmp_path: Path) -> None:
    pdf, cells, docx = _export(demo_file, tmp_path / "de", "de")
    assert "Vertraulich" in pdf and "VERTRAULICH" in pdf  # the title page's box, the running header
    assert "confidential" not in pdf.casefold()
    assert "Vertraulich" in cells and "Confidential" not in cells  # the Summary sheet's Confidentiality row
    assert "VERTRAULICH" in docx and "confidential" not in docx.casefold()  # the template's running header


def test_a_marking_the_user_typed_prints_as_typed(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "typed.audit"
    path.write_bytes(demo_file.read_bytes())
    with audit.open_audit(path, author="Test") as session, session.transaction() as tx:
        audit.update_details(tx, {"confidentiality": "Confidential – client and CB only"})
    pdf, cells, docx = _export(path, tmp_path / "de", "de")
    assert "Confidential – client and CB only" in pdf and "CONFIDENTIAL – CLIENT AND CB ONLY" in pdf
    assert "Confidential – client and CB only" in cells and "CONFIDENTIAL – CLIENT AND CB ONLY" in docx
    assert "Vertraulich" not in pdf.replace("Vertraulichkeit", "")


@pytest.fixture(scope="module")
def surveillance(demo_file: Path) -> Path:
    """A surveillance audit made from the demo's Stage 2; NC-01 was not effective: a follow-up finding."""
    path = demo_file.with_name("s1.audit")
    made = _cli("new", path, "--from", demo_file, "--type", "surveillance", "--start", "2027-03-01",
                "--end", "2027-03-02")
    assert made.returncode == 0, made.stderr
    verified = _cli("verify", path, "1", "--outcome", "not_effective", "--evidence", "Still uncalibrated",
                    "--follow-up", "minor", "--statement", "Calibration still not maintained")
    assert verified.returncode == 0, verified.stderr
    return path


def test_where_carried_items_come_from_is_worded_in_the_reports_language(surveillance: Path, tmp_path: Path) -> None:
    pdf, cells, docx = _export(surveillance, tmp_path / "pl", "pl", "--profile", "internal")
    origin = "Etap 2, 2026-11-10 – 2026-11-12, raport R-2026-0412"
    assert f"Poprzedni audit: {origin}" in pdf
    assert f"NC-01 · Niezgodność mała · {origin}" in pdf
    assert f"Nawiązuje do NC-01 ({origin})" in pdf  # the follow-up finding
    assert origin in cells and f"NC-01 ({origin})" in docx and f"NC-01 · Niezgodność mała · {origin}" in docx
    for text in (pdf, " ".join(cells), docx):
        assert "Stage 2," not in text and "report R-" not in text and " to 2026" not in text


def test_english_reports_word_the_origin_as_before(surveillance: Path, tmp_path: Path) -> None:
    pdf, cells, _docx = _export(surveillance, tmp_path / "en", "en", "--profile", "internal")
    origin = "Stage 2, 2026-11-10 to 2026-11-12, report R-2026-0412"  # services/carry.label's words
    assert f"Previous audit: {origin}" in pdf and f"Follows up NC-01 of {origin}" in pdf and origin in cells


def test_an_origin_the_cycle_history_lacks_prints_as_stored() -> None:
    history = '[{"audit_id": "a1", "audit_type": "stage1", "start_date": "2026-01-05", "end_date": "2026-01-05"}]'
    data = SimpleNamespace(details=SimpleNamespace(cycle_history=history), wording=wording.Wording("de"))
    item = SimpleNamespace(origin_audit_id="a2", origin_audit="Stage 2, 2026-03-02, report R-1")
    assert carried_text.origin_label(data, item) == "Stage 2, 2026-03-02, report R-1"  # type: ignore[arg-type]
    item = SimpleNamespace(origin_audit_id="a1", origin_audit="Stage 1, 2026-01-05")
    assert carried_text.origin_label(data, item) == "Stufe 1, 2026-01-05"  # type: ignore[arg-type]
    arabic = SimpleNamespace(details=data.details, wording=wording.Wording("ar"))
    assert carried_text.origin_label(arabic, item) == "المرحلة 1، 2026-01-05"  # type: ignore[arg-type]
    broken = SimpleNamespace(details=SimpleNamespace(cycle_history="not json"), wording=wording.Wording("de"))
    assert carried_text.origin_label(broken, item) == "Stage 1, 2026-01-05"  # type: ignore[arg-type]
