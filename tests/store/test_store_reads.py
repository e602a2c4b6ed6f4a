"""Operations read back from the office store: judged one way by sync, checkout and the archive, each audit of the
archive replayed once, and read in a few statements rather than one per audit."""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from cycle_chain import chain
from pgcluster import ADMIN, ADMIN_PASSWORD, AUDITORS, Cluster
from statements import counted
from test_store_archive import graded

from auditor_app.domain.checklist import clause_id
from auditor_app.domain.ops import op_hash
from auditor_app.services import (
    audit,
    keys,
    library,
    merge,
    notes,
    store_admin,
    store_archive,
    store_checkout,
    store_cycle,
    store_sync,
)
from auditor_app.storage import oplog, scratch_audit, store_connect

CLAUSE = clause_id("iso9001-2015", "7.2")
ERIN = "erin secret"


def erin(store: Cluster, role: str = "erin") -> str:
    """A role of its own: the audits these tests alter must not reach the other tests' listings in this cluster."""
    if not store.psql(f"SELECT 1 FROM pg_roles WHERE rolname = '{role}'"):
        store.psql(f"CREATE ROLE {role} LOGIN PASSWORD '{ERIN}'")
        store_admin.admit(store.url(ADMIN, ADMIN_PASSWORD), role)
    return store.url(role, ERIN)


def forge(store: Cluster, audit_id: str, text: str) -> str:
    """Change the text of the note `text` in the store behind its hash; the operation's id."""
    op_id = store.psql(f"SELECT op_id FROM auditor_store.operation WHERE audit_id = '{audit_id}' AND "
                       f"value = '\"{text}\"'", "store")
    assert op_id, f"no operation writes {text!r}"
    store.psql(f"UPDATE auditor_store.operation SET value = '\"Forged\"' WHERE op_id = '{op_id}'", "store")
    return op_id


def test_a_pull_of_an_operation_altered_in_the_store_is_refused_naming_it(store: Cluster, make_audit: Any,
                                                                          tmp_path: Path) -> None:
    where = erin(store)
    first = make_audit("first.audit", author="Erin")
    merge.hand_over_copy(first, tmp_path / "second.audit", "Erin")
    first.run(notes.add_note, CLAUSE, "interview", "written in the first copy")
    store_sync.sync(first, where)
    op_id = forge(store, first.audit_id, "written in the first copy")
    before = (tmp_path / "second.audit").read_bytes()
    with audit.open_audit(tmp_path / "second.audit", author="Erin") as second:
        with pytest.raises(store_sync.StoreError) as refused:
            store_sync.sync(second, where)
        with second.reading() as conn:
            assert op_id not in {o.op_id for o in oplog.all_ops(conn)}
    assert str(refused.value) == f"office store {store.url('erin', '***')}: operation {op_id} (note " \
        f"{_entity_of(store, op_id)[:8]}… text) does not match its hash; nothing was pulled"
    assert (tmp_path / "second.audit").read_bytes() == before


def test_a_checkout_of_an_operation_altered_in_the_store_writes_nothing(store: Cluster, make_audit: Any,
                                                                        tmp_path: Path) -> None:
    where = erin(store)
    pushed = make_audit("pushed.audit", author="Erin")
    pushed.run(notes.add_note, CLAUSE, "interview", "to be forged before the checkout")
    store_sync.sync(pushed, where)
    op_id = forge(store, pushed.audit_id, "to be forged before the checkout")
    with pytest.raises(store_sync.StoreError) as refused:
        store_checkout.checkout(where, pushed.audit_id, tmp_path / "out.audit", owner="Erin")
    assert str(refused.value) == f"office store {store.url('erin', '***')}: operation {op_id} (note " \
        f"{_entity_of(store, op_id)[:8]}… text) does not match its hash; nothing was written"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("out")) == []


def _entity_of(store: Cluster, op_id: str) -> str:
    return store.psql(f"SELECT entity_id FROM auditor_store.operation WHERE op_id = '{op_id}'", "store")


