"""The report's look: page geometry, colours, paragraph styles, tables, grade badges and headings."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_CENTER  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle  # type: ignore[import-untyped]

from auditor_app.exporters import pdf_fonts, pdf_text

RIGHT_TO_LEFT = pdf_text.RIGHT_TO_LEFT  # a context variable, so the helpers below need no argument
PAGE_WIDTH, PAGE_HEIGHT = A4


@contextmanager
def direction(right_to_left: bool) -> Iterator[None]:
    """Tables and headings made inside read right to left if `right_to_left`."""
    token = RIGHT_TO_LEFT.set(right_to_left)
    try:
        yield
    finally:
        RIGHT_TO_LEFT.reset(token)
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

ACCENT = colors.HexColor("#1F3A5F")
ACCENT_SOFT = colors.HexColor("#E9EEF4")
RULE = colors.HexColor("#C5CED9")
ZEBRA = colors.HexColor("#F6F8FA")
TEXT = colors.HexColor("#1B1F24")
MUTED = colors.HexColor("#5A6472")

GRADE_COLOURS = {"major": "#B42318", "minor": "#C4500F", "observation": "#8A6A00", "ofi": "#1F6FB2",
                 "good_practice": "#2E7D32", "NCmaj": "#B42318", "NCmin": "#C4500F", "PS": "#8A6A00",
                 "PP": "#1F6FB2", "PF": "#2E7D32", "1": "#7A1C1C", "2": "#B42318", "3": "#C4500F",
                 "4": "#D9480F", "5": "#E67700"}
RESULT_COLOURS = {"nonconformity": "#B42318", "observation": "#8A6A00", "ofi": "#1F6FB2",
                  "conforming": "#2E7D32", "not_applicable": "#5A6472", "not_audited": "#8A94A3"}


# Tables default to Helvetica for their (empty) text state; name the bundled font so no unembedded font is listed.
FONT_CELL = ("FONTNAME", (0, 0), (-1, -1), pdf_fonts.REGULAR)
TOC_TABLE = [FONT_CELL, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
             ("LEFTPADDING", (0, 0), (-1, -1), 0)]


def grade_colour(key: str | None, is_nonconformity: bool) -> colors.Color:
    return colors.HexColor(GRADE_COLOURS.get(key or "", "#B42318" if is_nonconformity else "#5A6472"))


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": pdf_fonts.REGULAR, "fontSize": 9.5, "leading": 13.5, "textColor": TEXT,
                            "spaceAfter": 4}
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = _style("body")
SMALL = _style("small", fontSize=8, leading=10.5, textColor=MUTED, spaceBefore=3, spaceAfter=4)
CELL = _style("cell", fontSize=8.5, leading=11, spaceAfter=0)
CELL_BOLD = _style("cell-bold", fontName=pdf_fonts.BOLD, fontSize=8.5, leading=11, spaceAfter=0)
CELL_SMALL = _style("cell-small", fontSize=7, leading=9, textColor=MUTED, spaceAfter=0)
CELL_HEAD = _style("cell-head", fontName=pdf_fonts.BOLD, fontSize=8, leading=10, textColor=colors.white,
                   spaceAfter=0)
LABEL = _style("label", fontName=pdf_fonts.BOLD, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0)
H1 = _style("h1", fontName=pdf_fonts.BOLD, fontSize=16, leading=20, textColor=ACCENT, spaceBefore=4,
            spaceAfter=10, keepWithNext=1)
H2 = _style("h2", fontName=pdf_fonts.BOLD, fontSize=11.5, leading=15, textColor=ACCENT, spaceBefore=10,
            spaceAfter=5)  # no keepWithNext: it would push a long table whole to the next page; see h2()
H3 = _style("h3", fontName=pdf_fonts.BOLD, fontSize=9.5, leading=13, textColor=TEXT, spaceBefore=6, spaceAfter=3,
            keepWithNext=1)
COVER_KICKER = _style("cover-kicker", fontName=pdf_fonts.BOLD, fontSize=10, leading=13, textColor=MUTED,
                      spaceAfter=6)
COVER_TITLE = _style("cover-title", fontName=pdf_fonts.BOLD, fontSize=24, leading=30, textColor=ACCENT,
                     spaceAfter=10)
COVER_CLIENT = _style("cover-client", fontSize=15, leading=20, textColor=TEXT, spaceAfter=18)
COVER_ORG = _style("cover-org", fontName=pdf_fonts.BOLD, fontSize=12, leading=15, textColor=TEXT, spaceAfter=0)
MARKING = _style("marking", fontName=pdf_fonts.BOLD, fontSize=10, leading=13, textColor=ACCENT,
                 alignment=TA_CENTER, spaceAfter=0)
FINDING_REF = _style("finding-ref", fontName=pdf_fonts.BOLD, fontSize=13, leading=16, textColor=ACCENT,
                     spaceAfter=0)
FINDING_REF_RIGHT = ParagraphStyle("finding-ref-right", parent=FINDING_REF, alignment=2)  # by the colour bar, mirrored
CELL_RIGHT = _style("cell-right", fontSize=8.5, leading=11, spaceAfter=0, alignment=2, textColor=MUTED)
CELL_FIGURE_RIGHT = _style("cell-figure-right", fontSize=8.5, leading=11, spaceAfter=0, alignment=2)  # mirrored
CAPTION = _style("caption", fontName=pdf_fonts.BOLD, fontSize=8.5, leading=11, spaceBefore=3, spaceAfter=1)
NOTE_META = _style("note-meta", fontSize=7.5, leading=10, textColor=MUTED, spaceBefore=4, spaceAfter=1)
NOTE_TEXT = _style("note-text", fontSize=9, leading=12.5, spaceAfter=3)
TOC_LEVELS = [_style("toc0", fontName=pdf_fonts.BOLD, fontSize=10.5, leading=15, spaceBefore=5, spaceAfter=0),
              _style("toc1", fontSize=9, leading=12.5, leftIndent=14, spaceAfter=0, textColor=MUTED)]


def h2(app_markup: str, room: float = 35 * mm) -> list[Flowable]:
    """A subsection heading that starts a new page when less than `room` is left below it."""
    return [CondPageBreak(room), pdf_text.rich(app_markup, H2)]


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header: Sequence[str] | None = None,
          zebra: bool = True, extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A data table: header row in the accent colour (repeated on every page), rows may split inside a cell."""
    data: list[list[Any]] = []
    if header is not None:
        data.append([Paragraph(h, pdf_text.aligned(h, CELL_HEAD)) for h in header])  # app constants, markup()
    data.extend(list(r) for r in rows)
    commands: list[tuple[Any, ...]] = [
        FONT_CELL, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]
    first = 0
    if header is not None:
        first = 1
        commands += [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, ZEBRA]))
    commands.extend(extra)
    rtl = RIGHT_TO_LEFT.get()
    if rtl:
        data, widths, commands = mirrored(data, widths, commands)
    return Table(data, colWidths=list(widths), repeatRows=first, splitByRow=1, splitInRow=1,
                 style=TableStyle(commands), hAlign="RIGHT" if rtl else "LEFT")


