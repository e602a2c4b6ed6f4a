"""The auditee's sign-offs in the reports: the PDF prints the signature and the signer, the Word context and the
workbook's Attendance sheet carry them."""

from __future__ import annotations

import hashlib
import io
import subprocess
import zipfile
from pathlib import Path

import docx  # type: ignore[import-untyped]
import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PIL import Image, ImageDraw

from auditor_app.exporters.docx_context import build_context
from auditor_app.exporters.docx_report import build_docx
from auditor_app.exporters.pdf_report import build_pdf
from auditor_app.exporters.xlsx_report import build_xlsx
from auditor_app.services import planning, report_data, signoffs

STATEMENT = "I attended the closing meeting of the audit “Test audit” of ACME GmbH on 2026-11-12.\nLocation: Hall 3"


def signature() -> bytes:
    picture = Image.new("RGBA", (420, 140), (0, 0, 0, 0))
    ImageDraw.Draw(picture).line([(20, 110), (90, 20), (160, 120), (260, 30), (400, 100)], fill=(20, 28, 70, 255),
                                 width=4)
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def data(make_audit):  # type: ignore[no-untyped-def]
    session = make_audit()
    png = signature()

    def work(tx):  # type: ignore[no-untyped-def]
        meeting = planning.meeting_for(tx, "closing")
        signoffs.sign(tx, "closing_attendance", meeting, "Maria Müller", "Quality manager", "ACME GmbH",
                      STATEMENT, [], png)

    session.run(work)
    return report_data.gather(session), hashlib.sha256(png).hexdigest()


def test_the_pdf_prints_the_signature_the_signer_and_a_short_hash(data, tmp_path: Path) -> None:
    gathered, sha = data
    out = build_pdf(gathered, tmp_path / "r.pdf", photo=lambda _e: None, sections={"cover", "meetings"})
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Signed on the screen" in text
    assert "Maria Müller" in text and "Quality manager" in text and "ACME GmbH" in text
    assert "Attendance at the closing meeting" in text
    assert STATEMENT.splitlines()[0] in text and "Hall 3" not in text  # the first line only
    assert f"Image SHA-256: {sha[:16]}…" in text
    listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:]]
    assert any(row[3:5] == ["420", "140"] and row[2] == "image" for row in rows)  # the signature as drawn


def test_the_word_context_and_report_carry_the_signoff_with_its_image(data, tmp_path: Path) -> None:
    gathered, sha = data
    context = build_context(gathered, lambda _e: None, signature=lambda png: ("picture", len(png)))
    [closing] = [m for m in context["meetings"] if m["signoffs"]]
    [signed] = closing["signoffs"]
    assert (signed["name"], signed["role"], signed["organisation"]) == ("Maria Müller", "Quality manager",
                                                                        "ACME GmbH")
    assert signed["kind"] == "Attendance at the closing meeting" and signed["statement"] == STATEMENT
    assert signed["first_line"] == STATEMENT.splitlines()[0] and signed["short_hash"] == sha[:16]
    assert signed["image"] == ("picture", len(gathered.signatures[sha])) and signed["signed_at"]
    document = docx.Document()
    document.add_paragraph("{% for m in meetings %}{% for s in m.signoffs %}{{ s.name }} {{ s.short_hash }} "
                           "{{ s.image }}{% endfor %}{% endfor %}")
    template = tmp_path / "t.docx"
    document.save(str(template))
    out = build_docx(gathered, tmp_path / "r.docx", photo=lambda _e: None, template=template)
    with zipfile.ZipFile(out) as archive:
        assert [n for n in archive.namelist() if n.startswith("word/media/")]
    assert f"Maria Müller {sha[:16]}" in "".join(p.text for p in docx.Document(str(out)).paragraphs)
    shipped = build_docx(gathered, tmp_path / "shipped.docx", photo=lambda _e: None)  # the built-in template
    with zipfile.ZipFile(shipped) as archive:
        assert [n for n in archive.namelist() if n.startswith("word/media/")]
    text = "\n".join(p.text for p in docx.Document(str(shipped)).paragraphs)
    assert "Signed on the screen: Maria Müller, Quality manager, ACME GmbH — Attendance at the closing meeting" in text
    assert f"Image SHA-256 {sha[:16]}…" in text


def test_the_workbook_lists_signoffs_on_the_attendance_sheet(data, tmp_path: Path) -> None:
    gathered, sha = data
    out = build_xlsx(gathered, tmp_path / "r.xlsx")
    sheet = load_workbook(out, read_only=True)["Attendance"]
    rows = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][-3:] == ("Signed", "Signed at", "Image SHA-256")
    [signed] = [r for r in rows if r[2] == "Maria Müller"]
    assert signed[0] == "Closing" and signed[3:5] == ("ACME GmbH", "Quality manager")
    assert signed[6] == "Attendance at the closing meeting" and signed[8] == sha
