"""Bulk photo import: the hostile corpus, plan-slot suggestions, duplicates, reduced copies, cancel, no GPS leaks."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import shutil
import zipfile
from pathlib import Path

import pytest
from photo_corpus import BLUE, GREEN, RED, close, corner_colours, jpeg, png_declaring, truncated_jpeg
from PIL import Image

from auditor_app.domain.checklist import clause_id
from auditor_app.services import audit, findings, integrity, planning, queries, reports
from auditor_app.services.evidence import blob_bytes
from auditor_app.services.image_cache import REPORT_EDGE, THUMB_EDGE, ImageCache
from auditor_app.services.photo_import import (
    Candidate,
    checklists_in_load_order,
    import_photos,
    scan,
    stored_hashes,
    suggest_clauses,
)
from auditor_app.services.preferences import Preferences

KEEP = Preferences()
REDUCE = Preferences(photo_keep_original=False, photo_long_edge=800, photo_quality=80)
DAY = "2026:11:10"


def cid(number: str, key: str = "iso9001-2015") -> str:
    return clause_id(key, number)


@pytest.fixture(scope="module")
def panorama(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 50 MB, 16000×2400 panorama (made once: it takes a second or two)."""
    path = tmp_path_factory.mktemp("pano") / "panorama.jpg"
    image = Image.effect_noise((16000, 2400), 100).convert("RGB")
    image.save(path, "JPEG", quality=98, exif=Image.Exif().tobytes())
    return path


@pytest.fixture
def corpus(tmp_path: Path, panorama: Path) -> Path:
    folder = tmp_path / "SD card" / "DCIM"
    (folder / "100CANON").mkdir(parents=True)
    for orientation in range(1, 9):  # taken 09:1x on the plan's first day, in reverse file-name order
        (folder / "100CANON" / f"IMG_{10 - orientation:04d}.JPG").write_bytes(
            jpeg(orientation=orientation, taken=f"{DAY} 09:1{orientation}:00", camera=("Canon", "EOS R5")))
    (folder / "gps.jpg").write_bytes(jpeg(gps=True, taken=f"{DAY} 11:30:00", camera=("Apple", "iPhone 15")))
    (folder / "bomb.png").write_bytes(png_declaring(20000, 20000))  # 400 megapixels declared
    (folder / "truncated.jpg").write_bytes(truncated_jpeg())
    (folder / "notes.jpg").write_text("not a photo, only a text file renamed", encoding="utf-8")
    (folder / "empty.jpg").write_bytes(b"")
    shutil.copyfile(panorama, folder / "panorama.jpg")
    (folder / ".hidden.jpg").write_bytes(jpeg())
    (folder / "Thumbs.db").write_bytes(b"cache")
    (folder / ".Trashes").mkdir()
    (folder / ".Trashes" / "deleted.jpg").write_bytes(jpeg())
    return tmp_path / "SD card"


def by_name(found: list[Candidate]) -> dict[str, Candidate]:
    return {c.path.name: c for c in found}


