"""The interchange document: originals carried byte for byte, or photos stripped of metadata and said so."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from pathlib import Path

import pytest
from photo_corpus import RED, close, corner_colours, exif_bytes, jpeg, png
from PIL import Image, PngImagePlugin

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError
from auditor_app.services import audit, evidence, integrity, interchange, merge, queries
from auditor_app.services.pixels_only import pixels_only

CLAUSE = clause_id("iso9001-2015", "7.1.5.2")
PDF = b"%PDF-1.4\n1 0 obj<</Author(Hans Meier)/Producer(Scanner)>>endobj\ntrailer<<>>\n%%EOF\n"


def tagged_png() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Hans Meier")
    out = io.BytesIO()
    Image.new("RGB", (60, 40), RED).save(out, "PNG", pnginfo=info)
    return out.getvalue()


@pytest.fixture
def originals() -> dict[str, bytes]:
    return {"gps": jpeg(orientation=6, gps=True, camera=("Apple", "iPhone 15"), taken="2024:05:14 09:12:00"),
            "png": tagged_png(), "pdf": PDF, "deleted": jpeg(Image.new("RGB", (50, 50), RED), gps=True)}


@pytest.fixture
def photos(make_audit, originals: dict[str, bytes]):  # type: ignore[no-untyped-def]
    """A GPS-tagged rotated photo (also cited by a second item), a PNG with text, a PDF, a deleted GPS photo."""
    session = make_audit()
    ids: dict[str, str] = {}

    def attach(tx):  # type: ignore[no-untyped-def]
        ids["gps"] = evidence.attach_evidence(tx, originals["gps"], "Waage 3.jpg", clause_id=CLAUSE, caption="标签")
        ids["again"] = evidence.attach_evidence(tx, originals["gps"], "again.jpg", clause_id=CLAUSE)
        ids["png"] = evidence.attach_evidence(tx, originals["png"], "screen.png", clause_id=CLAUSE)
        ids["pdf"] = evidence.attach_evidence(tx, originals["pdf"], "Kalibrierschein.pdf", clause_id=CLAUSE)
        ids["deleted"] = evidence.attach_evidence(tx, originals["deleted"], "old.jpg", clause_id=CLAUSE)
        tx.delete("evidence", ids["deleted"])
    session.run(attach)
    return session, ids


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def files_of(document: dict) -> dict[str, bytes]:  # type: ignore[type-arg]
    return {f["sha256"]: base64.b64decode(f["base64"]) for f in document["evidence_files"]}


def test_without_the_flag_the_originals_are_carried_byte_for_byte(photos, originals) -> None:  # type: ignore[no-untyped-def]
    session, _ids = photos
    document = interchange.to_document(session)
    assert "stripped_metadata" not in document
    assert files_of(document) == {sha(data): data for data in originals.values()}


def test_a_stripped_export_carries_no_photo_metadata_and_says_so(photos, originals) -> None:  # type: ignore[no-untyped-def]
    session, _ids = photos
    plain = interchange.to_document(session)
    document = interchange.to_document(session, strip_metadata=True)
    section = document["stripped_metadata"]
    replaced = section["replaced"]
    assert set(replaced) == {sha(originals[k]) for k in ("gps", "png", "deleted")}
    assert document["operations"] == plain["operations"]  # the log is not rewritten: its hashes stay valid
    files = files_of(document)
    assert set(files) == set(replaced.values()) | {sha(PDF)} and files[sha(PDF)] == PDF  # the PDF as it was
    for data in files.values():
        if data != PDF:
            with Image.open(io.BytesIO(data)) as image:
                assert not image.getexif() and not {"exif", "icc_profile", "xmp", "Author"} & set(image.info)
            assert pixels_only(data, evidence.sniff(data, "x"))
    with Image.open(io.BytesIO(files[replaced[sha(originals["gps"])]])) as image:
        assert image.size == (120, 80) and close(corner_colours(image)[0], RED)  # full size, upright
    assert files[replaced[sha(originals["png"])]][:8] == b"\x89PNG\r\n\x1a\n"  # a PNG stays lossless
    assert "Kalibrierschein.pdf (application/pdf)" in section["note"] and "GPS" in section["note"]
    shown = {e["id"]: e for e in document["state"]["evidence"]}  # the readable state shows the copies
    assert all(e["sha256"] in files for e in shown.values())


def test_importing_a_stripped_document_records_the_copies(photos, originals, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, ids = photos
    out = interchange.export_json(session, tmp_path / "stripped.json", strip_metadata=True)
    replaced = json.loads(out.read_text(encoding="utf-8"))["stripped_metadata"]["replaced"]
    with interchange.import_json(out, tmp_path / "copy.audit", owner="Anna") as copy:
        assert interchange.recorded_copies(copy) == 4  # two items share the photo, one is deleted
        assert integrity.full_check(copy).problems == [] and queries.conflicts(copy) == []
        shown = {e.id: e for e in queries.evidence(copy)}
        for key in ("gps", "again"):
            assert shown[ids[key]].original_sha256 == sha(originals["gps"])
            assert shown[ids[key]].sha256 == replaced[sha(originals["gps"])]
        assert shown[ids["gps"]].caption == "标签" and (shown[ids["gps"]].width, shown[ids["gps"]].height) == (120, 80)
        assert shown[ids["pdf"]].sha256 == sha(PDF) and shown[ids["pdf"]].original_sha256 is None
        assert ids["deleted"] not in shown
        authors = {e.author for e in queries.history(copy, ids["gps"]) if e.field == "sha256"}
        assert authors == {"Anna Auditor", "metadata stripping"}
        copy.run(lambda tx: tx.restore("evidence", ids["deleted"]))  # undo of the deletion finds a clean file
        restored = next(e for e in queries.evidence(copy) if e.id == ids["deleted"])
        with copy.reading() as conn:
            assert pixels_only(evidence.blob_bytes(conn, restored.sha256 or ""), "image/jpeg")
        # Stripping a stripped audit changes nothing more: its photos already hold pixels only.
        assert interchange.to_document(copy, strip_metadata=True)["stripped_metadata"]["replaced"] == {}
    with audit.open_audit(tmp_path / "copy.audit", author="Anna") as again:
        assert integrity.full_check(again).problems == []


def test_a_file_conflict_is_settled_before_a_stripped_export(photos, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, ids = photos
    copy = merge.hand_over_copy(session, tmp_path / "ben.audit", "Ben")

    def replace(tx, data: bytes) -> None:  # type: ignore[no-untyped-def]
        tx.set("evidence", ids["gps"], {"sha256": evidence.store_blob(tx, data, "image/jpeg")})
    session.run(replace, jpeg(quality=50, gps=True))
    with audit.open_audit(copy, author="Ben") as ben:
        ben.run(replace, jpeg(quality=60, gps=True))
    merge.merge_into(session, [copy], backup_first=False)
    with pytest.raises(InputError, match=r"evidence .*Waage 3\.jpg.* unresolved merge conflict"):
        interchange.to_document(session, strip_metadata=True)


def _altered(session, tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    document = interchange.to_document(session)
    change(document)
    path = tmp_path / "altered.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_import_refuses_a_missing_or_altered_current_file_naming_the_evidence(photos, originals,  # type: ignore[no-untyped-def]
                                                                               tmp_path: Path) -> None:
    session, _ids = photos
    target = tmp_path / "x.audit"

    def drop_png(document) -> None:  # type: ignore[no-untyped-def]
        document["evidence_files"] = [f for f in document["evidence_files"] if f["sha256"] != sha(originals["png"])]
    with pytest.raises(InputError, match=r"evidence .*\(screen\.png\) refers to file .* not in evidence_files"):
        interchange.import_json(_altered(session, tmp_path, drop_png), target)

    def alter_pdf(document) -> None:  # type: ignore[no-untyped-def]
        item = next(f for f in document["evidence_files"] if f["sha256"] == sha(PDF))
        item["base64"] = base64.b64encode(PDF.replace(b"Hans", b"Hanz")).decode()
    with pytest.raises(InputError, match=r"file of evidence .*\(Kalibrierschein\.pdf\) does not match its SHA-256"):
        interchange.import_json(_altered(session, tmp_path, alter_pdf), target)

    def drop_copy(document) -> None:  # type: ignore[no-untyped-def]
        stripped = interchange.to_document(session, strip_metadata=True)
        document.update(evidence_files=[f for f in stripped["evidence_files"] if f["mime"] != "image/png"],
                        stripped_metadata=stripped["stripped_metadata"])
    with pytest.raises(InputError, match=r"screen\.png.*copy .* not in evidence_files"):
        interchange.import_json(_altered(session, tmp_path, drop_copy), target)
    assert not target.exists()


@pytest.mark.parametrize(("data", "mime", "clean"), [
    (jpeg(), "image/jpeg", False),  # an (empty) EXIF block is still an APP1 segment
    (jpeg(gps=True), "image/jpeg", False),
    (png(), "image/png", True),
    (png() + b"trailing", "image/png", False),
    (tagged_png(), "image/png", False),
    (b"\xff\xd8\xff\xfe\x00\x05abc\xff\xd9", "image/jpeg", False),  # a comment
    (jpeg()[:200], "image/jpeg", False),
    (b"RIFF\x04\x00\x00\x00WEBP", "image/webp", True),
    (PDF, "application/pdf", False),
])
def test_pixels_only_is_a_whitelist(data: bytes, mime: str, clean: bool) -> None:
    assert pixels_only(data, mime) is clean


def test_pixels_only_accepts_what_the_app_writes() -> None:
    from auditor_app.services import image_cache, interchange_strip

    tagged_webp = io.BytesIO()
    Image.new("RGB", (30, 20), RED).save(tagged_webp, "WEBP", exif=exif_bytes(gps=True))
    assert not pixels_only(tagged_webp.getvalue(), "image/webp")
    for data, mime in ((jpeg(gps=True), "image/jpeg"), (tagged_png(), "image/png"),
                       (tagged_webp.getvalue(), "image/webp")):
        assert pixels_only(interchange_strip.reencode(data, mime), mime)
    assert pixels_only(image_cache.encode(Image.effect_noise((300, 200), 40).convert("RGB"), 300), "image/jpeg")


def test_a_stripped_copy_is_never_merged_back_over_the_originals(photos, originals, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, ids = photos
    out = interchange.export_json(session, tmp_path / "shared.json", strip_metadata=True)
    interchange.import_json(out, tmp_path / "shared.audit", owner="Client").close()
    before = {e.id: e.sha256 for e in queries.evidence(session)}
    with pytest.raises(merge.MergeRefused, match="metadata stripped"):
        merge.merge_into(session, [tmp_path / "shared.audit"])
    assert {e.id: e.sha256 for e in queries.evidence(session)} == before
