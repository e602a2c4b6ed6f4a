"""The auditee's sign-off on the screen: the signature checked and stored as a blob, the statement word for word."""

from __future__ import annotations

import hashlib
import io
import warnings
from collections.abc import Sequence
from datetime import datetime

from auditor_app.domain import records as rec
from auditor_app.domain import vocab
from auditor_app.errors import InputError
from auditor_app.services import evidence
from auditor_app.services.session import AuditSession, Tx, new_id
from auditor_app.storage import cache_reads, file_tables
from auditor_app.storage.connection import Connection

MAX_PNG_BYTES = 4 * 1024 * 1024  # a pad's PNG is tens of kilobytes; more is not a signature
MAX_EDGE = 4000  # pixels: a 4K tablet's full screen, and no decompression bomb
MIN_INK_PIXELS = 150  # a click or a dot leaves fewer
MIN_SPAN = 40  # pixels the ink must reach across (width or height): a dot, however fat, does not
MAX_TEXT = 200  # the name, role and organisation


def ink(png: bytes) -> tuple[int, int]:
    """(ink pixels, span of the ink's bounding box) of a signature PNG; InputError if it is not a sound PNG.

    Ink is an opaque, dark pixel: the pad draws dark strokes on a transparent or white background.
    """
    from PIL import Image, ImageChops

    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise InputError("the signature is not a PNG image")
    if len(png) > MAX_PNG_BYTES:
        raise InputError(f"the signature image is larger than {MAX_PNG_BYTES // (1024 * 1024)} MB")
    Image.MAX_IMAGE_PIXELS = evidence.MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(png), formats=["PNG"]) as image:
                if max(image.size) > MAX_EDGE:
                    raise InputError(f"the signature image is too large ({image.width}×{image.height} pixels; "
                                     f"at most {MAX_EDGE} on a side)")
                image.load()
                grey = image.convert("LA")
    except InputError:
        raise
    except Exception as exc:  # Pillow raises many types for broken files
        raise InputError(f"the signature image is damaged ({exc})") from None
    luminance, alpha = grey.split()
    # A pixel is ink where it is both opaque (alpha ≥ 128) and dark (luminance ≤ 160).
    mask = alpha.point(lambda a: 255 if a >= 128 else 0)
    dark = luminance.point(lambda v: 255 if v <= 160 else 0)
    both = ImageChops.multiply(mask, dark)
    count = both.histogram()[255]
    box = both.getbbox()
    span = 0 if box is None else max(box[2] - box[0], box[3] - box[1])
    return count, span


def check_drawing(png: bytes) -> None:
    """Refuse a blank pad, a dot or a click: a signature has ink, and reaches across some of the pad."""
    count, span = ink(png)
    if count < MIN_INK_PIXELS or span < MIN_SPAN:
        raise InputError("the signature is blank or too small (a dot or a click is not a signature); "
                         "sign across the pad")


def _line(value: str | None, what: str, *, required: bool = False) -> str | None:
    clean = " ".join((value or "").split())
    if required and not clean:
        raise InputError(f"a sign-off needs the {what}")
    if len(clean) > MAX_TEXT:
        raise InputError(f"the sign-off's {what} is longer than {MAX_TEXT} characters")
    return clean or None


def sign(tx: Tx, kind: str, meeting_id: str, signer_name: str, signer_role: str | None,
         organisation: str | None, statement: str, finding_refs: Sequence[str], png: bytes) -> str:
    """Record a signature given on the screen; returns the sign-off's id.

    `statement` is the text the signer was shown, stored word for word; the PNG is stored once by its SHA-256
    (as evidence files are), so merges copy it, compaction keeps it and `check` verifies it.
    """
    try:
        kind = vocab.SignoffKind(kind).value
    except ValueError:
        raise InputError(f"unknown sign-off kind {kind!r} (closing_attendance or findings_acknowledgement)") from None
    name = _line(signer_name, "signer's name", required=True)
    role = _line(signer_role, "signer's role")
    org = _line(organisation, "signer's organisation")
    if not (statement or "").strip():
        raise InputError("a sign-off needs the statement the signer was shown")
    meeting = tx.state("meeting", meeting_id) if meeting_id else None
    if meeting is None or not meeting.exists:
        raise InputError(f"a sign-off needs the meeting it belongs to (meeting {meeting_id[:8] or '?'}… "
                         "does not exist in this audit)")
    check_drawing(png)
    sha256 = evidence.store_blob(tx, png, "image/png")
    return tx.create("signoff", new_id(), {
        "kind": kind, "meeting_id": meeting_id, "signer_name": name, "signer_role": role, "organisation": org,
        "statement": statement, "finding_refs": list(finding_refs) or None, "image_sha256": sha256,
        "signed_at": datetime.now().strftime("%Y-%m-%dT%H:%M:%S"), "recorded_by": tx.session.author,
    })


def withdraw(tx: Tx, signoff_id: str) -> None:
    """Remove a sign-off (a tombstone: its history and image stay, so undo brings it back)."""
    tx.delete("signoff", signoff_id)


def restore(tx: Tx, signoff_id: str) -> None:
    tx.restore("signoff", signoff_id)


def signoffs(session: AuditSession) -> list[rec.Signoff]:
    """The live sign-offs, oldest first."""
    with session.reading() as conn:
        return [rec.from_row(rec.Signoff, r) for r in cache_reads.signoffs(conn)]


def image(session: AuditSession, sha256: str) -> bytes | None:
    """A signature's PNG, verified against its hash; None if it is missing or altered (`check` names it)."""
    with session.reading() as conn:
        return verified_image(conn, sha256)


def verified_image(conn: Connection, sha256: str) -> bytes | None:
    data = file_tables.blob_data(conn, sha256)
    return data if data is not None and hashlib.sha256(data).hexdigest() == sha256 else None


def images(session: AuditSession, items: Sequence[rec.Signoff]) -> dict[str, bytes]:
    """The PNG of each sign-off's signature by hash, those that are sound."""
    with session.reading() as conn:
        found = {s.image_sha256: verified_image(conn, s.image_sha256) for s in items if s.image_sha256}
    return {sha: data for sha, data in found.items() if data is not None}
