"""The warm command runner of the tests answers as a fresh `python -m auditor_app` does: exit code, stdout, stderr,
environment, working folder, stdin, and a command that overruns is stopped without disturbing the next."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import warm_cli


def _fresh(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "auditor_app", *args], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL, **kwargs)  # type: ignore[call-overload]


def test_a_warm_command_answers_as_a_fresh_interpreter(tmp_path: Path) -> None:
    path = tmp_path / "müller.audit"
    for args in (["--version"], ["info", str(tmp_path / "missing.audit")], ["new", str(path), "--checklist",
                 "iso9001-2015", "--client", "Müller GmbH 检查"], ["info", str(path)], ["info", "--bogus"]):
        warm = warm_cli.run(args)
        if args[0] == "new":
            path.unlink()  # made again by the fresh run
        fresh = _fresh(args)
        assert (warm.returncode, warm.stdout, warm.stderr) == (fresh.returncode, fresh.stdout, fresh.stderr), args


def test_environment_folder_and_input_are_the_commands_own(tmp_path: Path) -> None:
    env = {**os.environ, "AUDITOR_APP_AUTHOR": "Dr. Ärztin"}
    made = warm_cli.run(["new", "relative.audit", "--checklist", "iso9001-2015"], env=env, cwd=tmp_path)
    assert made.returncode == 0 and "lead auditor Dr. Ärztin" in made.stdout
    assert (tmp_path / "relative.audit").exists()
    again = warm_cli.run(["new", "other.audit", "--checklist", "iso9001-2015"], cwd=tmp_path)
    assert "lead auditor Test Auditor" in again.stdout  # the first command's environment did not stay


def test_a_command_that_overruns_is_stopped_and_the_next_one_runs(tmp_path: Path) -> None:
    with pytest.raises(subprocess.TimeoutExpired):
        warm_cli.run(["demo", tmp_path / "slow.audit", "--photos", 50], timeout=0.05)
    after = warm_cli.run(["--version"])
    assert after.returncode == 0 and after.stdout.startswith("auditor-app ")
