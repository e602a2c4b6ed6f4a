"""The wizard's audit file appears whole (standards and team) or not at all, and never costs another file."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor_app.errors import InputError, KnownError
from auditor_app.services import audit, library, queries
from auditor_app.ui.new_audit_file import NewAudit, create_audit_file


def test_a_file_that_appears_meanwhile_is_never_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program saves a file of that name while the audit is being made: the creation fails, theirs stays."""
    target = tmp_path / "work" / "acme.audit"
    target.parent.mkdir()
    real = library.get

    def get_and_meanwhile(key: str):  # type: ignore[no-untyped-def]
        target.write_text("someone else's work")
        return real(key)

    monkeypatch.setattr(library, "get", get_and_meanwhile)
    with pytest.raises(KnownError, match="already exists"):
        create_audit_file(NewAudit(target, {"title": "X"}, ("iso9001-2015",), "lead"), "Anna")
    assert target.read_text() == "someone else's work"
    assert [p.name for p in target.parent.iterdir()] == ["acme.audit"]  # and no temporary of ours


def test_a_bad_team_member_leaves_no_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "work" / "acme.audit"
    target.parent.mkdir()
    with pytest.raises(InputError, match="needs a name"):
        create_audit_file(NewAudit(target, {"title": "X"}, ("iso9001-2015",), "lead", (("  ", "auditor", ""),)),
                          "Anna")
    assert list(target.parent.iterdir()) == []
    create_audit_file(NewAudit(target, {"title": "X"}, ("iso9001-2015",), "lead", (("Bea", "auditor", ""),)), "Anna")
    with audit.open_audit(target, author="checker", read_only=True) as session:
        assert sorted(m.name for m in queries.team(session)) == ["Anna", "Bea"]
