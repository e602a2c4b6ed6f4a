"""Numbers known only when the layout is done ("page n of N", the contents' page numbers), so one layout pass does.

Where such a number goes, the page draws a PDF form XObject by name; the forms are defined after the last page, when
the numbers are known (PDF lets a form be used before it is defined; readers extract its text like page text). The
contents are laid out with their entries already in place (taken from the story), so their size is right at once.
"""

from __future__ import annotations

import functools
from ast import literal_eval
from collections.abc import Iterable
from typing import Any

from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table  # type: ignore[import-untyped]
from reportlab.platypus.tableofcontents import TableOfContents  # type: ignore[import-untyped]

from auditor_app.exporters import pdf_styles as st
from auditor_app.exporters import pdf_text
from auditor_app.exporters.wording import ENGLISH, Wording

Entry = tuple[int, str, str]  # level, contents markup, bookmark key
_DOT = " . "


class LateNumbers:
    """Collects where late numbers go during the layout and draws them as forms at the end."""

    def __init__(self, words: Wording = ENGLISH) -> None:
        self.words = words
        self.pages: dict[str, int] = {}  # bookmark key -> page it landed on
        self._footers: list[tuple[str, int, float, float, str, float, str]] = []
        self._entries: list[tuple[str, str, ParagraphStyle, float]] = []

    def page_label(self, canvas: Any, page: int, x: float, y: float, font: str, size: float,
                   align: str = "right") -> None:
        """"Page n of N", right-aligned (or as `align` says) at (x, y) in page coordinates."""
        name = f"LatePage{page}"
        canvas.doForm(name)
        self._footers.append((name, page, x, y, font, size, align))

    def toc_entry_end(self, canvas: Any, key: str, style: ParagraphStyle, avail_width: float) -> None:
        """Dots and page number after a contents entry, from the end of its text to the right edge (right to
        left: from the left edge, page number first, to where the entry's right-aligned text starts)."""
        x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
        name = f"LateToc{len(self._entries)}"
        start, end = (0.0, x - 2) if self.words.right_to_left else (x, avail_width)
        canvas.saveState()
        canvas.translate(start, y)
        canvas.doForm(name)
        canvas.restoreState()
        canvas.linkRect("", key, (start, y, end, y + style.leading), relative=1)
        self._entries.append((name, key, style, end - start))

    def finish(self, canvas: Any, total: int) -> None:
        """Define every form used, now that the page total and each entry's page are known."""
        for name, page, x, y, font, size, align in self._footers:
            canvas.beginForm(name)
            canvas.setFillColor(st.MUTED)
            canvas.setFont(font, size)
            # Shaped and in display order, like every canvas text: "الصفحة 2 من 24" in an Arabic report.
            pdf_text.draw_line(canvas, x, y, self.words.label("Page {page} of {total}", page=page, total=total),
                               font, size, st.FRAME_WIDTH, align=align)
            canvas.endForm()
        for name, key, style, free in self._entries:
            # As ReportLab's drawPageNumbers: shrink a number that does not fit, fill the gap with dots.
            text, size = str(self.pages.get(key, "")), style.fontSize
            width = stringWidth(text, style.fontName, size)
            while width > free and size >= 1.0:
                size *= 0.9
                width = stringWidth(text, style.fontName, size)
            dot_width = stringWidth(_DOT, style.fontName, size)
            dots = max(0, int((free - width) / dot_width))
            canvas.beginForm(name, lowerx=-2, lowery=-style.leading, upperx=max(free, width) + 2,
                             uppery=2 * style.leading)
            rtl = self.words.right_to_left
            line = canvas.beginText(0 if rtl else free - dots * dot_width - width, 0)
            line.setFont(style.fontName, size)
            line.setFillColor(style.textColor)
            line.textLine(text + dots * _DOT if rtl else dots * _DOT + text)
            canvas.drawText(line)
            canvas.endForm()


class Contents(TableOfContents):  # type: ignore[misc]
    """The table of contents with its entries set before the layout; page numbers are drawn as late forms."""

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        self.late: LateNumbers | None = None

    def seed(self, entries: Iterable[Entry], late: LateNumbers) -> None:
        self._lastEntries = [(level, text, 0, key) for level, text, key in entries]
        self.clearEntries()
        self.late = late

    def notified(self) -> list[Entry]:
        return [(level, text, key) for level, text, _page, key in self._entries]

    def beforeBuild(self) -> None:  # keep the seeded entries
        pass

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        size = super().wrap(avail_width, avail_height)
        late = self.late
        if late is not None and late.words.right_to_left:
            size = self._right_to_left(avail_width, avail_height)

        def entry_end(canvas: Any, kind: str, label: str) -> None:
            parts = label.split(",")
            key, level = literal_eval(parts[2]), int(parts[1])
            if late is not None and key:
                late.toc_entry_end(canvas, key, self.getLevelStyle(level), avail_width)

        self.canv.setNamedCB("drawTOCEntryEnd", entry_end)
        return float(size[0]), float(size[1])


    def _right_to_left(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """TableOfContents.wrap's table, mirrored: entries right-aligned, the late numbers' mark before the text
        (the markup is in display order), so the dots and page number go to the left of it."""
        rows: list[list[Flowable]] = []
        for level, text, _page, key in self._lastEntries:
            style = _mirrored_level(self.getLevelStyle(level))
            key_value = repr(key).replace(",", "\\x2c").replace('"', "\\x2c") if key else None  # as ReportLab
            label = f"0,{level},{key_value}"
            linked = f'<a href="#{key}">{text}</a>' if key else text
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([Paragraph(f'<onDraw name="drawTOCEntryEnd" label="{label}"/>{linked}', style)])
        self._table = Table(rows, colWidths=(avail_width,), style=self.tableStyle)
        width, height = self._table.wrapOn(self.canv, avail_width, avail_height)
        self.width, self.height = width, height
        return float(width), float(height)


@functools.cache
def _mirrored_level(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT, leftIndent=style.rightIndent,
                          rightIndent=style.leftIndent)


def toc_entries(story: Iterable[Flowable]) -> list[Entry]:
    """The contents entries the story will notify, in order (headings may sit inside KeepTogether groups)."""
    out: list[Entry] = []
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            out += toc_entries(flowable._content)
        elif isinstance(flowable, st.Heading | st.Anchor) and flowable.toc:
            out.append((flowable.level, flowable.toc_markup, flowable.key))
    return out
