"""Checklists in Excel and CSV: faithful round trips, change summaries, and a corpus of hostile or broken files."""

from __future__ import annotations

import datetime
import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from auditor_app import paths
from auditor_app.domain.checklist import Checklist, ChecklistError, Clause, load_checklist_file
from auditor_app.domain.checklist_diff import diff
from auditor_app.services.checklist_sheets import export_xlsx, read_sheet

HEADER = ["Number", "Title", "Questions", "Typical evidence", "Tags"]
ROWS = [["4", "Context", "Which issues?\nWho reviews them?", "SWOT analysis", "hs=4"],
        ["4.1", "Understanding the context", "How is it kept current?", "Minutes", ""]]


def _bundled() -> list[Path]:
    return sorted(p for p in paths.checklist_dir().glob("*.yaml") if p.name != "crosswalk.yaml")


def _xlsx(path: Path, rows: list[list[object]], *, header: list[str] | None = None, sheet: str = "Clauses",
          about: list[list[str]] | None = None, edit: Callable[..., None] | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in ([HEADER if header is None else header] if header != [] else []) + rows:
        ws.append(row)
    if about is not None:
        info = wb.create_sheet("About")
        for row in [["Key", "Value"], *about]:
            info.append(row)
    if edit is not None:
        edit(ws)
    wb.save(path)
    return path


def _csv(path: Path, lines: list[str], *, delimiter: str = ",", bom: bool = False, encoding: str = "utf-8") -> Path:
    text = "\r\n".join(delimiter.join(f'"{v}"' if ("\n" in v or delimiter in v) else v for v in line.split("|"))
                       for line in lines) + "\r\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding))
    return path


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("xl/worksheets/"))


@pytest.mark.parametrize("path", _bundled(), ids=lambda p: p.stem)
def test_bundled_checklists_survive_an_excel_round_trip(path: Path, tmp_path: Path) -> None:
    checklist = load_checklist_file(path)
    out = export_xlsx(checklist, tmp_path / f"{checklist.key}.xlsx")
    assert read_sheet(out).to_json() == checklist.to_json()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_round_trip_keeps_scripts_leading_symbols_and_text_numbers(tmp_path: Path) -> None:
    checklist = Checklist(
        key="mixed-scripts", title="质量管理 — Prüfliste", standard="ISO 9001", edition="2015", language="de",
        source="=HYPERLINK(\"http://evil\") is only text here",
        clauses=(Clause("7", "Unterstützung", ("=SUM(A1)", "+49 30 1234", "-1 Punkt", "@Leitung", "Größe?"),
                        ("سجلات التدريب", "培训记录"), (("hs", "7"), ("note", "a=b")),
                        children=(Clause("7.1", "Ressourcen"), Clause("7.10", "أمثلة", ("Wer prüft?",)))),),
    )
    out = export_xlsx(checklist, tmp_path / "mixed.xlsx")
    assert read_sheet(out).to_json() == checklist.to_json()
    assert not re.search(r"<(\w+:)?f[ >]", _sheet_xml(out)), "a user string was written as a formula"
    ws = openpyxl.load_workbook(out)["Clauses"]
    assert [c.value for c in ws[1]] == HEADER and ws[1][0].font.bold and ws.freeze_panes == "A2"
    assert (ws["A4"].value, ws["A4"].data_type, ws["A4"].number_format) == ("7.10", "s", "@")
    assert ws["C2"].value.startswith("=SUM(A1)\n") and ws["C2"].quotePrefix
    assert ws["C2"].alignment.wrap_text and ws["B3"].alignment.indent == 1


