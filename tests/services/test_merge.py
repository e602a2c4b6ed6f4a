"""Team merges: hand-over copies, union of operations, conflicts kept for the lead, hostile inputs refused."""

from __future__ import annotations

import hashlib
import sqlite3
import struct
import uuid
from pathlib import Path
from typing import Any

import pytest

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import FileRefused
from auditor_app.services import audit, evidence, merge, notes, queries
from auditor_app.services.session import AuditSession
from auditor_app.storage import schema, tally

C = "iso9001-2015"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def team(make_audit, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The lead's audit plus hand-over copies for two auditors; yields (lead, bob, chen) sessions."""
    lead = make_audit(name="lead.audit", author="Lena Lead")
    with lead.transaction() as tx:
        shared = notes.add_note(tx, clause_id(C, "7.2"), "interview", "Shared note before hand-over")
    copies = [merge.hand_over_copy(lead, tmp_path / f"{who}.audit", who, ("7.1.5.2",)) for who in ("Bob", "Chen")]
    bob = audit.open_audit(copies[0], author="Bob")
    chen = audit.open_audit(copies[1], author="Chen")
    yield lead, bob, chen, shared
    bob.close()
    chen.close()


def _merge_closed(target: AuditSession, *others: AuditSession, **kw: Any) -> merge.MergeReport:
    paths = [o.path for o in others]
    for other in others:
        other.close()
    return merge.merge_into(target, paths, **kw)


def test_hand_over_copy_knows_its_audit_and_member(team) -> None:
    lead, bob, _chen, _shared = team
    assert bob.audit_id == lead.audit_id and bob.file.replica_id != lead.file.replica_id
    assert bob.file.meta["copy_for"] == "Bob" and bob.file.meta["copy_of"] == lead.file.replica_id
    assert bob.file.meta["assigned_clauses"] == '["7.1.5.2"]'


def test_separate_work_merges_without_conflict_and_again_is_nothing_new(team) -> None:
    lead, bob, chen, _shared = team
    bob.run(audit.set_clause_result, C, "7.1.5.2", "nonconformity")
    with chen.transaction() as tx:
        notes.add_note(tx, clause_id(C, "8.4.1"), "observation", "Lieferantenbewertung fehlt — 供应商")
    bob_path, chen_path = bob.path, chen.path
    report = _merge_closed(lead, bob, chen)
    assert [f.nothing_new for f in report.files] == [False, False] and report.conflicts == ()
    assert queries.clause(lead, clause_id(C, "7.1.5.2")).result == "nonconformity"
    assert {n.meta.created_by for n in queries.notes(lead)} == {"Lena Lead", "Chen"}
    again = merge.merge_into(lead, [bob_path, chen_path])
    assert all(f.nothing_new for f in again.files)


def test_concurrent_edits_become_a_conflict_with_both_versions(team) -> None:
    lead, bob, chen, shared = team
    bob.run(notes.edit_note, shared, text="Bob's wording")
    chen.run(notes.edit_note, shared, text="Chen's wording")
    bob.run(audit.set_clause_result, C, "9.2", "conforming")
    chen.run(audit.set_clause_result, C, "9.2", "conforming")  # the same value is no conflict
    report = _merge_closed(lead, bob, chen)
    [conflict] = report.conflicts
    assert (conflict.entity_id, conflict.field) == (shared, "text")
    assert {(h["author"], h["value"]) for h in conflict.heads} == {("Bob", "Bob's wording"),
                                                                   ("Chen", "Chen's wording")}
    with lead.transaction() as tx:
        tx.resolve("note", shared, "text", "Bob's wording; Chen's wording")
    assert queries.conflicts(lead) == []
    assert [n.text for n in queries.notes(lead) if n.id == shared] == ["Bob's wording; Chen's wording"]


def test_the_resolution_clears_the_conflict_in_every_copy_it_reaches(team, tmp_path: Path) -> None:
    lead, bob, chen, shared = team
    bob.run(notes.edit_note, shared, text="B")
    chen.run(notes.edit_note, shared, text="C")
    bob_path = bob.path
    _merge_closed(lead, bob, chen)
    with lead.transaction() as tx:
        tx.resolve("note", shared, "text", "B and C")
    bob_again = audit.open_audit(bob_path, author="Bob")
    lead_copy = tmp_path / "lead-for-bob.audit"
    audit.save_copy(lead, lead_copy)
    merge.merge_into(bob_again, [lead_copy])
    assert queries.conflicts(bob_again) == [] and queries.notes(bob_again)[0].text == "B and C"
    bob_again.close()


def test_delete_versus_edit_is_a_conflict(team) -> None:
    lead, bob, chen, shared = team
    bob.run(notes.delete_note, shared)
    chen.run(notes.edit_note, shared, text="still needed")
    report = _merge_closed(lead, bob, chen)
    [conflict] = report.conflicts
    assert conflict.kind == "delete_edit"
    with lead.transaction() as tx:
        tx.resolve("note", shared, "_exists", True)  # keep the note with Chen's edit
    assert queries.conflicts(lead) == [] and [n.text for n in queries.notes(lead)] == ["still needed"]


def test_independent_audits_line_up_clause_by_clause(make_audit) -> None:
    mine = make_audit(name="mine.audit", author="A")
    theirs = make_audit(name="theirs.audit", author="B")
    theirs.run(audit.set_clause_result, C, "8.5.1", "ofi")
    path = theirs.path
    theirs.close()
    with pytest.raises(merge.OtherAudit, match="different audit"):
        merge.merge_into(mine, [path])
    merge.merge_into(mine, [path], accept_other_audit=True)
    assert queries.clause(mine, clause_id(C, "8.5.1")).result == "ofi"


def _hostile(tmp_path: Path, lead: AuditSession, bob: AuditSession, kind: str) -> Path:
    bob.run(notes.add_note, None, "general", "x" * 3000)
    bob.run(notes.add_note, None, "general", "y")
    path = bob.path
    bob.close()
    conn = sqlite3.connect(path)
    if kind == "reused-op-id":  # Bob's file carries, under an id the lead wrote later, different content
        lead.run(notes.add_note, None, "general", "lead's later note")
        lead_op = lead.file.raw_connection().execute("SELECT op_id FROM op ORDER BY seq DESC LIMIT 1").fetchone()[0]
        from auditor_app.domain.ops import make_op

        # Sound in every other respect (ids are UUIDs), so only the reuse of the id gives it away.
        forged = make_op(op_id=lead_op, entity_type="note", entity_id=str(uuid.uuid4()), field="text",
                         value="forged", parents=(), hlc="0000000000001.00000", author="M",
                         replica_id=str(uuid.uuid4()), schema_version=1)
        conn.execute("INSERT INTO op(op_id, entity_type, entity_id, field, value, parents, hlc, author, replica_id, "
                     "schema_version, op_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                     (forged.op_id, "note", forged.entity_id, "text", forged.value, "[]", forged.hlc, "M",
                      forged.replica_id, 1, forged.op_hash))
        tally.add(conn, [forged])  # a forger who also keeps the tallies: only the op id clash can tell
    elif kind == "blob":
        conn.execute("INSERT INTO blob(sha256, size, mime, data) VALUES (?, 3, 'image/png', X'000102')", ("ab" * 32,))
    elif kind == "altered-op":
        conn.execute("DROP TRIGGER op_no_update")
        conn.execute("UPDATE op SET author='Mallory' WHERE seq=(SELECT max(seq) FROM op)")
        conn.execute(schema.GUARD_TRIGGERS[0])
    conn.commit()
    conn.close()
    if kind == "newer":
        data = bytearray(path.read_bytes())
        data[60:64] = struct.pack(">I", schema.SCHEMA_VERSION + 1)
        path.write_bytes(bytes(data))
    elif kind == "truncated":
        path.write_bytes(path.read_bytes()[:20000])
    return path


