"""Outputs appear whole or not at all: `import`, `merge -o` and `new` killed (kill -9) or out of disk space leave no
file at the target, or a complete one, and the next run leaves no temporary behind."""

from __future__ import annotations

import io
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from auditor_app.services import audit, evidence, integrity, interchange, merge, notes, queries
from auditor_app.storage import oplog

CHILD = Path(__file__).with_name("kill_child.py")
KILLED = -signal.SIGKILL


def run(*command: object, point: str = "none", limit: int | None = None) -> subprocess.CompletedProcess[str]:
    """auditor-app COMMAND in a child that kills itself at `point` (see kill_child.py)."""
    args = [sys.executable, str(CHILD), point, *([str(limit)] if limit else []), "--", *map(str, command)]
    result = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    return result


def cli(*command: object) -> subprocess.CompletedProcess[str]:
    return run(*command)


def op_ids(path: Path) -> set[str]:
    session = audit.open_audit(path, author="checker", read_only=True)
    try:
        report = integrity.full_check(session)
        assert report.ok, report.problems
        with session.reading() as conn:
            return {op.op_id for op in oplog.all_ops(conn)}
    finally:
        session.close()


def strays(folder: Path) -> list[str]:
    """Anything of ours beside the outputs that is not an output: temporaries, journals, lock notes."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or p.name.endswith("-journal"))


def _photo(seed: int) -> bytes:
    rng = random.Random(seed)
    out = io.BytesIO()
    Image.frombytes("RGB", (160, 120), rng.randbytes(160 * 120 * 3)).save(out, "PNG", compress_level=0)
    return out.getvalue()


@pytest.fixture
def document(make_audit, tmp_path: Path) -> tuple[Path, set[str]]:
    """An interchange document with notes and photos, and the operation ids it holds."""
    session = make_audit(name="source.audit")
    with session.transaction() as tx:
        for n in range(60):
            notes.add_note(tx, None, "observation", f"note {n} Größe 检查")
        for n in range(8):
            evidence.attach_evidence(tx, _photo(n), f"p{n}.png")
    out = interchange.export_json(session, tmp_path / "doc.json")
    with session.reading() as conn:
        ids = {op.op_id for op in oplog.all_ops(conn)}
    return out, ids


@pytest.mark.parametrize("point", ["rebuild", "publish", "published"])
def test_import_killed_leaves_no_file_or_a_whole_one_and_a_rerun_cleans_up(document, tmp_path: Path,
                                                                           point: str) -> None:
    source, ids = document
    work = tmp_path / "work"
    work.mkdir()
    target = work / "new.audit"
    assert run("import", source, target, point=point).returncode == KILLED
    if point == "published":  # killed once the file had its name: it is the whole audit
        assert op_ids(target) == ids
        again = cli("import", source, target)
        assert again.returncode == 1 and "already exists" in again.stderr
        target.unlink()
    else:
        assert not target.exists(), f"killed at {point}: a file was left at the target"
    again = cli("import", source, target)
    assert again.returncode == 0, again.stderr
    assert op_ids(target) == ids
    assert strays(work) == []


@pytest.mark.parametrize("point", ["checklist", "publish"])
@pytest.mark.parametrize("command", [("new", "--checklist", "iso9001-2015"), ("demo", "--photos", "2", "--notes", "5")])
def test_new_and_demo_killed_leave_no_file_and_a_rerun_cleans_up(tmp_path: Path, command: tuple[str, ...],
                                                                 point: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    target = work / "new.audit"
    args = (command[0], target, *command[1:])
    assert run(*args, point=point).returncode == KILLED
    assert not target.exists(), f"{command[0]} killed at {point}: a file was left at the target"
    again = cli(*args)
    assert again.returncode == 0, again.stderr
    op_ids(target)  # passes the full check
    with audit.open_audit(target, author="checker", read_only=True) as session:
        assert len(queries.clauses(session)) >= 91 and queries.team(session)  # every clause, the lead auditor
    assert strays(work) == []


def test_import_killed_at_random_moments(document, tmp_path: Path) -> None:
    source, ids = document
    work = tmp_path / "work"
    work.mkdir()
    target = work / "new.audit"
    command = [sys.executable, "-m", "auditor_app", "import", str(source), str(target)]
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True)
    whole = time.perf_counter() - started
    target.unlink()
    rng = random.Random(14)
    for _trial in range(3):
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 1.0) * whole)  # most kills land in the import, after start-up
        child.send_signal(signal.SIGKILL)
        child.wait()
        if target.exists():
            assert op_ids(target) == ids  # finished before the kill: whole
            target.unlink()
    again = cli("import", source, target)
    assert again.returncode == 0, again.stderr
    assert strays(work) == []


@pytest.fixture
def team(make_audit, tmp_path: Path) -> tuple[Path, Path, set[str], set[str]]:
    """A lead's audit and a member's copy with work of its own: (lead, member, lead's ops, union of both)."""
    lead = make_audit(name="lead.audit")
    member_path = merge.hand_over_copy(lead, tmp_path / "member.audit", "Member")
    lead_path = lead.path
    lead.close()
    member = audit.open_audit(member_path, author="Member")
    with member.transaction() as tx:
        for n in range(100):
            notes.add_note(tx, None, "observation", f"member note {n}")
        evidence.attach_evidence(tx, _photo(99), "member.png")
    member.close()
    before = op_ids(lead_path)
    return lead_path, member_path, before, before | op_ids(member_path)


@pytest.mark.parametrize("point", ["rebuild", "publish", "published"])
def test_merge_to_a_new_file_killed_leaves_no_output_or_the_whole_merge(team, tmp_path: Path, point: str) -> None:
    lead, member, before, union = team
    work = tmp_path / "work"
    work.mkdir()
    out = work / "merged.audit"
    pristine = lead.read_bytes()
    assert run("merge", lead, member, "-o", out, point=point).returncode == KILLED
    assert lead.read_bytes() == pristine
    if point == "published":
        assert op_ids(out) == union
        out.unlink()
    else:
        assert not out.exists(), f"killed at {point}: an output without the member's work was left"
    again = cli("merge", lead, member, "-o", out)
    assert again.returncode == 0, again.stderr
    assert op_ids(out) == union and op_ids(lead) == before
    assert strays(work) == []


def _full_messages(result: subprocess.CompletedProcess[str], target: Path) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"auditor-app: cannot create {target}: the disk is full"), lines


