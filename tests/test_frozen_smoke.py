"""The end-to-end smoke test (`auditor-app --smoke-test`), from source and against the frozen build in dist/."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "auditor-app" / ("auditor-app.exe" if sys.platform.startswith("win") else "auditor-app")
ALLOWED = "propagateSizeHints"


def _run(command: list[str], tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("AUDITOR_APP_DATA_DIR", "AUDITOR_APP_CONFIG_DIR"):
        env.pop(name, None)  # --temp-basedir must provide them itself
    started = time.time()
    env["AUDITOR_APP_SMOKE_T0"] = repr(started)
    result = subprocess.run(command + ["--smoke-test", "--temp-basedir"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    return result, time.time() - started


def _check(result: subprocess.CompletedProcess[str]) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "smoke test passed" in result.stdout, output
    lines = [line for line in output.splitlines() if ALLOWED not in line]
    assert not [line for line in lines if "Traceback" in line or "Warning" in line], output


def _startup(result: subprocess.CompletedProcess[str]) -> str:
    for line in result.stdout.splitlines():
        if line.startswith("smoke: start screen shown"):
            return line.split("shown", 1)[1].split("after", 1)[0].strip()
    return "?"


def test_smoke_from_source(tmp_path: Path) -> None:
    result, elapsed = _run([sys.executable, "-m", "auditor_app"], tmp_path)
    _check(result)
    print(f"\nfrom source: start screen after {_startup(result)}, whole smoke test {elapsed:.1f} s")


@pytest.mark.skipif(not FROZEN.exists(), reason=f"no frozen build at {FROZEN.relative_to(ROOT)} (run `make installer`)")
def test_smoke_frozen_build(tmp_path: Path) -> None:
    frozen, frozen_elapsed = _run([str(FROZEN)], tmp_path)
    _check(frozen)
    source, source_elapsed = _run([sys.executable, "-m", "auditor_app"], tmp_path)
    _check(source)
    print(f"\nstart-up to the start screen: frozen {_startup(frozen)}, from source {_startup(source)}; "
          f"whole smoke test: frozen {frozen_elapsed:.1f} s, from source {source_elapsed:.1f} s")


@pytest.mark.skipif(not FROZEN.exists(), reason=f"no frozen build at {FROZEN.relative_to(ROOT)} (run `make installer`)")
def test_the_frozen_build_carries_the_office_stores_driver(tmp_path: Path) -> None:
    """psycopg and SQLAlchemy's PostgreSQL dialect are loaded by name, which a frozen build can miss: a sync to a
    port where nothing listens must get as far as the connection and say so in one line."""
    env = dict(os.environ, AUDITOR_APP_DATA_DIR=str(tmp_path / "data"), AUDITOR_APP_CONFIG_DIR=str(tmp_path / "cfg"))
    audit = tmp_path / "a.audit"
    made = subprocess.run([str(FROZEN), "new", str(audit), "--checklist", "iso9001-2015"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    synced = subprocess.run([str(FROZEN), "sync", str(audit), "--store", "postgresql://alice@127.0.0.1:1/store"],
                            env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert synced.returncode == 1, synced.stdout + synced.stderr
    assert synced.stderr.strip().splitlines() == [
        "auditor-app: cannot connect to the office store postgresql://alice@127.0.0.1:1/store: Connection refused"]
