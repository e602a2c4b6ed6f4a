"""Temporaries left by killed writers are removed; a live writer's, or anything not named by us, never is."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from auditor_app import leftovers
from tests import warm_cli

DAY = 24 * 3600


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _aged(path: Path, seconds: float, directory: bool = False) -> Path:
    if directory:
        path.mkdir()
    else:
        path.write_bytes(b"x")
    stamp = time.time() - seconds
    os.utime(path, (stamp, stamp))
    return path


def test_a_dead_writers_temporaries_and_journals_are_removed_and_nothing_else(tmp_path: Path) -> None:
    dest = tmp_path / "out.audit"
    host, dead = leftovers.host_tag(), _dead_pid()
    gone = [tmp_path / f".out.audit.{dead}-{host}-0123abcd.tmp",
            tmp_path / f".out.audit.{dead}-{host}-0123abcd.tmp-journal",
            tmp_path / f".out.audit.{dead}-{host}-89abcdef.part", _aged(tmp_path / ".out.audit.0123abcd.tmp", 2 * DAY)]
    kept = [tmp_path / f".out.audit.{os.getpid()}-{host}-0123abcd.tmp",  # ours, being written
            tmp_path / ".out.audit.89abcdef.tmp",  # old style, written recently: its writer may be running
            tmp_path / f".out.audit.{dead}-{'f' * 6 if host != 'ffffff' else 'eeeeee'}-0123abcd.tmp",  # another host
            tmp_path / f".other.audit.{dead}-{host}-0123abcd.tmp",  # another output's
            tmp_path / f".out.audit.{dead}-{host}-0123abcd.tmp.bak",  # not a name we make
            tmp_path / ".out.audit.notes", tmp_path / "out.audit", tmp_path / ".~lock.out.audit#"]
    for path in gone + kept:
        if not path.exists():
            path.write_bytes(b"x")
    assert sorted(leftovers.clear_stale(dest)) == sorted(gone)
    assert all(p.exists() for p in kept) and not any(p.exists() for p in gone)


def test_a_temporary_of_another_machine_or_old_style_goes_after_a_day(tmp_path: Path) -> None:
    other_host = "f" * 6 if leftovers.host_tag() != "ffffff" else "e" * 6
    old = _aged(tmp_path / f".r.pdf.{os.getpid()}-{other_host}-0123abcd.part", 2 * DAY)
    assert leftovers.clear_stale(tmp_path / "r.pdf") == [old]


def test_a_live_writer_keeps_its_temporary_but_a_reused_process_number_does_not(tmp_path: Path) -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("process start times are read from /proc")
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        time.sleep(0.2)
        tag = f"{live.pid}-{leftovers.host_tag()}"
        current = tmp_path / f".x.json.{tag}-0123abcd.tmp"
        current.write_bytes(b"x")
        # Written an hour before that process started: its writer was an earlier process of the same number.
        reused = _aged(tmp_path / f".x.json.{tag}-89abcdef.tmp", 3600)
        assert leftovers.clear_stale(tmp_path / "x.json") == [reused]
        assert current.exists()
    finally:
        live.kill()
        live.wait()


def test_old_report_scratch_folders_are_swept_and_others_kept(tmp_path: Path) -> None:
    old = tmp_path / "auditor-report-ab_cd123"
    old.mkdir()
    (old / "logo.png").write_bytes(b"x")
    os.utime(old, (time.time() - 2 * DAY,) * 2)
    kept = [_aged(tmp_path / "auditor-report-xy_z9876", 60, directory=True),  # may be a running build
            _aged(tmp_path / "auditor-report-mine", 2 * DAY, directory=True),  # not a name we made
            _aged(tmp_path / "auditor-report-qwer1234", 2 * DAY)]  # a file, not our folder
    assert leftovers.sweep_scratch(tmp_path) == [old]
    assert all(p.exists() for p in kept)


def test_every_command_sweeps_old_scratch_folders_at_start(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    old = _aged(scratch / "auditor-report-k2j4_x9q", 2 * DAY, directory=True)
    recent = _aged(scratch / "auditor-report-a1b2c3d4", 60, directory=True)
    result = warm_cli.run(["checklists"], env={**os.environ, "TMPDIR": str(scratch)}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert not old.exists() and recent.exists()


def test_a_pdf_report_writes_nothing_to_the_temporary_folder(make_audit, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A report build killed half-way must leave no scratch folder behind: it never makes one."""
    from PIL import Image

    from auditor_app.exporters import pdf_report
    from auditor_app.services import preferences, reports

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (300, 100), (200, 30, 30, 128)).save(logo)
    preferences.save(preferences.Preferences(brand_organisation="Cert GmbH", brand_logo=str(logo)))
    seen: list[list[str]] = []
    real = pdf_report._layout

    def layout(*args: object) -> None:
        seen.append(os.listdir(scratch))
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_report, "_layout", layout)
    session = make_audit()
    out = tmp_path / "report.pdf"
    reports.export_pdf(session, out, profile="internal")
    assert seen == [[]] and out.read_bytes().startswith(b"%PDF")
    assert b"/Subtype /Image" in out.read_bytes()  # the logo is still on the cover


def test_a_backup_removes_the_temporaries_of_killed_backups(make_audit) -> None:
    """Each backup has a new name, so a killed one's temporary is cleared by the next backup of the audit."""
    from auditor_app.storage import backup

    session = make_audit()
    folder = backup.audit_backup_dir(session.audit_id)
    host, dead = leftovers.host_tag(), _dead_pid()
    stray = folder / f".20261204-101500-123-periodic.audit.{dead}-{host}-0123abcd.tmp"
    journal = stray.with_name(stray.name + "-journal")
    old = _aged(folder / ".20261201-090000-001-periodic.audit.89abcdef.tmp", 2 * DAY)
    live = folder / f".20261204-101501-000-periodic.audit.{os.getpid()}-{host}-0123abcd.tmp"
    for path in (stray, journal, live):
        path.write_bytes(b"x")
    taken = backup.take_backup(session.file.raw_connection(), session.audit_id, "periodic")
    assert not stray.exists() and not journal.exists() and not old.exists()
    assert live.exists() and taken.exists()


def test_scratch_folders_of_ended_processes_are_swept_and_of_running_ones_kept(tmp_path: Path) -> None:
    host, dead = leftovers.host_tag(), _dead_pid()
    gone = tmp_path / f"auditor-evidence-{dead}-{host}-k2j4_x9q"
    (gone / "abcd1234").mkdir(parents=True)
    (gone / "abcd1234" / "report.pdf").write_bytes(b"x")
    kept = [tmp_path / f"auditor-evidence-{os.getpid()}-{host}-k2j4_x9q",  # this process: running
            tmp_path / "auditor-evidence-k2j4_x9q",  # an earlier version's window may still be showing it
            tmp_path / f"auditor-evidence-{dead}-{'f' * 6 if host != 'ffffff' else 'eeeeee'}-k2j4_x9q"]  # elsewhere
    for path in kept:
        path.mkdir()
    assert leftovers.sweep_scratch(tmp_path) == [gone]
    assert all(p.exists() for p in kept)
