"""`auditor-app cycle FILE... --xlsx OUT --language CODE [--bilingual CODE]`: the cycle workbook in a report
language, refused in one line for a language reports are not written in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cycle_chain import chain
from openpyxl import load_workbook
from test_cli import cli

SHEET_9001 = "ISO 9001 2015 + Amd 1 2024"


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return chain(tmp_path)


def _row(ws, number: int) -> list[object]:  # type: ignore[no-untyped-def]
    return [c.value for c in ws[number]]


def test_a_german_cycle_workbook_is_german(files: tuple[Path, Path], tmp_path: Path) -> None:
    s2, s1 = files
    out = tmp_path / "zyklus.xlsx"
    result = cli("cycle", s2, s1, "--xlsx", out, "--language", "de")
    assert result.returncode == 0 and f"workbook written to {out}" in result.stdout, result.stderr
    wb = load_workbook(out)
    assert wb.sheetnames == ["Audits", SHEET_9001, "Nicht abgedeckt"]
    audits = wb["Audits"]
    assert _row(audits, 1)[:7] == ["Audit", "Datum", "Berichtsnummer", "Titel", "Laufender Zyklus", "Gelesen aus",
                                   "% Abschnitte abgedeckt: ISO 9001:2015 + Amd 1:2024"]
    assert _row(audits, 2)[:6] == ["Stufe 2", "2026-03-02 bis 2026-03-04", "R-26-1", "ACME Stage 2", "ja",
                                   "acme-s2.audit"]
    assert _row(audits, 3)[0] == "Überwachungsaudit"
    assert _row(wb[SHEET_9001], 1) == ["Abschnitt", "Titel", "Stufe 2 2026-03-02", "Überwachungsaudit 2027-03-01",
                                       "Im Zyklus abgedeckt"]
    uncovered = [(c[0].value, c[2].value) for c in wb["Nicht abgedeckt"].iter_rows(min_row=2)]
    assert _row(wb["Nicht abgedeckt"], 1) == ["Was", "Norm", "Abschnitt", "Titel"]
    assert ("Abschnitt", "5.1.1") in uncovered
    english = {"Dates", "Report number", "Current cycle", "Read from", "Uncovered", "Clause", "Stage 2", "yes"}
    assert not english & {str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row}


def test_a_bilingual_cycle_workbook_has_both_languages(files: tuple[Path, Path], tmp_path: Path) -> None:
    s2, s1 = files
    out = tmp_path / "cykl.xlsx"
    result = cli("cycle", s2, s1, "--xlsx", out, "--language", "pl", "--bilingual", "en")
    assert result.returncode == 0, result.stderr
    wb = load_workbook(out)
    assert wb.sheetnames == ["Audity", SHEET_9001, "Nieobjęte"]  # a sheet's name has room for one language
    assert _row(wb["Audity"], 1)[4] == "Bieżący cykl / Current cycle"
    assert _row(wb["Audity"], 2)[0] == "Etap 2 / Stage 2"


def test_an_arabic_cycle_workbook_reads_from_the_right(files: tuple[Path, Path], tmp_path: Path) -> None:
    s2, s1 = files
    out = tmp_path / "ar.xlsx"
    assert cli("cycle", s2, s1, "--xlsx", out, "--language", "ar").returncode == 0
    wb = load_workbook(out)
    assert all(ws.sheet_view.rightToLeft for ws in wb.worksheets)
    assert _row(wb.worksheets[0], 1)[4] == "الدورة الحالية"


@pytest.mark.parametrize(("args", "said"), [
    (("--language", "klingon"), "report language 'klingon' is not one reports are written in (en, de"),
    (("--language", "de", "--bilingual", "xx"), "second report language 'xx' is not one reports are written in"),
])
def test_a_language_reports_are_not_written_in_is_refused_in_one_line(files: tuple[Path, Path], tmp_path: Path,
                                                                      args: tuple[str, ...], said: str) -> None:
    s2, s1 = files
    out = tmp_path / "cycle.xlsx"
    result = cli("cycle", s2, s1, "--xlsx", out, *args)
    export = cli("export", s1, "--xlsx", tmp_path / "e.xlsx", *args)  # the same words as export
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert said in result.stderr and result.stderr == export.stderr
    assert not out.exists() and not (tmp_path / "e.xlsx").exists()


def test_a_language_without_a_workbook_is_refused(files: tuple[Path, Path]) -> None:
    s2, s1 = files
    result = cli("cycle", s2, s1, "--language", "de")
    assert result.returncode == 1
    assert result.stderr.strip() == "auditor-app: --language and --bilingual apply to the workbook (--xlsx OUT.xlsx)"
    assert result.stdout == ""


def test_the_note_on_audits_read_from_a_history_is_in_the_workbooks_language(files: tuple[Path, Path],
                                                                             tmp_path: Path) -> None:
    _s2, s1 = files  # Stage 2's file not given: it is read from the surveillance audit's history
    notes = {}
    for language in ("de", "en"):
        out = tmp_path / f"{language}.xlsx"
        assert cli("cycle", s1, "--xlsx", out, "--language", language).returncode == 0
        ws = load_workbook(out).worksheets[0]
        notes[language] = [_row(ws, r)[:2] for r in range(1, ws.max_row + 1) if _row(ws, r)[0] in ("Notiz", "Note")]
    assert notes["de"] == [["Notiz", "1 Audit aus der Historie in acme-s1.audit übernommen (seine Datei wurde nicht "
                                     "angegeben): Stufe 2, 2026-03-02 bis 2026-03-04, Bericht R-26-1"]]
    said = cli("cycle", s1, "--json")  # the command line says it in English, as before
    assert notes["en"] == [["Note", json.loads(said.stdout)["notes"][0]]]
