"""Which Word template an export uses: --template, the audit's (from the library), the preferences', the built-in;
an audit naming a template this computer lacks is refused, never filled into another one."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from auditor_app.services import preferences, reports, template_library


def _template(path: Path, heading: str) -> Path:
    document = docx.Document()
    document.add_heading(heading, 1)
    document.add_paragraph("Client: {{ report.client }}")
    document.save(str(path))
    return path


def _text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def _export(session, out: Path) -> str:  # type: ignore[no-untyped-def]
    reports.export_docx(session, out, profile="internal")
    return _text(out)


def test_the_export_uses_the_audits_template_before_the_preferences_one(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    template_library.add("CB ISO 9001 (EN)", _template(tmp_path / "cb.docx", "CERTCO SCHEME REPORT"))
    preferences.save(preferences.Preferences(report_template=str(_template(tmp_path / "pref.docx", "PREFERRED"))))
    session = make_audit(report_template="CB ISO 9001 (EN)")
    with session:
        text = _export(session, tmp_path / "r.docx")
        assert "CERTCO SCHEME REPORT" in text and "Client: ACME GmbH" in text and "PREFERRED" not in text
        choice = reports.audit_template(session)
        assert (choice.kind, choice.name) == ("audit", "CB ISO 9001 (EN)")
        assert choice.describe() == "the audit's template 'CB ISO 9001 (EN)' (this computer's template library)"
        # --template still wins for one export
        given = _template(tmp_path / "once.docx", "JUST THIS ONCE")
        reports.export_docx(session, tmp_path / "once-out.docx", profile="internal", template=given)
        assert "JUST THIS ONCE" in _text(tmp_path / "once-out.docx")


def test_without_an_audit_choice_the_preferences_then_the_built_in_template(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = make_audit()
    with session:
        assert reports.audit_template(session).kind == "built-in"
        assert "Executive summary" in _export(session, tmp_path / "builtin.docx")
        preferences.save(preferences.Preferences(report_template=str(_template(tmp_path / "pref.docx", "PREFERRED"))))
        assert reports.audit_template(session).kind == "preferences"
        assert "PREFERRED" in _export(session, tmp_path / "pref-out.docx")
        # The audit's explicit choice of the built-in template beats the preferences'
        session.run(template_library.use, template_library.BUILT_IN)
        assert "Executive summary" in _export(session, tmp_path / "explicit.docx")


def test_an_audit_naming_a_template_this_computer_lacks_is_refused_and_nothing_is_written(make_audit,  # type: ignore[no-untyped-def]
                                                                                          tmp_path: Path) -> None:
    preferences.save(preferences.Preferences(report_template=str(_template(tmp_path / "pref.docx", "PREFERRED"))))
    session = make_audit(report_template="CB ISO 14001 (DE)")
    with session:
        with pytest.raises(reports.TemplateMissing) as refused:
            reports.export_docx(session, tmp_path / "never.docx", profile="internal")
        assert str(refused.value) == (
            "the audit's report template 'CB ISO 14001 (DE)' is not on this computer: add it with "
            '`auditor-app template add "CB ISO 14001 (DE)" FILE.docx`, or choose another template for the audit')
        assert not (tmp_path / "never.docx").exists()


def test_use_records_the_library_spelling_and_refuses_an_unknown_name(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from auditor_app.errors import InputError
    from auditor_app.services import queries

    template_library.add("CB 9001", _template(tmp_path / "cb.docx", "CB"))
    session = make_audit()
    with session:
        session.run(template_library.use, "cb 9001")
        assert queries.details(session).report_template == "CB 9001"
        with pytest.raises(InputError, match="no template called 'CB 9002' on this computer"):
            session.run(template_library.use, "CB 9002")
        assert queries.details(session).report_template == "CB 9001"
        session.run(template_library.use, None)
        assert queries.details(session).report_template is None
