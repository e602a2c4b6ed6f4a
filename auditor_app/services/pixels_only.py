"""Whether a photo file provably carries nothing but pixels (no EXIF, GPS, XMP, ICC, comments, text)."""

from __future__ import annotations

__all__ = ["pixels_only"]

# Chunks that describe pixels only; anything else (tEXt, zTXt, iTXt, eXIf, iCCP, tIME, private chunks) is metadata.
_PNG_CHUNKS = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"bKGD", b"pHYs"}
_WEBP_CHUNKS = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH"}  # not EXIF, XMP , ICCP, nor the frames of an animation
_RESTARTS = range(0xD0, 0xD8)
_JPEG_SEGMENTS = {*range(0xC0, 0xD0), 0xDA, 0xDB, 0xDD, 0xE0}  # frames, tables, scans, restart interval, JFIF


def pixels_only(data: bytes, mime: str) -> bool:
    """True only when every part of the file is known to hold pixels; unknown or damaged structure is False.

    A file judged clean leaves the audit unchanged, so the test is a whitelist walked over the whole file:
    readers such as Pillow skip parts they do not know, which must not pass for clean.
    """
    try:
        if mime == "image/jpeg":
            return _jpeg(data)
        if mime == "image/png":
            return _png(data)
        if mime == "image/webp":
            return _webp(data)
    except (IndexError, ValueError):  # truncated structure
        return False
    return False


def _jpeg(data: bytes) -> bool:
    """Segments up to EOI: only JFIF APP0 without thumbnail, tables, frames, scans; no APP1–15, no COM."""
    if data[:2] != b"\xff\xd8":
        return False
    at, end = 2, len(data)
    while at < end:
        if data[at] != 0xFF:
            return False
        while at < end and data[at] == 0xFF:  # fill bytes before a marker
            at += 1
        marker = data[at]
        at += 1
        if marker == 0xD9:  # EOI: bytes after it (phones append previews and maker data there) are not clean
            return at == end
        if marker in _RESTARTS or marker == 0x01:
            continue
        length = int.from_bytes(data[at:at + 2], "big")
        if length < 2 or at + length > end:
            return False
        body = data[at + 2:at + length]
        if marker not in _JPEG_SEGMENTS:  # APP1–15 (EXIF, XMP, ICC, IPTC…), COM, and anything unknown
            return False
        if marker == 0xE0 and not (body[:5] == b"JFIF\0" and len(body) >= 14 and body[12] == body[13] == 0):
            return False  # JFXX or a JFIF thumbnail
        at += length
        if marker == 0xDA:  # entropy-coded data: an 0xFF in it is followed by 0x00 or a restart marker
            while True:
                at = data.index(b"\xff", at)
                following = data[at + 1]
                if following != 0 and following not in _RESTARTS:
                    break
                at += 2
    return False


def _png(data: bytes) -> bool:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return False
    at = 8
    while at + 12 <= len(data):
        length = int.from_bytes(data[at:at + 4], "big")
        kind = data[at + 4:at + 8]
        if kind not in _PNG_CHUNKS:
            return False
        at += 12 + length
        if kind == b"IEND":
            return at == len(data)
    return False


def _webp(data: bytes) -> bool:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP" or int.from_bytes(data[4:8], "little") + 8 != len(data):
        return False
    at = 12
    while at + 8 <= len(data):
        if data[at:at + 4] not in _WEBP_CHUNKS:
            return False
        length = int.from_bytes(data[at + 4:at + 8], "little")
        at += 8 + length + (length & 1)
    return at == len(data)
