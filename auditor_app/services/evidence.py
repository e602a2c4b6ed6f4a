"""Use cases for evidence files: content-addressed storage, type checks, photo metadata."""

from __future__ import annotations

import hashlib
import io
import re
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from auditor_app.errors import InputError
from auditor_app.services import heif
from auditor_app.services.session import Tx, new_id
from auditor_app.storage import file_tables
from auditor_app.storage.connection import Connection

MAX_BYTES = 200 * 1024 * 1024
MAX_PIXELS = 64_000_000  # above the largest phone sensors; stops decompression bombs
IMAGE_TYPES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP", heif.MIME: "HEIF"}
OFFICE_TYPES = {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                ".odt": "application/vnd.oasis.opendocument.text",
                ".ods": "application/vnd.oasis.opendocument.spreadsheet"}


@dataclass(frozen=True, slots=True)
class Probe:
    mime: str
    width: int | None = None
    height: int | None = None
    taken_at: str | None = None
    camera: str | None = None


def sniff(data: bytes, filename: str) -> str:
    """The file's type from its bytes (never from its name alone)."""
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:5] == b"%PDF-":
        return "application/pdf"
    suffix = Path(filename).suffix.lower()
    if data[:4] == b"PK\x03\x04" and suffix in OFFICE_TYPES:
        return OFFICE_TYPES[suffix]
    if heif.is_heif(data):
        if heif.available():
            return heif.MIME
        raise InputError(f"{filename}: HEIC photos need the HEIF decoder, which is not installed here; "
                         "export them as JPEG from the phone")
    raise InputError(f"{filename}: not a supported evidence file (JPEG, PNG, WebP, HEIC, PDF or office document)")


def probe_image(data: bytes, mime: str, filename: str) -> Probe:
    """Decode the whole image once: refuses truncated files and decompression bombs."""
    from PIL import Image, ImageOps

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[IMAGE_TYPES[mime]]) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise InputError(f"{filename}: image is too large ({image.width}×{image.height} pixels)")
                image.load()
                exif = image.getexif()
                transposed = ImageOps.exif_transpose(image) or image
                width, height = transposed.size
    except InputError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputError(f"{filename}: image declares too many pixels (possible decompression bomb)") from None
    except Exception as exc:  # Pillow raises many types for broken files
        raise InputError(f"{filename}: damaged or truncated image ({exc})") from None
    taken_at, camera = exif_facts(exif)
    return Probe(mime, width, height, taken_at, camera)


_EXIF_TIME = re.compile(r"(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2})")


def exif_facts(exif: Any) -> tuple[str | None, str | None]:
    """(time taken as "YYYY-MM-DDTHH:MM", "Make Model") from a Pillow Exif; nonsense values become None."""
    from PIL import ExifTags

    if not exif:
        return None, None
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    taken = sub.get(ExifTags.Base.DateTimeOriginal) or exif.get(ExifTags.Base.DateTime)
    taken_at = None
    found = _EXIF_TIME.match(taken.strip()) if isinstance(taken, str) else None
    if found:
        try:  # cameras with an unset clock write "0000:00:00 00:00:00"
            year, month, day, hour, minute = (int(g) for g in found.groups())
            stamp = datetime(year, month, day, hour, minute)
            taken_at = stamp.strftime("%Y-%m-%dT%H:%M") if 1990 <= stamp.year <= 2100 else None
        except ValueError:
            taken_at = None
    parts = (str(exif.get(t, "")) for t in (ExifTags.Base.Make, ExifTags.Base.Model))
    camera = " ".join("".join(c for c in p if c.isprintable()).strip() for p in parts).strip()[:100]
    return taken_at, camera or None


def store_blob(tx: Tx, data: bytes, mime: str) -> str:
    digest = hashlib.sha256(data).hexdigest()
    file_tables.add_blob(tx.conn, digest, len(data), mime, data)
    return digest


def attach_evidence(tx: Tx, data: bytes, filename: str, *, clause_id: str | None = None,
                    note_id: str | None = None, caption: str | None = None) -> str:
    """Store a file once (by SHA-256) and record it as evidence on a clause or note."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{filename}: larger than {MAX_BYTES // (1024 * 1024)} MB")
    if not data:
        raise InputError(f"{filename}: the file is empty")
    mime = sniff(data, filename)
    probe = probe_image(data, mime, filename) if mime in IMAGE_TYPES else Probe(mime)
    return store_checked(tx, data, filename, probe, clause_id=clause_id, note_id=note_id, caption=caption)


def store_checked(tx: Tx, data: bytes, filename: str, probe: Probe, *, clause_id: str | None = None,
                  note_id: str | None = None, caption: str | None = None,
                  original_sha256: str | None = None) -> str:
    """Record bytes whose type and pixels the caller has already checked (a bulk import decodes each photo
    once, in a worker pool); `original_sha256` when `data` is a reduced copy of the photo as taken."""
    from auditor_app.services.evidence_types import fitted_name

    digest = store_blob(tx, data, probe.mime)
    return tx.create("evidence", new_id(), {
        "sha256": digest, "filename": fitted_name(filename, probe.mime), "mime": probe.mime, "size": len(data),
        "caption": caption, "taken_at": probe.taken_at, "camera": probe.camera, "clause_id": clause_id,
        "note_id": note_id, "width": probe.width, "height": probe.height, "rotation": 0,
        "original_sha256": original_sha256,
    })


def attach_file(tx: Tx, path: Path, **kwargs: str | None) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return attach_evidence(tx, data, path.name, **kwargs)


def blob_bytes(conn: Connection, sha256: str) -> bytes:
    """The stored bytes, verified against their hash (a mismatch means a damaged or tampered file)."""
    data = file_tables.blob_data(conn, sha256)
    if data is None:
        raise InputError(f"evidence file {sha256[:12]}… is missing from this audit")
    if hashlib.sha256(data).hexdigest() != sha256:
        raise InputError(f"evidence file {sha256[:12]}… is damaged (its bytes no longer match its SHA-256)")
    return data
