"""The auditor's own settings (name, language, grading scheme, branding, photo sizes, office store), as JSON."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor_app import paths
from auditor_app.domain import grading
from auditor_app.services import config_file, store_address

log = logging.getLogger(__name__)

FILE_NAME = "preferences.json"
FORMAT_VERSION = 1
LONG_EDGE_RANGE = (800, 8000)  # pixels: below, a calibration label is unreadable; above, no camera needs it
QUALITY_RANGE = (50, 95)  # JPEG quality: below, artefacts hide detail; above, files grow with no visible gain
RANGES = {"photo_long_edge": LONG_EDGE_RANGE, "photo_quality": QUALITY_RANGE}
INITIALS_LIMIT = 8
# The window's languages: "" follows the system's locale; the others name a catalogue resources/i18n/auditor-app_<code>
# (zh_CN is Simplified Chinese, the name Qt's loader finds for zh-Hans-CN and zh_CN locales).
UI_LANGUAGES = ("", "en", "de", "fr", "es", "zh_CN")
# Other texts: 200 characters.
LIMITS = {"initials": INITIALS_LIMIT, "brand_logo": 4096, "report_template": 4096, "store_url": 4096}


@dataclass(frozen=True, slots=True)
class Preferences:
    author_name: str = ""  # stamped on every edit; empty: the login name
    initials: str = ""
    ui_language: str = ""  # one of UI_LANGUAGES; read at start, so a change shows at the next start
    grading_scheme: str = grading.DEFAULT.key  # for new audits
    brand_organisation: str = ""  # the auditing organisation named in reports
    brand_logo: str = ""  # path of a picture file
    report_template: str = ""  # path of the certification body's Word report template; empty: the default one
    photo_keep_original: bool = True  # store photos as taken; otherwise downscaled to the two below
    photo_long_edge: int = 2400
    photo_quality: int = 85
    store_url: str = ""  # the office store (services/store_address.py), never with a password


DEFAULTS = Preferences()


def file_path() -> Path:
    return paths.user_config_dir() / FILE_NAME


def load() -> Preferences:
    """The saved preferences; a missing, damaged or partly wrong file never stops the application."""
    path = file_path()
    data = config_file.read_json(path)
    if data is None:
        return DEFAULTS
    if not isinstance(data, dict):
        config_file.set_aside(path, f"expected an object, found {type(data).__name__}")
        return DEFAULTS
    return from_dict(data)


def save(prefs: Preferences) -> None:
    """Write atomically; raises KnownError (with the file named) when the folder cannot be written."""
    data: dict[str, Any] = {"version": FORMAT_VERSION, **dataclasses.asdict(from_dict(dataclasses.asdict(prefs)))}
    config_file.write_json(file_path(), data)


def from_dict(data: dict[str, Any]) -> Preferences:
    """Known keys with valid values; unknown keys are ignored, bad values replaced by defaults (logged)."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(Preferences):
        if f.name not in data:
            continue
        value, problem = _check(f.name, data[f.name])
        if problem:
            log.warning("preferences: %s %s; using the default %r", f.name, problem, getattr(DEFAULTS, f.name))
        else:
            values[f.name] = value
    return Preferences(**values)


def _check(name: str, value: Any) -> tuple[Any, str]:
    """(clean value, "") or (None, what is wrong)."""
    default = getattr(DEFAULTS, name)
    if isinstance(default, bool):
        return (value, "") if isinstance(value, bool) else (None, f"is {value!r}, not true or false")
    if isinstance(default, int):
        low, high = RANGES[name]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return None, f"is {value!r}, not a whole number from {low} to {high}"
        return value, ""
    if not isinstance(value, str):
        return None, f"is {value!r}, not text"
    if name == "grading_scheme" and value not in grading.SCHEMES:
        return None, f"{value!r} is not a known grading scheme"
    if name == "ui_language" and value not in UI_LANGUAGES:
        return None, f"{value!r} is not one of the window's languages ({', '.join(UI_LANGUAGES[1:])})"
    if name == "store_url":  # a password typed into the URL is dropped, never written to the file
        value = store_address.without_password(value)
    if name != "brand_logo":
        value = " ".join(value.split())  # one line: these are printed in headers and stamped on edits
    limit = LIMITS.get(name, 200)
    if len(value) > limit:
        return None, f"is longer than {limit} characters"
    return value, ""


def suggest_initials(name: str) -> str:
    """"Dr. Katrin Vogel" -> "KV"; a name written without spaces (李伟) is kept whole up to the limit."""
    words = [w for w in name.split() if not w.endswith(".")]
    if len(words) == 1:
        word = words[0]
        return word[:INITIALS_LIMIT] if not word.isascii() else word[:2].upper()
    return "".join(w[0] for w in words if w[0].isalnum())[:INITIALS_LIMIT].upper()
