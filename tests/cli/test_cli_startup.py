"""What a command loads: the commands that read a file without signatures leave the cryptography library unloaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import cli

_RUN = """
import sys
from auditor_app.__main__ import main
code = main(sys.argv[1:])
print("exit", code, "cryptography loaded:", "cryptography" in sys.modules)
"""


@pytest.mark.parametrize("command", ["info", "check"])
def test_reading_an_unsigned_audit_does_not_load_the_signing_library(tmp_path: Path, command: str) -> None:
    # Every command run pays for what it imports (cryptography: some 40 ms of a 350 ms start).
    path = tmp_path / "plain.audit"
    assert cli("new", path, "--checklist", "iso9001-2015").returncode == 0
    result = subprocess.run([sys.executable, "-c", _RUN, command, str(path)], capture_output=True, text=True,
                            env={**os.environ}, timeout=300)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stdout.strip().endswith("exit 0 cryptography loaded: False"), (result.stdout, result.stderr)
