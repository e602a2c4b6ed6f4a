"""Where resources, checklists and the user's folders live, from a checkout or a frozen build."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "auditor-app"


def install_root() -> Path:
    """The folder that holds `resources/` and `checklists/`."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def _contained(root: Path, relative: str) -> Path:
    rel = Path(relative)
    if rel.is_absolute() or ".." in rel.parts:
        raise ValueError(f"resource path must be relative and inside the bundle: {relative!r}")
    return root / rel


def resource_path(relative: str = "") -> Path:
    """A file or folder under `resources/`."""
    return _contained(install_root() / "resources", relative)


def checklist_dir() -> Path:
    """The bundled checklists."""
    return install_root() / "checklists"


def _portable_dir() -> Path | None:
    # A marker file beside the executable switches to portable mode (USB stick use).
    exe_dir = Path(sys.executable).resolve().parent
    if getattr(sys, "frozen", False) and (exe_dir / "portable.txt").exists():
        return exe_dir / "user-data"
    return None


def user_data_dir() -> Path:
    """User checklists, backups, logs. Overridable with AUDITOR_APP_DATA_DIR."""
    override = os.environ.get("AUDITOR_APP_DATA_DIR")
    if override:
        path = Path(override)
    else:
        portable = _portable_dir()
        path = portable if portable is not None else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_config_dir(create: bool = True) -> Path:
    """Preferences. Overridable with AUDITOR_APP_CONFIG_DIR. Without `create`, only where it is (looking for a file
    there must not make the folder)."""
    override = os.environ.get("AUDITOR_APP_CONFIG_DIR")
    if override:
        path = Path(override)
    else:
        portable = _portable_dir()
        path = portable / "config" if portable is not None else Path(
            platformdirs.user_config_dir(APP_NAME, False)
        )
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    """Rotating verified backups of audit files."""
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def sample_audit() -> Path:
    """The sample audit the window opens when given no file (built on first use)."""
    return user_data_dir() / "sample.audit"


def free_name(folder: Path, stem: str, suffix: str = "") -> Path:
    """`folder/stem+suffix`, or `stem (2)+suffix`, `stem (3)+suffix` …: a name not taken yet in `folder` (a new
    audit file offered, a package's folder): what is there is never overwritten."""
    candidate, number = folder / f"{stem}{suffix}", 2
    while candidate.exists():
        candidate, number = folder / f"{stem} ({number}){suffix}", number + 1
    return candidate
