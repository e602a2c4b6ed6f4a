"""`export --json --strip-metadata`: a GPS-tagged photo leaves without its position; import and check pass."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from pathlib import Path

from PIL import ExifTags, Image
from test_cli import cli

from auditor_app.domain.checklist import clause_id
from auditor_app.services import evidence


def gps_photo() -> bytes:
    """A portrait photo stored sideways (EXIF orientation 6) with a GPS position and the camera model."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Model] = "iPhone 15"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef], gps[ExifTags.GPS.GPSLatitude] = "N", (48.0, 8.0, 30.0)
    gps[ExifTags.GPS.GPSLongitudeRef], gps[ExifTags.GPS.GPSLongitude] = "E", (11.0, 34.0, 12.0)
    out = io.BytesIO()
    Image.new("RGB", (80, 120), (200, 30, 30)).save(out, "JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


def test_strip_metadata_export_import_and_check(make_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    photo = gps_photo()
    with Image.open(io.BytesIO(photo)) as image:
        assert image.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the photo as taken knows where it was taken
    session = make_audit(name="site.audit")
    item = session.run(lambda tx: evidence.attach_evidence(
        tx, photo, "Lager Süd.jpg", clause_id=clause_id("iso9001-2015", "7.1.3")))
    assert item
    path = session.path
    session.close()

    plain, stripped = tmp_path / "plain.json", tmp_path / "stripped.json"
    assert cli("export", path, "--json", plain).returncode == 0
    original = hashlib.sha256(photo).hexdigest()
    files = {f["sha256"]: base64.b64decode(f["base64"]) for f in json.loads(plain.read_bytes())["evidence_files"]}
    assert files == {original: photo}  # without the flag: the original, byte for byte

    result = cli("export", path, "--json", stripped, "--strip-metadata")
    assert result.returncode == 0 and "1 photo file(s) re-encoded without metadata" in result.stdout
    document = json.loads(stripped.read_text(encoding="utf-8"))
    copy_sha = document["stripped_metadata"]["replaced"][original]
    assert "GPS" in document["stripped_metadata"]["note"]
    schema = json.loads((Path(__file__).parents[2] / "docs" / "interchange.schema.json").read_text(encoding="utf-8"))
    assert set(document) <= set(schema["properties"])  # the section is published
    assert set(document["stripped_metadata"]) == set(schema["properties"]["stripped_metadata"]["required"])
    for item_file in document["evidence_files"]:
        with Image.open(io.BytesIO(base64.b64decode(item_file["base64"]))) as image:
            assert not image.getexif() and "exif" not in image.info and image.size == (120, 80)

    result = cli("import", stripped, tmp_path / "shared.audit")
    assert result.returncode == 0 and "1 evidence item(s) now show metadata-free copies" in result.stdout
    assert cli("check", tmp_path / "shared.audit").returncode == 0
    reexport = tmp_path / "again.json"
    assert cli("export", tmp_path / "shared.audit", "--json", reexport).returncode == 0
    shown = json.loads(reexport.read_text(encoding="utf-8"))["state"]["evidence"]
    assert [(e["filename"], e["sha256"], e["original_sha256"]) for e in shown] == [
        ("Lager Süd.jpg", copy_sha, original)]

    result = cli("export", path, "--pdf", tmp_path / "r.pdf", "--strip-metadata")
    assert result.returncode == 1 and "--strip-metadata applies to the interchange JSON" in result.stderr
