"""Draws packaging/auditor-app.png and .ico (the same shapes as auditor-app.svg) with Pillow.

Run by the build when the files are missing: `python packaging/make_icon.py`.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZE = 256


def draw(size: int = SIZE) -> Image.Image:
    scale = 4  # drawn large, then reduced: smooth edges without an SVG renderer
    s = size * scale / 256
    image = Image.new("RGBA", (size * scale, size * scale), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((16 * s, 16 * s, 240 * s, 240 * s), radius=40 * s, fill="#1565c0")
    d.rounded_rectangle((60 * s, 44 * s, 196 * s, 216 * s), radius=12 * s, fill="#ffffff")
    d.rounded_rectangle((96 * s, 32 * s, 160 * s, 60 * s), radius=8 * s, fill="#0d47a1")
    points = [(88 * s, 136 * s), (118 * s, 166 * s), (172 * s, 100 * s)]
    d.line(points, fill="#2e7d32", width=round(18 * s), joint="curve")
    for x, y in (points[0], points[-1]):
        r = 9 * s
        d.ellipse((x - r, y - r, x + r, y + r), fill="#2e7d32")
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    image = draw()
    image.save(HERE / "auditor-app.png")
    image.save(HERE / "auditor-app.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128),
                                                (256, 256)])


if __name__ == "__main__":
    main()