def mirrored(data: list[list[Any]], widths: Sequence[float], commands: list[tuple[Any, ...]]
              ) -> tuple[list[list[Any]], list[float], list[tuple[Any, ...]]]:
    """The table seen in a mirror: columns in reverse order, each style command on the columns it now covers."""
    last = len(widths) - 1

    def flip(column: int) -> int:
        return last - (column + last + 1 if column < 0 else column)

    swap = {"LINEBEFORE": "LINEAFTER", "LINEAFTER": "LINEBEFORE", "LEFTPADDING": "RIGHTPADDING",
            "RIGHTPADDING": "LEFTPADDING"}
    flipped = []
    for name, (c0, r0), (c1, r1), *rest in commands:
        flipped.append((swap.get(name, name), (flip(c1), r0), (flip(c0), r1), *rest))
    return [row[::-1] for row in data], list(widths)[::-1], flipped


def kv_table(pairs: Sequence[tuple[str, Any]], label_width: float = 42 * mm,
             width: float = FRAME_WIDTH) -> Table:
    """Label / value rows (labels are app constants, values flowables built from user text)."""
    rows = [[Label(label, LABEL), value] for label, value in pairs]
    return table(rows, (label_width, width - label_width), zebra=False,
                 extra=[("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("TOPPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])


class Badge(Flowable):  # type: ignore[misc]
    """A coloured label with white text (a grade); drawn on the canvas, so its text is never markup."""

    def __init__(self, text: str, colour: colors.Color, size: float = 8) -> None:
        super().__init__()
        self.text = pdf_text.shorten(text, 60)
        self.colour = colour
        self.size = size
        self.pad_x, self.pad_y = 5.0, 2.6

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width = pdf_text.line_width(self.text, pdf_fonts.BOLD, self.size) + 2 * self.pad_x
        self.width = min(width, max(avail_width, 30.0))
        self.height = self.size + 2 * self.pad_y + 1
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.colour)
        canvas.roundRect(0, 0, self.width, self.height, 2.5, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        pdf_text.draw_line(canvas, self.pad_x, self.pad_y + 0.8, self.text, pdf_fonts.BOLD, self.size,
                           self.width - 2 * self.pad_x)


class Bar(Flowable):  # type: ignore[misc]
    """A small horizontal share bar (clause coverage). In a right-to-left report it fills from the right and stands
    at the right of its space, next to the share figure (the mirrored table puts that column to its right)."""

    def __init__(self, fraction: float, width: float = 40 * mm, height: float = 6) -> None:
        super().__init__()
        self.fraction = min(1.0, max(0.0, fraction))
        self.bar_width, self.width, self.height = width, width, height
        self._right = RIGHT_TO_LEFT.get()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # A table cell places a flowable by the cell's alignment, not the flowable's: a mirrored bar takes the
        # whole width and draws itself at the right end.
        self.width = max(avail_width, 0.0) if self._right else min(self.bar_width, avail_width)
        return self.width, self.height + 3

    def draw(self) -> None:
        canvas = self.canv
        bar = min(self.bar_width, self.width)
        start = self.width - bar if self._right else 0.0
        filled = bar * self.fraction
        canvas.setFillColor(ACCENT_SOFT)
        canvas.rect(start, 2, bar, self.height, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        canvas.rect(start + bar - filled if self._right else start, 2, filled, self.height, stroke=0, fill=1)


class Label(Flowable):  # type: ignore[misc]
    """One line of app text (a constant heading, a table label, a number) in a paragraph style, drawn directly.

    A long report has hundreds of these; a Paragraph would parse markup and break lines for each. Text wider
    than the space falls back to a paragraph, which wraps it. Never user text. Right-to-left text (an Arabic
    report's labels) is shaped and reordered like user text, and right-aligned as `pdf_text.aligned` would.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.style = text, style
        self._plain = text.isascii()  # the common case: drawn as it is
        self._rtl = not self._plain and pdf_text.has_rtl(text) and (RIGHT_TO_LEFT.get() or pdf_text.is_rtl(text))
        self._text_width = (stringWidth(text, style.fontName, style.fontSize) if self._plain
                            else pdf_text.line_width(text, style.fontName, style.fontSize))
        self._wrapped: Flowable | None = None

    def _fits(self, avail_width: float) -> bool:
        return bool(self._text_width <= avail_width - self.style.leftIndent - self.style.rightIndent)

    def _paragraph(self) -> Flowable:
        return Paragraph(escape(self.text), self.style) if self._plain else pdf_text.para(self.text, self.style)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if not self._fits(avail_width):
            self._wrapped = self._wrapped or self._paragraph()
            width, height = self._wrapped.wrap(avail_width, avail_height)
            self.width, self.height = float(width), float(height)
        else:
            self._wrapped = None
            self.width, self.height = avail_width, float(self.style.leading)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return [] if self._fits(avail_width) else list(self._paragraph().split(avail_width, avail_height))

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        if self._wrapped is not None:
            self._wrapped.drawOn(self.canv, 0, 0)
            return
        style, canvas = self.style, self.canv
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, style.fontSize)
        # Where a one-line Paragraph puts its baseline (rl_config.paraFontSizeHeightOffset).
        baseline = self.height - style.fontSize
        if self._plain:
            canvas.drawString(style.leftIndent + style.firstLineIndent, baseline, self.text)
        elif self._rtl:
            pdf_text.draw_line(canvas, self.width - style.rightIndent, baseline, self.text, style.fontName,
                               style.fontSize, self.width, align="right")
        else:
            pdf_text.draw_line(canvas, style.leftIndent + style.firstLineIndent, baseline, self.text,
                               style.fontName, style.fontSize, self.width)


class Heading(Paragraph):  # type: ignore[misc]
    """A section or finding heading: the document template bookmarks it and lists it in the contents."""

    def __init__(self, app_markup: str, style: ParagraphStyle, *, key: str, outline: str, level: int = 0,
                 toc: bool = True) -> None:
        super().__init__(app_markup, pdf_text.aligned(app_markup, pdf_text.cjk_variant(style)
                                                      if pdf_fonts.CJK in app_markup else style))
        self.key, self.outline, self.level, self.toc, self.toc_markup = key, outline, level, toc, app_markup


class Anchor(Flowable):  # type: ignore[misc]
    """An invisible bookmark and contents entry for what follows it (e.g. a finding's header box)."""

    def __init__(self, *, key: str, outline: str, toc_markup: str, level: int = 1, toc: bool = True) -> None:
        super().__init__()
        self.key, self.outline, self.level, self.toc, self.toc_markup = key, outline, level, toc, toc_markup
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        pass
