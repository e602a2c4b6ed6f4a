"""Signed operations: who may sign what, and merge and check refusing what the lead's keys do not vouch for."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

import pytest

from auditor_app.domain.checklist import clause_id
from auditor_app.domain.ops import make_op
from auditor_app.domain.signing import Signature
from auditor_app.errors import InputError
from auditor_app.services import audit, integrity, keys, library, merge, queries
from auditor_app.services.session import AuditSession
from auditor_app.storage import layout, op_rows, signatures, tally
from auditor_app.storage.merge_store import MergeRefused

C = "iso9001-2015"
AT = "1800000000000.00000"  # a clock value after every real edit of the test


def _key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, who: str) -> keys.Signer:
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / f"{who}-config"))
    return keys.create(f"{who} passphrase")


@pytest.fixture
def signed_team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A signed audit (Lena leads) and copies bound to Max's and Ines's keys; yields the three sessions and keys."""
    lena, max_, ines = (_key(monkeypatch, tmp_path, w) for w in ("lena", "max", "ines"))
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "nobody-config"))  # no key unlocks by itself
    lead = audit.create_audit(tmp_path / "lead.audit", author="Lena Lead", checklists=[library.get(C)],
                              details={"client": "ACME"}, signer=lena)
    copies = {}
    for name, member in (("Max", max_), ("Ines", ines)):
        text = "auditor-app-ed25519:" + member.public_key
        copies[name] = merge.hand_over_copy(lead, tmp_path / f"{name}.audit", name, member_key=text, signer=lena)
    sessions = {}
    for name, member in (("Max", max_), ("Ines", ines)):
        sessions[name] = audit.open_audit(copies[name], author=name)
        sessions[name].signer = member
    yield lead, sessions, {"Lena": lena, "Max": max_, "Ines": ines}
    lead.close()
    for session in sessions.values():
        session.close()


def _ops(session: AuditSession) -> set[str]:
    return {e.op_id for e in queries.history(session)}


def _inject(member: AuditSession, entity_id: str, field: str, value: object, *, replica: str, author: str,
            sign: keys.Signer | None = None, audit_id: str | None = None, flip: bool = False,
            entity_type: str = "audit") -> Path:
    """What someone with the file and a SQLite tool can do: add an operation, hashed right, and fix the tallies."""
    path = member.path
    member.close()
    op = make_op(entity_type=entity_type, entity_id=entity_id, field=field, value=value, parents=(), hlc=AT,
                 author=author, replica_id=replica, schema_version=layout.SCHEMA_VERSION)
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("BEGIN")
        raw.execute(f"INSERT INTO op({op_rows.SELECT_LIST}) VALUES ({', '.join('?' * len(op_rows.COLUMNS))})",
                    op_rows.values(op))
        tally.add(raw, [op])
        if sign is not None:
            sig = sign.sign(op.op_id, audit_id or entity_id, op.op_hash)
            if flip:
                body = bytearray(sig.signature.encode())
                body[5] = ord("A") if body[5] != ord("A") else ord("B")
                sig = Signature(sig.op_id, sig.audit_id, sig.public_key, body.decode())
            signatures.add(raw, [sig])
        raw.execute("COMMIT")
    finally:
        raw.close()
    return path


def _refused(lead: AuditSession, path: Path, *needles: str) -> None:
    before, digest = _ops(lead), hashlib.sha256(lead.path.read_bytes()).hexdigest()
    with pytest.raises(MergeRefused) as caught:
        merge.merge_into(lead, [path], accept_unsigned=True)
    text = str(caught.value)
    for needle in ("nothing was merged", " at 2027-01-15T08:00:00Z", *needles):
        assert needle in text, text
    assert _ops(lead) == before and hashlib.sha256(lead.path.read_bytes()).hexdigest() == digest
    with audit.open_audit(path, author="Checker", read_only=True) as reread:
        problems = integrity.full_check(reread).problems
    assert any(all(n in p for n in needles) for p in problems), problems  # `check` reports the same


def test_the_lead_and_members_sign_and_two_members_merge(signed_team) -> None:
    lead, members, signers = signed_team
    members["Max"].run(audit.set_clause_result, C, "7.1.5.2", "nonconformity")
    members["Ines"].run(audit.set_clause_result, C, "8.4.1", "conforming")
    paths = [m.path for m in members.values()]
    for m in members.values():
        m.close()
    report = merge.merge_into(lead, paths)
    assert [f.ops_added > 0 for f in report.files] == [True, True] and all(not f.unsigned for f in report.files)
    assert queries.clause(lead, clause_id(C, "7.1.5.2")).result == "nonconformity"
    seals = {e.author: e.signature for e in queries.history(lead) if e.field == "result"}
    assert seals["Max"] == f"signed by Max ({signers['Max'].fingerprint})"
    assert seals["Ines"] == f"signed by Ines ({signers['Ines'].fingerprint})"
    assert {e.signature for e in queries.history(lead) if e.author == "Lena Lead"} == {
        f"signed by Lena Lead ({signers['Lena'].fingerprint})"}
    assert integrity.full_check(lead).problems == []


