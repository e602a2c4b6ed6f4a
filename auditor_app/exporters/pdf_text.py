"""User text on its way into the PDF: cleaned, escaped, shaped, in the right font, and right-to-left where needed.

Every user string reaches a Paragraph through `markup()` (or `para()`, which uses the same steps): it is escaped with
`xml.sax.saxutils.escape`, so `<`, `&` and `>` print literally and user text can never add markup, links or images.
Markup comes only from constants in the exporter (bold labels, the CJK fallback font tag, line breaks).
"""

from __future__ import annotations

import re
import unicodedata
from contextvars import ContextVar
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

import arabic_reshaper  # type: ignore[import-untyped]
from arabic_reshaper.ligatures import LIGATURES  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT, TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Paragraph  # type: ignore[import-untyped]

from auditor_app.exporters import pdf_bidi, pdf_fonts
from auditor_app.exporters.text_clean import ELLIPSIS as ELLIPSIS
from auditor_app.exporters.text_clean import clean as clean
from auditor_app.exporters.text_clean import shorten as shorten

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_SPACE = re.compile(r"(\s+)")
_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
# A run in the CJK font long enough to need breaks between ideographs (shorter runs break at spaces).
_LONG_CJK = re.compile(f'<font name="{pdf_fonts.CJK}">[^<\\s]{{8,}}')
_TAG = re.compile(r"(<[^>]*>)")


def _drop_format(text: str) -> str:
    """Format characters (ZWJ, variation selectors…) have no glyph in the bundled fonts: after shaping, drop them."""
    if text.isprintable() and not _SELECTORS.search(text):  # no Cf character and no selector (the common case)
        return text
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf" and not 0xFE00 <= ord(ch) <= 0xFE0F
                   and not 0xE0100 <= ord(ch) <= 0xE01EF)


def has_rtl(text: str) -> bool:
    """Any Hebrew or Arabic letter."""
    return bool(_RTL.search(text))


def is_rtl(text: str) -> bool:
    """Mainly right-to-left: more Hebrew/Arabic letters than left-to-right ones."""
    if not _RTL.search(text):
        return False
    rtl = ltr = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return rtl > ltr


@cache
def _reshaper() -> Any:
    """Arabic letter forms and only those ligatures the bundled body font can draw."""
    covered = pdf_fonts.register().body
    config: dict[str, bool] = {"delete_harakat": True, "support_ligatures": True}
    for name, (_match, forms) in LIGATURES:
        config[name] = all(ord(f) in covered for f in forms if f)
    return arabic_reshaper.ArabicReshaper(configuration=config)


def _shape(line: str) -> str:
    if _ARABIC.search(line):
        line = str(_reshaper().reshape(line))
    return _drop_format(line)


def _visual(line: str, rtl: bool) -> str:
    return pdf_bidi.visual(line, rtl) if _RTL.search(line) else line


def runs(text: str) -> list[tuple[str, str]]:
    """(font name, text) runs: the body font, or a fallback font for characters only it can draw."""
    coverage = pdf_fonts.register()
    if text.isascii() and coverage.ascii:  # the common case: all of it in the body font
        return [(pdf_fonts.REGULAR, text)] if text else []
    out: list[tuple[str, str]] = []
    current: str | None = None
    start = 0
    for index, ch in enumerate(text):
        font = coverage.font_for(ch) if not ch.isspace() else current
        if font != current and index > start:
            out.append((current or pdf_fonts.REGULAR, text[start:index]))
            start = index
        current = font
    if start < len(text):
        out.append((current or pdf_fonts.REGULAR, text[start:]))
    return out


def _escape_runs(text: str) -> str:
    parts = []
    for font, chunk in runs(text):
        safe = escape(chunk)
        parts.append(safe if font == pdf_fonts.REGULAR else f'<font name="{font}">{safe}</font>')  # app constant
    return "".join(parts)


def _unbroken(value: object) -> str:
    # ReportLab breaks lines at U+202F (CLDR's French digit group separator: "1 200") as at a space; its one
    # no-break space is U+00A0.
    return clean(value).replace("\u202f", "\u00a0")


def markup(value: object) -> str:
    """THE way user text enters Paragraph markup: cleaned, shaped, escaped, font-tagged, newlines as <br/>."""
    out = []
    for line in _unbroken(value).split("\n"):
        line = _shape(line)
        out.append(_escape_runs(_visual(line, is_rtl(line))))
    return "<br/>".join(out)


@cache
def cjk_variant(style: ParagraphStyle) -> ParagraphStyle:
    """The same style with line breaks allowed between ideographs (CJK text has no spaces to break at)."""
    return ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")


def _font_tagged(app_markup: str) -> str:
    """Markup with the fallback font tag around what the body font cannot draw outside `markup()` results too:
    translated constants (a Chinese "document {ref}") are put into markup as they are."""
    if app_markup.isascii():
        return app_markup
    parts = _TAG.split(app_markup)
    fonts: list[bool] = []  # open <font> tags: True for a fallback font's, whose text is tagged already
    for index, part in enumerate(parts):
        if index % 2:
            if part.startswith("<font"):
                fonts.append(any(f'name="{name}"' in part for name in pdf_fonts.FALLBACKS))
            elif part.startswith("</font") and fonts:
                fonts.pop()
        elif part and not any(fonts):
            parts[index] = "".join(chunk if font == pdf_fonts.REGULAR else f'<font name="{font}">{chunk}</font>'
                                   for font, chunk in runs(part))
    return "".join(parts)


# True while a right-to-left report (Arabic) is put together (pdf_styles.direction): its tables read from the right
# (first column on the right) and its headings and app text are right-aligned.
RIGHT_TO_LEFT: ContextVar[bool] = ContextVar("right_to_left", default=False)
_TAG_OR_ENTITY = re.compile(r"<[^>]*>|&[#\w]+;")  # markup tags and entities (&nbsp; is no letter)


