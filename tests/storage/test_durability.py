"""Reliability: kill -9 at random moments loses no acknowledged edit; a full disk corrupts nothing."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from auditor_app.services import audit, integrity
from auditor_app.storage import oplog

CHILD = Path(__file__).with_name("crash_child.py")


def _spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _trial(path: Path, seed: int, rng: random.Random, control: bool = False) -> tuple[list[str], list[str]]:
    """One child run killed at a random moment; returns (acknowledged op ids, lost ones)."""
    child = _spawn("edit", str(path), str(seed), *(["control"] if control else []))
    assert child.stdout is not None
    ready = child.stdout.readline()
    assert ready.strip() == "READY", (ready, child.stderr.read() if child.stderr else "")
    time.sleep(rng.uniform(0.01, 0.4))
    child.send_signal(signal.SIGKILL)
    out, _err = child.communicate()
    acked = [op_id for line in out.splitlines() if line.startswith("ACK ") for op_id in json.loads(line[4:])]
    session = audit.open_audit(path, author="checker")  # the way the app opens it at start-up
    try:
        report = integrity.full_check(session)
        assert report.ok, report.problems
        with session.reading() as conn:
            present = {op.op_id for op in oplog.all_ops(conn)}
    finally:
        session.close()
    return acked, [op_id for op_id in acked if op_id not in present]


def _trials(make_audit, seeds: range) -> tuple[int, int]:
    session = make_audit(name="durable.audit")
    path = session.path
    session.close()
    rng = random.Random(1234 + seeds.start)
    total_acked = 0
    for seed in seeds:
        acked, lost = _trial(path, seed, rng)
        assert lost == [], f"trial {seed}: {len(lost)} acknowledged operations lost"
        total_acked += len(acked)
    return len(seeds), total_acked


# The trials run in five batches of different seeds, so a parallel test run (pytest -n) spreads them over the
# cores in pieces small enough to balance (each trial mostly waits for the moment its child is killed).
@pytest.mark.parametrize("batch", range(5))
def test_kill_minus_9_loses_no_acknowledged_edit(make_audit, request, batch: int) -> None:
    count = 40 if request.config.getoption("--reliability") else 10  # per batch: 200 or 50 trials in all
    trials, acked = _trials(make_audit, range(batch * count, (batch + 1) * count))
    assert acked > trials  # the children really were editing when killed
    print(f"kill -9: {trials} trials, {acked} acknowledged operations, 0 lost, 0 damaged files")


def test_control_acknowledging_before_commit_is_caught(make_audit) -> None:
    """Proves the harness can fail: a writer that acknowledges before committing is detected."""
    session = make_audit(name="control.audit")
    path = session.path
    session.close()
    rng = random.Random(99)
    for seed in range(40):
        _acked, lost = _trial(path, seed, rng, control=True)
        if lost:
            return
    pytest.fail("40 trials of a writer that acknowledges before commit went undetected")


def test_disk_full_is_a_clear_error_and_nothing_is_lost(make_audit) -> None:
    if not hasattr(signal, "SIGXFSZ"):
        pytest.skip("needs RLIMIT_FSIZE (POSIX)")
    session = make_audit(name="full.audit")
    path = session.path
    session.close()
    for headroom in (200_000, 700_000, 1_300_000):
        child = _spawn("full", str(path), str(headroom))
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        result = json.loads(out.strip().splitlines()[-1])
        assert "disk" in result["error"] and "full" in result["error"], result["error"]
        assert "Traceback" not in err
        session = audit.open_audit(path, author="checker")
        try:
            assert integrity.full_check(session).ok
            with session.reading() as conn:
                present = {op.op_id for op in oplog.all_ops(conn)}
            assert set(result["acked"]) <= present
        finally:
            session.close()


def _op_ids(path: Path) -> set[str]:
    session = audit.open_audit(path, author="checker", read_only=True)
    try:
        assert integrity.full_check(session).ok
        with session.reading() as conn:
            return {op.op_id for op in oplog.all_ops(conn)}
    finally:
        session.close()


def test_kill_minus_9_during_a_merge_leaves_the_target_unchanged_or_fully_merged(make_audit, tmp_path: Path) -> None:
    from auditor_app.services import demo, merge

    lead = make_audit(name="lead.audit")
    lead_path = lead.path
    copies = [merge.hand_over_copy(lead, tmp_path / f"m{i}.audit", f"Member {i}") for i in range(2)]
    lead.close()
    for i, path in enumerate(copies):  # give each copy real work to merge: notes and photos
        member = audit.open_audit(path, author=f"Member {i}")
        with member.transaction() as tx:
            for n in range(150):
                demo.notes.add_note(tx, None, "observation", f"member {i} note {n}")
        member.close()
    before, union = _op_ids(lead_path), set().union(*(_op_ids(p) for p in copies))
    rng = random.Random(5)
    pristine = lead_path.read_bytes()
    command = [sys.executable, "-m", "auditor_app", "merge", str(lead_path), *map(str, copies)]
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True)  # how long a whole merge takes here
    whole = time.perf_counter() - started
    outcomes = {"unchanged": 0, "merged": 0}
    for _trial in range(8):
        lead_path.write_bytes(pristine)
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(0.5, 1.0) * whole)  # most kills land in the merge, after start-up
        child.send_signal(signal.SIGKILL)
        child.communicate()
        now = _op_ids(lead_path)
        assert now in (before, before | union), "a merge must be all or nothing"
        outcomes["merged" if now == before | union else "unchanged"] += 1
    assert sum(outcomes.values()) == 8
    print(f"kill -9 during merge: {outcomes}")
