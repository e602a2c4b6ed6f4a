"""One line of right-to-left or mixed text in display order, with brackets and other paired signs mirrored (UBA L1–L4).

python-bidi's Rust `get_display` reorders (rules L1, L2) but leaves out rule L4: a Bidi_Mirrored character at an odd
(right-to-left) level must be drawn with its mirrored glyph. A PDF has no text shaper to do it, so "(עובדים)"
printed as ")עובדים(". Here the resolved levels come from the same Rust implementation (its debug record of the
paragraph), the line is reordered with them, and L4 swaps each mirrored character for its mirror image
(BidiMirroring.txt, as python-bidi ships it).
"""

from __future__ import annotations

import logging
import re
import unicodedata

from bidi import get_display  # type: ignore[import-untyped]
from bidi.bidi import get_display_inner  # type: ignore[import-untyped]
from bidi.mirror import MIRRORED  # type: ignore[import-untyped]

__all__ = ["visual"]

_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")
# Characters L1 puts back on the paragraph's level at the end of a line: white space, isolates, and those X9 removes.
_TRAILING = {"WS", "FSI", "LRI", "RLI", "PDI", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"}
_log = logging.getLogger(__name__)


def _levels(line: str, base: str) -> list[int] | None:
    """The resolved embedding level of each character, or None when the record cannot be read (a changed library)."""
    record = str(get_display_inner(line, base, True))
    head, found, rest = record.partition("levels:")
    section = rest.partition("paragraphs:")[0] if found else ""
    per_byte = [int(level) for level in _LEVEL.findall(section)]
    encoded = [len(ch.encode("utf-8")) for ch in line]
    if len(per_byte) != sum(encoded):  # the record counts UTF-8 bytes
        return None
    out, index = [], 0
    for size in encoded:
        out.append(per_byte[index])
        index += size
    return out


def visual(line: str, rtl: bool) -> str:
    """`line` (one line, no line breaks) in the order it is drawn, left to right, mirrored where L4 says."""
    base = "R" if rtl else "L"
    levels = _levels(line, base)
    if levels is None:
        _log.warning("bidi levels unreadable: brackets in right-to-left text may print reversed")
        return str(get_display(line, base_dir=base))
    paragraph = 1 if rtl else 0
    end = len(line)
    while end and unicodedata.bidirectional(line[end - 1]) in _TRAILING:  # L1, trailing white space
        end -= 1
        levels[end] = paragraph
    order = list(range(len(line)))
    odd = [level for level in levels if level % 2]
    if odd:  # L2: from the highest level down to the lowest odd one, reverse every run at that level or higher
        for level in range(max(levels), min(odd) - 1, -1):
            start = None
            for position in range(len(order) + 1):
                inside = position < len(order) and levels[order[position]] >= level
                if inside and start is None:
                    start = position
                elif not inside and start is not None:
                    order[start:position] = order[start:position][::-1]
                    start = None
    return "".join(MIRRORED.get(line[i], line[i]) if levels[i] % 2 else line[i] for i in order)  # L4
