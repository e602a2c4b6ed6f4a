"""An Arabic report is laid out from the right beyond its tables: photos stand at the right with their captions,
Arabic paragraphs are indented from the right, coverage bars fill from the right next to their figures; the Word
report's tables read from the right and its photos start there. English reports keep their left-to-right layout.

Positions come from the PDF as drawn: pdftotext -bbox for words, the page content streams (pypdf) for photos and
bars."""

from __future__ import annotations

import re
import shutil
import zipfile
from functools import cache
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader
from pypdf.generic import ContentStream

from auditor_app.domain.checklist import clause_id
from auditor_app.exporters import docx_bidi
from auditor_app.exporters import pdf_styles as st
from auditor_app.exporters.pdf_findings import INDENT
from auditor_app.services import demo, findings, notes, queries
from tests.exporters.test_arabic_reports import _find, _logical, _words
from tests.exporters.test_report_catalogues import _cli

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")

REQUIREMENT = "يجب معايرة معدات القياس المستخدمة للتحقق من المنتج مقابل معايير قابلة للتتبع على فترات مخططة."
NOTE = "لوحظ أن جهازي قياس في خط الإنتاج الثاني قد تجاوزا موعد المعايرة."
RIGHT = st.PAGE_WIDTH - st.MARGIN_X  # the right edge of the text frame
ACCENT = (0.121569, 0.227451, 0.372549)  # st.ACCENT and st.ACCENT_SOFT as the PDF writes them
ACCENT_SOFT = (0.913725, 0.933333, 0.956863)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo audit with an Arabic finding citing two photos and an Arabic note, exported in Arabic and English."""
    folder = tmp_path_factory.mktemp("rtl")
    path = folder / "demo.audit"
    session = demo.build_demo(path, photos=3, notes_count=6, findings_count=2)
    photos = [e.id for e in queries.evidence(session) if (e.mime or "").startswith("image/")][:2]
    here = clause_id("iso9001-2015", "7.1.5.2")
    with session.transaction() as tx:
        note = notes.add_note(tx, here, "observation", NOTE)
        findings.create_finding(tx, grade="minor", clause_ids=[here], requirement=REQUIREMENT,
                                evidence_text="لم يتم تقييم النتائج السابقة.", statement="لا يتم الحفاظ على حالة "
                                "معايرة معدات القياس.", note_ids=[note], evidence_ids=photos)
    session.close()
    out = {}
    for language in ("ar", "en"):
        out[language] = folder / f"{language}.pdf"
        out[f"{language}-docx"] = folder / f"{language}.docx"
        result = _cli("export", path, "--pdf", out[language], "--docx", out[f"{language}-docx"],
                      "--language", language)
        assert result.returncode == 0, result.stderr
    return out


def _drawn(pdf: Path) -> list[tuple[int, str, tuple[float, float, float, float], tuple[float, ...]]]:
    """(page, "image" or "rect", (x0, y0, x1, y1) on the page, fill colour) of every picture and rectangle drawn."""
    reader = PdfReader(pdf)
    out = []
    for number, page in enumerate(reader.pages, start=1):
        ctm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        stack, fill = [], (0.0, 0.0, 0.0)
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"q":
                stack.append((ctm, fill))
            elif operator == b"Q":
                ctm, fill = stack.pop()
            elif operator == b"cm":
                a, b, c, d, e, f = (float(v) for v in operands)
                A, B, C, D, E, F = ctm
                ctm = (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E,
                       e * B + f * D + F)
            elif operator == b"rg":
                fill = tuple(round(float(v), 6) for v in operands)
            elif operator == b"re":
                x, y, w, h = (float(v) for v in operands)
                A, _B, _C, D, E, F = ctm
                out.append((number, "rect", (A * x + E, D * y + F, A * (x + w) + E, D * (y + h) + F), fill))
            elif operator == b"Do" and ctm[0] > 50:  # a picture: the unit square scaled to its size
                A, _B, _C, D, E, F = ctm
                out.append((number, "image", (E, F, E + A, F + D), fill))
    return out


def _photos(pdf: Path) -> list[tuple[float, float, float, float]]:
    return [box for _page, kind, box, _fill in _drawn(pdf) if kind == "image"]


def test_an_arabic_reports_photos_and_captions_stand_at_the_right(reports: dict[str, Path]) -> None:
    photos = _photos(reports["ar"])
    assert len(photos) >= 2, photos
    for x0, _y0, x1, _y1 in photos:  # inside a thin frame, the frame indented from the right like the text
        assert abs(x1 - (RIGHT - INDENT - 1)) < 1, (x1, RIGHT - INDENT - 1)
        assert x0 > st.MARGIN_X + INDENT + 20, x0  # the room left over is on the left
    words = _every_word(reports["ar"])
    caption = _find(words, "الشكل")  # "الشكل 1." (Figure 1.) starts the (English) caption at the photo's right edge
    assert abs(caption[2] - (RIGHT - INDENT)) < 2, caption
    assert max(w[2] for w in words if w[0] == caption[0]) == caption[2]
    name = _find(words, "الملف")  # "الملف IMG_….jpg · SHA-256 …" (File …), its letters joined, starts there too
    assert abs(name[2] - (RIGHT - INDENT)) < 2, name


def test_an_english_reports_photos_stay_at_the_left(reports: dict[str, Path]) -> None:
    photos = _photos(reports["en"])
    assert len(photos) >= 2, photos
    for x0, _y0, x1, _y1 in photos:
        assert abs(x0 - (st.MARGIN_X + INDENT + 1)) < 1 and x1 < RIGHT - 20, (x0, x1)
    assert abs(_find(_every_word(reports["en"]), "Figure")[1] - (st.MARGIN_X + INDENT)) < 2


def test_an_arabic_reports_indented_paragraphs_end_short_of_the_right_margin(reports: dict[str, Path]) -> None:
    words = _every_word(reports["ar"])
    headings = [w for w in words if _logical(w[3]) == "المتطلب"]  # "Requirement" above it, not indented
    assert any(abs(w[2] - RIGHT) < 2 for w in headings), headings
    for word in ("للتتبع", "لوحظ"):  # the finding's requirement and the note it cites: indented 4 mm from the right
        height = _find(words, word)[0]  # once: the whole report's words are many (found per word: 25 s of CPU)
        line = [w for w in words if w[0] == height]
        assert abs(max(w[2] for w in line) - (RIGHT - INDENT)) < 2, (word, line, RIGHT - INDENT)
        assert min(w[1] for w in line) > st.MARGIN_X + 5, line  # and right-aligned, not from the left


def test_an_english_reports_indented_paragraphs_start_right_of_the_left_margin(reports: dict[str, Path]) -> None:
    words = _every_word(reports["en"])
    requirement, heading = _find(words, "Measuring"), _find(words, "Requirement")
    assert abs(heading[1] - st.MARGIN_X) < 2 and abs(requirement[1] - (st.MARGIN_X + INDENT)) < 2


def test_an_arabic_reports_running_header_and_footer_are_mirrored(reports: dict[str, Path]) -> None:
    words = _words(reports["ar"], 3)
    marking, title = _find(words, "سري"), _find(words, "Stage")  # the marking ("Confidential") left, the title right
    assert abs(marking[1] - st.MARGIN_X) < 2 and max(w[2] for w in words if w[0] == title[0]) > RIGHT - 2
    page = _find(words, "الصفحة")  # "الصفحة 3 من 26" (Page 3 of 26), at the left end of the footer
    footer = [w for w in words if w[0] == page[0]]
    assert page[2] < st.PAGE_WIDTH / 2 and min(w[1] for w in footer) < st.MARGIN_X + 2, footer
    reference = _find(words, "R-2026-0412", page[0])  # the report number, at its right end
    assert reference[1] > st.PAGE_WIDTH / 2 and max(w[2] for w in footer) > RIGHT - 2, footer
    words = _words(reports["en"], 3)
    marking, height = _find(words, "CONFIDENTIAL"), _find(words, "Page")[0]
    page = [w for w in words if w[0] == height]
    assert abs(marking[2] - RIGHT) < 2 and max(w[2] for w in page) > RIGHT - 2


def _bars(pdf: Path) -> tuple[int, list[tuple[tuple[float, ...], tuple[float, ...]]]]:
    """The page of the clause coverage bars and each bar as (whole, filled part), top to bottom."""
    drawn = [(page, box, fill) for page, kind, box, fill in _drawn(pdf)
             if kind == "rect" and abs(box[3] - box[1] - 6) < 0.01]
    whole = [(page, box) for page, box, fill in drawn if fill == ACCENT_SOFT]
    filled = [box for _page, box, fill in drawn if fill == ACCENT]
    assert whole and len(whole) == len(filled), drawn
    return whole[0][0], sorted(zip((box for _p, box in whole), filled, strict=True), key=lambda b: -b[0][1])


def test_an_arabic_reports_coverage_bars_fill_from_the_right_next_to_their_figures(reports: dict[str, Path]) -> None:
    page, bars = _bars(reports["ar"])
    figures = sorted((w for w in _words(reports["ar"], page) if re.fullmatch(r"\d+%", w[3])),
                     key=lambda w: w[0])
    assert len(figures) == len(bars), figures
    for (whole, filled), figure in zip(bars, figures, strict=True):
        assert abs(filled[2] - whole[2]) < 0.01 and filled[0] > whole[0] + 1, (whole, filled)  # from the right end
        assert 0 < figure[1] - whole[2] < 50, (figure, whole)  # the share figure just right of the bar
    page, bars = _bars(reports["en"])
    figures = sorted((w for w in _words(reports["en"], page) if re.fullmatch(r"\d+%", w[3])),
                     key=lambda w: w[0])
    for (whole, filled), figure in zip(bars, figures, strict=True):
        assert abs(filled[0] - whole[0]) < 0.01 and filled[2] < whole[2] - 1, (whole, filled)  # from the left
        assert figure[2] < whole[0], (figure, whole)


@cache
def _every_word(pdf: Path) -> list[tuple[float, float, float, str]]:
    """The words of every page (the pages' lines kept apart: each page's heights are offset by its number)."""
    return [(y + 10_000 * page, x0, x1, word) for page in range(1, len(PdfReader(pdf).pages) + 1)
            for y, x0, x1, word in _words(pdf, page)]


def _docx_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml").decode("utf-8")


def _paragraphs(xml: str) -> list[str]:
    return re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)


def test_an_arabic_word_reports_tables_and_photos_read_from_the_right(reports: dict[str, Path]) -> None:
    arabic, english = _docx_xml(reports["ar-docx"]), _docx_xml(reports["en-docx"])
    tables = re.findall(r"<w:tblPr>.*?</w:tblPr>", arabic, re.S)
    assert tables and all("<w:bidiVisual/>" in t for t in tables), tables[:1]  # first column on the right
    assert "bidiVisual" not in english
    pictures = [p for p in _paragraphs(arabic) if "<w:drawing>" in p]
    assert len(pictures) >= 2 and all("<w:bidi/>" in p for p in pictures), pictures[:1]  # at the right margin
    assert not any("<w:bidi/>" in p for p in _paragraphs(english) if "<w:drawing>" in p)
    # An English sentence stays left to right (marked bidi, its full stop would print at its left end).
    sentence = [p for p in _paragraphs(arabic) if "Measuring equipment used for product verification" in p]
    assert sentence and not any("<w:bidi/>" in p for p in sentence), sentence


def _marked(report_right_to_left: bool) -> tuple[list[bool], bool]:
    """Which paragraphs of a small document get w:bidi, and whether its table gets w:bidiVisual."""
    document = docx.Document()
    for text in ("بيان عدم المطابقة / Statement of nonconformity", "Calibration is overdue.", "2026-11-11", "",
                 "تمت مراجعة سجلات المعايرة"):
        document.add_paragraph(text)
    document.add_table(rows=1, cols=2)
    docx_bidi.mark_right_to_left(document, report_right_to_left)
    paragraphs = [p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None for p in document.paragraphs]
    return paragraphs, document.tables[0]._tbl.tblPr.find(qn("w:bidiVisual")) is not None


def test_an_arabic_word_reports_paragraphs_start_at_the_right_unless_they_are_latin_text_only() -> None:
    # The bilingual heading, the date and the empty line from the right; the English sentence as it reads.
    assert _marked(True) == ([True, False, True, True, True], True)
    assert _marked(False) == ([False, False, False, False, True], False)  # English: only the Arabic paragraph