@pytest.mark.parametrize(("kind", "message"), [
    ("reused-op-id", "exists here with different content"),
    ("blob", "does not match its SHA-256"),
    ("altered-op", "does not match its hash"),
    ("newer", "newer version"),
    ("truncated", "damaged"),
])
def test_hostile_inputs_are_refused_and_the_target_is_untouched(team, tmp_path: Path, kind: str,
                                                               message: str) -> None:
    lead, bob, _chen, _shared = team
    bad = _hostile(tmp_path, lead, bob, kind)
    lead_path = lead.path
    lead.close()
    before = _digest(lead_path)
    session = audit.open_audit(lead_path, author="Lena Lead")
    try:
        with pytest.raises(FileRefused, match=message):
            merge.merge_into(session, [bad])
    finally:
        session.close()
    assert _digest(lead_path) == before


def test_merge_to_a_new_file_modifies_no_input(team, tmp_path: Path) -> None:
    lead, bob, _chen, _shared = team
    bob.run(audit.set_clause_result, C, "7.2", "observation")
    lead_path, bob_path = lead.path, bob.path
    lead.close()
    bob.close()
    before = (_digest(lead_path), _digest(bob_path))
    out = tmp_path / "merged.audit"
    report = merge.merge_to_new_file(lead_path, [bob_path], out, author="Lena Lead")
    assert report.files[0].ops_added > 0
    assert (_digest(lead_path), _digest(bob_path)) == before
    merged = audit.open_audit(out, author="x", read_only=True)
    assert queries.clause(merged, clause_id(C, "7.2")).result == "observation"
    merged.close()


@pytest.mark.parametrize("stop_after", [1, 2, 4, 6])
def test_a_cancelled_merge_writes_nothing_wherever_it_stops(team, stop_after: int) -> None:
    lead, bob, chen, _shared = team
    bob.run(audit.set_clause_result, C, "7.1.5.2", "nonconformity")
    chen.run(notes.add_note, clause_id(C, "8.4.1"), "observation", "Lieferantenbewertung fehlt — 供应商")
    paths = [bob.path, chen.path]
    bob.close()
    chen.close()
    before = (queries.history(lead), queries.notes(lead), queries.merges(lead))
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) >= stop_after  # the checks come at each file read, before writing, at each file merged

    with pytest.raises(merge.MergeCancelled, match="nothing of it was written"):
        merge.merge_into(lead, paths, cancelled=cancelled)
    assert (queries.history(lead), queries.notes(lead), queries.merges(lead)) == before
    report = merge.merge_into(lead, paths)  # and the same files merge normally afterwards
    assert [f.nothing_new for f in report.files] == [False, False]


def _png(shade: int) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (24, 16), (shade, 40, 90)).save(out, "PNG")
    return out.getvalue()


def test_progress_counts_every_step_once_and_ends_complete(team) -> None:
    lead, bob, chen, _shared = team
    for session, shades in ((bob, (10, 20)), (chen, (20, 30))):  # shade 20 is the same photo in both files
        with session.transaction() as tx:
            for shade in shades:
                evidence.attach_evidence(tx, _png(shade), f"p{shade}.png", clause_id=clause_id(C, "7.1.5.2"))
    seen: list[tuple[int, int]] = []
    report = _merge_closed(lead, bob, chen, progress=lambda done, total: seen.append((done, total)))
    assert [f.blobs_added for f in report.files] == [2, 1]
    # 2 files checked, the backup, 3 distinct photos copied, 2 files' operations, the rebuild.
    assert seen[-1] == (9, 9) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[:2] == [(1, 2), (2, 2)] and {t for _, t in seen[2:]} == {9}

