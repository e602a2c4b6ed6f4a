"""Nothing is built on a file that fails its check: no report, copy, export or merge from it, and it says why."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from auditor_app.storage.layout import GUARD_TRIGGERS
from tests.cli.test_cli import cli


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("refusals") / "good.audit"
    result = cli("demo", path, "--photos", 1, "--notes", 6, "--findings", 2)
    assert result.returncode == 0, result.stderr
    return path


def _copy(good: Path, folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(good.read_bytes())
    return path


def _remove_newest_operation(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER op_no_delete")
    conn.execute("DELETE FROM op WHERE seq = (SELECT max(seq) FROM op)")
    conn.execute(GUARD_TRIGGERS[1])
    conn.commit()
    conn.close()


def test_an_operation_removed_by_hand_fails_check_and_blocks_every_export(good: Path, tmp_path: Path) -> None:
    damaged = _copy(good, tmp_path, "damaged.audit")
    _remove_newest_operation(damaged)
    assert cli("rebuild", damaged).returncode == 0  # the cache now agrees with the shortened log
    result = cli("check", damaged)
    assert result.returncode == 1
    assert "operation(s) of" in result.stdout and "missing from the log (removed outside auditor-app)" in result.stdout
    for option, out, what in (("--pdf", "r.pdf", "the report"), ("--xlsx", "w.xlsx", "the workbook"),
                              ("--json", "d.json", "the export")):
        result = cli("export", damaged, option, tmp_path / out, "--profile", "internal")
        assert result.returncode == 1, result.stdout
        assert f"{what} refused: damaged.audit fails its integrity check" in result.stderr
        assert "missing from the log" in result.stderr and "safety backups" in result.stderr
        assert not (tmp_path / out).exists()
    result = cli("handover", damaged, tmp_path / "anna.audit", "--member", "Anna")
    assert result.returncode == 1 and "the hand-over copy refused" in result.stderr
    assert not (tmp_path / "anna.audit").exists()


def test_a_merge_refuses_a_damaged_member_file_and_a_damaged_target(good: Path, tmp_path: Path) -> None:
    lead = _copy(good, tmp_path, "lead.audit")
    member = tmp_path / "anna.audit"
    assert cli("handover", lead, member, "--member", "Anna").returncode == 0
    _remove_newest_operation(member)
    before = lead.read_bytes()
    result = cli("merge", lead, member)
    assert result.returncode == 1
    assert "anna.audit" in result.stderr and "fails its integrity check" in result.stderr
    assert lead.read_bytes() == before

    _remove_newest_operation(lead)
    healthy = tmp_path / "bob.audit"
    healthy.write_bytes(good.read_bytes())
    result = cli("merge", lead, healthy, "-o", tmp_path / "merged.audit")
    assert result.returncode == 1 and "the merge refused: " in result.stderr
    assert not (tmp_path / "merged.audit").exists()


def test_a_damaged_cache_alone_points_to_rebuild_and_rebuild_repairs_it(good: Path, tmp_path: Path) -> None:
    path = _copy(good, tmp_path, "cache.audit")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE c_finding SET statement = 'a softer statement' "
                 "WHERE rowid = (SELECT min(rowid) FROM c_finding)")
    conn.commit()
    conn.close()
    result = cli("export", path, "--xlsx", tmp_path / "w.xlsx")
    assert result.returncode == 1 and "cache differs from the log" in result.stderr
    assert "auditor-app rebuild" in result.stderr
    assert cli("rebuild", path).returncode == 0
    assert cli("export", path, "--xlsx", tmp_path / "w.xlsx").returncode == 0