def test_scan_of_a_card_gives_each_file_its_outcome(corpus: Path, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    cache = ImageCache(tmp_path / "cache")
    found = scan([corpus], progress=lambda done, total: steps.append((done, total)), cache=cache)
    names = by_name(found)
    assert set(names) == {f"IMG_{n:04d}.JPG" for n in range(2, 10)} | {
        "gps.jpg", "bomb.png", "truncated.jpg", "notes.jpg", "empty.jpg", "panorama.jpg"}  # hidden files skipped
    assert steps[-1] == (14, 14)
    assert "too many pixels" in (names["bomb.png"].refusal or "")
    assert "truncated" in (names["truncated.jpg"].refusal or "")
    assert "not a supported evidence file" in (names["notes.jpg"].refusal or "")
    assert names["empty.jpg"].refusal == "the file is empty"
    pano = names["panorama.jpg"]
    assert pano.status == "new" and pano.size > 50_000_000 and (pano.width, pano.height) == (16000, 2400)
    # Sorted by time taken (IMG_0009 was taken first), photos without a time last.
    assert [c.path.name for c in found[:9]] == [f"IMG_{n:04d}.JPG" for n in range(9, 1, -1)] + ["gps.jpg"]
    assert all(c.taken_at is None for c in found[9:])
    img = names["IMG_0004.JPG"]  # orientation 6: stored portrait, upright landscape
    assert (img.taken_at, img.camera, img.width, img.height) == ("2026-11-10T09:16", "Canon EOS R5", 120, 80)
    assert img.sha256 == hashlib.sha256(img.path.read_bytes()).hexdigest() and img.mime == "image/jpeg"
    for item in found[:8]:  # every orientation's thumbnail is upright, and cached for the review and the gallery
        thumb = Image.open(io.BytesIO(cache.get(item.sha256 or "", THUMB_EDGE) or b""))
        top_left, top_right, bottom_left = corner_colours(thumb)
        assert thumb.size == (120, 80) and close(top_left, RED) and close(top_right, BLUE) and close(bottom_left,
                                                                                                   GREEN)
    assert Image.open(io.BytesIO(cache.get(pano.sha256 or "", THUMB_EDGE) or b"")).size == (320, 48)


def test_plan_slots_suggest_the_first_clause_of_the_slot(make_audit) -> None:  # type: ignore[no-untyped-def]
    session = make_audit(checklists=("iso9001-2015", "iso14001-2015"))
    session.run(lambda tx: [planning.add_plan_row(tx, **row) for row in (
        {"day": "2026-11-10", "start": "09:00", "end": "11:00", "clauses": "7.5, 8.4"},
        {"day": "2026-11-10", "start": "11:00", "end": "12:00", "clauses": "ISO 14001 6.1.2; 8.1"},
        {"day": "2026-11-10", "start": "13:00", "clauses": "9.2"},  # no end: until the next slot or the day's end
        {"day": "2026-11-11", "start": "8:30", "end": "10:00", "clauses": "Opening meeting"},
    )])

    def photo(name: str, taken: str | None) -> Candidate:
        return Candidate(Path(name), 1, "image/jpeg", taken_at=taken)
    photos = [photo("a", "2026-11-10T09:00"), photo("b", "2026-11-10T10:59"), photo("c", "2026-11-10T11:00"),
              photo("d", "2026-11-10T12:30"), photo("e", "2026-11-10T18:00"), photo("f", "2026-11-11T09:00"),
              photo("g", None), photo("h", "2026-11-12T09:00")]
    suggested = suggest_clauses(photos, queries.plan(session), queries.clauses(session),
                                checklists_in_load_order(session))
    assert suggested == {Path("a"): cid("7.5"), Path("b"): cid("7.5"),  # 7.5 is in both: the first checklist
                         Path("c"): cid("6.1.2", "iso14001-2015"),  # the slot names its standard
                         Path("e"): cid("9.2")}


def test_import_puts_photos_on_their_clauses_upright_and_reopens(corpus: Path, make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = make_audit()
    cache = ImageCache(tmp_path / "cache")
    found = [c for c in scan([corpus], cache=cache) if c.status == "new" and c.path.suffix == ".JPG"]
    captions = ["Kalibrierschild", "校准标签", "ملصق المعايرة", "", None, "x", "y", "z"]
    accepted = [(c, cid("7.1.5.2") if i % 2 else cid("8.5.1"), captions[i]) for i, c in enumerate(found)]
    report = import_photos(session, accepted, KEEP, cache=cache)
    assert len(report.imported) == 8 and not report.failed and not report.cancelled and report.reduced == 0
    path = session.path
    session.close()
    with audit.open_audit(path, author="Anna") as again:
        on_752 = queries.evidence(again, cid("7.1.5.2"))
        on_851 = queries.evidence(again, cid("8.5.1"))
        assert len(on_752) == len(on_851) == 4
        stored = {e.filename: e for e in on_752 + on_851}
        first = stored["IMG_0009.JPG"]
        assert (first.caption, first.taken_at, first.camera, first.width, first.height) == (
            "Kalibrierschild", "2026-11-10T09:11", "Canon EOS R5", 120, 80)
        assert {e.caption for e in stored.values()} >= {"校准标签", "ملصق المعايرة"}
        with again.reading() as conn:
            assert blob_bytes(conn, first.sha256 or "") == (found[0].path.read_bytes())  # the original, as taken
    for item in found:  # report renditions are already cached, upright
        rendition = cache.get(item.sha256 or "", REPORT_EDGE)
        assert rendition is not None and close(corner_colours(Image.open(io.BytesIO(rendition)))[0], RED)


def test_duplicates_are_stored_once_and_reported(tmp_path: Path, make_audit) -> None:  # type: ignore[no-untyped-def]
    session = make_audit()
    folder = tmp_path / "photos"
    folder.mkdir()
    data = jpeg(taken=f"{DAY} 10:00:00")
    for name in ("a.jpg", "copy of a.jpg"):
        (folder / name).write_bytes(data)
    (folder / "b.jpg").write_bytes(jpeg(orientation=3))
    cache = ImageCache(tmp_path / "cache")
    found = by_name(scan([folder], cache=cache))
    assert found["copy of a.jpg"].status == "duplicate" and found["copy of a.jpg"].duplicate_of == folder / "a.jpg"
    first = import_photos(session, [(c, None, None) for c in found.values()], KEEP, cache=cache)
    assert len(first.imported) == 2 and first.duplicates == (folder / "copy of a.jpg",)
    again = by_name(scan([folder], stored_hashes(session), cache=cache))
    assert {c.status for c in again.values()} == {"duplicate"} and all(c.already_in_audit for c in again.values())
    second = import_photos(session, [(c, None, None) for c in again.values()], KEEP, cache=cache)
    assert second.imported == () and len(second.duplicates) == 3
    assert len(queries.evidence(session)) == 2
    with session.reading() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM blob").scalar() == 2


def test_reduced_copy_keeps_the_originals_hash_and_no_gps(tmp_path: Path, make_audit) -> None:  # type: ignore[no-untyped-def]
    session = make_audit()
    original = jpeg(Image.effect_noise((2000, 1500), 60).convert("RGB"), orientation=6, gps=True,
                    taken=f"{DAY} 10:00:00", camera=("Apple", "iPhone 15"))
    (tmp_path / "big.jpg").write_bytes(original)
    small = tmp_path / "small.png"
    Image.new("RGB", (640, 480), (10, 20, 30)).save(small)
    cache = ImageCache(tmp_path / "cache")
    found = by_name(scan([tmp_path / "big.jpg", small], cache=cache))
    report = import_photos(session, [(c, cid("7.5"), None) for c in found.values()], REDUCE, cache=cache)
    assert report.reduced == 1 and len(report.imported) == 2
    stored = {e.filename: e for e in queries.evidence(session)}
    big = stored["big.jpg"]
    assert big.original_sha256 == hashlib.sha256(original).hexdigest() != big.sha256
    assert (big.width, big.height, big.mime, big.camera, big.taken_at) == (800, 600, "image/jpeg", "Apple iPhone 15",
                                                                           "2026-11-10T10:00")
    with session.reading() as conn:
        data = blob_bytes(conn, big.sha256 or "")  # verified against the new hash
    assert len(data) < len(original) and b"Exif" not in data and Image.open(io.BytesIO(data)).size == (800, 600)
    assert stored["small.png"].original_sha256 is None  # already under the long edge: kept as it is
    assert found["big.jpg"].sha256 in stored_hashes(session)  # a re-import of the original is a duplicate


def test_cancel_keeps_a_consistent_file(tmp_path: Path, make_audit) -> None:  # type: ignore[no-untyped-def]
    session = make_audit()
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(25):
        (folder / f"{i:02d}.jpg").write_bytes(jpeg(Image.new("RGB", (300, 200), (i * 9, 80, 120)),
                                                   taken=f"{DAY} 10:{i:02d}:00"))
    cache = ImageCache(tmp_path / "cache")
    found = scan([folder], cache=cache)
    seen: list[int] = []
    report = import_photos(session, [(c, cid("8.5.1"), None) for c in found], KEEP,
                           progress=lambda done, _total: seen.append(done), cancel=lambda: len(seen) >= 13,
                           cache=cache)
    assert report.cancelled and 13 <= len(report.imported) < 25
    path = session.path
    session.close()
    with audit.open_audit(path, author="Anna") as again:
        assert len(queries.evidence(again)) == len(report.imported)  # what the report says is what is stored
        check = integrity.full_check(again)
        assert check.problems == [] and check.evidence_files == len(report.imported)


def test_no_gps_reaches_the_cache_or_the_exports(tmp_path: Path, make_audit) -> None:  # type: ignore[no-untyped-def]
    session = make_audit()
    folder = tmp_path / "gps"
    folder.mkdir()
    for orientation in (1, 6):
        (folder / f"o{orientation}.jpg").write_bytes(jpeg(Image.effect_noise((1800, 1200), 50).convert("RGB"),
                                                          orientation=orientation, gps=True,
                                                          camera=("Secret", "Cam")))
    cache = ImageCache(tmp_path / "cache")
    report = import_photos(session, [(c, cid("8.5.1"), "gps") for c in scan([folder], cache=cache)], KEEP,
                           cache=cache)
    assert all(b"GPS" in p.read_bytes() or b"Exif" in p.read_bytes() for p in folder.iterdir())
    session.run(lambda tx: findings.create_finding(tx, grade="minor", clause_ids=[cid("8.5.1")],
                                                   statement="Label missing", evidence_ids=list(report.imported)))
    outputs = [p.read_bytes() for p in (tmp_path / "cache").rglob("*.jpg")]
    pdf, _gaps = reports.export_pdf(session, tmp_path / "r.pdf", profile="internal")
    xlsx = reports.export_xlsx(session, tmp_path / "r.xlsx", profile="internal")
    with zipfile.ZipFile(xlsx) as book:
        outputs += [book.read(n) for n in book.namelist() if n.startswith("xl/media/")]
    assert len(outputs) >= 2 + 4  # thumbnails and renditions in the cache, thumbnails in the workbook
    for data in [*outputs, pdf.read_bytes()]:
        assert b"Exif" not in data and b"Secret" not in data


def test_a_file_changed_after_the_scan_is_not_imported(tmp_path: Path, make_audit) -> None:  # type: ignore[no-untyped-def]
    session = make_audit()
    photo = tmp_path / "p.jpg"
    photo.write_bytes(jpeg(taken=f"{DAY} 10:00:00"))
    [found] = scan([photo], cache=ImageCache(tmp_path / "cache"))
    photo.write_bytes(jpeg(orientation=2))
    report = import_photos(session, [(found, None, None), (dataclasses.replace(found, refusal="x"), None, None)],
                           KEEP, cache=ImageCache(tmp_path / "cache"))
    assert report.imported == () and report.failed == ((photo, "the file changed after it was scanned; scan it "
                                                                "again"),)
