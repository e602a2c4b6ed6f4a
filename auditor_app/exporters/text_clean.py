"""User text as it should print, in any report: cleaned of control and bidi-override characters, or shortened."""

from __future__ import annotations

import unicodedata

# Bidi embeddings/overrides/isolates and marks: a report shows text in its stored (logical) order, so a U+202E
# cannot make "exe.txt" print as "txt.exe". Line and paragraph separators become line breaks.
_DROP = dict.fromkeys([0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF, 0x00AD])
ELLIPSIS = "…"


def clean(value: object) -> str:
    """Text as it should print: NFC, line breaks normalised, control, format and bidi-override characters removed."""
    if value is None:
        return ""
    text = str(value).encode("utf-8", "replace").decode("utf-8")  # lone surrogates become "?"
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.replace("\t", " ").translate(_DROP)
    text = unicodedata.normalize("NFC", text)
    if text.replace("\n", "").isprintable():  # no Cc, Cs, Co or Cn character: nothing to remove (the common case)
        return text
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn")
                   or _keep_unassigned(ch))


def _keep_unassigned(ch: str) -> bool:
    # Cn also holds code points newer than Python's Unicode tables; keep them unless they are noncharacters.
    code = ord(ch)
    return unicodedata.category(ch) == "Cn" and not (0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE)


def shorten(value: object, limit: int) -> str:
    """The first words of a text, on one line, at most `limit` characters (for table cells that summarise)."""
    text = " ".join(clean(value).split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[: limit] else text[:limit]
    return cut.rstrip(" ,;:.") + ELLIPSIS
