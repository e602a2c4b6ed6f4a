"""Library checklists in other languages: loaded per audit, refused when they are not a true translation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from auditor_app import paths
from auditor_app.domain.checklist import ChecklistError, clause_id
from auditor_app.errors import InputError
from auditor_app.services import audit, checklist_languages, findings, library, queries


@pytest.fixture
def library_with_german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled library, with a German ISO 9001 beside it (titles translated, the rest as the original)."""
    folder = tmp_path / "checklists"
    shutil.copytree(paths.checklist_dir(), folder, ignore=shutil.ignore_patterns("i18n"))
    data = yaml.safe_load((folder / "iso9001-2015.yaml").read_text(encoding="utf-8"))
    data["language"] = "de"
    data["clauses"][0]["title"] = "Kontext der Organisation"
    data["clauses"][0]["questions"][0] = "Wie hält die oberste Leitung ihr Bild der Lage aktuell?"
    (folder / "i18n").mkdir()
    (folder / "i18n" / "iso9001-2015.de.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                                         encoding="utf-8")
    monkeypatch.setattr(paths, "checklist_dir", lambda: folder)
    library.crosswalk.cache_clear()
    return folder


def test_a_checklist_is_loaded_in_the_language_asked_for(library_with_german: Path) -> None:
    assert checklist_languages.languages("iso9001-2015") == ["en", "de"]
    assert checklist_languages.languages("iso14001-2015") == ["en"]
    german = checklist_languages.get("iso9001-2015", "de-DE")
    assert german.language == "de" and german.clauses[0].title == "Kontext der Organisation"
    assert checklist_languages.get("iso9001-2015", "en") == library.get("iso9001-2015")
    assert checklist_languages.get_or_original("iso14001-2015", "de") == (library.get("iso14001-2015"), False)
    with pytest.raises(InputError, match="iso14001-2015 is not available in de \\(available: en\\)"):
        checklist_languages.get("iso14001-2015", "de")


def test_a_translation_that_is_not_clause_for_clause_the_original_is_refused(library_with_german: Path) -> None:
    path = library_with_german / "i18n" / "iso9001-2015.de.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["clauses"][0]["clauses"][0]["number"] = "4.9"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(ChecklistError, match=r"iso9001-2015.de.yaml: not a translation of iso9001-2015: clause 4.9 "
                                             r"where the original has 4.1"):
        checklist_languages.get("iso9001-2015", "de")
    assert checklist_languages.get_or_original("iso9001-2015", "de")[1] is False


def test_an_audit_in_german_keeps_clause_ids_and_the_cross_walk_works_across_languages(
        library_with_german: Path, tmp_path: Path) -> None:
    german = checklist_languages.get("iso9001-2015", "de")
    session = audit.create_audit(tmp_path / "de.audit", author="Anna", details={"language": "de"},
                                 checklists=[german, library.get("iso14001-2015")])
    with session:
        [context] = [c for c in queries.clauses(session) if c.number == "4" and c.checklist_key == "iso9001-2015"]
        assert context.title == "Kontext der Organisation" and context.id == clause_id("iso9001-2015", "4")
        with session.transaction() as tx:
            others = findings.related_clause_ids(tx, [clause_id("iso9001-2015", "7.2")])
        assert clause_id("iso14001-2015", "7.2") in others


def test_the_wizard_loads_the_checklists_in_the_audits_language(library_with_german: Path, tmp_path: Path) -> None:
    from auditor_app.ui.new_audit_file import NewAudit, create_audit_file

    spec = NewAudit(tmp_path / "neu.audit", {"title": "Audit", "language": "de"}, ("iso9001-2015", "iso14001-2015"),
                    "lead")
    path = create_audit_file(spec, "Anna")
    with audit.open_audit(path, author="Anna", read_only=True) as session:
        titles = {(c.checklist_key, c.number): c.title for c in queries.clauses(session)}
    assert titles[("iso9001-2015", "4")] == "Kontext der Organisation"
    assert titles[("iso14001-2015", "4")] == "Context of the organization"  # no German version: as it is


def test_a_report_language_reports_are_not_written_in_is_refused_and_a_mismatch_is_warned_of(make_audit) -> None:  # type: ignore[no-untyped-def]
    from auditor_app.services import reports

    session = make_audit(language="de")
    with pytest.raises(InputError, match="report language 'xx' is not one reports are written in"):
        reports.prepare(session, "internal", language="xx")
    data, gaps = reports.prepare(session, "internal", language="en")
    assert data.wording.language == "en"
    assert any("recorded in Deutsch, but the report is in English" in g.message for g in gaps) or \
        any("Reports are not written in the audit's language (de)" in g.message for g in gaps)