def test_forged_author_an_op_in_the_leads_name_is_refused(signed_team) -> None:
    lead, members, _ = signed_team
    max_ = members["Max"]
    path = _inject(max_, lead.audit_id, "client", "Forged", replica=lead.file.replica_id, author="Lena Lead")
    _refused(lead, path, "Lena Lead", "unsigned")  # merge: "… in this copy's name, which does not have it (forged)"


def test_forged_author_signed_by_the_member_in_the_leads_name_is_refused(signed_team) -> None:
    lead, members, signers = signed_team
    max_ = members["Max"]
    path = _inject(max_, lead.audit_id, "client", "Forged", replica=lead.file.replica_id, author="Lena Lead",
            sign=signers["Max"])
    _refused(lead, path, "Lena Lead", f"signed by key {signers['Max'].fingerprint}, which the lead did not bind")


def test_an_altered_signature_is_refused(signed_team) -> None:
    lead, members, signers = signed_team
    max_ = members["Max"]
    path = _inject(max_, lead.audit_id, "client", "Max's", replica=max_.file.replica_id, author="Max",
            sign=signers["Max"], flip=True)
    _refused(lead, path, "Max", "its signature does not verify")


def test_a_member_signing_with_another_key_is_refused(signed_team, tmp_path, monkeypatch) -> None:
    lead, members, _ = signed_team
    max_ = members["Max"]
    other = _key(monkeypatch, tmp_path, "max-second")
    path = _inject(max_, lead.audit_id, "client", "Max's", replica=max_.file.replica_id, author="Max", sign=other)
    _refused(lead, path, "Max", f"signed by key {other.fingerprint}, which the lead did not bind")


def test_an_op_replayed_from_another_audit_is_refused(signed_team) -> None:
    lead, members, signers = signed_team
    max_ = members["Max"]
    elsewhere = str(uuid.uuid4())
    path = _inject(max_, lead.audit_id, "client", "Max's", replica=max_.file.replica_id, author="Max",
            sign=signers["Max"], audit_id=elsewhere)
    _refused(lead, path, "Max", f"signed for another audit ({elsewhere[:8]}…): replayed")


def test_an_unsigned_op_of_a_bound_member_is_refused_even_with_accept_unsigned(signed_team) -> None:
    lead, members, _ = signed_team
    max_ = members["Max"]
    path = _inject(max_, lead.audit_id, "client", "Max's", replica=max_.file.replica_id, author="Max")
    _refused(lead, path, "Max", "unsigned, although this member's copy signs every change")


def test_a_member_cannot_bind_keys(signed_team) -> None:
    lead, members, signers = signed_team
    max_ = members["Max"]
    path = _inject(max_, str(uuid.uuid4()), "public_key", signers["Max"].public_key, replica=max_.file.replica_id,
                   author="Max", sign=signers["Max"], audit_id=lead.audit_id, entity_type="signer")
    _refused(lead, path, "Max", f"a signing key record signed by key {signers['Max'].fingerprint}, not the lead's")


def test_a_copy_without_a_key_is_merged_only_when_the_lead_accepts_unsigned(signed_team, tmp_path) -> None:
    lead, _members, _ = signed_team
    legacy_path = merge.hand_over_copy(lead, tmp_path / "Olga.audit", "Olga")  # no --member-key: unsigned
    with audit.open_audit(legacy_path, author="Olga") as olga:
        olga.run(audit.set_clause_result, C, "9.2", "conforming")
    before = _ops(lead)
    with pytest.raises(MergeRefused, match=r"it holds (\d+) unsigned operation\(s\) \(Olga: \1\).*--accept-unsigned"):
        merge.merge_into(lead, [legacy_path])
    assert _ops(lead) == before
    report = merge.merge_into(lead, [legacy_path], accept_unsigned=True)
    olga_seals = [e.signature for e in queries.history(lead) if e.author == "Olga"]
    assert report.files[0].unsigned == (("Olga", len(olga_seals)),) and set(olga_seals) == {"unsigned"}
    assert integrity.full_check(lead).problems == []