@cache
def _right_aligned(style: ParagraphStyle, mirrored: bool = False) -> ParagraphStyle:
    """Right-aligned; `mirrored` (a right-to-left report) also indented from the right, where its lines start."""
    if not mirrored:
        return ParagraphStyle(f"{style.name}-right", parent=style, alignment=TA_RIGHT)
    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT, leftIndent=style.rightIndent,
                          rightIndent=style.leftIndent)


def aligned(app_markup: str, style: ParagraphStyle) -> ParagraphStyle:
    """The style, right-aligned where left-aligned markup is mainly right-to-left (an Arabic heading or label) or,
    in a right-to-left report, holds any right-to-left text (an Arabic and English heading)."""
    if style.alignment != TA_LEFT or not _RTL.search(app_markup):
        return style
    rtl = RIGHT_TO_LEFT.get()
    return _right_aligned(style, rtl) if rtl or is_rtl(_TAG_OR_ENTITY.sub("", app_markup)) else style


def rich(app_markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph from markup the exporter composed (constants plus `markup()` results only)."""
    app_markup = _font_tagged(app_markup)
    # CJK line breaking is slow: cjk_variant only where spaces are too rare to break at.
    return Paragraph(app_markup, aligned(app_markup, cjk_variant(style) if pdf_fonts.CJK in app_markup
                                         and _LONG_CJK.search(app_markup) else style))


def para(value: object, style: ParagraphStyle, right_to_left: bool | None = None) -> Flowable:
    """A flowable for one user text: a Paragraph, or a BidiParagraph when it holds right-to-left script (or
    `right_to_left` says it reads from the right, whatever its letters: a line of an Arabic report)."""
    text = _unbroken(value)
    if right_to_left or _RTL.search(text):
        return BidiParagraph(text, style, right_to_left)
    return rich(markup(text), style)


def text_width(text: str, font: str, size: float) -> float:
    return float(sum(stringWidth(chunk, font if f == pdf_fonts.REGULAR else f, size) for f, chunk in runs(text)))


def line_width(value: object, font: str, size: float) -> float:
    """The width of one line of text as `draw_line` draws it (Arabic letter forms are narrower or wider)."""
    return text_width(_shape(" ".join(clean(value).split())), font, size)


def draw_line(canvas: Any, x: float, y: float, value: object, font: str, size: float, max_width: float,
              align: str = "left") -> None:
    """Text drawn straight on the canvas (running header, labels): one line, shaped, cut to fit with an ellipsis."""
    line = " ".join(clean(value).split())
    line = _shape(line)
    if text_width(line, font, size) > max_width:
        while line and text_width(line + ELLIPSIS, font, size) > max_width:
            line = line[: max(0, min(len(line) - 1, int(len(line) * 0.9)))]
        line = line.rstrip() + ELLIPSIS
    line = _visual(line, is_rtl(line))
    width = text_width(line, font, size)
    cursor = x - width if align == "right" else x
    for f, chunk in runs(line):
        canvas.setFont(font if f == pdf_fonts.REGULAR else f, size)
        canvas.drawString(cursor, y, chunk)
        cursor += stringWidth(chunk, canvas._fontname, size)


class BidiParagraph(Flowable):  # type: ignore[misc]
    """Right-to-left (or mixed) text: broken into lines in logical order first, then each line reordered for display.

    Reordering before wrapping would put the end of a sentence on its first line; so the lines are measured on the
    shaped logical text and each line gets the Unicode bidi algorithm on its own. Mainly RTL text is right-aligned
    (in a right-to-left report also indented from the right).
    """

    def __init__(self, text: str, style: ParagraphStyle, rtl: bool | None = None) -> None:
        super().__init__()
        self.text = text
        self.rtl = is_rtl(text) if rtl is None else rtl
        parent = _right_aligned(style, RIGHT_TO_LEFT.get()) if self.rtl else style
        self.style = ParagraphStyle(f"{style.name}-bidi", parent=parent, wordWrap=None,
                                    alignment=TA_RIGHT if self.rtl else TA_LEFT)
        self._para: Paragraph | None = None
        self._width = -1.0

    def _layout(self, avail_width: float) -> Paragraph:
        if self._para is None or avail_width != self._width:
            style = self.style
            usable = max(20.0, (avail_width - style.leftIndent - style.rightIndent) * 0.97)
            lines = []
            for logical in self.text.split("\n"):
                for piece in _break(_shape(logical), usable, style.fontName, style.fontSize):
                    lines.append(_escape_runs(_visual(piece, self.rtl)))
            self._para, self._width = Paragraph("<br/>".join(lines), style), avail_width
        return self._para

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = self._layout(avail_width).wrap(avail_width, avail_height)
        return float(width), float(height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return list(self._layout(avail_width).split(avail_width, avail_height))

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)


def _break(text: str, width: float, font: str, size: float) -> list[str]:
    """Greedy line breaking at spaces; a word wider than the line is cut between characters."""
    lines: list[str] = []
    current = ""
    for token in _SPACE.split(text):
        if not token:
            continue
        if token.isspace():
            current += token if current else ""
            continue
        if text_width(token, font, size) > width:  # a single over-long word: cut it
            if current.strip():
                lines.append(current.rstrip())
            current = ""
            for ch in token:
                if current and text_width(current + ch, font, size) > width:
                    lines.append(current)
                    current = ""
                current += ch
        elif not current or text_width(current + token, font, size) <= width:
            current += token
        else:
            lines.append(current.rstrip())
            current = token
    lines.append(current.rstrip())
    return lines
