"""Text too long for an Excel cell: cut at a clean place with a visible marker, listed, recognised on import."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass

from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from auditor_app.exporters.wording import ENGLISH, LANGUAGES, Wording

MAX_TEXT = 32_767  # Excel's limit per cell, counted in UTF-16 units (a character beyond U+FFFF takes two)
# Below this many characters a text fits even if every character takes two UTF-16 units: no need to count.
SAFE_LENGTH = MAX_TEXT // 2
# The language a workbook being written says "[cut for Excel: …]" in: set around a whole workbook (cut_in), so the
# many cell writers need not each be handed the report's wording.
_CUT_WORDING: ContextVar[Wording] = ContextVar("cut_wording", default=ENGLISH)
_CLEAN_CUT = 400  # how far back from the limit a line break or space is looked for
_SPACE = re.compile(r"[\s\x00-\x1f\x7f]+")


def excel_length(text: str) -> int:
    if len(text) <= SAFE_LENGTH or text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


@contextlib.contextmanager
def cut_in(t: Wording) -> Iterator[None]:
    """Text cut while this is open ends with the marker in `t`'s first language."""
    token = _CUT_WORDING.set(t.primary)
    try:
        yield
    finally:
        _CUT_WORDING.reset(token)


def marker(omitted: int, t: Wording | None = None) -> str:
    words = (t or _CUT_WORDING.get()).primary
    return " … " + words.plural(omitted, "[cut for Excel: 1 more character; the full text is in the PDF report]",
                                "[cut for Excel: {count} more characters; the full text is in the PDF report]",
                                count=words.number(omitted))


@functools.cache
def cut_marker(language: str) -> str:
    """The start of the marker in a report language ("[cut for Excel:", "[für Excel gekürzt:" …)."""
    words = marker(2, Wording(language)).removeprefix(" … ")
    colon = min((i for i in (words.find(":"), words.find("：")) if i > 0), default=len(words) - 1)
    return words[:colon + 1]


def cut_markers() -> dict[str, str]:
    """Every report language's marker start: how an import tells a cut cell, whichever language the workbook was
    written in."""
    return {code: cut_marker(code) for code in LANGUAGES}


def fit(text: str, t: Wording | None = None) -> str:
    """`text` if a cell holds it, else its start, cut after a word where there is one near the end, and the marker
    (in `t`, else in the language of the workbook being written)."""
    if excel_length(text) <= MAX_TEXT:
        return text
    head = _head(text, t)
    return head + marker(len(text) - len(head), t)


def _head(text: str, t: Wording | None = None) -> str:
    budget = MAX_TEXT - _marker_room(len(text), t)
    head = text[:budget]
    if excel_length(head) > budget:  # characters beyond U+FFFF count twice
        units = 0
        for count, char in enumerate(text):
            units += 2 if ord(char) > 0xFFFF else 1
            if units > budget:
                head = text[:count]
                break
    space = max(head.rfind(" ", len(head) - _CLEAN_CUT), head.rfind("\n", len(head) - _CLEAN_CUT))
    if space > 0:
        head = head[:space]
    while head and unicodedata.combining(text[len(head)]):  # never part a letter from its accent
        head = head[:-1]
    return head.rstrip()


def _marker_room(length: int, t: Wording | None) -> int:
    """Room for the marker of a text of `length` characters: its length varies with the count it names, in digits
    and in the form the count takes (Arabic "حرفان" for 2, "{count} أحرف" for 3 to 10), so the longest of the forms,
    each with as many digits as the longest count has."""
    words = (t or _CUT_WORDING.get()).primary
    digits = len(words.number(length))
    return max(excel_length(marker(length, t)),
               *(excel_length(marker(n, t)) + digits - len(words.number(n)) for n in (0, 1, 2, 3, 11, 100, 1_000_000)))


def fingerprint(text: str) -> str:
    """What identifies a cell's text after a spreadsheet program saved it again (line ends and spacing may change)."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().encode("utf-8", "surrogatepass")).hexdigest()[:16]


def same_text(a: str, b: str) -> bool:
    return _SPACE.sub(" ", a).strip() == _SPACE.sub(" ", b).strip()


def is_prefix(start: str, text: str) -> bool:
    start = _SPACE.sub(" ", start).strip()
    return bool(start) and _SPACE.sub(" ", text).startswith(start)


@dataclass(frozen=True, slots=True)
class Shortened:
    """A cell of the workbook whose text was cut: where, in which column, how long the text was."""

    sheet: str
    cell: str
    column: str
    length: int
    omitted: int

    def where(self) -> str:
        return f"{self.sheet}, cell {self.cell}"

    def what(self) -> str:
        return f"{self.column}: {self.length:,} characters; the last {self.omitted:,} are not in the workbook"


def shortened_cells(sheet: str, titles: Sequence[str], rows: Sequence[Sequence[object]],
                    first_row: int = 2) -> list[Shortened]:
    """The cells of these rows whose text `fit` cuts."""
    found = []
    for number, row in enumerate(rows, start=first_row):
        for index, value in enumerate(row):
            if type(value) is str and len(value) > SAFE_LENGTH and excel_length(value) > MAX_TEXT:
                kept = len(_head(value))
                found.append(Shortened(sheet, f"{get_column_letter(index + 1)}{number}",
                                       titles[index] if index < len(titles) else "", len(value), len(value) - kept))
    return found
