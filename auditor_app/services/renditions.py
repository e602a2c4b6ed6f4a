"""Report-size renditions of evidence photos: upright, bounded in size, re-encoded from pixels (no metadata)."""

from __future__ import annotations

from dataclasses import dataclass

from auditor_app.errors import InputError
from auditor_app.services import image_cache
from auditor_app.services.evidence import IMAGE_TYPES

__all__ = ["IMAGE_TYPES", "REPORT_LONG_EDGE", "SIZE_PROFILES", "SizeProfile", "rendition", "size_profile"]

REPORT_LONG_EDGE = image_cache.REPORT_EDGE


@dataclass(frozen=True, slots=True)
class SizeProfile:
    """How a report's photos are encoded: long edge, JPEG quality and a byte budget per photo (0: none).

    A photo over its budget is written at lower quality, then smaller (image_cache.encode), so the budget bounds the
    report's size whatever the photos show. `ratio` and `typical_bytes` serve the estimate before an export
    (services/report_size.py), measured with bench/bench_pdf_size.py: a rendition of this profile against the print
    rendition of the same photo when the budget is not reached, and the size of a rendition of a phone photo.
    """

    key: str
    long_edge: int
    quality: int
    max_bytes: int
    ratio: float
    typical_bytes: int


# print: today's renditions (sharp at 300 dpi over the 110 mm a photo takes). email: 100 photos under 10 MB and
# 300 under 25 MB (bench: 6.2 and 18.3 MB); a photo keeps 1280 px when it fits the budget, a detailed phone photo
# ends at 820-1024 px, which looks the same as print at 100 % zoom and stays readable at 200 %. compact: two
# thirds of email, a photographed label still readable at 100 %.
SIZE_PROFILES = {p.key: p for p in (
    SizeProfile("print", REPORT_LONG_EDGE, image_cache.QUALITY, 0, 1.0, 330_000),
    SizeProfile("email", 1280, 70, 75_000, 0.55, 67_000),
    SizeProfile("compact", 1024, 60, 40_000, 0.4, 36_000),
)}


def size_profile(key: str) -> SizeProfile:
    """The size profile called `key`; InputError naming the choices for another name."""
    try:
        return SIZE_PROFILES[key]
    except KeyError:
        raise InputError(f"unknown photo size {key!r}: choose {', '.join(SIZE_PROFILES)}") from None


def rendition(data: bytes, mime: str, long_edge: int = REPORT_LONG_EDGE, quality: int = 85,
              rotation: int = 0, max_bytes: int = 0) -> bytes:
    """A JPEG built from the pixels only, so GPS, EXIF, XMP and maker notes never leave the audit file.

    EXIF orientation is applied first, then `rotation` (degrees clockwise, the evidence's own field). Reports use
    `report_data.photo_rendition`, which goes through the shared image cache and burns annotations in.
    """
    if mime not in IMAGE_TYPES:
        raise InputError(f"{mime} is not a photo")
    pixels = image_cache.decode(data, mime, long_edge)  # InputError for a stored file that no longer decodes
    return image_cache.encode(pixels, long_edge, rotation, quality=quality, max_bytes=max_bytes)