def test_export_replaces_an_existing_file_and_refuses_what_a_cell_cannot_hold(tmp_path: Path) -> None:
    out = tmp_path / "list.xlsx"
    out.write_bytes(b"old")
    checklist = load_checklist_file(_bundled()[0])
    export_xlsx(checklist, out)
    assert read_sheet(out).key == checklist.key
    bad_tag = Checklist("x", "X", "X", "1", "en", "s", (Clause("4", "A", tags=(("k", "a;b"),)),))
    with pytest.raises(ChecklistError, match=r"x: clause 4: tag k=a;b cannot be written"):
        export_xlsx(bad_tag, tmp_path / "tag.xlsx")
    control = Checklist("x", "X", "X", "1", "en", "s", (Clause("4", "bell\x07"),))
    with pytest.raises(ChecklistError, match="control character"):
        export_xlsx(control, tmp_path / "ctl.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.xlsx"]


@pytest.mark.parametrize(("delimiter", "bom"), [(",", True), (";", False), (";", True), (",", False)])
def test_csv_import_with_comma_or_semicolon_and_optional_bom(tmp_path: Path, delimiter: str, bom: bool) -> None:
    path = _csv(tmp_path / "Lieferanten Prüfliste.csv",
                ["Number|Title|Questions|Typical evidence|Tags", "8|Betrieb|Wer plant?\nWer prüft?|Plan, Protokoll|",
                 "8.4|Externe Anbieter; Lieferanten|Wie bewertet?|Bewertungen|hs=8.4; process=Einkauf"],
                delimiter=delimiter, bom=bom)
    checklist = read_sheet(path)
    assert (checklist.key, checklist.title, checklist.standard, checklist.edition, checklist.language,
            checklist.source) == ("lieferanten-prufliste", "Lieferanten Prüfliste", "Lieferanten Prüfliste",
                                  "unspecified", "en", "Imported from Lieferanten Prüfliste.csv")
    top = checklist.clauses[0]
    assert (top.number, top.questions, top.evidence) == ("8", ("Wer plant?", "Wer prüft?"), ("Plan, Protokoll",))
    assert top.children[0].title == "Externe Anbieter; Lieferanten"
    assert top.children[0].tags == (("hs", "8.4"), ("process", "Einkauf"))
    named = read_sheet(path, default_id="fallback", meta={"id": "supplier-list", "language": "de"})
    assert (named.key, named.language) == ("supplier-list", "de")
    assert read_sheet(path, default_id="fallback").key == "fallback"


def test_about_sheet_is_optional_and_meta_overrides_it(tmp_path: Path) -> None:
    plain = read_sheet(_xlsx(tmp_path / "consultant.xlsx", ROWS))
    assert (plain.key, plain.edition, [c.number for c, _d, _p in plain.walk()]) == ("consultant", "unspecified",
                                                                                   ["4", "4.1"])
    about = [["id", "acme-list"], ["title", "ACME list"], ["edition", "2"]]
    with_about = read_sheet(_xlsx(tmp_path / "about.xlsx", ROWS, about=about), meta={"edition": "3"})
    assert (with_about.key, with_about.title, with_about.standard, with_about.edition) == (
        "acme-list", "ACME list", "ACME list", "3")


def test_children_join_their_parent_and_a_false_sheet_dimension_hides_nothing(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "order.xlsx", [ROWS[0], ["5", "Leadership", "", "", ""], ROWS[1]])
    with zipfile.ZipFile(path) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    assert '<dimension ref="A1:E4"/>' in sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.replace('<dimension ref="A1:E4"/>', '<dimension ref="A1:E2"/>').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    checklist = read_sheet(path)
    assert [(c.number, parent) for c, _d, parent in checklist.walk()] == [("4", None), ("4.1", "4"), ("5", None)]


