"""Text annotations burnt into photos: the PDF's bundled fonts chosen per character, Arabic shaping and bidi."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from auditor_app.exporters import pdf_fonts, pdf_text

if TYPE_CHECKING:
    from PIL import ImageDraw, ImageFont

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def is_rtl(text: str) -> bool:
    return pdf_text.is_rtl(text)


def draw(canvas: ImageDraw.ImageDraw, box: tuple[int, int, int, int], text: str, color: tuple[int, int, int],
         line_height: float) -> None:
    """The text in its box: the font size fills the box's height (one line = `line_height` sizes), shrunk if a
    line is wider than the box; right-to-left text is aligned right. A thin halo keeps it legible on any photo."""
    rtl = is_rtl(text)
    lines = [_visual(_shaped(line), rtl) for line in pdf_text.clean(text).split("\n")]
    left, top, right, bottom = box
    size = max(6, int((bottom - top) / (len(lines) * line_height)))
    widest = max((_width(line, size) for line in lines), default=0.0)
    if widest > right - left > 0:
        size = max(6, int(size * (right - left) / widest))
    luminance = 0.299 * color[0] + 0.587 * color[1] + 0.114 * color[2]
    halo = (0, 0, 0) if luminance > 140 else (255, 255, 255)
    stroke = max(1, size // 16)
    y = float(top)
    for line in lines:
        x = right - _width(line, size) if rtl else float(left)
        for name, chunk in pdf_text.runs(line):
            font = _font(name, size)
            canvas.text((x, y), chunk, font=font, fill=color, stroke_width=stroke, stroke_fill=halo)
            x += font.getlength(chunk)
        y += size * line_height


def _width(line: str, size: int) -> float:
    return sum(_font(name, size).getlength(chunk) for name, chunk in pdf_text.runs(line))


@lru_cache(maxsize=32)
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    from auditor_app import paths

    filename, index = pdf_fonts.FILES.get(name, pdf_fonts.FILES[pdf_fonts.REGULAR])
    # Basic layout: shaping and bidi are done here, as in the PDF, whatever Pillow was built with.
    return ImageFont.truetype(str(paths.resource_path(f"fonts/{filename}")), size, index=index,
                              layout_engine=ImageFont.Layout.BASIC)


@cache
def _reshaper() -> Any:
    import arabic_reshaper  # type: ignore[import-untyped]
    from arabic_reshaper.ligatures import LIGATURES  # type: ignore[import-untyped]

    covered = pdf_fonts.register().body  # only the ligatures the body font can draw, as in the PDF
    config: dict[str, bool] = {"delete_harakat": True, "support_ligatures": True}
    for name, (_match, forms) in LIGATURES:
        config[name] = all(ord(f) in covered for f in forms if f)
    return arabic_reshaper.ArabicReshaper(configuration=config)


def _shaped(line: str) -> str:
    return str(_reshaper().reshape(line)) if _ARABIC.search(line) else line


def _visual(line: str, rtl: bool) -> str:
    from bidi import get_display  # type: ignore[import-untyped]

    return str(get_display(line, base_dir="R" if rtl else "L"))
