"""Search text handling: folding, query terms, match marks and the snippet window around the first match."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

MARK_START, MARK_END = "\ue000", "\ue001"  # private-use characters around matches; stripped from indexed text
WINDOW = 150  # characters of context shown around the first match
_TERM = re.compile(r'"([^"]*)"?|(\S+)')
MARKS = str.maketrans("", "", MARK_START + MARK_END)


def fold(text: str) -> str:
    """Lower case, character for character, so positions in the folded text are positions in the original."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


def terms_of(text: str) -> list[str]:
    """The words of a query; "quoted words" stay one phrase. Nothing a user types is an operator."""
    found = (m.group(1) if m.group(1) is not None else m.group(2) for m in _TERM.finditer(text))
    return list(dict.fromkeys(t for t in (" ".join(f.translate(MARKS).split()) for f in found) if t))


def phrase(term: str) -> str:
    # Inside an FTS5 string every character is literal: AND, NEAR, *, -, ^, : and ( mean nothing there.
    return '"' + term.replace('"', '""') + '"'


def segments(marked: str) -> Iterator[tuple[str, bool]]:
    """(text, is_match) pieces of a marked title or snippet, for a view to draw."""
    for number, part in enumerate(re.split(f"[{MARK_START}{MARK_END}]", marked)):
        if part:
            yield part, number % 2 == 1


def mark(text: str, terms: list[str]) -> str:
    """Mark the (already folded) terms in the parts of `text` that are not marked yet."""
    if not terms:
        return text
    out = []
    for part, matched in segments(text) if MARK_START in text else iter([(text, False)]):
        if matched:
            out.append(MARK_START + part + MARK_END)
            continue
        folded, spans = fold(part), []
        for term in terms:
            start = folded.find(term)
            while start >= 0:
                spans.append((start, start + len(term)))
                start = folded.find(term, start + len(term))
        position = 0
        for start, end in _merged(spans):
            out += [part[position:start], MARK_START, part[start:end], MARK_END]
            position = end
        out.append(part[position:])
    return "".join(out)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def window(marked: str, width: int = WINDOW) -> str:
    """About `width` characters of one line around the first match, cut at spaces where there are any."""
    flat = " ".join(marked.split())
    first = flat.find(MARK_START)
    if len(flat) <= width:
        return flat
    start = max(0, first - width // 3) if first >= 0 else 0
    if start:
        space = flat.find(" ", start, start + 15)
        start = space + 1 if space >= 0 else start
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", end - 15, end)
        end = space if space > start else end
    piece = flat[start:end]
    if piece.count(MARK_START) > piece.count(MARK_END):  # cut inside a match: close it
        piece += MARK_END
    if piece.count(MARK_END) > piece.count(MARK_START):
        piece = MARK_START + piece
    return ("…" if start else "") + piece + ("…" if end < len(flat) else "")


def local_when(stamp: str | None) -> str:
    """A stored time as a user reads it: UTC stamps in local time, typed dates and times as written."""
    if not stamp:
        return ""
    if stamp.endswith("Z"):
        try:
            return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return stamp
    return stamp.replace("T", " ")[:16]
