"""An Arabic report's own words (labels, page numbers) drawn like Arabic user text: shaped, right to left, and
right-aligned, so an Arabic reader can read them (pdftotext -bbox gives the words in the order they are drawn)."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from auditor_app.exporters import pdf_styles as st
from auditor_app.services import demo

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


@pytest.fixture(scope="module")
def arabic_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("arabic")
    session = demo.build_demo(folder / "demo.audit", photos=0, notes_count=6, findings_count=2)
    session.close()
    result = subprocess.run([sys.executable, "-m", "auditor_app", "export", str(folder / "demo.audit"), "--pdf",
                             str(folder / "ar.pdf"), "--language", "ar"], capture_output=True, text=True,
                            env={**os.environ}, timeout=300)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return folder / "ar.pdf"


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
