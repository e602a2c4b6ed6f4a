"""Right-to-left text in the PDF: brackets and other mirrored signs the right way round (UBA L4); the workbook keeps
the stored (logical) order, since Excel applies the bidi algorithm itself."""

from __future__ import annotations

import html
import random
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from bidi import get_display
from bidi.mirror import MIRRORED
from openpyxl import load_workbook

from auditor_app.domain.checklist import clause_id
from auditor_app.exporters.pdf_bidi import visual
from auditor_app.exporters.pdf_report import build_pdf
from auditor_app.exporters.xlsx_report import build_xlsx
from auditor_app.services import notes, report_data

CLAUSE = clause_id("iso9001-2015", "7.1.5.2")
TEXTS = ("(עובדים)", "[العمال]", "ISO 9001 (الجودة)")
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>')


def _lines(pdf: Path) -> list[str]:
    """The words of the first page as drawn, left to right on each line (pdftotext -bbox does not reorder)."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    rows: dict[float, list[tuple[float, str]]] = {}
    for x, y, word in _WORD.findall(out):
        rows.setdefault(round(float(y)), []).append((float(x), html.unescape(word)))
    return [unicodedata.normalize("NFKC", " ".join(w for _x, w in sorted(words))) for _y, words in sorted(rows.items())]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_brackets_in_right_to_left_text_print_the_right_way_round(make_audit, tmp_path: Path) -> None:
    session = make_audit("rtl.audit")
    with session.transaction() as tx:
        for text in TEXTS:
            notes.add_note(tx, CLAUSE, "observation", text)
    data = report_data.gather(session)
    lines = _lines(build_pdf(data, tmp_path / "rtl.pdf", photo=lambda e: None, sections={"notes"}))
    # Drawn left to right, the opening bracket is on the left and the letters run from right to left.
    for drawn in ("(םידבוע)", "[لامعلا]", "(ةدوجلا) ISO 9001"):
        assert drawn in lines, (drawn, lines)
    for wrong in (")םידבוע(", "]لامعلا[", ")ةدوجلا( ISO 9001"):
        assert wrong not in lines


def test_reordering_is_python_bidis_with_mirrored_glyphs() -> None:
    """The order is exactly python-bidi's (Rust unicode-bidi) and only characters at odd levels are mirrored."""
    rnd = random.Random(16)
    alphabet = "ab Z1 2.,:-%()[]{}<>«»שלוםابت"
    samples = [*TEXTS, "abc (שלום) def", "שלום (abc) עולם  ", "ISO 14001:2015 (بند 6.1)"]
    samples += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30))) for _ in range(400)]
    for text in samples:
        for rtl in (True, False):
            ours, theirs = visual(text, rtl), get_display(text, base_dir="R" if rtl else "L")
            assert len(ours) == len(theirs)
            assert all(a == b or MIRRORED.get(a) == b for a, b in zip(ours, theirs, strict=True)), (text, rtl)
    assert visual("abc (def)", False) == "abc (def)"  # left-to-right text is left alone
    assert visual("שלום (abc) עולם", True) == "םלוע (abc) םולש"  # brackets inside a left-to-right run are not turned
    assert visual("א < ב", True) == "ב > א"


def test_the_workbook_keeps_right_to_left_text_in_stored_order(make_audit, tmp_path: Path) -> None:
    session = make_audit("rtl.audit")
    with session.transaction() as tx:
        for text in TEXTS:
            notes.add_note(tx, CLAUSE, "observation", text)
    data = report_data.gather(session)
    book = load_workbook(build_xlsx(data, tmp_path / "rtl.xlsx", thumbnail=lambda e: None), read_only=True)
    cells = {str(c) for row in book["Notes"].iter_rows(values_only=True) for c in row if c}
    assert set(TEXTS) <= cells  # Excel reorders and mirrors on screen itself
