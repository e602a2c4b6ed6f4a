"""What a cell of the client's Findings sheet may say: dates in common forms, the client's statuses, cut text."""

from __future__ import annotations

import datetime
import json
import re

from auditor_app.domain.vocab import CLIENT_STATUSES, CLOSED_STATUSES, STATUS_LABELS
from auditor_app.exporters import wording
from auditor_app.exporters.xlsx_fit import (
    MAX_TEXT,
    cut_markers,
    excel_length,
    fingerprint,
    fit,
    is_prefix,
    same_text,
)

_STATUS = {**{key: key for key in STATUS_LABELS}, **{label.casefold(): key for key, label in STATUS_LABELS.items()}}
_CLIENT_CHOICE = " or ".join(f"'{STATUS_LABELS[key]}'" for key in CLIENT_STATUSES)
_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})")
_EXCEL_EPOCH = datetime.date(1899, 12, 30)  # day 0 of Excel's serial numbers (counting its phantom 29 Feb 1900)
# Serial numbers of 2000-01-01 and 2100-01-01: a due date outside these is a number typed by mistake.
_SERIALS = ((datetime.date(2000, 1, 1) - _EXCEL_EPOCH).days, (datetime.date(2100, 1, 1) - _EXCEL_EPOCH).days)
_HOW = "write 2027-06-15 or 15.06.2027"


class CellRefused(ValueError):
    """What is wrong with one cell; the caller says where."""


class Formula(str):
    """A cell that holds a formula (by its cell type, not by a leading "=", which text may have too)."""


def text(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, Formula):
        raise CellRefused("formulas are not imported; type the value itself")
    return str(raw).strip()


def status(raw: object) -> str | None:
    typed = text(raw)
    if not typed:
        return None
    key = _STATUS.get(typed.casefold())
    if key is None:  # a workbook exported in another report language: its words for the statuses
        key = wording.read_back(STATUS_LABELS, vocab=STATUS_LABELS).get(typed.casefold())
    if key is None:
        raise CellRefused(f"{typed!r} is not one of {', '.join(STATUS_LABELS[k] for k in CLIENT_STATUSES)}")
    return key


def due_date(raw: object) -> str | None:
    """ISO 8601 text of the date the cell holds: a date cell, an Excel serial number, or text written year first
    (2027-06-15, 2027/06/15) or day first (15.06.2027, 15/06/2027: the form used outside North America)."""
    if isinstance(raw, datetime.datetime):
        return raw.date().isoformat()
    if isinstance(raw, datetime.date):
        return raw.isoformat()
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if not _SERIALS[0] <= raw < _SERIALS[1]:
            raise CellRefused(f"{raw:g} is not a date; {_HOW}")
        return (_EXCEL_EPOCH + datetime.timedelta(days=int(raw))).isoformat()
    typed = text(raw)
    if not typed:
        return None
    if match := _ISO.fullmatch(typed):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DAY_FIRST.fullmatch(typed):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    else:
        raise CellRefused(f"{typed!r} is not a date; {_HOW}")
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        hint = " (dates are read day first: 15/06/2027 is 15 June)" if match.re is _DAY_FIRST and month > 12 else ""
        raise CellRefused(f"{typed!r} is not a day of the calendar{hint}") from None


def check_client_may(ref: str, current: str | None, field: str, new: object) -> None:
    """Refuse a change that is the auditor's to make: any change of a closed finding, a status beyond the client's
    answer (accepting, verifying, withdrawing), or going back on a plan the auditor accepted."""
    current = current or "open"
    if current in CLOSED_STATUSES:
        raise CellRefused(f"{ref} is '{STATUS_LABELS[current]}'; only the auditor can change it now")
    if field != "status":
        return
    if not isinstance(new, str):
        raise CellRefused(f"the status cannot be left empty; the client can set {_CLIENT_CHOICE}")
    if new not in CLIENT_STATUSES:
        raise CellRefused(f"'{STATUS_LABELS[new]}' is the auditor's decision; the client can set {_CLIENT_CHOICE}")
    if current not in CLIENT_STATUSES:
        raise CellRefused(f"{ref} is '{STATUS_LABELS.get(current, current)}'; the client cannot set "
                          f"'{STATUS_LABELS[new]}' any more")


def exported_fingerprints(raw: object) -> dict[str, str]:
    """The hidden record of the row's client cells that the export cut (unreadable: as if there were none)."""
    try:
        record = json.loads(raw) if isinstance(raw, str) else {}
    except ValueError:
        return {}
    if not isinstance(record, dict):
        return {}
    return {k: v for k, v in record.items() if isinstance(k, str) and isinstance(v, str)}


def as_exported(cell: str, current: str | None, exported: str | None) -> bool | None:
    """True: the cell still holds what an export wrote for a text too long for Excel (no edit); False: the client
    edited such a cell (it cannot be imported); None: an ordinary cell."""
    if exported is not None:
        return fingerprint(cell) == exported
    current = current or ""
    # Without the record (an older workbook, or a program that dropped the hidden column): by the text itself.
    too_long = excel_length(current) > MAX_TEXT
    # The languages whose marker the cell holds: the text is cut again as a workbook in that language cut it.
    languages = [code for code, start in cut_markers().items() if start in cell]
    if too_long and (same_text(cell, current[:MAX_TEXT]) or any(same_text(cell, fit(current, wording.Wording(code)))
                                                                for code in languages)):
        return True  # as this version writes it, or as older versions did (cut without a word)
    if languages or (too_long and is_prefix(cell, current)):
        return False
    return None
