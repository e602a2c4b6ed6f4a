"""Undoing the deletion of a finding, and changing what a finding cites, without losing history or links."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import NotFound
from auditor_app.services import audit, evidence, findings, notes, queries

C = "iso9001-2015"
CLAUSE = clause_id(C, "8.5.1")
OTHER = clause_id(C, "8.5.2")


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (10, 120, 30)).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def cited(make_audit: Any) -> tuple[Any, str, str, str]:
    """An audit with a minor nonconformity citing a note and a photo on 8.5.1."""
    session = make_audit()
    with session.transaction() as tx:
        note = notes.add_note(tx, CLAUSE, "observation", "Work instruction WI-212 rev. B missing at station 4")
        photo = evidence.attach_evidence(tx, _jpeg(), "IMG_0001.jpg", clause_id=CLAUSE, caption="Station 4")
        fid = findings.create_finding(tx, grade="minor", clause_ids=[CLAUSE], note_ids=[note], evidence_ids=[photo],
                                      statement="Documented information is not available at the point of use.")
    return session, fid, note, photo


def _finding(session: Any, fid: str) -> Any:
    return next((f for f in queries.findings(session) if f.id == fid), None)


def test_restore_brings_back_the_same_finding_with_its_references(cited: Any, tmp_path: Path) -> None:
    session, fid, note, photo = cited
    before = _finding(session, fid)
    session.run(findings.delete_finding, fid)
    assert _finding(session, fid) is None
    session.run(findings.restore_finding, fid)
    after = _finding(session, fid)
    assert (after.ref, after.statement, after.clause_ids, after.note_ids, after.evidence_ids) == (
        before.ref, before.statement, (CLAUSE,), (note,), (photo,))
    session.close()
    with audit.open_audit(tmp_path / "a.audit", author="checker", read_only=True) as reopened:
        assert _finding(reopened, fid).clause_ids == (CLAUSE,)
        # One finding, its created_by kept: a restore is not a new finding.
        assert [f.id for f in queries.findings(reopened)] == [fid]
        assert _finding(reopened, fid).meta.created_by == "Anna Auditor"


def test_a_reference_removed_before_the_deletion_stays_removed(cited: Any) -> None:
    session, fid, note, photo = cited
    session.run(findings.set_references, fid, note_ids=[])
    session.run(findings.delete_finding, fid)
    restored = session.run(findings.restore_finding, fid)
    assert len(restored.ids("link")) == 2  # clause and photo; the note was removed by the earlier edit
    after = _finding(session, fid)
    assert (after.clause_ids, after.note_ids, after.evidence_ids) == ((CLAUSE,), (), (photo,))


def test_restoring_a_live_finding_changes_nothing_and_an_unknown_one_is_refused(cited: Any) -> None:
    session, fid, _note, _photo = cited
    assert not session.run(findings.restore_finding, fid)
    with pytest.raises(NotFound):
        session.run(findings.restore_finding, "no-such-finding")


def test_changed_references_are_reverted_and_reapplied_on_the_same_links(cited: Any) -> None:
    session, fid, note, photo = cited
    with session.transaction() as tx:
        change = findings.set_references(tx, fid, clause_ids=[CLAUSE, OTHER], evidence_ids=[])
    assert change and len(change.added) == 1 and len(change.removed) == 1
    after = _finding(session, fid)
    # Links made in the same millisecond come back in id order: compare the references as sets.
    assert (set(after.clause_ids), after.evidence_ids, after.note_ids) == ({CLAUSE, OTHER}, (), (note,))
    session.run(findings.revert_references, change)
    reverted = _finding(session, fid)
    assert (reverted.clause_ids, reverted.evidence_ids) == ((CLAUSE,), (photo,))
    session.run(findings.reapply_references, change)
    assert set(_finding(session, fid).clause_ids) == {CLAUSE, OTHER}
    links = {h.entity_id for h in queries.history(session) if h.entity_type == "link"}
    assert len(links) == 4  # clause, note, photo, the added clause: reverting never made new link entities


def test_setting_the_same_references_writes_nothing(cited: Any) -> None:
    session, fid, note, photo = cited
    change = session.run(findings.set_references, fid, clause_ids=[CLAUSE], note_ids=[note], evidence_ids=[photo])
    assert not change
