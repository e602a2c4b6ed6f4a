"""Reports in other languages: complete catalogues, German and bilingual PDFs, a German workbook that imports back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from auditor_app.domain.checklist import clause_id
from auditor_app.exporters import report_keys, wording
from auditor_app.services import demo, findings, queries, reports
from tests import warm_cli

CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "report-i18n"
SHIPPED = sorted(CATALOGUES.glob("*.json"))
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "report_strings.py"


def _cli(*args: object) -> subprocess.CompletedProcess[str]:
    result = warm_cli.run(args)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    return result


def _pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(result.stdout.split())


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("catalogues")
    path = folder / "demo.audit"
    session = demo.build_demo(path, photos=2, notes_count=12, findings_count=4)
    session.close()
    return path


def test_german_is_shipped_and_selectable() -> None:
    assert "de" in wording.LANGUAGES
    assert any(p.stem == "de" for p in SHIPPED)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_a_shipped_catalogue_translates_every_key_and_only_keys_in_use(path: Path) -> None:
    entries = json.loads(path.read_text(encoding="utf-8"))
    keys = report_keys.report_keys()
    untranslated = [k for k in keys if not str(entries.get(k, "")).strip()]
    assert not untranslated, f"{path.name}: {len(untranslated)} key(s) untranslated, e.g. {untranslated[:5]}"
    unused = sorted(set(entries) - set(keys))
    assert not unused, f"{path.name}: key(s) no longer used: {unused[:5]}"
    counted = set(report_keys.plural_keys())
    for key in keys:
        words = entries[key]
        if isinstance(words, dict):  # a count phrase's forms: "other" names every value, the others may say "1"
            assert key in counted, f"{path.name}: {key!r} is not a count phrase, yet has plural forms"
            assert report_keys.placeholders(words["other"]) == report_keys.placeholders(key), f"{path.name}: {key!r}"
            forms = list(words.values())
            assert all(report_keys.placeholders(f) <= report_keys.placeholders(key) for f in forms), path.name
        else:
            assert report_keys.placeholders(words) == report_keys.placeholders(key), f"{path.name}: {key!r}"
            forms = [words]
        # Translations go into PDF markup as they are: no markup characters of their own.
        assert not [f for f in forms if "<" in f or "&" in f], f"{path.name}: {key!r}"
    assert list(entries) == sorted(entries), f"{path.name}: keys not sorted (scripts/report_strings.py --update)"


def test_keys_are_collected_from_code_vocabulary_and_grading_schemes() -> None:
    keys = set(report_keys.report_keys())
    assert {"Audit details", "Page {page} of {total}", "{count} of {total} clauses with a result",  # t(), label()
            "Root cause", "Evidence index",  # N_() constants and sheet names
            "Major nonconformity", "Grade 3", "Point fort",  # grading schemes
            "Correction proposed", "Recertification", "unknown value"} <= keys  # vocabulary, the unknown mark
    assert not [k for k in keys if "{'s'" in k or k.endswith(" ")]  # no sentence pieces glued together


def test_report_strings_lists_missing_keys_and_adds_them_for_a_translator(tmp_path: Path) -> None:
    missing = subprocess.run([sys.executable, str(SCRIPT), "--missing", "de"], capture_output=True, text=True,
                             timeout=120)
    assert missing.returncode == 0 and missing.stdout.strip() == "", missing.stdout
    assert f"0 of {len(report_keys.report_keys())} keys untranslated in de" in missing.stderr
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import report_strings  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(SCRIPT.parent))
    report_strings.CATALOGUES = tmp_path
    (tmp_path / "xx.json").write_text(json.dumps({"Audit details": "Xx details", "Gone": "old"}), encoding="utf-8")
    assert report_strings.main(["--update", "xx"]) == 0
    written = json.loads((tmp_path / "xx.json").read_text(encoding="utf-8"))
    assert written["Audit details"] == "Xx details" and written["Executive summary"] == ""
    assert set(written) == set(report_strings.report_keys()) | {"Gone"}
    assert list(written) == sorted(written)


def test_a_german_report_has_german_headings_and_not_the_english_ones(demo_file: Path, tmp_path: Path) -> None:
    english = _cli("export", demo_file, "--pdf", tmp_path / "en.pdf", "--language", "en")
    german = _cli("export", demo_file, "--pdf", tmp_path / "de.pdf", "--language", "de")
    assert (english.returncode, german.returncode) == (0, 0), english.stderr + german.stderr
    text = _pdf_text(tmp_path / "de.pdf")
    for heading in ("Auditdetails", "Zusammenfassung", "Empfehlung des Auditteams", "Stichprobenverfahren und Grenzen",
                    "Ergebnisse je Abschnitt", "Nachweisverzeichnis", "Objektiver Nachweis", "Hauptabweichung",
                    "Seite 1 von", "Auditleiter/-in", "Anforderung", "Auditkriterien"):
        assert heading in text, heading
    for heading in ("Audit details", "Executive summary", "Recommendation of the audit team", "Evidence index",
                    "Objective evidence", "Major nonconformity", "Page 1 of", "Audit criteria"):
        assert heading not in text, heading
    assert "Müller Präzisionsteile GmbH" in text  # the audit's own text stays as written
    assert "Audit details" in _pdf_text(tmp_path / "en.pdf")


def test_a_bilingual_report_has_both_languages(demo_file: Path, tmp_path: Path) -> None:
    result = _cli("export", demo_file, "--pdf", tmp_path / "de-en.pdf", "--language", "de", "--bilingual", "en")
    assert result.returncode == 0, result.stderr
    text = _pdf_text(tmp_path / "de-en.pdf")
    for both in ("Auditdetails / Audit details", "Zusammenfassung / Executive summary",
                 "Objektiver Nachweis / Objective evidence", "Seite 1 von", "Page 1 of"):
        assert both in text, both


def _finding_rows(path: Path, sheet: str) -> tuple[list[str], list[list[object]]]:
    wb = openpyxl.load_workbook(path)
    rows = [[c.value for c in row] for row in wb[sheet].iter_rows()]
    return [str(h) for h in rows[0]], rows[1:]


@pytest.mark.parametrize("second", [None, "en"], ids=["de", "de+en"])
def test_a_german_workbook_is_german_and_its_findings_sheet_imports_back(make_audit, tmp_path: Path,
                                                                         second: str | None) -> None:
    session = make_audit(name="acme.audit")
    with session.transaction() as tx:
        findings.create_finding(tx, grade="minor", clause_ids=[clause_id("iso9001-2015", "8.5.1")],
                                evidence_text="Batch 4711 released early", statement="Release is not controlled")
    out = reports.export_xlsx(session, tmp_path / "acme.xlsx", language="de", second=second)
    path = session.path
    session.close()
    names = openpyxl.load_workbook(out, read_only=True).sheetnames
    assert {"Zusammenfassung", "Feststellungen", "Abschnitte", "Nachweisverzeichnis"} <= set(names), names
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in names)
    header, rows = _finding_rows(out, "Feststellungen")
    root_cause = "Grundursache" if second is None else "Grundursache / Root cause"
    status = "Status"
    assert root_cause in header and "Korrekturmaßnahme" in " ".join(header)
    assert "Finding id" in header  # the hidden technical column keeps its English title
    assert rows[0][header.index(status)] == ("Offen" if second is None else "Offen / Open")
    wb = openpyxl.load_workbook(out)
    ws = wb["Feststellungen"]
    ws.cell(2, header.index(root_cause) + 1, "Schritt übersprungen")
    ws.cell(2, header.index(status) + 1, "Korrektur vorgeschlagen")
    wb.save(tmp_path / "filled.xlsx")
    result = _cli("import-actions", path, tmp_path / "filled.xlsx")
    assert result.returncode == 0, result.stderr
    assert "root cause: (empty) → Schritt übersprungen" in result.stdout
    assert "status: open → correction_proposed" in result.stdout
    assert result.stdout.splitlines()[-1] == "2 change(s) saved as 'client import'"


def test_a_german_workbook_names_the_cell_it_refuses_in_its_own_words(make_audit, tmp_path: Path) -> None:
    session = make_audit(name="acme.audit")
    with session.transaction() as tx:
        findings.create_finding(tx, grade="minor", clause_ids=[clause_id("iso9001-2015", "8.5.1")],
                                evidence_text="Batch 4711 released early", statement="Release is not controlled")
    out = reports.export_xlsx(session, tmp_path / "acme.xlsx", language="de")
    path = session.path
    before = [f.due_date for f in queries.findings(session)]
    session.close()
    header, _rows = _finding_rows(out, "Feststellungen")
    wb = openpyxl.load_workbook(out)
    wb["Feststellungen"].cell(2, header.index("Fällig am (JJJJ-MM-TT)") + 1, "demnächst")
    wb.save(tmp_path / "filled.xlsx")
    result = _cli("import-actions", path, tmp_path / "filled.xlsx")
    assert result.returncode == 1
    assert "sheet Feststellungen, row 2, column Fällig am (JJJJ-MM-TT) (cell M2): 'demnächst' is not a date" \
        in result.stderr
    assert before == [None]


def test_a_french_report_and_workbook_are_french(demo_file: Path, tmp_path: Path) -> None:
    result = _cli("export", demo_file, "--pdf", tmp_path / "fr.pdf", "--xlsx", tmp_path / "fr.xlsx",
                  "--language", "fr")
    assert result.returncode == 0, result.stderr
    text = _pdf_text(tmp_path / "fr.pdf")
    for heading in ("Informations sur l'audit", "Synthèse", "Recommandation de l'équipe d'audit", "Preuve objective",
                    "Non-conformité majeure", "Page 1 sur"):
        assert heading in text, heading
    assert "Executive summary" not in text and "Page 1 of" not in text
    header, _rows = _finding_rows(tmp_path / "fr.xlsx", "Constats")
    assert {"Cause racine", "Action corrective", "Échéance (AAAA-MM-JJ)", "Statut", "Finding id"} <= set(header)


def test_a_portuguese_report_and_workbook_are_portuguese(demo_file: Path, tmp_path: Path) -> None:
    result = _cli("export", demo_file, "--pdf", tmp_path / "pt.pdf", "--xlsx", tmp_path / "pt.xlsx",
                  "--language", "pt")
    assert result.returncode == 0, result.stderr
    text = _pdf_text(tmp_path / "pt.pdf")
    for heading in ("Dados da auditoria", "Sumário executivo", "Amostragem e limitações", "Evidência objetiva",
                    "Não conformidade maior", "Critérios da auditoria", "Auditor coordenador", "Página 1 de"):
        assert heading in text, heading
    assert "Executive summary" not in text and "Page 1 of" not in text
    header, _rows = _finding_rows(tmp_path / "pt.xlsx", "Constatações")
    assert {"Causa raiz", "Ação corretiva", "Prazo (AAAA-MM-DD)", "Estado", "Finding id"} <= set(header)


def test_a_turkish_report_and_workbook_are_turkish(demo_file: Path, tmp_path: Path) -> None:
    result = _cli("export", demo_file, "--pdf", tmp_path / "tr.pdf", "--xlsx", tmp_path / "tr.xlsx",
                  "--language", "tr")
    assert result.returncode == 0, result.stderr
    text = _pdf_text(tmp_path / "tr.pdf")
    for heading in ("Tetkik bilgileri", "Yönetici özeti", "Örnekleme ve sınırlamalar", "Objektif kanıt",
                    "Büyük uygunsuzluk", "Tetkik kriterleri", "Baş tetkikçi", "Sayfa 1 /"):
        assert heading in text, heading
    assert "Executive summary" not in text and "Page 1 of" not in text
    header, _rows = _finding_rows(tmp_path / "tr.xlsx", "Bulgular")
    assert {"Kök neden", "Düzeltici faaliyet", "Termin (YYYY-AA-GG)", "Durum", "Finding id"} <= set(header)


def test_turkish_capitals_keep_the_dot_on_i() -> None:
    assert wording.Wording("tr").upper("iç tetkik raporu") == "İÇ TETKİK RAPORU"
    assert wording.Wording("de").upper("interner auditbericht") == "INTERNER AUDITBERICHT"
