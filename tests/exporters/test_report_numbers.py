"""Figures in the report's language (CLDR): "4,44 Auditortage", "14 %", "%14", "32.767"; English as it was."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from cycle_chain import chain
from pypdf import PdfReader

from auditor_app.domain.checklist import clause_id
from auditor_app.exporters.pdf_report import build_pdf
from auditor_app.exporters.wording import Wording
from auditor_app.exporters.xlsx_report import build_xlsx
from auditor_app.services import audit, demo, notes, report_data
from tests.exporters.test_report_catalogues import _cli, _pdf_text

# The demo's figures: 35:30 h planned (4.44 auditor-days), 6.19 recorded against 6 from the application review
# (+0.19), 13 of the 91 clauses of ISO 9001 with a result (14 %).
FIGURES = {
    "en": ("4.44 auditor-days (35:30 h)", "+0.19 auditor-days", "13 of 91 14%"),
    "de": ("4,44 Auditortage (35:30 h)", "+0,19 Auditortage", "13 von 91 14 %"),
    # French counts 0.19 in the singular (CLDR one: i = 0,1): the form follows the value, not the text "0,19".
    "fr": ("4,44 jours-auditeur (35:30 h)", "+0,19 jour-auditeur", "13 sur 91 14 %"),
    # Polish fractions take "other" (auditoro-dnia); "4,44" read as text would be 444, "many".
    "pl": ("4,44 auditoro-dnia (35:30 h)", "+0,19 auditoro-dnia", "13 z 91 14%"),
    "es": ("4,44 días-auditor (35:30 h)", "+0,19 días-auditor", "13 de 91 14 %"),
    "tr": ("4,44 tetkikçi-gün (35:30 sa)", "+0,19 tetkikçi-gün", "13 / 91 %14"),
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("numbers") / "demo.audit"
    demo.build_demo(path, photos=0).close()
    return path


def _export(demo_file: Path, *options: str) -> str:
    out = demo_file.parent / f"{'-'.join(options)}.pdf"
    result = _cli("export", demo_file, "--pdf", out, *options)
    assert result.returncode == 0, result.stderr
    return _pdf_text(out)  # white space squashed: the no-break space of "14 %" reads as a space


@pytest.mark.parametrize("language", sorted(FIGURES))
def test_a_report_writes_its_figures_the_way_its_language_does(demo_file: Path, language: str) -> None:
    text = _export(demo_file, "--language", language)
    for figure in FIGURES[language]:
        assert figure in text, (language, figure)
    if language != "en":
        assert "4.44" not in text and "+0.19" not in text
    if language not in ("en", "pl"):
        assert "14%" not in text


def test_a_bilingual_report_writes_its_figures_the_first_languages_way(demo_file: Path) -> None:
    text = _export(demo_file, "--language", "de", "--bilingual", "en")
    assert "4,44 Auditortage (35:30 h) / 4,44 auditor-days (35:30 h)" in text
    assert "13 von 91 14 %" in text and "4.44" not in text


def test_the_workbook_keeps_its_figures_numbers_and_writes_counts_in_its_text_the_local_way(make_audit,
                                                                                           tmp_path: Path) -> None:
    session = make_audit()
    with session.transaction() as tx:  # 43,000 characters: more than an Excel cell holds (32,767)
        notes.add_note(tx, clause_id("iso9001-2015", "7.1.5"), "observation", "Kalibrierung fehlt. " * 2_150)
    for language, limit in (("de", "32.767"), ("fr", "32\u202f767"), ("es", "32.767"), ("en", "32,767")):
        out = build_xlsx(report_data.gather(session, language=language), tmp_path / f"{language}.xlsx")
        summary = " ".join(str(c.value) for row in openpyxl.load_workbook(out).worksheets[0].iter_rows()
                           for c in row if c.value)
        assert f"({limit} " in summary, (language, summary[:300])


def test_the_audit_time_sheet_of_a_german_workbook_holds_numbers(demo_file: Path) -> None:
    out = demo_file.parent / "de.xlsx"
    assert _cli("export", demo_file, "--xlsx", out, "--language", "de").returncode == 0
    rows = {row[0]: row[1:3] for row in openpyxl.load_workbook(out)["Auditzeit"].iter_rows(values_only=True)}
    assert rows["Im Auditplan geplant"] == (2130, 4.44)  # numbers: Excel shows them in the reader's locale
    assert rows["Auditzeit (Antragsprüfung)"] == (None, 6)


@pytest.mark.parametrize(("language", "figures"), [
    ("de", ("1.200", "12.345", "4,5", "−0,06", "14\u00a0%")),
    ("fr", ("1\u202f200", "12\u202f345", "4,5", "−0,06", "14\u00a0%")),
    # CLDR minimumGroupingDigits 2: four digits stay together in Spanish, Polish and European Portuguese.
    ("es", ("1200", "12.345", "4,5", "−0,06", "14\u00a0%")),
    ("pl", ("1200", "12\u00a0345", "4,5", "−0,06", "14%")),
    ("pt", ("1200", "12\u00a0345", "4,5", "−0,06", "14%")),
    ("tr", ("1.200", "12.345", "4,5", "−0,06", "%14")),
    ("ar", ("1,200", "12,345", "4.5", "−0.06", "14%")),  # Latin digits: CLDR ar (latn) writes "." and ","
    ("en", ("1,200", "12,345", "4.5", "−0.06", "14%")),
])
def test_each_report_language_writes_numbers_as_cldr_says(language: str, figures: tuple[str, ...]) -> None:
    t = Wording(language)
    assert (t.number(1200), t.number(12345), t.number("4.5"), t.number("−0.06"), t.percent(0.14)) == figures


@pytest.mark.parametrize(("language", "by_audit", "heading"), [
    ("de", r"R-26-1 ISO 9001:2015 \+ Amd 1:2024: \d+ %", r"— \d+ % im Zyklus abgedeckt"),
    ("tr", r"R-26-1 ISO 9001:2015 \+ Amd 1:2024: %\d+", r"— Döngüde %\d+ kapsandı"),
    ("en", r"R-26-1 ISO 9001:2015 \+ Amd 1:2024: \d+%", r"— \d+% covered in the cycle"),
])
def test_the_cycle_coverage_writes_its_percentages_the_languages_way(tmp_path: Path, language: str, by_audit: str,
                                                                     heading: str) -> None:
    _s2, s1 = chain(tmp_path)
    with audit.open_audit(s1, author="Anna Auditor", read_only=True) as session:
        data = report_data.gather(session, "internal", language=language)
    out = build_pdf(data, tmp_path / "s1.pdf", photo=lambda _e: None, sections={"coverage", "cycle"})
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in PdfReader(out).pages))
    assert re.search(by_audit, text) and re.search(heading, text), text[:2000]


@pytest.mark.parametrize(("language", "said"), [
    ("de", "1.200 Feststellungen:"), ("fr", "1\u202f200 constats :"), ("pl", "1200 ustaleń:"),
    ("es", "1200 hallazgos:"), ("en", "1,200 findings:"),
])
def test_a_count_phrase_writes_its_count_the_languages_way(language: str, said: str) -> None:
    assert Wording(language).plural(1200, "1 finding:", "{count} findings:") == said
