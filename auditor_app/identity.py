"""Who is working: the name stamped on every change."""

from __future__ import annotations

import getpass
import os


def default_author() -> str:
    """$AUDITOR_APP_AUTHOR, else the name set in the preferences, else the login name."""
    name = os.environ.get("AUDITOR_APP_AUTHOR")
    if name:
        return name
    from auditor_app.services import preferences  # imported late: only when no name was given

    saved = preferences.load().author_name
    if saved:
        return saved
    try:
        return getpass.getuser()
    except Exception:  # getuser fails on some locked-down Windows accounts
        return "auditor"
