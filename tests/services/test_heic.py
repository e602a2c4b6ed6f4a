"""HEIC photos (the iPhone default): accepted, upright, re-encoded for reports, and refused when damaged."""

from __future__ import annotations

import io
from pathlib import Path

import pillow_heif
import pytest
from photo_corpus import BLUE, GREEN, RED, close, corner_colours, upright
from PIL import Image

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError
from auditor_app.services import evidence, heif, queries, renditions
from auditor_app.services.image_cache import THUMB_EDGE, ImageCache
from auditor_app.services.photo_import import scan

CLAUSE = clause_id("iso9001-2015", "7.1.5.2")


def heic(image: Image.Image | None = None, *, gps: bool = False) -> bytes:
    """A HEIC file as an iPhone writes one (the encoder is a test-only dependency; the app only decodes)."""
    picture = image or upright()
    exif = Image.Exif()
    exif[0x0132] = "2026:11:10 09:15:00"
    exif[0x010F], exif[0x0110] = "Apple", "iPhone 15"
    if gps:
        exif[0x8825] = {1: "N", 2: (48.0, 46.0, 30.0), 3: "E", 4: (9.0, 10.0, 55.0)}
    out = io.BytesIO()
    pillow_heif.from_pillow(picture).save(out, quality=90, exif=exif.tobytes())
    return out.getvalue()


def test_a_heic_photo_is_stored_once_with_its_facts_and_reported_as_jpeg(make_audit) -> None:  # type: ignore[no-untyped-def]
    assert heif.available()
    data = heic(gps=True)
    assert heif.is_heif(data) and evidence.sniff(data, "IMG_0001.HEIC") == "image/heic"
    session = make_audit()
    first = session.run(evidence.attach_evidence, data, "IMG_0001.HEIC", clause_id=CLAUSE)
    session.run(evidence.attach_evidence, data, "IMG_0001 copy.HEIC", clause_id=CLAUSE)
    assert first
    shown = queries.evidence(session, CLAUSE)
    assert [(e.mime, e.width, e.height, e.camera) for e in shown] == [("image/heic", 120, 80, "Apple iPhone 15")] * 2
    assert queries.counts(session)["evidence_files"] == 1  # content-addressed: stored once
    jpeg = renditions.rendition(data, "image/heic")
    picture = Image.open(io.BytesIO(jpeg))
    assert picture.format == "JPEG" and not picture.getexif()  # pixels only: no GPS, no camera, no time
    top_left, top_right, bottom_left = corner_colours(picture)
    assert close(top_left, RED) and close(top_right, BLUE) and close(bottom_left, GREEN)


def test_a_damaged_heic_is_refused_and_nothing_is_stored(make_audit) -> None:  # type: ignore[no-untyped-def]
    data = heic()
    session = make_audit()
    with pytest.raises(InputError, match="damaged or truncated"):
        session.run(evidence.attach_evidence, data[: len(data) // 2], "cut.heic", clause_id=CLAUSE)
    assert queries.evidence(session) == [] and queries.counts(session)["evidence_files"] == 0


def test_a_card_with_heic_photos_is_scanned_with_thumbnails(tmp_path: Path) -> None:
    card = tmp_path / "DCIM"
    card.mkdir()
    (card / "IMG_0101.HEIC").write_bytes(heic())
    cache = ImageCache(tmp_path / "cache")
    [found] = scan([card], cache=cache)
    assert (found.status, found.mime, found.taken_at, found.width, found.height) == (
        "new", "image/heic", "2026-11-10T09:15", 120, 80)
    assert Image.open(io.BytesIO(cache.get(found.sha256 or "", THUMB_EDGE) or b"")).size == (120, 80)


def test_without_the_decoder_a_heic_is_refused_with_advice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heif, "available", lambda: False)
    with pytest.raises(InputError, match="export them as JPEG"):
        evidence.sniff(heic(), "IMG_0002.HEIC")


def test_a_heic_photo_is_shared_as_a_jpeg_copy_and_imported_as_one(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """This program writes no HEIC: the metadata-free copy is a JPEG, and the imported item says so in type and name."""
    from auditor_app.services import integrity, interchange

    session = make_audit()
    item = session.run(evidence.attach_evidence, heic(gps=True), "IMG_0001.HEIC", clause_id=CLAUSE).ids("evidence")
    document = interchange.to_document(session, strip_metadata=True)
    [copy] = document["evidence_files"]
    note = document["stripped_metadata"]["note"]
    assert copy["mime"] == "image/jpeg" and "GPS" in note and "1 HEIC photo file(s) are carried as JPEG copies" in note
    assert [(e["mime"], e["filename"]) for e in document["state"]["evidence"]] == [("image/jpeg", "IMG_0001.jpg")]
    interchange.write_document(document, tmp_path / "shared.json")
    shared = interchange.import_json(tmp_path / "shared.json", tmp_path / "shared.audit")
    try:
        [shown] = queries.evidence(shared)
        assert (shown.id, shown.mime, shown.filename, shown.sha256) == (*item, "image/jpeg", "IMG_0001.jpg",
                                                                        copy["sha256"])
        with shared.reading() as conn:
            data = evidence.blob_bytes(conn, copy["sha256"])
        assert evidence.sniff(data, "IMG_0001.jpg") == "image/jpeg" and not Image.open(io.BytesIO(data)).getexif()
        assert integrity.full_check(shared).problems == []
    finally:
        shared.close()
