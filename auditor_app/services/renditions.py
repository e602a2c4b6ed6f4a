"""Report-size renditions of evidence photos: upright, bounded in size, re-encoded from pixels (no metadata)."""

from __future__ import annotations

from auditor_app.errors import InputError
from auditor_app.services import image_cache
from auditor_app.services.evidence import IMAGE_TYPES

__all__ = ["IMAGE_TYPES", "REPORT_LONG_EDGE", "rendition"]

REPORT_LONG_EDGE = image_cache.REPORT_EDGE


def rendition(data: bytes, mime: str, long_edge: int = REPORT_LONG_EDGE, quality: int = 85,
              rotation: int = 0) -> bytes:
    """A JPEG built from the pixels only, so GPS, EXIF, XMP and maker notes never leave the audit file.

    EXIF orientation is applied first, then `rotation` (degrees clockwise, the evidence's own field). Reports use
    `report_data.photo_rendition`, which goes through the shared image cache and burns annotations in.
    """
    if mime not in IMAGE_TYPES:
        raise InputError(f"{mime} is not a photo")
    pixels = image_cache.decode(data, mime, long_edge)  # InputError for a stored file that no longer decodes
    return image_cache.encode(pixels, long_edge, rotation, quality=quality)

