"""Pictures in the report: photo renditions checked and embedded from memory without decoding, and the logo."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable  # type: ignore[import-untyped]

from auditor_app.exporters import pdf_styles as st

# Start-of-frame markers of the JPEGs PDF readers and ReportLab take as they are (baseline, extended, progressive
# Huffman); the others (lossless, hierarchical, arithmetic) are refused like any unusable picture.
_SOF_USABLE = {0xC0, 0xC1, 0xC2}
_SOF_OTHER = {0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


@dataclass(frozen=True, slots=True)
class Jpeg:
    data: bytes
    width: int
    height: int


def usable_jpeg(data: bytes | None) -> Jpeg | None:
    """The JPEG without APP1–APP15 (except Adobe APP14) and comment segments, with its size from the frame
    header; None if it is not a sound JPEG.

    Renditions already carry no metadata; this makes sure no EXIF, XMP, IPTC or GPS can reach a client PDF even if
    a caller passes an original photo.
    """
    if not data or data[:3] != b"\xff\xd8\xff":
        return None
    out = bytearray(b"\xff\xd8")
    size: tuple[int, int] | None = None
    i = 2
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is image data
            if size is None or len(data) - i < 16:
                return None
            out += data[i:]
            return Jpeg(bytes(out), *size)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[i:i + 2]
            i += 2
            continue
        length = int.from_bytes(data[i + 2:i + 4], "big")
        if length < 2 or i + 2 + length > len(data):
            return None
        if marker in _SOF_OTHER:
            return None
        if marker in _SOF_USABLE and length >= 8:
            precision = data[i + 4]
            height, width = int.from_bytes(data[i + 5:i + 7], "big"), int.from_bytes(data[i + 7:i + 9], "big")
            if precision != 8 or width <= 0 or height <= 0:  # 12-bit samples: not for a PDF reader
                return None
            size = (width, height)
        if not ((0xE1 <= marker <= 0xEF and marker != 0xEE) or marker == 0xFE):
            out += data[i:i + 2 + length]
        i += 2 + length
    return None


class InMemoryJpeg(str):
    """A ".jpg" name that ReportLab reads from memory.

    Given a file name, drawImage copies the JPEG stream into the PDF as it is (no decoding, no pixel hashing);
    given pixels, it decodes and hashes every one. ReportLab asks its "file" for `read` and `seek` only, so
    this name carries the bytes and no file is written. Equal names are embedded once.
    """

    _data: bytes
    _stream: io.BytesIO | None

    def __new__(cls, name: str, data: bytes) -> InMemoryJpeg:
        self = super().__new__(cls, f"{name}.jpg")
        self._data, self._stream = data, None
        return self

    def _open(self) -> io.BytesIO:
        if self._stream is None:
            self._stream = io.BytesIO(self._data)
        return self._stream

    def read(self, size: int = -1) -> bytes:
        return self._open().read(size)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._open().seek(offset, whence)

    def tell(self) -> int:
        return self._open().tell()

    def close(self) -> None:
        self._stream = None


class Picture(Flowable):  # type: ignore[misc]
    """A picture (the branding logo, an ImageReader over its bytes) drawn at a given size.

    Only the logo is drawn this way: it is one small rendition. Photos go through InMemoryJpeg, since ReportLab
    keeps the decoded pixels of a picture (several MB per photo) for the whole build.
    """

    def __init__(self, image: Any, width: float, height: float) -> None:
        super().__init__()
        self._image, self.width, self.height = image, width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self._image, 0, 0, self.width, self.height)


class FramedPicture(Flowable):  # type: ignore[misc]
    """A photo in a thin frame, indented: drawn directly (two nested Tables per photo cost more than the rest of
    the photo's layout). In a right-to-left report it sits at the right, indented from there, where its caption
    starts."""

    def __init__(self, source: str, width: float, height: float, indent: float) -> None:
        super().__init__()
        self._source, self._picture_size, self._indent = source, (width, height), indent
        self.width, self.height = indent + width + 2, height + 2
        self._right = st.RIGHT_TO_LEFT.get()
        self.hAlign = "RIGHT" if self._right else "LEFT"  # the frame (or Block) shifts it by the room left over

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        width, height = self._picture_size
        canvas = self.canv
        left = 0.0 if self._right else self._indent
        canvas.drawImage(self._source, left + 1, 1, width, height)
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.rect(left, 0, width + 2, height + 2, stroke=1, fill=0)