def test_a_bound_copy_refuses_edits_without_its_key(signed_team, tmp_path, monkeypatch) -> None:
    _lead, members, _ = signed_team
    max_ = members["Max"]
    max_.signer = None
    with pytest.raises(keys.KeyLocked, match="locked"):
        max_.run(audit.set_clause_result, C, "9.2", "conforming")
    max_.signer = _key(monkeypatch, tmp_path, "intruder")
    with pytest.raises(keys.KeyLocked, match="bound to the key"):
        max_.run(audit.set_clause_result, C, "9.2", "conforming")


def test_a_wrong_passphrase_says_so(tmp_path, monkeypatch) -> None:
    _key(monkeypatch, tmp_path, "lena")
    with pytest.raises(keys.WrongPassphrase, match="wrong passphrase"):
        keys.unlock("not it at all")
    assert keys.unlock("lena passphrase").public_key == keys.public_key()
    assert oct(keys.key_path().stat().st_mode & 0o777) == "0o600"
    assert b"ENCRYPTED PRIVATE KEY" in keys.key_path().read_bytes()


def test_a_format_5_file_reads_and_upgrades_with_its_history_unsigned(tmp_path, monkeypatch) -> None:
    import gzip

    path = tmp_path / "format5.audit"
    path.write_bytes(gzip.decompress((Path(__file__).parent.parent / "data" / "format5-demo.audit.gz").read_bytes()))
    with audit.open_audit(path, author="Reader", read_only=True) as reader:
        assert reader.file.format == 5
        seals = {e.signature for e in queries.history(reader)}
        check = integrity.full_check(reader)
    assert seals == {"unsigned"} and check.problems == []
    lena = _key(monkeypatch, tmp_path, "lena")
    max_ = _key(monkeypatch, tmp_path, "max")
    with audit.open_audit(path, author="Lena Lead") as lead:  # upgraded to format 6; nothing becomes signed
        assert lead.file.format == layout.SCHEMA_VERSION
        old = {e.op_id for e in queries.history(lead)}
        assert {e.signature for e in queries.history(lead)} == {"unsigned"}
        lead.run(audit.set_clause_result, C, "9.2", "conforming")  # an unsigned audit's copy still edits unsigned
        # The lead's first member binding records the lead's key; from then on the lead's copy signs.
        merge.hand_over_copy(lead, tmp_path / "Max.audit", "Max", member_key=max_.public_key, signer=lena)
        lead.run(audit.set_clause_result, C, "9.3", "conforming")
        seals = {e.op_id: e.signature for e in queries.history(lead)}
        assert {seals[o] for o in old} == {"unsigned"}
        assert {s for o, s in seals.items() if o not in old and s != "unsigned"} == {
            f"signed by Lena Lead ({lena.fingerprint})"}
        assert integrity.full_check(lead).problems == []


def test_the_interchange_json_carries_signatures_and_import_judges_them(signed_team, tmp_path) -> None:
    import json

    from auditor_app.services import interchange

    lead, _members, signers = signed_team
    lead.run(audit.set_clause_result, C, "9.2", "conforming")
    first = interchange.export_json(lead, tmp_path / "a.json")
    document = json.loads(first.read_text("utf-8"))
    assert all("signature" in o for o in document["operations"])
    with interchange.import_json(first, tmp_path / "b.audit", owner="Importer") as copy:
        assert {e.signature for e in queries.history(copy)} == {f"signed by Lena Lead ({signers['Lena'].fingerprint})"}
        again = interchange.export_json(copy, tmp_path / "b.json")
    assert json.loads(again.read_text("utf-8"))["operations"] == document["operations"]
    victim = next(o for o in document["operations"] if o["field"] == "result")
    victim["signature"]["signature"] = victim["signature"]["signature"][::-1]
    (tmp_path / "c.json").write_text(json.dumps(document), "utf-8")
    with pytest.raises(InputError, match=r"c\.json: operation by Lena Lead \(clause .* result at .*\): its signature "
                                         "does not verify"):
        interchange.import_json(tmp_path / "c.json", tmp_path / "c.audit")
    assert not (tmp_path / "c.audit").exists()


def test_a_rebuild_keeps_the_signatures(signed_team) -> None:
    lead, _members, signers = signed_team
    lead.run(audit.set_clause_result, C, "9.2", "conforming")
    before = {e.op_id: e.signature for e in queries.history(lead)}
    queries.rebuild_cache(lead)
    assert {e.op_id: e.signature for e in queries.history(lead)} == before
    assert set(before.values()) == {f"signed by Lena Lead ({signers['Lena'].fingerprint})"}
    assert integrity.full_check(lead).problems == []
