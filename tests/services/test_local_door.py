"""Local edits meet the op rules too: what this program writes, every door (import, merge, opening) accepts."""

from __future__ import annotations

from typing import Any

import pytest

from auditor_app.domain import op_rules
from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError
from auditor_app.services import audit, integrity, notes


def _authors(session: Any) -> set[str]:
    return {r[0] for r in session.file.raw_connection().execute("SELECT DISTINCT author FROM op")}


def test_an_author_name_of_any_shape_is_stamped_as_one_sound_line(make_audit: Any) -> None:
    odd = "Anna\nBerg\t" + "x" * 300  # from $AUDITOR_APP_AUTHOR or the preferences: not checked by a dialog
    session = make_audit(author=odd)
    session.run(notes.add_note, clause_id("iso9001-2015", "7.2"), "interview", "Interview")
    stamped = op_rules.author_name(odd)
    assert _authors(session) == {stamped} and stamped.startswith("Anna Berg xxx") and len(stamped) == 200
    path = session.path
    session.close()
    with audit.open_audit(path, author="Checker", read_only=True) as again:  # its own file opens again …
        assert integrity.full_check(again).ok  # … and passes `check`


def test_an_edit_the_rules_would_refuse_elsewhere_is_refused_here_and_nothing_is_written(make_audit: Any) -> None:
    session = make_audit()
    note = session.run(notes.add_note, clause_id("iso9001-2015", "7.2"), "sampling", "Ten records sampled")
    note_id = next(iter(note.ids("note")))
    count = session.file.raw_connection().execute("SELECT count(*) FROM op").fetchone()[0]
    with pytest.raises(InputError, match=rf"^Note {note_id[:8]}… sample_size: holds a whole number outside the "
                                         "signed 64-bit range$"):
        session.run(lambda tx: tx.set("note", note_id, {"sample_size": 2**63}))
    assert session.file.raw_connection().execute("SELECT count(*) FROM op").fetchone()[0] == count
