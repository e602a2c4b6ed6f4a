"""Report branding from the preferences: organisation and logo in the PDF and the workbook, also from the CLI."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

import openpyxl
import pytest
from PIL import Image, ImageDraw, PngImagePlugin
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from auditor_app.exporters.source import LOGO_EDGE, Branding
from auditor_app.services import demo, preferences, report_data, reports
from tests import warm_cli

ORGANISATION = "Prüfstelle Süd GmbH 质量"
SECRET = "secret-logo-metadata"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _logo(path: Path, size: tuple[int, int] = (600, 200)) -> Path:
    """A logo with transparency and a text chunk that must not reach any report."""
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, size[1] - 10, size[1] - 10), fill=(200, 30, 40, 255))
    draw.rectangle((size[1] + 20, size[1] // 3, size[0] - 20, 2 * size[1] // 3), fill=(30, 60, 120, 255))
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", SECRET)
    image.save(path, "PNG", pnginfo=info)
    return path


def _brand(logo: Path | str = "", organisation: str = ORGANISATION) -> None:
    preferences.save(preferences.Preferences(brand_organisation=organisation, brand_logo=str(logo)))


def _resolve(obj):  # type: ignore[no-untyped-def]
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _images(page) -> list:  # type: ignore[no-untyped-def]
    resources = _resolve(page.get("/Resources", DictionaryObject()))
    xobjects = _resolve(resources.get("/XObject", DictionaryObject()))
    return [_resolve(x) for x in xobjects.values() if _resolve(x).get("/Subtype") == "/Image"]


@pytest.fixture
def session(tmp_path: Path):  # type: ignore[no-untyped-def]
    session = demo.build_demo(tmp_path / "d.audit", photos=2, notes_count=10, findings_count=3)
    yield session
    session.close()


def test_the_pdf_names_the_organisation_and_shows_the_logo_on_the_cover(session, tmp_path: Path) -> None:
    plain, _gaps = reports.export_pdf(session, tmp_path / "plain.pdf", profile="internal")
    _brand(_logo(tmp_path / "logo.png"))
    branded, _gaps = reports.export_pdf(session, tmp_path / "branded.pdf", profile="internal")
    before, after = PdfReader(plain), PdfReader(branded)
    assert len(_images(after.pages[0])) == len(_images(before.pages[0])) + 1 == 1
    assert sum(len(_images(p)) for p in after.pages) == sum(len(_images(p)) for p in before.pages) + 1
    logo = _images(after.pages[0])[0]
    assert max(int(logo["/Width"]), int(logo["/Height"])) <= LOGO_EDGE
    raw = branded.read_bytes()
    assert SECRET.encode() not in raw and b"iTXt" not in raw and b"tEXt" not in raw
    for number, page in enumerate(after.pages, start=1):  # the cover names it, and every page's footer
        text = _squash(page.extract_text() or "")
        assert _squash(ORGANISATION) in text, number
    assert _squash(ORGANISATION) not in _squash("".join(p.extract_text() or "" for p in before.pages))


def test_the_workbook_names_the_organisation_and_shows_the_logo(session, tmp_path: Path) -> None:
    _brand(_logo(tmp_path / "logo.png"))
    out = reports.export_xlsx(session, tmp_path / "branded.xlsx", profile="internal")
    workbook = openpyxl.load_workbook(out)
    summary = workbook["Summary"]
    values = {r[0].value: r[1].value for r in summary.iter_rows() if r[0].value}
    assert values["Audit organisation"] == ORGANISATION and values["Client"] == "Müller Präzisionsteile GmbH"
    assert len(summary._images) == 1 and summary["A1"].value is None  # the logo has the first row to itself
    for sheet in workbook.worksheets:  # printed pages carry it too
        assert sheet.oddFooter.left.text == ORGANISATION, sheet.title
    with Image.open(io.BytesIO(summary._images[0]._data())) as picture:
        assert SECRET not in str(picture.info) and max(picture.size) <= LOGO_EDGE


def test_markup_and_codes_in_the_organisation_print_as_typed(session, tmp_path: Path) -> None:
    name = "Müller & Söhne <b>Audit</b> &P =1+1 مراجعة"
    _brand(organisation=name)
    workbook = openpyxl.load_workbook(reports.export_xlsx(session, tmp_path / "amp.xlsx", profile="internal"))
    assert workbook["Notes"].oddFooter.left.text == name.replace("&", "&&")  # Excel's escape for a literal &
    assert workbook["Summary"]["B1"].value == name and workbook["Summary"]["B1"].data_type == "s"
    assert len(workbook["Summary"]._images) == 0
    pdf, _gaps = reports.export_pdf(session, tmp_path / "amp.pdf", profile="internal")
    cover = _squash(PdfReader(pdf).pages[0].extract_text())
    assert _squash("Müller & Söhne <b>Audit</b> &P =1+1") in cover


def _truncated_png() -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise((200, 200), 80).save(buffer, "PNG")
    return buffer.getvalue()[:2000]


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("gone.png", None, "cannot read"),
    ("broken.png", _truncated_png(), "damaged"),
    ("drawing.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "SVG drawings cannot be printed"),
    ("notes.txt", "Prüfstelle".encode(), "not a picture"),
])
def test_an_unusable_logo_is_left_out_with_a_warning(session, tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                     name: str, content: bytes | None, reason: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    _brand(path)
    with caplog.at_level(logging.WARNING):
        pdf, _gaps = reports.export_pdf(session, tmp_path / "r.pdf", profile="internal")
        xlsx = reports.export_xlsx(session, tmp_path / "r.xlsx", profile="internal")
    reader = PdfReader(pdf)
    assert _images(reader.pages[0]) == [] and _squash(ORGANISATION) in _squash(reader.pages[0].extract_text())
    assert openpyxl.load_workbook(xlsx)["Summary"]["B1"].value == ORGANISATION
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(reason in m and name in m for m in warnings), warnings


def test_logo_rendition_is_bounded_upright_and_made_from_pixels(tmp_path: Path) -> None:
    wide = _logo(tmp_path / "wide.png", size=(3000, 900))
    with Image.open(io.BytesIO(report_data.logo_rendition(wide))) as image:
        assert image.format == "PNG" and image.size == (LOGO_EDGE, 360) and image.mode == "RGB"
        assert not {k for k in image.info if k not in ("dpi",)} and image.getpixel((1, 1)) == (255, 255, 255)
    photo = Image.new("RGB", (300, 100), (10, 120, 200))
    exif = Image.Exif()
    exif[0x0112] = 6  # taken turned: shown rotated 90° clockwise
    photo.save(tmp_path / "turned.jpg", "JPEG", exif=exif)
    with Image.open(io.BytesIO(report_data.logo_rendition(tmp_path / "turned.jpg"))) as image:
        assert image.size == (100, 300)
    assert report_data.branding(preferences.Preferences(brand_organisation="  Süd \n GmbH ")) == Branding("Süd GmbH")


def test_the_command_line_export_uses_the_same_preferences(tmp_path: Path) -> None:
    _brand(_logo(tmp_path / "logo.png"))
    path = tmp_path / "cli.audit"
    demo.build_demo(path, photos=1, notes_count=5, findings_count=2).close()
    result = warm_cli.run(["export", path, "--profile", "internal", "--pdf", tmp_path / "cli.pdf", "--xlsx",
                           tmp_path / "cli.xlsx"])
    assert result.returncode == 0, result.stderr
    cover = PdfReader(tmp_path / "cli.pdf").pages[0]
    assert _squash(ORGANISATION) in _squash(cover.extract_text()) and len(_images(cover)) == 1
    summary = openpyxl.load_workbook(tmp_path / "cli.xlsx")["Summary"]
    assert summary["B2"].value == ORGANISATION and len(summary._images) == 1
