"""The report's bundled TrueType fonts: registered once, embedded as subsets, chosen per character.

DejaVu Sans Condensed covers Latin, Greek, Cyrillic, Hebrew and Arabic; WenQuanYi Micro Hei covers what DejaVu lacks
(CJK ideographs, kana, Hangul); Symbola covers the remaining symbols and emoji (monochrome). Only files under
`resources/fonts/` are used, never the system's fonts.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont  # type: ignore[import-untyped]

from auditor_app import paths

REGULAR = "AuditSans"
BOLD = "AuditSans-Bold"
CJK = "AuditCJK"
SYMBOLS = "AuditSymbols"
FALLBACKS = (CJK, SYMBOLS)  # tried in this order for a character the body font lacks
FILES = {REGULAR: ("DejaVuSansCondensed.ttf", 0), BOLD: ("DejaVuSansCondensed-Bold.ttf", 0),
         CJK: ("wqy-microhei.ttc", 0), SYMBOLS: ("Symbola.ttf", 0)}


class _Font(TTFont):  # type: ignore[misc]
    """A TTFont whose ToUnicode map is also right for characters outside the BMP (emoji, rare ideographs).

    ReportLab 5.1 writes such code points as 5 hex digits, which PDF readers reject, so copy-and-paste and text
    search lose them; PDF wants them as UTF-16 surrogate pairs.
    """

    def addObjects(self, doc: object) -> None:
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)  # drops the per-document state
        for n, subset in enumerate(subsets):
            if all(code <= 0xFFFF for code in subset):
                continue
            base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)  # type: ignore[attr-defined]
            if stream is not None:
                stream.content = _to_unicode_cmap(base, subset)


def _utf16_hex(code: int) -> str:
    if code <= 0xFFFF:
        return f"{code:04X}"
    code -= 0x10000
    return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"


def _to_unicode_cmap(name: str, subset: list[int]) -> str:
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
             f"<< /Registry ({name})", f"/Ordering ({name})", "/Supplement 0", ">> def", f"/CMapName /{name} def",
             "/CMapType 2 def", "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
             f"{len(subset)} beginbfchar"]
    lines += [f"<{i:02X}> <{_utf16_hex(code)}>" for i, code in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Coverage:
    body: frozenset[int]  # code points every body face (regular and bold) can draw
    fallbacks: tuple[tuple[str, frozenset[int]], ...]
    ascii: bool = False  # the body fonts draw every printable ASCII character

    def font_for(self, char: str) -> str | None:
        """None for the body font, else the first fallback font that has the glyph (None again if none has)."""
        code = ord(char)
        if code in self.body:
            return None
        return next((name for name, codes in self.fallbacks if code in codes), None)


_lock = threading.Lock()
_coverage: Coverage | None = None


def register() -> Coverage:
    """Register the bundled fonts with ReportLab (once per process; safe from a worker thread)."""
    global _coverage
    with _lock:
        if _coverage is None:
            _coverage = _register()
        return _coverage


def _register() -> Coverage:
    fonts: dict[str, TTFont] = {}
    for name, (filename, index) in FILES.items():
        path = paths.resource_path(f"fonts/{filename}")
        if name in FALLBACKS and not path.is_file():
            continue  # an optional fallback: its characters print as missing-glyph boxes
        fonts[name] = _Font(name, str(path), subfontIndex=index)
        pdfmetrics.registerFont(fonts[name])
    # <b> and <i> map inside each family; there is no italic face (user text is never set in italics).
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
            for name in FALLBACKS:
                if name in fonts:
                    addMapping(name, bold, italic, name)
    regular, bold_cmap = (set(fonts[n].face.charToGlyph) for n in (REGULAR, BOLD))
    body = frozenset(regular & bold_cmap)
    return Coverage(body, tuple((n, frozenset(fonts[n].face.charToGlyph)) for n in FALLBACKS if n in fonts),
                    ascii=all(code in body for code in range(0x20, 0x7F)))
