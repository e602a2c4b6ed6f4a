"""The office store's archive: `store audits`, `store findings` and `cycle --store`, as each role may see them."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import Any

from cycle_chain import chain
from openpyxl import load_workbook
from pgcluster import ADMIN, ADMIN_PASSWORD, AUDITORS, Cluster
from test_store_cli import cli

from auditor_app.domain.checklist import clause_id
from auditor_app.services import audit, findings, queries, store_admin, store_archive, store_sync

KEY = "iso9001-2015"


def admin_url(store: Cluster) -> str:
    return store.url(ADMIN, ADMIN_PASSWORD)


def url(store: Cluster, role: str) -> str:
    return store.url(role, AUDITORS[role])


def as_role(store: Cluster, role: str, *args: object) -> Any:
    return cli(*args, "--store", store.url(role), password=AUDITORS[role])


def pushed(store: Cluster, path: Path, role: str) -> str:
    """Sync the file as `role` (the audit is then assigned to them); its audit id."""
    with audit.open_audit(path, author="Anna Auditor") as session:
        store_sync.sync(session, url(store, role))
        return session.audit_id


def graded(session: Any) -> dict[str, str]:
    """Findings in every state a user can leave one in; ref -> id."""
    ids = {}
    for grade, clause, status in (("major", "4.2", None), ("minor", "7.2", "verified_closed"),
                                  ("minor", "7.5.1", "correction_proposed"), ("observation", "8.1", "withdrawn"),
                                  ("good_practice", "9.1", None)):
        with session.transaction() as tx:
            finding = findings.create_finding(tx, grade=grade, clause_ids=[clause_id(KEY, clause)],
                                              evidence_text=f"seen at {clause}", statement=f"{clause} not met")
            if status is not None:
                fields = {"status": status}
                if status == "verified_closed":
                    fields.update(verified_by="Anna Auditor", closed_at="2026-04-01")
                findings.edit_finding(tx, finding, **fields)
        ids[next(f.ref for f in queries.findings(session) if f.id == finding) or ""] = finding
    return ids


def test_each_role_sees_only_its_assigned_audits_and_their_findings(store: Cluster, make_audit: Any) -> None:
    tag = uuid.uuid4().hex[:8]
    alice = make_audit("alice.audit", title="Alice's audit", client=f"Alpha {tag}")
    bob = make_audit("bob.audit", title="Bob's audit", client=f"Beta {tag}")
    graded(alice)
    graded(bob)
    store_sync.sync(alice, url(store, "alice"))
    store_sync.sync(bob, url(store, "bob"))
    listed = {role: json.loads(as_role(store, role, "store", "audits", "--json").stdout) for role in ("alice", "bob")}
    ids = {role: {a["audit_id"] for c in listed[role]["clients"] for ch in c["chains"] for a in ch["audits"]}
           for role in listed}
    assert alice.audit_id in ids["alice"] and bob.audit_id not in ids["alice"]
    assert bob.audit_id in ids["bob"] and alice.audit_id not in ids["bob"]
    text = as_role(store, "alice", "store", "audits", "--client", tag)
    assert text.returncode == 0 and text.stderr == "", text.stderr
    assert text.stdout.splitlines()[0] == f"office store {store.url('alice')}: 1 audit(s) of clients named like " \
                                          f"'{tag}' assigned to you, 1 client(s)"
    assert f"Alpha {tag}" in text.stdout and "Beta" not in text.stdout and "Bob's audit" not in text.stdout
    assert re.search(rf"audit {alice.audit_id}   lead Anna Auditor   last push alice \S+ \S+ \S+   \d+ operations",
                     text.stdout), text.stdout
    for role, mine, theirs in (("alice", alice, bob), ("bob", bob, alice)):
        found = json.loads(as_role(store, role, "store", "findings", "--client", tag, "--json").stdout)["findings"]
        assert {f["audit_id"] for f in found} == {mine.audit_id} and len(found) == 5
        assert theirs.audit_id not in as_role(store, role, "store", "findings").stdout
    # Once assigned to Bob as well, Alice's audit is his to see too: the database decides, nothing else.
    assert store_admin.assign(admin_url(store), alice.audit_id, "bob")
    planned = str(uuid.uuid4())  # assigned to Bob before anyone pushed it
    assert store_admin.assign(admin_url(store), planned, "bob")
    lines = as_role(store, "bob", "store", "audits").stdout.splitlines()
    at = lines.index(f"  chain {planned}")
    assert lines[at + 1].split() == ["(not", "pushed)", "no", "date", "(untitled", "audit)"]
    assert lines[at + 2] == f"      audit {planned}   lead -   last push never (nothing pushed yet)   0 operations"
    again = json.loads(as_role(store, "bob", "store", "findings", "--client", tag, "--json").stdout)["findings"]
    assert {f["audit_id"] for f in again} == {alice.audit_id, bob.audit_id}


def test_findings_state_and_openness_are_the_files(store: Cluster, make_audit: Any) -> None:
    tag = uuid.uuid4().hex[:8]
    session = make_audit("states.audit", client=f"States {tag}")
    refs = graded(session)
    store_sync.sync(session, url(store, "alice"))
    with session.transaction() as tx:  # a later push: the store holds both values, the newer one wins as in the file
        findings.edit_finding(tx, refs["NC-01"], status="action_accepted", due_date="2026-05-01")
    store_sync.sync(session, url(store, "alice"))
    result = as_role(store, "alice", "store", "findings", "--client", tag, "--json")
    assert result.returncode == 0, result.stderr
    stored = {f["id"]: f for f in json.loads(result.stdout)["findings"]}
    in_file = {f.id: f for f in queries.findings(session)}
    assert set(stored) == set(in_file) and len(in_file) == 5
    for finding_id, f in in_file.items():
        got = stored[finding_id]
        assert (got["ref"], got["grade"], got["status"], got["due_date"], got["verified_by"], got["closed_at"],
                tuple(got["clause_ids"])) == (f.ref, f.grade, f.status, f.due_date, f.verified_by, f.closed_at,
                                              f.clause_ids)
        assert got["open"] == store_archive.is_open(f)
    assert {stored[refs[r]]["open"] for r in refs} == {True, False}
    opened = as_role(store, "alice", "store", "findings", "--client", tag, "--open")
    lines = opened.stdout.splitlines()
    assert lines[0] == f"office store {store.url('alice')}: 2 open finding(s)"
    assert any(line.split()[:1] == ["NC-01"] and "clauses ISO 9001 4.2" in line and "Action plan accepted" in line
               and "due 2026-05-01" in line for line in lines), opened.stdout
    shown = {line.split()[0] for line in lines[2:] if line.startswith("  ") and not line.startswith("   ")}
    assert shown == {"NC-01", "NC-03"}  # closed, withdrawn and the good practice are not open


def test_a_chain_lists_stage_1_before_stage_2_whatever_the_push_order(store: Cluster, make_audit: Any,
                                                                      tmp_path: Path) -> None:
    tag = uuid.uuid4().hex[:8]
    stage1 = make_audit("s1.audit", title="Stage 1", client=f"Chain {tag}", audit_type="stage1",
                        start_date="2026-01-12")
    stage1.close()
    made = cli("new", tmp_path / "s2.audit", "--from", tmp_path / "s1.audit", "--type", "stage2", "--start",
               "2026-02-02")
    assert made.returncode == 0, made.stderr
    second = pushed(store, tmp_path / "s2.audit", "alice")  # pushed first, listed second
    first = pushed(store, tmp_path / "s1.audit", "alice")
    listed = json.loads(as_role(store, "alice", "store", "audits", "--client", tag, "--json").stdout)
    [client] = listed["clients"]
    [only] = client["chains"]
    assert only["chain_id"] == first
    assert [(a["audit_id"], a["audit_type"], a["previous_audit_id"]) for a in only["audits"]] == [
        (first, "stage1", None), (second, "stage2", first)]
    text = as_role(store, "alice", "store", "audits", "--client", tag).stdout.splitlines()
    assert text[1:3] == [f"Chain {tag}", f"  chain {first}"]
    assert text[3].split()[:3] == ["Stage", "1", "2026-01-12"] and text[5].split()[:3] == ["Stage", "2", "2026-02-02"]


def _without_origins(text: str) -> list[str]:
    return [re.sub(r"\[[^\]]*\]$", "[]", line) for line in text.splitlines()]


def test_cycle_from_the_store_gives_the_coverage_cycle_gives_for_the_files(store: Cluster, tmp_path: Path) -> None:
    s2, s1 = chain(tmp_path)
    chain_id = pushed(store, s2, "alice")
    only_s1 = as_role(store, "bob", "cycle", "--chain", chain_id)  # not Bob's: nothing of it is shown
    assert only_s1.returncode == 1 and only_s1.stderr == f"auditor-app: office store {store.url('bob')}: no audit of " \
        f"the chain {chain_id} is in the store assigned to you (`auditor-app store audits` lists those that are)\n"
    pushed(store, s1, "alice")
    by_files = cli("cycle", s1, s2)
    by_store = as_role(store, "alice", "cycle", "--chain", chain_id)
    assert by_store.returncode == 0 and by_store.stderr == "", by_store.stderr
    assert _without_origins(by_store.stdout) == _without_origins(by_files.stdout)
    assert by_store.stdout.splitlines()[2].endswith("[office store: ACME Stage 2]")
    as_json = json.loads(as_role(store, "alice", "cycle", "--chain", chain_id, "--json").stdout)
    file_json = json.loads(cli("cycle", s2, s1, "--json").stdout)
    for audit_column in (*as_json["audits"], *file_json["audits"]):
        audit_column.pop("origin")
    assert as_json == file_json
    books = {}
    for name, args in (("store", ("--store", store.url("alice"), "--chain", chain_id)), ("files", (s1, s2))):
        out = tmp_path / f"{name}.xlsx"
        made = cli("cycle", *args, "--xlsx", out, "--language", "de", password=AUDITORS["alice"])
        assert made.returncode == 0 and f"workbook written to {out}" in made.stdout, made.stderr
        books[name] = {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in load_workbook(out)}
    for book in books.values():  # the Audits sheet's sixth column says where each audit was read from
        assert book["Audits"][0][5] == "Gelesen aus"
        book["Audits"] = [row[:5] + row[6:] for row in book["Audits"]]
    assert books["store"] == books["files"]


def test_cycle_from_the_store_takes_what_this_role_cannot_see_from_the_history(store: Cluster,
                                                                               tmp_path: Path) -> None:
    s2, s1 = chain(tmp_path)
    with audit.open_audit(s2, author="Anna Auditor", read_only=True) as session:
        chain_id = session.audit_id
    pushed(store, s1, "bob")  # Bob has the surveillance only; the Stage 2 is not in the store at all
    result = as_role(store, "bob", "cycle", "--chain", chain_id)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        "note: 1 audit(s) taken from the history in office store: ACME GmbH – Surveillance 2027 (not in the office "
        "store or not assigned to you): Stage 2, 2026-03-02 to 2026-03-04, report R-26-1")
    assert _without_origins(result.stdout)[1:] == _without_origins(cli("cycle", s1).stdout)[1:]


def test_cycle_store_mistakes_are_one_line(store: Cluster, tmp_path: Path) -> None:
    s2, _s1 = chain(tmp_path)
    for args, said in (
            (("cycle", "--store", store.url("alice")), "cycle --store needs --chain CHAIN_ID or --client NAME"),
            (("cycle", s2, "--store", store.url("alice"), "--chain", "x"), "give either audit files or --store URL"),
            (("cycle", "--chain", "x"), "--chain and --client choose a chain in the office store: they go with "
                                        "--store URL"),
            (("cycle",), "give the audit files of one client's chain"),
            (("cycle", "--store", store.url("alice"), "--client", "no such client anywhere"),
             "no audit of a client named like 'no such client anywhere' is in the store assigned to you"),
            (("cycle", "--store", store.url("alice", "wrong"), "--chain", "x"),
             "password authentication failed for user \"alice\"")):
        result = cli(*args, password=AUDITORS["alice"])
        lines = [line for line in result.stderr.splitlines() if "warning:" not in line]
        assert result.returncode == 1 and len(lines) == 1 and said in lines[0], result.stderr


def test_an_altered_operation_in_the_store_is_refused_in_one_line(store: Cluster, make_audit: Any) -> None:
    # A role of its own: the altered audit must not reach the other tests' listings in this cluster.
    if not store.psql("SELECT 1 FROM pg_roles WHERE rolname = 'carol'"):
        store.psql("CREATE ROLE carol LOGIN PASSWORD 'carol secret'")
        store_admin.admit(admin_url(store), "carol")
    session = make_audit("altered.audit", title="Altered", client="Carol's client")
    store_sync.sync(session, store.url("carol", "carol secret"))
    op_id = store.psql(f"SELECT op_id FROM auditor_store.operation WHERE audit_id = '{session.audit_id}' AND "
                       "entity_type = 'audit' AND field = 'title'", "store")
    store.psql(f"UPDATE auditor_store.operation SET value = '\"Forged\"' WHERE op_id = '{op_id}'", "store")
    for args in (("store", "findings"), ("store", "audits"), ("cycle", "--client", "carol")):
        result = cli(*args, "--store", store.url("carol"), password="carol secret")
        assert result.returncode == 1 and result.stdout == "", result.stdout
        where = store.url("carol")
        assert result.stderr == f"auditor-app: office store {where}: audit {session.audit_id} (Altered): operation " \
                                f"{op_id} (audit {session.audit_id[:8]}… title) does not match its hash; nothing is " \
                                "shown\n"