@pytest.mark.parametrize("limit", [30_000, 200_000, 400_000])
def test_disk_full_during_new_is_one_clear_line_and_leaves_nothing(tmp_path: Path, limit: int) -> None:
    if not hasattr(signal, "SIGXFSZ"):
        pytest.skip("needs RLIMIT_FSIZE (POSIX)")
    work = tmp_path / "work"
    work.mkdir()
    target = work / "new.audit"
    result = run("new", target, "--checklist", "iso9001-2015", "--checklist", "iso14001-2015", limit=limit)
    _full_messages(result, target)
    assert list(work.iterdir()) == []  # neither the file nor a temporary or journal


def test_disk_full_during_import_is_one_clear_line_and_leaves_nothing(document, tmp_path: Path) -> None:
    if not hasattr(signal, "SIGXFSZ"):
        pytest.skip("needs RLIMIT_FSIZE (POSIX)")
    source, ids = document
    work = tmp_path / "work"
    work.mkdir()
    target = work / "new.audit"
    assert cli("import", source, work / "whole.audit").returncode == 0
    size = (work / "whole.audit").stat().st_size
    (work / "whole.audit").unlink()
    for share in (0.05, 0.5, 0.9):
        _full_messages(run("import", source, target, limit=int(size * share)), target)
        assert list(work.iterdir()) == []
    assert cli("import", source, target).returncode == 0  # with room again, it works
    assert op_ids(target) == ids


@pytest.mark.parametrize("option", ["--json", "--pdf", "--xlsx"])
def test_an_export_killed_before_its_rename_is_cleaned_up_by_the_next(make_audit, tmp_path: Path,
                                                                      option: str) -> None:
    session = make_audit(name="a.audit")
    session.run(notes.add_note, None, "observation", "seen on site")
    path = session.path
    session.close()
    work = tmp_path / "work"
    work.mkdir()
    out = work / f"out.{option[2:]}"
    command = ("export", path, option, out, "--profile", "internal")[: 4 if option == "--json" else 6]
    assert run(*command, point="replace").returncode == KILLED
    assert not out.exists() and len(strays(work)) == 1  # the killed export's finished temporary
    assert cli(*command).returncode == 0
    assert out.exists() and strays(work) == []


def test_a_live_writers_temporary_is_left_alone(make_audit, tmp_path: Path) -> None:
    """Another process writing the same output name keeps its temporary while it runs."""
    from auditor_app import leftovers

    session = make_audit(name="a.audit")
    path = session.path
    session.close()
    out = tmp_path / "work" / "out.json"
    out.parent.mkdir()
    writer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        theirs = out.with_name(f".out.json.{writer.pid}-{leftovers.host_tag()}-0123abcd.tmp")
        theirs.write_text("half")
        assert cli("export", path, "--json", out).returncode == 0
        assert theirs.exists()
    finally:
        writer.kill()
        writer.wait()
    assert cli("export", path, "--json", out).returncode == 0
    assert not theirs.exists()  # its writer has ended: the next export removes it
