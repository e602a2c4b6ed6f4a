"""Text too long for an Excel cell: cut at a clean place with a visible marker, listed, recognised on import."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

MAX_TEXT = 32_767  # Excel's limit per cell, counted in UTF-16 units (a character beyond U+FFFF takes two)
# Below this many characters a text fits even if every character takes two UTF-16 units: no need to count.
SAFE_LENGTH = MAX_TEXT // 2
MARKER = "[cut for Excel:"
_CLEAN_CUT = 400  # how far back from the limit a line break or space is looked for
_SPACE = re.compile(r"[\s\x00-\x1f\x7f]+")


def excel_length(text: str) -> int:
    if len(text) <= SAFE_LENGTH or text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def marker(omitted: int) -> str:
    return f" … {MARKER} {omitted:,} more characters; the full text is in the PDF report]"


def fit(text: str) -> str:
    """`text` if a cell holds it, else its start, cut after a word where there is one near the end, and the marker."""
    if excel_length(text) <= MAX_TEXT:
        return text
    head = _head(text)
    return head + marker(len(text) - len(head))


def _head(text: str) -> str:
    budget = MAX_TEXT - excel_length(marker(len(text)))  # the marker's own length varies with the count it names
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
