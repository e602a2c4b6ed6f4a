"""The derived-image cache: upright, rotated, metadata-free JPEG thumbnails and report renditions on disk."""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import tempfile
import threading
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from auditor_app.errors import InputError
from auditor_app.services import heif

if TYPE_CHECKING:
    from PIL import Image as PILImage

__all__ = ["QUALITY", "REPORT_EDGE", "THUMB_EDGE", "ImageCache", "decode", "encode", "shared"]

THUMB_EDGE = 320  # gallery thumbnails, long edge in px
REPORT_EDGE = 1600  # report renditions (same as services/renditions.REPORT_LONG_EDGE)
QUALITY = 85
MIN_QUALITY, MIN_EDGE = 50, 480  # how far a rendition over its byte budget may go (see encode)
_FORMAT = "v1"  # bump when the output changes, so old entries are simply never read again
_HEX64 = re.compile(r"[0-9a-f]{64}")
_TYPES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP", heif.MIME: "HEIF"}  # = evidence's
_MAX_PIXELS = 64_000_000  # = evidence.MAX_PIXELS (not imported: evidence pulls SQLAlchemy into workers)
_STRIPES = 64
_log = logging.getLogger(__name__)

Transform = Callable[["PILImage.Image"], "PILImage.Image"]


_ready = False


def _pil() -> None:
    """Import Pillow lazily (start-up time) and make its bomb warning an error (catch_warnings is not thread-safe)."""
    global _ready
    if not _ready:
        from PIL import Image

        Image.MAX_IMAGE_PIXELS = _MAX_PIXELS
        warnings.filterwarnings("error", category=Image.DecompressionBombWarning)
        _ready = True


def _check_rotation(rotation: int) -> int:
    if rotation % 90:
        raise ValueError(f"rotation must be a multiple of 90 degrees, not {rotation}")
    return rotation % 360


def decode(data: bytes, mime: str, edge: int | None = None) -> PILImage.Image:
    """Decode fully (so truncated files are refused), EXIF orientation applied, as RGB.

    With `edge`, JPEGs are decoded by libjpeg at the smallest DCT scale still at least `edge` on the long side
    (draft mode): several times faster for camera photos and the result is resampled down anyway.
    """
    from PIL import Image, ImageOps

    _pil()
    if mime not in _TYPES or (mime == heif.MIME and not heif.available()):
        raise InputError(f"{mime} is not a photo that can be decoded here")
    try:
        with Image.open(io.BytesIO(data), formats=[_TYPES[mime]]) as image:
            width, height = image.size
            if width * height > _MAX_PIXELS:
                raise InputError(f"the photo is too large ({width}×{height} pixels)")
            if edge is not None and image.format == "JPEG":
                scale = edge / max(width, height)  # draft needs the box the image shrinks to, not edge × edge
                image.draft("RGB", (max(1, round(width * scale)), max(1, round(height * scale))))
            image.load()
            upright = ImageOps.exif_transpose(image) or image
            return upright.convert("RGB") if upright.mode != "RGB" or upright is image else upright
    except InputError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputError("the photo declares too many pixels (possible decompression bomb)") from None
    except Exception as exc:  # Pillow raises many types for broken files
        raise InputError(f"the photo is damaged or truncated ({exc})") from None