def test_diff_after_editing_the_workbook_in_a_spreadsheet(tmp_path: Path) -> None:
    original = load_checklist_file(paths.checklist_dir() / "iso9001-2015.yaml")
    out = export_xlsx(original, tmp_path / "iso9001.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb["Clauses"]
    rows = {row[0].value: row for row in ws.iter_rows(min_row=2)}
    rows["7.1"][1].value = "Resources (renamed)"
    rows["8.5.1"][2].value = "Is production released only when the checks pass?\n" + rows["8.5.1"][2].value
    ws.delete_rows(rows["10.3"][0].row)
    ws.append(["10.4", "Lessons learned", "What was learned?", "Lessons log", "hs=10.4"])
    wb.save(out)
    changes = diff(original, read_sheet(out))
    assert changes.added == ("10.4",) and changes.removed == ("10.3",)
    assert changes.retitled == (("7.1", "Resources", "Resources (renamed)"),)
    assert changes.reworded == ("8.5.1",)
    assert changes.summary() == ["1 clause added (10.4)", "1 clause removed (10.3)", "1 clause retitled (7.1)",
                                 "1 clause with changed questions or evidence (8.5.1)"]
    assert diff(original, original).summary() == ["No clauses changed."]
    many = diff(Checklist("a", "A", "A", "1", "en", "s", (Clause("1", "x"),)), original).summary()[0]
    assert many.startswith("91 clauses added (4, 4.1,") and many.endswith(", …)")


# --- the bad-input corpus: every file is refused with one line naming the file and, where it applies, the place ---

MiB = 1024 * 1024


def _zip(path: Path, entries: dict[str, tuple[bytes, int]], *, encrypted: bool = False) -> Path:
    """Entries as (1 MiB chunk, times written), so big entries are cheap to build."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, (chunk, times) in entries.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w", force_zip64=True) as handle:
                for _ in range(times):
                    handle.write(chunk)
    if encrypted:  # zipfile cannot write encrypted entries: set the "encrypted" flag bit in both headers
        data = bytearray(path.read_bytes())
        for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            data[data.index(signature) + flag_at] |= 0x1
        path.write_bytes(bytes(data))
    return path


_LOW_RATIO = b"".join(os.urandom(12) + bytes(1012) for _ in range(1024))  # ~60x: not a bomb by ratio


def _too_many_rows(path: Path) -> Path:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Clauses")
    ws.append(HEADER)
    for n in range(1, 20_002):
        ws.append([str(n), f"Clause {n}"])
    wb.save(path)
    return path


def _truncated(path: Path) -> Path:
    good = export_xlsx(load_checklist_file(_bundled()[0]), path.with_name("good.xlsx")).read_bytes()
    path.write_bytes(good[: len(good) // 2])
    return path


def _entity_bomb(path: Path) -> Path:
    good = _xlsx(path.with_name("good.xlsx"), ROWS)
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
              '<c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>')
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            dst.writestr(name, laughs if name == "xl/worksheets/sheet1.xml" else src.read(name))
    return path


def _merge(ws: object) -> None:
    ws.merge_cells("C2:D2")  # type: ignore[attr-defined]


def _formula(ws: object) -> None:
    ws["C3"] = "=SUM(A1)"  # type: ignore[index]


def _as_float(ws: object) -> None:
    ws["A3"] = 7.1  # type: ignore[index]


def _as_date(ws: object) -> None:
    ws["B3"] = datetime.date(2024, 1, 4)  # type: ignore[index]


Builder = Callable[[Path], Path]
CORPUS: list[tuple[str, Builder, str]] = [
    ("not-a-zip", lambda d: (d / "bad.xlsx").write_bytes(b"Number,Title\n4,A\n") and d / "bad.xlsx",
     "bad.xlsx: not an Excel .xlsx file"),
    ("truncated", lambda d: _truncated(d / "half.xlsx"), "half.xlsx: not an Excel .xlsx file"),
    ("zip-bomb-60mb", lambda d: _zip(d / "bomb.xlsx", {"xl/worksheets/sheet1.xml": (bytes(MiB), 60)}),
     "bomb.xlsx: refused: entry xl/worksheets/sheet1.xml is compressed more than 100 times (possible zip bomb)"),
    ("ratio-21mb", lambda d: _zip(d / "ratio.xlsx", {"xl/sharedStrings.xml": (b"<t>a</t>" * (MiB // 8), 21)}),
     "ratio.xlsx: refused: entry xl/sharedStrings.xml is compressed more than 100 times (possible zip bomb)"),
    ("entry-over-20mb", lambda d: _zip(d / "big.xlsx", {"xl/worksheets/sheet1.xml": (_LOW_RATIO, 21)}),
     "big.xlsx: refused: entry xl/worksheets/sheet1.xml unpacks to more than 20 MB (possible zip bomb)"),
    ("total-over-50mb", lambda d: _zip(d / "total.xlsx", {f"xl/media/p{i}.bin": (_LOW_RATIO, 18) for i in range(3)}),
     "total.xlsx: refused: the archive unpacks to more than 50 MB (possible zip bomb)"),
    ("too-many-entries", lambda d: _zip(d / "many.xlsx", {f"xl/e{i}.xml": (b"<a/>", 1) for i in range(201)}),
     "many.xlsx: refused: 201 entries in the archive (at most 200) (possible zip bomb)"),
    ("encrypted-zip", lambda d: _zip(d / "locked.xlsx", {"EncryptedPackage": (b"x", 1)}, encrypted=True),
     "locked.xlsx: the workbook is password-protected"),
    ("ole-container", lambda d: (d / "secret.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
     and d / "secret.xlsx", "secret.xlsx: the workbook is password-protected or in the old .xls format"),
    ("zip-not-workbook", lambda d: _zip(d / "plain.xlsx", {"readme.txt": (b"hello", 1)}),
     "plain.xlsx: not a readable Excel workbook"),
    ("xml-entities", lambda d: _entity_bomb(d / "lol.xlsx"),
     "lol.xlsx: not a readable Excel workbook (EntitiesForbidden"),
    ("no-clauses-sheet", lambda d: _xlsx(d / "other.xlsx", ROWS, sheet="Checkliste"),
     "other.xlsx: no sheet named 'Clauses' (sheets found: Checkliste)"),
    ("empty-sheet", lambda d: _xlsx(d / "empty.xlsx", [], header=[]), "empty.xlsx, sheet Clauses: the sheet is empty"),
    ("header-only", lambda d: _xlsx(d / "head.xlsx", []), "head.xlsx, sheet Clauses: no clauses below the header row"),
    ("missing-column", lambda d: _xlsx(d / "cols.xlsx", ROWS, header=["Number", "Title", "Questions", "Evidence"]),
     "cols.xlsx, sheet Clauses, row 1: missing column 'Typical evidence' (found: Number, Title, Questions, Evidence)"),
    ("unknown-column", lambda d: _xlsx(d / "extra.xlsx", ROWS, header=[*HEADER, "Notes"]),
     "extra.xlsx, sheet Clauses, cell F1: unknown column 'Notes'"),
    ("stray-text", lambda d: _xlsx(d / "stray.xlsx", [[*ROWS[0], "", "oops"], ROWS[1]]),
     "stray.xlsx, sheet Clauses, cell G2: text in a column without a heading"),
    ("duplicate-number", lambda d: _xlsx(d / "dup.xlsx", [*ROWS, ["4.1", "Again", "", "", ""]]),
     "dup.xlsx, sheet Clauses, row 4: clause 4.1: duplicate clause number (first at row 3)"),
    ("child-before-parent", lambda d: _xlsx(d / "order.xlsx", [ROWS[1], ROWS[0]]),
     "order.xlsx, sheet Clauses, row 2: clause 4.1 comes before its parent 4 (row 3)"),
    ("missing-parent", lambda d: _xlsx(d / "orphan.xlsx", [*ROWS, ["4.2.1", "Orphan", "", "", ""]]),
     "orphan.xlsx, sheet Clauses, row 4: clause 4.2.1: its parent clause 4.2 is missing"),
    ("empty-title", lambda d: _xlsx(d / "notitle.xlsx", [ROWS[0], ["4.1", "  ", "Q", "E", ""]]),
     "notitle.xlsx, sheet Clauses, row 3: clause 4.1: the title is empty"),
    ("empty-number", lambda d: _xlsx(d / "nonumber.xlsx", [ROWS[0], ["", "Untitled", "Q", "E", ""]]),
     "nonumber.xlsx, sheet Clauses, row 3: the clause number is empty"),
    ("malformed-number", lambda d: _xlsx(d / "dots.xlsx", [ROWS[0], ["7..1", "Dots", "", "", ""]]),
     "dots.xlsx, sheet Clauses, row 3: clause 7..1: number must look like 7, 7.1 or 7.1.5.2"),
    ("number-as-float", lambda d: _xlsx(d / "float.xlsx", ROWS, edit=_as_float),
     "float.xlsx, sheet Clauses, cell A3: the clause number 7.1 is stored as a number"),
    ("date-cell", lambda d: _xlsx(d / "date.xlsx", ROWS, edit=_as_date),
     "date.xlsx, sheet Clauses, cell B3: holds a date or time, not text"),
    ("bad-tags", lambda d: _xlsx(d / "tags.xlsx", [[*ROWS[0][:4], "hs"], ROWS[1]]),
     "tags.xlsx, sheet Clauses, row 2: clause 4: tags must look like key=value"),
    ("formula", lambda d: _xlsx(d / "formula.xlsx", ROWS, edit=_formula),
     "formula.xlsx, sheet Clauses, cell C3: formulas are not allowed (=SUM(A1))"),
    ("merged-cells", lambda d: _xlsx(d / "merged.xlsx", ROWS, edit=_merge),
     "merged.xlsx, sheet Clauses: merged cells C2:D2 are not allowed"),
    ("too-long-cell", lambda d: _xlsx(d / "long.xlsx", [ROWS[0], ["4.1", "Long", "x" * 10_001, "", ""]]),
     "long.xlsx, sheet Clauses, cell C3: text is longer than 10,000 characters (10,001)"),
    ("too-many-rows", lambda d: _too_many_rows(d / "huge.xlsx"),
     "huge.xlsx, sheet Clauses, row 20002: more than 20,000 rows"),
    ("about-unknown-key", lambda d: _xlsx(d / "meta.xlsx", ROWS, about=[["id", "ok"], ["colour", "red"]]),
     "meta.xlsx, sheet About, row 3: unknown key 'colour'"),
    ("about-bad-id", lambda d: _xlsx(d / "badid.xlsx", ROWS, about=[["title", "T"], ["id", "Not An Id"]]),
     "badid.xlsx, sheet About, row 3: id 'Not An Id' must be lower-case letters"),
    ("csv-latin1", lambda d: _csv(d / "latin1.csv", ["Number|Title|Questions|Typical evidence", "4|Kontext||",
                                                     "4.1|Prüfung der Umstände||"], encoding="latin-1"),
     "latin1.csv, line 3: not UTF-8 text (byte 60)"),
    ("csv-wrong-header", lambda d: _csv(d / "wrong.csv", ["Nr|Titel|Fragen|Nachweise", "4|Kontext||"], delimiter=";"),
     "wrong.csv, row 1: missing column 'Number' (found: Nr, Titel, Fragen, Nachweise)"),
    ("csv-empty", lambda d: (d / "empty.csv").write_bytes(b"\xef\xbb\xbf\r\n") and d / "empty.csv",
     "empty.csv: the file is empty"),
    ("csv-duplicate", lambda d: _csv(d / "dup.csv", ["Number|Title|Questions|Typical evidence", "4|A||", "4|B||"]),
     "dup.csv, row 3: clause 4: duplicate clause number (first at row 2)"),
    ("txt-extension", lambda d: _csv(d / "list.txt", ["Number|Title|Questions|Typical evidence", "4|A||"]),
     "list.txt: not an Excel .xlsx or .csv file"),
]


@pytest.mark.parametrize(("builder", "expected"), [pytest.param(b, e, id=i) for i, b, e in CORPUS])
def test_bad_input_is_refused_with_file_and_place(tmp_path: Path, builder: Builder, expected: str) -> None:
    path = builder(tmp_path)
    with pytest.raises(ChecklistError) as caught:
        read_sheet(path)
    message = str(caught.value)
    assert expected in message
    assert message.startswith(path.name) and "\n" not in message and "Traceback" not in message


def test_the_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 20
