"""Parsing JSON text from outside: every failure, hostile ones too, is one InputError naming line and column."""

from __future__ import annotations

import json
import re
from typing import Any

from auditor_app.domain.op_rules import INT_MAX, INT_MIN
from auditor_app.errors import InputError

# Strings are skipped whole, so brackets inside texts are not counted as nesting.
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


class _BigNumber(ValueError):
    def __init__(self, digits: str) -> None:
        super().__init__(digits)
        self.digits = digits


def _whole(text: str) -> int:
    # Checked on the digits, before conversion: a 5,000-digit number must not reach int() (a ValueError without
    # a position) nor SQLite (which holds 64 bits).
    if len(text) > 20 or not INT_MIN <= int(text) <= INT_MAX:
        raise _BigNumber(text)
    return int(text)


def loads(text: str, origin: str) -> Any:
    """The decoded value; InputError("origin, line L, column C: …") for anything that is not sound JSON."""
    try:
        return json.loads(text, parse_int=_whole)
    except json.JSONDecodeError as exc:
        raise InputError(f"{origin}, line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})") from None
    except _BigNumber as exc:
        where = _at(origin, text, text.find(exc.digits))
        shown = exc.digits if len(exc.digits) <= 24 else f"{exc.digits[:20]}… ({len(exc.digits)} digits)"
        raise InputError(f"{where}: the number {shown} is outside the range of whole numbers "
                         f"an audit file holds ({INT_MIN} to {INT_MAX})") from None
    except RecursionError:
        raise InputError(f"{_at(origin, text, _too_deep(text))}: not valid JSON (nested more than {_DEEP} "
                         "levels deep)") from None


_DEEP = 500  # the parser itself gives up somewhat further in; no document of ours comes near either


def _too_deep(text: str, limit: int = _DEEP) -> int:
    """Offset of the first bracket nested deeper than `limit`, or -1."""
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                return match.start()
        elif token in "]}":
            depth -= 1
    return -1


def _at(origin: str, text: str, offset: int) -> str:
    if offset < 0:
        return origin
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{origin}, line {line}, column {column}"