def _replays(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """audit id -> how many times the archive replayed it."""
    counted: Counter[str] = Counter()
    real = scratch_audit.replay

    def replay(audit_id: str, *args: Any, **kwargs: Any) -> Any:
        counted[audit_id] += 1
        return real(audit_id, *args, **kwargs)

    monkeypatch.setattr(scratch_audit, "replay", replay)
    return counted


def _operation_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The statements reading operations' content from the store, as they are run."""
    return counted(monkeypatch, lambda sql: "operation.op_hash" in sql)


def test_the_coverage_from_the_store_replays_each_audit_once(store: Cluster, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    s2, s1 = chain(tmp_path)
    client, ids = f"Once {uuid.uuid4().hex[:8]}", []
    for path in (s2, s1):
        with audit.open_audit(path, author="Anna Auditor") as session:
            session.run(audit.update_details, {"client": client})
            store_sync.sync(session, store.url("alice", AUDITORS["alice"]))
            ids.append(session.audit_id)
    replays = _replays(monkeypatch)
    for chosen in ({"chain": ids[0]}, {"client": client}):
        _where, coverage = store_cycle.coverage(store.url("alice", AUDITORS["alice"]), **chosen)
        assert [a.audit_id for a in coverage.coverage.audits] == ids
        # Every audit Alice sees is replayed to learn its chain; the chain's two are not replayed again.
        assert replays[ids[0]] == replays[ids[1]] == 1 and set(replays.values()) == {1}, (chosen, replays)
        replays.clear()


def test_the_archive_window_lists_audits_and_open_findings_replaying_each_audit_once(
        store: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s2, s1 = chain(tmp_path)
    client = f"Side by side {uuid.uuid4().hex[:8]}"
    for path in (s2, s1):
        with audit.open_audit(path, author="Anna Auditor") as session:
            session.run(audit.update_details, {"client": client})
            if path == s1:
                graded(session)  # findings open and closed
            store_sync.sync(session, store.url("alice", AUDITORS["alice"]))
    url = store.url("alice", AUDITORS["alice"])
    apart = (store_archive.audits(url, client=client), store_archive.findings(url, client=client, only_open=True))
    replays = _replays(monkeypatch)
    where, grouped, found = store_archive.listing(url, client=client, findings=True, only_open=True)
    assert (where, grouped) == apart[0] and (where, found) == apart[1]  # what the two listings give, one read
    # Every audit Alice sees is replayed (the client is read from its operations), each once, not once a listing.
    listed = {a.audit_id for _c, chains in grouped for _id, members in chains for a in members}
    assert found and listed <= set(replays) and set(replays.values()) == {1}, replays


def test_the_archive_reads_the_operations_of_many_audits_in_one_statement(store: Cluster, make_audit: Any,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(3):
        with make_audit(f"many-{n}.audit", author="Alice", title=f"Many {n}") as session:
            store_sync.sync(session, store.url("alice", AUDITORS["alice"]))
    reads, replays = _operation_reads(monkeypatch), _replays(monkeypatch)
    _where, listed = store_archive.audits(store.url("alice", AUDITORS["alice"]))
    shown = [a.title for _client, chains in listed for _chain, members in chains for a in members]
    assert {"Many 0", "Many 1", "Many 2"} <= set(shown)
    assert len(replays) >= 3 and len(reads) == 1, reads  # one round trip, not one per audit
    # Groups bounded in operations (what memory holds read ahead): more statements, each audit still read once.
    monkeypatch.setattr(store_archive, "READ_OPS", 1)
    reads.clear()
    replays.clear()
    _where, again = store_archive.audits(store.url("alice", AUDITORS["alice"]))
    assert again == listed and len(reads) == len(replays) and set(replays.values()) == {1}


@pytest.mark.parametrize("signature", ["kept", "removed"])
def test_an_operation_forged_in_the_store_with_a_matching_hash_is_refused_by_the_archive(
        store: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signature: str) -> None:
    # Whoever can write to the store can change an operation and give it the hash that matches; only the signature
    # tells: the archive judges it as `check` and checkout do, and shows nothing of the audit.
    role = f"frank_{signature}"  # whose listings hold this audit alone, whatever else the cluster holds
    where = erin(store, role)
    monkeypatch.setenv("AUDITOR_APP_CONFIG_DIR", str(tmp_path / "frank-config"))
    session = audit.create_audit(tmp_path / "signed.audit", author="Frank", checklists=[library.get("iso9001-2015")],
                                 details={"title": f"Signed audit {signature}"}, signer=keys.create("frank secret"))
    with session:
        session.run(notes.add_note, CLAUSE, "interview", f"signed by the lead ({signature})")
        store_sync.sync(session, where)
        with session.reading() as conn:
            op = next(o for o in oplog.all_ops(conn) if o.value == f'"signed by the lead ({signature})"')
    digest = op_hash(op.op_id, op.entity_type, op.entity_id, op.field, '"Forged"', op.parents, op.hlc, op.author,
                     op.replica_id, op.schema_version)
    unsign = ", signature = NULL" if signature == "removed" else ""
    store.psql(f"UPDATE auditor_store.operation SET value = '\"Forged\"', op_hash = '{digest}'{unsign} "
               f"WHERE op_id = '{op.op_id}'", "store")
    for listing in (store_archive.audits, store_archive.findings):
        with pytest.raises(store_connect.StoreError) as refused:
            listing(where)
        said = str(refused.value)
        assert said.startswith(f"office store {store.url(role, '***')}: audit {session.audit_id} (Signed audit "
                               f"{signature}): "), said
        why = "its signature does not verify" if signature == "kept" else "unsigned, although"
        assert f"operation by Frank (note {op.entity_id[:8]}… text at " in said and why in said, said
        assert said.endswith("; nothing is shown"), said
    out = tmp_path / "checked-out.audit"
    with pytest.raises(store_connect.StoreError, match="nothing was written$"):
        store_checkout.checkout(where, session.audit_id, out, owner="Frank")
    assert not out.exists()
