"""`export --json --strip-metadata` burns blur boxes into the shared copies; arrows and text stay annotations."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import random
from pathlib import Path

from PIL import ExifTags, Image, ImageChops, ImageOps, ImageStat
from test_cli import cli

from auditor_app.domain.checklist import clause_id
from auditor_app.services import annotations, evidence
from auditor_app.services.annotations import Shape

CLAUSE = clause_id("iso9001-2015", "7.1.5.2")
W, H = 240, 160
FACE = (40, 30, 120, 110)  # a region of distinct pixels in the upright photo (left, top, right, bottom)
LABEL = (160, 20, 230, 70)  # another one, under an arrow only


def scene() -> Image.Image:
    """A smooth background with two patches of noise: the "face" to blur and a "label" an arrow points at."""
    rng = random.Random(14)
    image = Image.linear_gradient("L").resize((W, H)).convert("RGB")
    for left, top, right, bottom in (FACE, LABEL):
        patch = Image.frombytes("RGB", (right - left, bottom - top),
                                bytes(rng.randrange(256) for _ in range((right - left) * (bottom - top) * 3)))
        image.paste(patch, (left, top))
    return image


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")  # no text chunks: pixels only, which used to be carried as stored
    return out.getvalue()


def sideways_gps_jpeg(image: Image.Image) -> bytes:
    """Stored turned (EXIF orientation 6), with a GPS position: re-encoded upright by the export."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef], gps[ExifTags.GPS.GPSLatitude] = "N", (48.0, 8.0, 30.0)
    out = io.BytesIO()
    image.transpose(Image.Transpose.ROTATE_90).save(out, "JPEG", quality=98, exif=exif.tobytes())
    return out.getvalue()


def fractions(box: tuple[int, int, int, int], size: tuple[int, int]) -> tuple[float, float, float, float]:
    return box[0] / size[0], box[1] / size[1], box[2] / size[0], box[3] / size[1]


def turned_clockwise(box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """The box in the upright photo, as it lies in the photo turned 90° clockwise (H × W)."""
    left, top, right, bottom = box
    return H - bottom, left, H - top, right


def stddev(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    return float(ImageStat.Stat(image.crop(box).convert("L")).stddev[0])


def mean_difference(one: Image.Image, other: Image.Image, box: tuple[int, int, int, int]) -> float:
    return float(sum(ImageStat.Stat(ImageChops.difference(one.crop(box), other.crop(box))).mean) / 3)


def outside(box: tuple[int, int, int, int], margin: int = 4) -> list[tuple[int, int, int, int]]:
    """Strips of the photo clear of `box` (the blur may soften a few pixels at its edge)."""
    left, top, right, bottom = box
    return [(0, 0, W, max(0, top - margin)), (0, min(H, bottom + margin), W, H),
            (0, 0, max(0, left - margin), H), (min(W, right + margin), 0, W, H)]


def test_shared_copies_carry_the_blur_boxes_burned_in_and_import_cleanly(make_audit, tmp_path: Path  # type: ignore[no-untyped-def]
                                                                         ) -> None:
    original = scene()
    session = make_audit(name="faces.audit")

    def attach(tx):  # type: ignore[no-untyped-def]
        flat = evidence.attach_evidence(tx, png(original), "Schichtbesprechung.png", clause_id=CLAUSE)
        annotations.set_annotations(tx, flat, [
            Shape("blur", *fractions(FACE, (W, H))),
            Shape("arrow", 0.9, 0.9, *fractions(LABEL, (W, H))[2:], color="#00ff00")])
        turned = evidence.attach_evidence(tx, sideways_gps_jpeg(original), "Werkhalle.jpg", clause_id=CLAUSE)
        tx.set("evidence", turned, {"rotation": 90})  # shown turned: the box is drawn on the turned photo
        annotations.set_annotations(tx, turned, [Shape("blur", *fractions(turned_clockwise(FACE), (H, W)))])
        return flat, turned
    with session.transaction() as tx:
        flat, turned = attach(tx)
    path = session.path
    session.close()

    out = tmp_path / "shared.json"
    result = cli("export", path, "--json", out, "--strip-metadata")
    assert result.returncode == 0, result.stderr
    assert "2 photo file(s) re-encoded without metadata" in result.stdout
    document = json.loads(out.read_text(encoding="utf-8"))
    note = document["stripped_metadata"]["note"]
    assert "Blur boxes were burned in: the copies of 2 photo file(s)" in note and "Arrows, frames and text" in note
    files = {f["sha256"]: base64.b64decode(f["base64"]) for f in document["evidence_files"]}
    by_name = {e["filename"]: e for e in document["state"]["evidence"]}
    with Image.open(io.BytesIO(sideways_gps_jpeg(original))) as stored:
        as_taken = ImageOps.exif_transpose(stored).convert("RGB")  # the JPEG as its camera wrote it, upright
    for name, before, tolerance in (("Schichtbesprechung.png", original, 0.0), ("Werkhalle.jpg", as_taken, 3.0)):
        with Image.open(io.BytesIO(files[by_name[name]["sha256"]])) as shared:
            copy = shared.convert("RGB")
            assert not shared.getexif() and copy.size == (W, H)  # upright, still without metadata
        assert stddev(before, FACE) > 40 and stddev(copy, FACE) < 12, name  # the face is unreadable
        for strip in outside(FACE):
            assert mean_difference(copy, before, strip) <= tolerance, (name, strip)  # the rest is the photo
    # The arrow is not burned in: the log still holds it and reports draw it once over the copy.
    flat_copy = Image.open(io.BytesIO(files[by_name["Schichtbesprechung.png"]["sha256"]])).convert("RGB")
    assert mean_difference(flat_copy, original, (LABEL[0], LABEL[1], W, H)) == 0

    shared_audit = tmp_path / "shared.audit"
    result = cli("import", out, shared_audit)
    assert result.returncode == 0 and "2 evidence item(s) now show metadata-free copies" in result.stdout
    assert cli("check", shared_audit).returncode == 0
    again = tmp_path / "again.json"
    assert cli("export", shared_audit, "--json", again).returncode == 0
    shown = {e["id"]: e for e in json.loads(again.read_text(encoding="utf-8"))["state"]["evidence"]}
    assert hashlib.sha256(png(original)).hexdigest() == shown[flat]["original_sha256"]
    assert [s["shape"] for s in json.loads(shown[flat]["annotations"])] == ["blur", "arrow"]
    assert shown[turned]["rotation"] == 90 and shown[turned]["sha256"] == by_name["Werkhalle.jpg"]["sha256"]
    assert cli("export", shared_audit, "--pdf", tmp_path / "report.pdf", "--profile", "internal").returncode == 0


def test_a_photo_whose_blur_boxes_cannot_be_read_is_not_shared(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Annotations written by a newer or damaged program: shared without its blur boxes, a face could show."""
    session = make_audit(name="odd.audit")
    with session.transaction() as tx:
        item = evidence.attach_evidence(tx, png(scene()), "Kantine.png", clause_id=CLAUSE)
        tx.set("evidence", item, {"annotations": [{"shape": "pixelate", "x0": 0, "y0": 0, "x1": 10, "y1": 10}]})
    path = session.path
    session.close()
    out = tmp_path / "shared.json"
    result = cli("export", path, "--json", out, "--strip-metadata")
    assert result.returncode == 1 and "internal error" not in result.stderr
    assert f"evidence {item[:8]}… (Kantine.png): its annotations cannot be read" in result.stderr
    assert "shape 'pixelate' is not one of" in result.stderr and not out.exists()
