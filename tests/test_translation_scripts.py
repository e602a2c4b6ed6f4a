"""The scripts that keep the window's catalogues: update_translations.sh (collect) and compile_translations.sh
(build the .qm files a fresh checkout's set-up and the installer build need)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # the first 16 bytes of every compiled catalogue


def _checkout_copy(tmp_path: Path) -> Path:
    """The scripts and the German catalogue in a folder of their own, with this checkout's virtual environment."""
    root = tmp_path / "checkout"
    (root / "scripts").mkdir(parents=True)
    (root / "resources" / "i18n").mkdir(parents=True)
    shutil.copy2(ROOT / "scripts" / "compile_translations.sh", root / "scripts")
    shutil.copy2(ROOT / "resources" / "i18n" / "auditor-app_de.ts", root / "resources" / "i18n")
    (root / ".venv").symlink_to(ROOT / ".venv")
    return root


def test_compile_builds_a_qm_for_every_catalogue_and_only_when_the_catalogue_changed(tmp_path: Path) -> None:
    root = _checkout_copy(tmp_path)
    script = root / "scripts" / "compile_translations.sh"
    done = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    qm = root / "resources" / "i18n" / "auditor-app_de.qm"
    assert qm.read_bytes()[:16] == QM_MAGIC
    built = qm.stat().st_mtime_ns
    os.utime(qm, ns=(built - 10**9, built - 10**9))  # a second back, still newer than the catalogue
    os.utime(root / "resources" / "i18n" / "auditor-app_de.ts", ns=(built - 2 * 10**9, built - 2 * 10**9))
    assert subprocess.run(["bash", str(script)], timeout=120).returncode == 0
    assert qm.stat().st_mtime_ns == built - 10**9  # up to date: not rebuilt


def test_compiled_catalogues_are_build_output_and_not_committed() -> None:
    ignored = subprocess.run(["git", "check-ignore", "-q", "resources/i18n/auditor-app_de.qm"], cwd=ROOT)
    assert ignored.returncode == 0
    assert not subprocess.run(["git", "ls-files", "resources/i18n/*.qm"], cwd=ROOT, capture_output=True,
                              text=True).stdout


def test_setup_and_the_installer_build_compile_the_catalogues() -> None:
    assert "scripts/compile_translations.sh" in (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "compile_translations.sh" in (ROOT / "build_installer.spec").read_text(encoding="utf-8")


def test_update_refuses_a_language_it_does_not_keep() -> None:
    done = subprocess.run(["bash", str(ROOT / "scripts" / "update_translations.sh"), "it"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1
    assert "unknown argument 'it'" in done.stderr and "de fr es zh_CN" in done.stderr
