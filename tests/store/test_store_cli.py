"""The office store's commands, run as the user runs them: progress, one-line errors, a kill between batches."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

from pgcluster import ADMIN, ADMIN_PASSWORD, AUDITORS, Cluster

from auditor_app.services import audit
from auditor_app.storage import oplog
from tests import warm_cli


def cli(*args: object, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    if password is not None:
        env["PGPASSWORD"] = password
    env["PGPASSFILE"] = os.devnull  # never the developer's own ~/.pgpass
    result = warm_cli.run(args, env=env)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    return result


def ops_of(path: Path) -> set[str]:
    with audit.open_audit(path, author="test", read_only=True) as session, session.reading() as conn:
        return {o.op_id for o in oplog.all_ops(conn)}


def in_store(store: Cluster, path: Path) -> tuple[int, int]:
    with audit.open_audit(path, author="test", read_only=True) as session:
        audit_id = session.audit_id
    total, distinct = store.psql(f"SELECT count(*), count(DISTINCT op_id) FROM auditor_store.operation "
                                 f"WHERE audit_id = '{audit_id}'", "store").split("|")
    return int(total), int(distinct)


def test_sync_pushes_with_progress_a_second_run_pushes_nothing_and_checkout_gives_the_same_audit(
        store: Cluster, tmp_path: Path) -> None:
    path = tmp_path / "mine.audit"
    assert cli("demo", path, "--photos", 1, "--notes", 6, "--findings", 2, "--seed", 11).returncode == 0
    total = len(ops_of(path))
    first = cli("sync", path, "--store", store.url("alice"), "--batch", 50, password=AUDITORS["alice"])
    assert first.returncode == 0, first.stderr
    assert f"pushed 50 of {total} operations, 1 evidence files" in first.stderr
    assert "the audit is now in the office store, assigned to you" in first.stdout
    assert f"pushed {total} operations and 1 evidence files to {store.url('alice')}" in first.stdout
    assert f"{path}: synchronised, no conflicts" in first.stdout
    second = cli("sync", path, "--store", store.url("alice"), password=AUDITORS["alice"])
    assert second.returncode == 0, second.stderr
    assert "pushed 0 operations and 0 evidence files" in second.stdout and "pulled 0 operations" in second.stdout
    assert in_store(store, path) == (total, total)
    with audit.open_audit(path, author="test", read_only=True) as session:
        audit_id = session.audit_id
    out = tmp_path / "checked-out.audit"
    taken = cli("checkout", audit_id, out, "--store", store.url("alice"), password=AUDITORS["alice"])
    assert taken.returncode == 0, taken.stderr
    assert f"into {out}: {total} operations, 1 evidence files" in taken.stdout
    checked = cli("check", out)
    assert checked.returncode == 0 and f"{out}: ok ({total} operations, 1 evidence files)" in checked.stdout
    assert ops_of(out) == ops_of(path)
    refused = cli("checkout", audit_id, tmp_path / "bobs.audit", "--store", store.url("bob"), password=AUDITORS["bob"])
    assert refused.returncode == 1 and not (tmp_path / "bobs.audit").exists()
    assert refused.stderr == f"auditor-app: office store {store.url('bob')}: audit {audit_id} is not in the store " \
                             "or not assigned to you; nothing was written\n"


def test_sync_killed_between_batches_continues_on_the_next_run(store: Cluster, tmp_path: Path) -> None:
    path = tmp_path / "killed.audit"
    assert cli("demo", path, "--photos", 1, "--notes", 6, "--findings", 2, "--seed", 12).returncode == 0
    total = len(ops_of(path))
    env = {**os.environ, "PGPASSWORD": AUDITORS["alice"], "PGPASSFILE": os.devnull}
    with subprocess.Popen([sys.executable, "-m", "auditor_app", "sync", str(path), "--store", store.url("alice"),
                           "--batch", "2"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                          env=env) as child:
        assert child.stderr is not None
        for line in child.stderr:
            if line.startswith("auditor-app: pushed 10 of"):
                child.send_signal(signal.SIGKILL)
                break
        child.wait(60)
    assert child.returncode == -signal.SIGKILL
    pushed, distinct = in_store(store, path)
    assert 10 <= pushed == distinct < total  # whole batches only
    again = cli("sync", path, "--store", store.url("alice"), password=AUDITORS["alice"])
    assert again.returncode == 0, again.stderr
    assert f"pushed {total - pushed} operations and 0 evidence files" in again.stdout
    assert in_store(store, path) == (total, total)


def test_store_errors_are_one_line_without_the_password(store: Cluster, tmp_path: Path) -> None:
    path = tmp_path / "errors.audit"
    assert cli("new", path, "--checklist", "iso9001-2015", "--title", "Errors").returncode == 0
    before = path.read_bytes()
    wrong = cli("sync", path, "--store", store.url("alice", "not her password"))
    assert wrong.returncode == 1
    assert "warning: the store URL holds a password" in wrong.stderr
    assert f"auditor-app: cannot connect to the office store {store.url('alice', '***')}: password " \
           f"authentication failed for user \"alice\"" in wrong.stderr
    assert "not her password" not in wrong.stderr + wrong.stdout
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    closed = cli("sync", path, "--store", f"postgresql://alice@127.0.0.1:{port}/store", password="x")
    assert closed.returncode == 1
    assert closed.stderr.strip().splitlines()[-1].startswith(
        f"auditor-app: cannot connect to the office store postgresql://alice@127.0.0.1:{port}/store: ")
    assert "Connection refused" in closed.stderr
    asked = cli("sync", path, "--store", store.url("alice"))  # no password anywhere, no terminal to ask on
    assert asked.returncode == 1
    assert "the server asks for a password; give it in $PGPASSWORD or ~/.pgpass" in asked.stderr
    tls = cli("sync", path, "--store", store.url("alice") + "?sslmode=require", password=AUDITORS["alice"])
    assert tls.returncode == 1  # libpq's TLS settings come from the URL; this server offers no TLS
    assert f"office store {store.url('alice')}?sslmode=require: server does not support SSL, but SSL was " \
           "required" in tls.stderr
    other = cli("sync", path, "--store", "mysql://alice@127.0.0.1/store")
    assert other.returncode == 1 and "is not a PostgreSQL URL" in other.stderr
    for result in (wrong, closed, asked, tls, other):
        assert len(result.stderr.strip().splitlines()) <= 2  # the error line (and the password warning)
    assert path.read_bytes() == before


def test_ctrl_c_stops_the_sync_between_batches_and_a_rerun_completes(store: Cluster, tmp_path: Path) -> None:
    path = tmp_path / "stopped.audit"
    assert cli("new", path, "--checklist", "iso9001-2015", "--title", "Stopped").returncode == 0
    total = len(ops_of(path))
    env = {**os.environ, "PGPASSWORD": AUDITORS["bob"], "PGPASSFILE": os.devnull}
    with subprocess.Popen([sys.executable, "-m", "auditor_app", "sync", str(path), "--store", store.url("bob"),
                           "--batch", "1"], stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                          env=env) as child:
        assert child.stderr is not None and child.stdout is not None
        for line in child.stderr:
            if line.startswith("auditor-app: pushed 2 of"):
                child.send_signal(signal.SIGINT)
                break
        rest = child.stderr.read()
        child.wait(60)
        out = child.stdout.read()
    assert child.returncode == 1 and "Traceback" not in rest and out == ""
    assert "auditor-app: sync cancelled: what was pushed stays in the store (run it again to continue); nothing " \
           "was pulled into the file" in rest
    pushed, distinct = in_store(store, path)
    assert 2 <= pushed == distinct < total
    again = cli("sync", path, "--store", store.url("bob"), password=AUDITORS["bob"])
    assert again.returncode == 0 and f"pushed {total - pushed} operations" in again.stdout
    assert in_store(store, path) == (total, total)


def test_a_foreign_audit_is_refused_on_the_command_line(store: Cluster, tmp_path: Path) -> None:
    path = tmp_path / "alices.audit"
    assert cli("new", path, "--checklist", "iso9001-2015", "--title", "Alice's").returncode == 0
    assert cli("sync", path, "--store", store.url("alice"), password=AUDITORS["alice"]).returncode == 0
    shutil.copyfile(path, tmp_path / "taken.audit")
    before, pushed = (tmp_path / "taken.audit").read_bytes(), in_store(store, path)
    refused = cli("sync", tmp_path / "taken.audit", "--store", store.url("bob"), password=AUDITORS["bob"])
    assert refused.returncode == 1
    assert refused.stderr.startswith(f"auditor-app: office store {store.url('bob')}: audit ")
    assert "is not assigned to bob; nothing was synchronised" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert (tmp_path / "taken.audit").read_bytes() == before and in_store(store, path) == pushed


def test_store_administration_commands(cluster: Cluster, tmp_path: Path) -> None:
    cluster.psql(f"CREATE DATABASE admin_cli OWNER {ADMIN}")
    url = cluster.url(ADMIN, database="admin_cli")
    for _ in range(2):  # set up, then brought up to date
        made = cli("store", "init", url, password=ADMIN_PASSWORD)
        assert made.returncode == 0, made.stderr
        assert f"office store set up in {url}" in made.stdout
    assert cli("store", "auditor", url, "bob", password=ADMIN_PASSWORD).returncode == 0
    audit_id = "0b0b0b0b-0000-4000-8000-000000000001"
    first = cli("store", "assign", url, audit_id, "bob", password=ADMIN_PASSWORD)
    again = cli("store", "assign", url, audit_id, "bob", password=ADMIN_PASSWORD)
    assert f"audit {audit_id} assigned to bob" in first.stdout
    assert f"audit {audit_id} was already assigned to bob" in again.stdout
    bad = cli("store", "assign", url, "not-an-id", "bob", password=ADMIN_PASSWORD)
    assert bad.returncode == 1 and "'not-an-id' is not an audit id" in bad.stderr
    nobody = cli("store", "assign", url, audit_id, "nobody", password=ADMIN_PASSWORD)
    assert nobody.returncode == 1 and 'role "nobody" does not exist' in nobody.stderr
    as_auditor = cli("store", "init", cluster.url("bob", database="admin_cli"), password=AUDITORS["bob"])
    assert as_auditor.returncode == 1 and "permission denied" in as_auditor.stderr


def test_the_password_is_asked_on_a_terminal_when_nothing_else_gives_it(store: Cluster, tmp_path: Path) -> None:
    import pty
    import time

    path = tmp_path / "asked.audit"
    assert cli("new", path, "--checklist", "iso9001-2015", "--title", "Asked").returncode == 0
    env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    env["PGPASSFILE"] = os.devnull
    pid, fd = pty.fork()
    if pid == 0:  # the child: the terminal is its controlling one, as for a user at the keyboard
        os.execve(sys.executable, [sys.executable, "-m", "auditor_app", "sync", str(path), "--store",
                                   store.url("alice")], env)
    seen, answered, deadline = b"", False, time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal: it has finished
            break
        if not chunk:
            break
        seen += chunk
        if not answered and b"office store password:" in seen:
            os.write(fd, AUDITORS["alice"].encode() + b"\n")
            answered = True
    _pid, status = os.waitpid(pid, 0)
    os.close(fd)
    text = seen.decode(errors="replace")
    assert answered and os.waitstatus_to_exitcode(status) == 0, text
    assert f"{path}: synchronised, no conflicts" in text and AUDITORS["alice"] not in text  # not echoed
