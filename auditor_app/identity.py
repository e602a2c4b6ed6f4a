"""Who is working: the name stamped on every change."""

from __future__ import annotations

import getpass
import os


def default_author() -> str:
    """$AUDITOR_APP_AUTHOR, else the login name."""
    name = os.environ.get("AUDITOR_APP_AUTHOR")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # getuser fails on some locked-down Windows accounts
        return "auditor"