def encode(pixels: PILImage.Image, edge: int, rotation: int = 0, transform: Transform | None = None,
           quality: int = QUALITY, max_bytes: int = 0) -> bytes:
    """Shrink to `edge`, rotate clockwise, apply `transform`, and write a JPEG carrying pixels only.

    With `max_bytes`, a photo too detailed for that budget is written at lower quality, in steps down to MIN_QUALITY,
    and then smaller, down to MIN_EDGE: so a size profile's budget holds whatever the photos show.
    """
    if edge <= 0:
        raise ValueError(f"edge must be positive, not {edge}")
    rotation = _check_rotation(rotation)
    while True:
        image = _prepared(pixels, edge, rotation, transform)
        out = _jpeg(image, quality)
        while max_bytes and len(out) > max_bytes and quality > MIN_QUALITY:
            quality = max(MIN_QUALITY, quality - 10)
            out = _jpeg(image, quality)
        if not max_bytes or len(out) <= max_bytes or max(image.size) <= MIN_EDGE:
            return out
        edge = max(MIN_EDGE, min(edge, max(image.size)) * 4 // 5)


def _prepared(pixels: PILImage.Image, edge: int, rotation: int, transform: Transform | None) -> PILImage.Image:
    from PIL import Image

    image = pixels.copy() if max(pixels.size) > edge else pixels
    if image is not pixels:
        image.thumbnail((edge, edge), Image.Resampling.LANCZOS)
    turn = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
    if rotation:
        image = image.transpose(turn[rotation])
    if transform is not None:
        image = transform(image).convert("RGB")
    clean = Image.new("RGB", image.size)
    clean.paste(image)  # a fresh image carries no info dict, ICC profile or EXIF from the original
    return clean


def _jpeg(image: PILImage.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


class ImageCache:
    """Files under `root`, one per (photo hash, edge, rotation, edit, quality and byte budget); safe to share between
    threads."""

    def __init__(self, root: Path | None = None) -> None:
        self._root = root
        self._root_failed = False
        self._locks = [threading.Lock() for _ in range(_STRIPES)]
        self._guard = threading.Lock()

    @property
    def root(self) -> Path | None:
        """The cache folder, or None when it cannot be created (the cache then only computes)."""
        with self._guard:
            if self._root is None and not self._root_failed:
                try:
                    from auditor_app import paths

                    self._root = paths.user_data_dir() / "cache" / "images"
                except OSError as exc:
                    _log.warning("image cache disabled: %s", exc)
                    self._root_failed = True
            return self._root

    def _path(self, sha256: str, edge: int, rotation: int, edit_key: str, quality: int = QUALITY,
              max_bytes: int = 0) -> Path | None:
        root = self.root
        if root is None or not _HEX64.fullmatch(sha256):
            return None  # an odd hash never becomes a path (and never escapes the folder)
        edit = "-" + hashlib.sha256(edit_key.encode()).hexdigest()[:16] if edit_key else ""
        # Every encoding parameter is in the name; the default quality without a budget keeps the older names.
        variant = (f"-q{quality}" if quality != QUALITY else "") + (f"-max{max_bytes}" if max_bytes else "")
        return root / sha256[:2] / f"{sha256}-{edge}-{_check_rotation(rotation)}{edit}{variant}-{_FORMAT}.jpg"

    def _lock(self, sha256: str) -> threading.Lock:
        return self._locks[hash(sha256) % _STRIPES]

    def get(self, sha256: str, edge: int, rotation: int = 0, edit_key: str = "", *, quality: int = QUALITY,
            max_bytes: int = 0) -> bytes | None:
        path = self._path(sha256, edge, rotation, edit_key, quality, max_bytes)
        if path is None:
            return None
        try:
            data = path.read_bytes()
        except OSError:
            return None
        # Writes are atomic, but a damaged disk is not: a file that is not a whole JPEG is a miss.
        return data if data[:3] == b"\xff\xd8\xff" and data[-2:] == b"\xff\xd9" else None

    def size(self, sha256: str, edge: int, rotation: int = 0, edit_key: str = "", *, quality: int = QUALITY,
             max_bytes: int = 0) -> int | None:
        """The size in bytes of an entry, None when there is none (for estimates: nothing is read or made)."""
        path = self._path(sha256, edge, rotation, edit_key, quality, max_bytes)
        try:
            return path.stat().st_size if path is not None else None
        except OSError:
            return None

    def put(self, sha256: str, edge: int, rotation: int, edit_key: str, data: bytes, *, quality: int = QUALITY,
            max_bytes: int = 0) -> None:
        """Store an entry atomically (temp file + rename); a cache-folder problem is logged, never raised."""
        path = self._path(sha256, edge, rotation, edit_key, quality, max_bytes)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=".jpg", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                os.replace(temp, path)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            _log.warning("image cache: cannot write %s: %s", path, exc)

    def make(self, data: bytes, mime: str, sha256: str, edge: int, rotation: int = 0, edit_key: str = "",
             transform: Transform | None = None, *, quality: int = QUALITY, max_bytes: int = 0) -> bytes:
        """Compute the entry from the original bytes and store it (replacing any older one)."""
        out = encode(decode(data, mime, edge), edge, rotation, transform, quality, max_bytes)
        self.put(sha256, edge, rotation, edit_key, out, quality=quality, max_bytes=max_bytes)
        return out

    def get_or_make(self, load: Callable[[], bytes], mime: str, sha256: str, edge: int, rotation: int = 0,
                    edit_key: str = "", transform: Transform | None = None, *, quality: int = QUALITY,
                    max_bytes: int = 0) -> bytes:
        cached = self.get(sha256, edge, rotation, edit_key, quality=quality, max_bytes=max_bytes)
        if cached is not None:
            return cached
        with self._lock(sha256):  # two threads asking for the same photo compute it once
            cached = self.get(sha256, edge, rotation, edit_key, quality=quality, max_bytes=max_bytes)
            if cached is not None:
                return cached
            return self.make(load(), mime, sha256, edge, rotation, edit_key, transform, quality=quality,
                             max_bytes=max_bytes)

    def has(self, sha256: str, edge: int, rotation: int = 0, edit_key: str = "") -> bool:
        path = self._path(sha256, edge, rotation, edit_key)
        return path is not None and path.is_file()

    def warm(self, pixels: PILImage.Image, sha256: str, edges: Iterable[int], rotation: int = 0) -> None:
        """Store several sizes from pixels already decoded (upright, RGB), e.g. while importing."""
        for edge in sorted(edges, reverse=True):
            if not self.has(sha256, edge, rotation):
                self.put(sha256, edge, rotation, "", encode(pixels, edge, rotation))


_shared: ImageCache | None = None
_shared_lock = threading.Lock()


def shared() -> ImageCache:
    """The process-wide cache in the user's data folder."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = ImageCache()
        return _shared
