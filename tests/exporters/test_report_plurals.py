"""Count phrases in reports take the form each language's CLDR plural rules ask for (2 ustalenia, 5 ustaleń)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from auditor_app.exporters import plurals, report_keys, wording
from auditor_app.services import demo
from tests.exporters.test_report_catalogues import SCRIPT, SHIPPED, _cli, _pdf_text

FINDINGS = ("1 finding:", "{count} findings:")


def test_the_cldr_categories_of_the_report_languages() -> None:
    polish = {n: plurals.category("pl", n) for n in (0, 1, 2, 4, 5, 12, 14, 21, 22, 25, 102, 112, 122)}
    assert polish == {0: "many", 1: "one", 2: "few", 4: "few", 5: "many", 12: "many", 14: "many", 21: "many",
                      22: "few", 25: "many", 102: "few", 112: "many", 122: "few"}
    arabic = {n: plurals.category("ar", n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 111, 1000)}
    assert arabic == {0: "zero", 1: "one", 2: "two", 3: "few", 10: "few", 11: "many", 99: "many", 100: "other",
                      102: "other", 111: "many", 1000: "other"}
    assert [plurals.category("fr", n) for n in (0, 1, 2, 1_000_000)] == ["one", "one", "other", "many"]
    assert [plurals.category("de", n) for n in (0, 1, 2)] == ["other", "one", "other"]
    assert {plurals.category(code, n) for code in ("ja", "ko", "zh-Hans") for n in (0, 1, 2, 5)} == {"other"}
    assert set(plurals.RULES) == set(wording.NAMES) == set(plurals.CATEGORIES)


def test_numbers_as_reports_write_them_have_their_fraction_digits_counted() -> None:
    # CLDR's v: "1.0" shows a fraction digit, so it is not English "one"; a range holds whole numbers only.
    assert [plurals.category("en", n) for n in ("1", "1.0", "+1", "−1", "1,000")] == ["one", "other", "one", "one",
                                                                                     "other"]
    assert [plurals.category("pl", n) for n in ("2", "2.5", "5", "0.25")] == ["few", "other", "many", "other"]
    assert [plurals.category("fr", n) for n in ("0.5", "1.75", "2")] == ["one", "one", "other"]
    assert [plurals.category("ar", n) for n in ("3", "3.5", "2", "2.0")] == ["few", "other", "two", "two"]


@pytest.mark.parametrize(("language", "days"), [
    ("en", {"1": "1 auditor-day", "4.44": "4.44 auditor-days", "+1": "+1 auditor-day", "6": "6 auditor-days"}),
    ("pl", {"1": "1 auditoro-dzień", "2": "2 auditoro-dni", "6": "6 auditoro-dni", "4.5": "4.5 auditoro-dnia"}),
    ("de", {"1": "1 Auditortag", "1.5": "1.5 Auditortage"}),
])
def test_auditor_days_take_the_form_their_number_asks_for(language: str, days: dict[str, str]) -> None:
    t = wording.Wording(language)
    assert {d: t.plural(d, "{days} auditor-day", "{days} auditor-days", days=d) for d in days} == days


@pytest.mark.parametrize(("language", "counts"), [
    ("pl", {1: "1 ustalenie:", 2: "2 ustalenia:", 5: "5 ustaleń:", 12: "12 ustaleń:", 22: "22 ustalenia:"}),
    ("ar", {1: "نتيجة تدقيق واحدة:", 2: "نتيجتا تدقيق:", 3: "3 نتائج تدقيق:", 11: "11 نتيجة تدقيق:"}),
    # CLDR fr groups digits with U+202F
    ("fr", {0: "0 constat :", 1: "1 constat :", 2: "2 constats :", 1_000_000: "1\u202f000\u202f000 de constats :"}),
    ("de", {1: "1 Feststellung:", 2: "2 Feststellungen:"}),
    ("ja", {1: "所見1件：", 7: "所見7件："}),
    ("en", {0: "0 findings:", 1: "1 finding:", 2: "2 findings:"}),
])
def test_a_count_phrase_takes_the_form_its_count_asks_for(language: str, counts: dict[int, str]) -> None:
    t = wording.Wording(language)
    assert {n: t.plural(n, *FINDINGS) for n in counts} == counts


def test_a_bilingual_count_phrase_has_each_language_in_its_own_form() -> None:
    assert wording.Wording("pl", "en").plural(5, *FINDINGS) == "5 ustaleń: / 5 findings:"
    assert wording.Wording("pl", "de").plural_label(1, "1 note", "{count} notes") == "1 notatka / 1 Notiz"
    # A value given for {count} (a number written with separators) is what the phrase shows.
    assert wording.Wording("pl").plural(1200, "1 cell holds", "{count} cells hold", count="1,200") \
        == "1,200 komórek zawiera"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_a_shipped_catalogue_has_every_plural_form_its_language_uses(path: Path) -> None:
    entries = json.loads(path.read_text(encoding="utf-8"))
    lacking = {key: report_keys.missing_forms(path.stem, entries.get(key, ""))
               for key in report_keys.plural_keys()}
    assert not {k: v for k, v in lacking.items() if v}, f"{path.name}: plural forms missing"


def test_count_phrases_are_the_exporters_plural_calls() -> None:
    assert {"{count} findings:", "{count} notes", "{count} cells hold"} <= set(report_keys.plural_keys())
    assert "1 finding:" not in report_keys.report_keys()  # the English singular is code, not a key


def test_report_strings_names_the_plural_forms_a_catalogue_lacks(tmp_path: Path) -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import report_strings  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(SCRIPT.parent))
    shipped = json.loads((SCRIPT.parents[1] / "resources" / "report-i18n" / "pl.json").read_text(encoding="utf-8"))
    shipped["{count} findings:"] = "Ustalenia ({count}):"
    shipped["{count} notes"] = {"one": "1 notatka", "other": "{count} notatki"}
    (tmp_path / "pl.json").write_text(json.dumps(shipped, ensure_ascii=False), encoding="utf-8")
    report_strings.CATALOGUES = tmp_path
    missing = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(SCRIPT.parent)!r}); "
                              f"import report_strings as r; from pathlib import Path; "
                              f"r.CATALOGUES = Path({str(tmp_path)!r}); raise SystemExit(r.main(['--missing', 'pl']))"],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 0, missing.stderr
    assert missing.stdout.splitlines() == ["{count} findings:  [plural forms missing: one, few, many, other]",
                                           "{count} notes  [plural forms missing: few, many]"]
    assert "2 of" in missing.stderr
    assert report_strings.main(["--update", "pl"]) == 0
    written = json.loads((tmp_path / "pl.json").read_text(encoding="utf-8"))
    assert written["{count} notes"] == {"one": "1 notatka", "few": "", "many": "", "other": "{count} notatki"}
    assert written["{count} findings:"] == {"one": "", "few": "", "many": "", "other": "Ustalenia ({count}):"}


def test_a_polish_report_counts_findings_and_notes_in_polish(tmp_path: Path) -> None:
    path = tmp_path / "demo.audit"
    demo.build_demo(path, photos=0, notes_count=12, findings_count=5).close()
    result = _cli("export", path, "--pdf", tmp_path / "pl.pdf", "--language", "pl")
    assert result.returncode == 0, result.stderr
    text = _pdf_text(tmp_path / "pl.pdf")
    assert "5 ustaleń:" in text and "Ustalenia (5)" not in text
    assert "Notatki:" not in text
    assert "6 auditoro-dni" in text and "auditoro-dni:" not in text  # the audit time's application review
