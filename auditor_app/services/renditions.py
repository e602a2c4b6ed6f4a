"""Report-size renditions of evidence photos: upright, bounded in size, re-encoded from pixels (no metadata)."""

from __future__ import annotations

import io

from auditor_app.errors import InputError
from auditor_app.services.evidence import IMAGE_TYPES, MAX_PIXELS

__all__ = ["IMAGE_TYPES", "REPORT_LONG_EDGE", "rendition"]

REPORT_LONG_EDGE = 1600


def rendition(data: bytes, mime: str, long_edge: int = REPORT_LONG_EDGE, quality: int = 85) -> bytes:
    """A JPEG built from the pixels only, so GPS, EXIF, XMP and maker notes never leave the audit file."""
    from PIL import Image, ImageOps

    if mime not in IMAGE_TYPES:
        raise InputError(f"{mime} is not a photo")
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(io.BytesIO(data), formats=[IMAGE_TYPES[mime]]) as image:
            if image.format == "JPEG":
                image.draft("RGB", (long_edge, long_edge))  # decode at a reduced scale: much faster for 12 MP
            upright = ImageOps.exif_transpose(image) or image
            pixels = upright.convert("RGB")
    except Exception as exc:  # a stored file that no longer decodes: say so, never crash the export
        raise InputError(f"an evidence photo cannot be decoded ({exc})") from None
    pixels.thumbnail((long_edge, long_edge), Image.Resampling.LANCZOS)
    clean = Image.new("RGB", pixels.size)
    clean.paste(pixels)  # a fresh image carries no info dict, ICC profile or EXIF from the original
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()
