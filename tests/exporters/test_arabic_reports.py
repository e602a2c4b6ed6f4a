"""An Arabic report reads from the right: its own words (labels, page numbers) shaped and drawn right to left like
Arabic user text, headings right-aligned with their number on the right, tables with their first column on the right;
an English report is laid out as before (pdftotext -bbox gives the words in the order they are drawn); an Arabic
workbook's sheets are right-to-left sheets."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import openpyxl
import pytest

from auditor_app.exporters import pdf_styles as st
from auditor_app.services import demo
from tests import warm_cli

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)</word>')
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def _words(pdf: Path, page: int) -> list[tuple[float, float, float, str]]:
    """(y, x min, x max, word) of one page, as drawn (not reordered)."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [(round(float(y)), float(x0), float(x1), html.unescape(w)) for x0, y, x1, w in _WORD.findall(out)]


def _lines(words: list[tuple[float, float, float, str]]) -> list[str]:
    rows: dict[float, list[tuple[float, str]]] = {}
    for y, x0, _x1, word in words:
        rows.setdefault(y, []).append((x0, word))
    return [" ".join(w for _x, w in sorted(ws)) for _y, ws in sorted(rows.items())]


def _logical(word: str) -> str:
    """A word as read: presentation forms as letters, an Arabic word drawn right to left turned back."""
    arabic = re.search("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]", word)
    return unicodedata.normalize("NFKC", word[::-1] if arabic else word)  # a lam-alef glyph stands for two letters


def _find(words: list[tuple[float, float, float, str]], word: str, line: float | None = None
          ) -> tuple[float, float, float, str]:
    """The first place `word` is drawn (on the line at height `line`, if given)."""
    found = [w for w in words if _logical(w[3]) == word and line in (None, w[0])]
    assert found, (word, [_logical(w[3]) for w in words])
    return found[0]


@pytest.fixture(scope="module")
def demo_audit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("arabic") / "demo.audit"
    demo.build_demo(path, photos=0, notes_count=6, findings_count=2).close()
    return path


def _export(path: Path, language: str) -> Path:
    out = path.with_name(f"{language}.pdf")
    result = warm_cli.run(["export", path, "--pdf", out, "--language", language])
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return out


@pytest.fixture(scope="module")
def arabic_pdf(demo_audit: Path) -> Path:
    return _export(demo_audit, "ar")


def test_an_arabic_reports_labels_are_shaped_drawn_right_to_left_and_right_aligned(arabic_pdf: Path) -> None:
    words = _words(arabic_pdf, 1)
    lines = [unicodedata.normalize("NFKC", line) for line in _lines(words)]
    # "رقم التقرير" (Report number) drawn right to left: its last letter leftmost, its first word on the right.
    assert any("ريرقتلا مقر" in line for line in lines), lines
    assert not any("رقم التقرير" in line for line in lines)  # logical order drawn left to right reads backwards
    label = [w for w in words if unicodedata.normalize("NFKC", w[3]) == "مقر"]
    assert label and _PRESENTATION_FORMS.search(label[0][3]), label  # joined letter forms, not isolated letters
    # Right-aligned in the label column, next to its value, as the Arabic values are in theirs.
    assert label[0][2] > st.MARGIN_X + 42 * 2.8346 - 15, label


def test_an_arabic_reports_page_numbers_read_right_to_left(arabic_pdf: Path) -> None:
    for page in (1, 2):
        lines = [unicodedata.normalize("NFKC", line) for line in _lines(_words(arabic_pdf, page))]
        assert any(re.search(rf"\d+ نم {page} ةحفصلا", line) for line in lines), lines  # "الصفحة 2 من 24"


def test_an_arabic_reports_headings_and_tables_read_from_the_right(arabic_pdf: Path) -> None:
    words = _words(arabic_pdf, 3)  # 1 Audit details, after the cover and the contents
    heading, number = _find(words, "تفاصيل"), _find(words, "1")
    assert heading[0] == number[0] and number[1] > heading[2], (heading, number)  # "1" to the right of the title
    assert number[2] > st.PAGE_WIDTH - st.MARGIN_X - 5, number  # right-aligned
    label = _find(words, "العميل")  # Client: Müller Präzisionsteile GmbH
    value = _find(words, "Müller", label[0])
    assert label[0] == value[0] and label[1] > value[2], (label, value)  # the label column on the right
    name, role = _find(words, "الاسم"), _find(words, "الدور")  # the audit team's header: Name, Role, Organisation
    assert name[0] == role[0] and name[1] > role[2], (name, role)


def test_an_english_report_still_reads_from_the_left(demo_audit: Path) -> None:
    words = _words(_export(demo_audit, "en"), 3)
    heading, number = _find(words, "Audit"), _find(words, "1")
    assert number[0] == heading[0] and number[2] < heading[1] and number[1] < st.MARGIN_X + 5
    label = _find(words, "Client")
    value = _find(words, "Müller", label[0])
    assert label[0] == value[0] and label[2] < value[1] and label[1] < st.MARGIN_X + 10
    name, role = _find(words, "Name"), _find(words, "Role")
    assert name[0] == role[0] and name[2] < role[1]


def test_an_arabic_summarys_finding_counts_start_at_the_right(arabic_pdf: Path) -> None:
    words = [w for page in (3, 4, 5) for w in _words(arabic_pdf, page)]
    times = [w for w in words if w[3] == "×"]  # "2 findings: 1 × Major nonconformity; 1 × …", in Arabic
    assert times, [_logical(w[3]) for w in words]
    line = [w for w in words if w[0] == times[0][0]]
    head = _find(line, "نتيجتا")  # "نتيجتا تدقيق:" (two findings: the dual) in bold
    assert all(head[1] > w[2] for w in line if w[3] == "×"), line


def test_an_arabic_reports_contents_have_their_page_numbers_on_the_left(arabic_pdf: Path) -> None:
    words = _words(arabic_pdf, 2)
    title = _find(words, "تفاصيل")  # "1  تفاصيل التدقيق . . . . 3"
    line = sorted((w for w in words if w[0] == title[0]), key=lambda w: w[1])
    assert line[0][3] == "3" and line[0][1] < st.MARGIN_X + 5, line  # the page number at the left edge
    assert line[-1][3] == "1" and line[-1][2] > st.PAGE_WIDTH - st.MARGIN_X - 5, line  # the section number right
    kicker = _find(_words(arabic_pdf, 1), "تقرير")  # the cover's "تقرير التدقيق" above the title
    assert kicker[2] > st.PAGE_WIDTH - st.MARGIN_X - 5, kicker


def test_an_arabic_workbooks_sheets_read_from_the_right_and_an_english_ones_do_not(demo_audit: Path) -> None:
    books = {}
    for language in ("ar", "en"):
        out = demo_audit.with_name(f"{language}.xlsx")
        result = warm_cli.run(["export", demo_audit, "--xlsx", out, "--language", language])
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
        books[language] = openpyxl.load_workbook(out, read_only=False)
    arabic, english = books["ar"], books["en"]
    assert "الملخص" in arabic.sheetnames  # the Summary sheet, in Arabic
    assert [ws.title for ws in arabic if not ws.sheet_view.rightToLeft] == []
    assert [ws.title for ws in english if ws.sheet_view.rightToLeft] == []
