"""Generated test photos: EXIF orientations, GPS tags, time taken, and hostile files (bombs, truncated, fake)."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import ExifTags, Image

# What exif_transpose does for each tag; the stored pixels are the inverse of it applied to the upright picture.
_INVERSE = {1: None, 2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
            4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_90,
            7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_270}
RED, BLUE, GREEN, WHITE = (220, 20, 20), (20, 20, 220), (20, 200, 20), (240, 240, 240)
GPS_LATITUDE = (48.0, 8.0, 30.0)


def upright(width: int = 120, height: int = 80) -> Image.Image:
    """A landscape picture whose top-left quarter is red, top-right blue, bottom-left green."""
    image = Image.new("RGB", (width, height), WHITE)
    image.paste(RED, (0, 0, width // 2, height // 2))
    image.paste(BLUE, (width // 2, 0, width, height // 2))
    image.paste(GREEN, (0, height // 2, width // 2, height))
    return image


def exif_bytes(*, orientation: int | None = None, taken: str | None = None, camera: tuple[str, str] | None = None,
               gps: bool = False) -> bytes:
    exif = Image.Exif()
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    if camera:
        exif[ExifTags.Base.Make], exif[ExifTags.Base.Model] = camera
    if taken:  # "2024:05:14 09:12:00"
        exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = taken
    if gps:
        gps_ifd = exif.get_ifd(ExifTags.IFD.GPSInfo)
        gps_ifd[ExifTags.GPS.GPSLatitudeRef] = "N"
        gps_ifd[ExifTags.GPS.GPSLatitude] = GPS_LATITUDE
        gps_ifd[ExifTags.GPS.GPSLongitudeRef] = "E"
        gps_ifd[ExifTags.GPS.GPSLongitude] = (11.0, 34.0, 12.0)
    return exif.tobytes()


def jpeg(image: Image.Image | None = None, *, orientation: int | None = None, taken: str | None = None,
         camera: tuple[str, str] | None = None, gps: bool = False, quality: int = 90) -> bytes:
    """A JPEG of `image` (the upright test picture by default), stored rotated as `orientation` says."""
    picture = image if image is not None else upright()
    method = _INVERSE.get(orientation or 1)
    stored = picture.transpose(method) if method is not None else picture
    out = io.BytesIO()
    stored.save(out, "JPEG", quality=quality,
                exif=exif_bytes(orientation=orientation, taken=taken, camera=camera, gps=gps))
    return out.getvalue()


def png(image: Image.Image | None = None) -> bytes:
    out = io.BytesIO()
    (image if image is not None else upright()).save(out, "PNG")
    return out.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width × height pixels (a decompression bomb's calling card)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + \
        chunk(b"IEND", b"")


def truncated_jpeg() -> bytes:
    data = jpeg(Image.effect_noise((400, 300), 60).convert("RGB"))
    return data[: len(data) // 2]


def noise_jpeg(width: int, height: int, *, quality: int = 95, taken: str | None = None) -> bytes:
    """A photo-like JPEG that does not compress well (a large file for its size)."""
    noise = Image.effect_noise((width, height), 80).convert("RGB")
    out = io.BytesIO()
    noise.save(out, "JPEG", quality=quality, exif=exif_bytes(taken=taken))
    return out.getvalue()


def corner_colours(image: Image.Image) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Top-left, top-right and bottom-left colours, sampled a little inside the corners."""
    rgb = image.convert("RGB")
    w, h = rgb.size
    dx, dy = max(1, w // 8), max(1, h // 8)
    return (tuple(rgb.getpixel((dx, dy))), tuple(rgb.getpixel((w - 1 - dx, dy))),  # type: ignore[arg-type]
            tuple(rgb.getpixel((dx, h - 1 - dy))))  # type: ignore[arg-type]


def close(colour: tuple[int, ...], expected: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=True))
