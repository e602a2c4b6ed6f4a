"""Photo annotations: strict parsing, round trips, burning each shape where it belongs, blur that hides, reports."""

from __future__ import annotations

import hashlib
import io
import json
import random
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageStat
from pypdf import PdfReader

from auditor_app.domain import records as rec
from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError, NotFound
from auditor_app.exporters.pdf_report import build_pdf
from auditor_app.services import annotations as marks
from auditor_app.services import evidence, findings, queries, renditions, report_data

CLAUSE = clause_id("iso9001-2015", "7.1.5.2")
RED, GREEN, BLUE = "#ff0000", "#00ff00", "#0000ff"


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def _stripes(size: tuple[int, int], period: int = 8) -> Image.Image:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    for x in range(0, size[0], period):
        draw.rectangle((x, 0, x + period // 2 - 1, size[1]), fill="black")
    return image


def _rendition(image: Image.Image, shapes: list[marks.Shape], rotation: int = 0, edge: int = 1600) -> Image.Image:
    """The photo through the report path (cache, rotation, burn-in), decoded again."""
    data = _png(image)
    item = rec.EvidenceRecord(id="e1", sha256=hashlib.sha256(data).hexdigest(), filename="p.png", mime="image/png",
                              rotation=rotation, annotations=marks.dumps(shapes) if shapes else None)
    out = report_data.photo_rendition(item, lambda _sha: data, edge)
    assert out is not None
    return Image.open(io.BytesIO(out)).convert("RGB")


def _near(pixel: tuple[int, ...], colour: str, tolerance: int = 60) -> bool:
    want = (int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16))
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, want, strict=True))


# -- the stored form ------------------------------------------------------------------------------------------
def test_valid_annotations_round_trip_with_unicode_text() -> None:
    shapes = [marks.Shape("arrow", 0.9, 0.1, 0.2, 0.8, "#ff8800", 0.004),
              marks.Shape("rect", 0, 0, 1, 1, "#000000", 0.1),
              marks.Shape("ellipse", 0.25, 0.25, 0.5, 0.5),
              marks.Shape("text", 0.1, 0.1, 0.6, 0.2, "#ffffff", 0.006, "化学品储存区 · منطقة التخزين · Prüfung <&>"),
              marks.Shape("blur", 0.3, 0.3, 0.4, 0.35)]
    text = marks.dumps(shapes)
    assert "化学品储存区" in text and "منطقة" in text  # stored readable, not as \\u escapes
    assert marks.parse(text) == shapes
    assert "text" not in json.loads(text)[0]  # only text shapes carry text
    assert marks.parse(None) == [] and marks.parse("") == [] and marks.parse("null") == [] and marks.parse("[]") == []
    assert json.loads(text)[1] == {"shape": "rect", "x0": 0, "y0": 0, "x1": 100000, "y1": 100000, "color": "#000000",
                                   "width": 10000}  # whole parts per 100,000: the audit log holds no floats
    assert marks.parse(_stored(color="#ABCDEF"))[0].color == "#abcdef"


def _stored(**changes: object) -> str:
    item: dict[str, object] = {"shape": "rect", "x0": 0, "y0": 0, "x1": 100000, "y1": 100000, "color": "#ff0000",
                               "width": 600}
    item.update(changes)
    return json.dumps([{k: v for k, v in item.items() if v is not ...}])


@pytest.mark.parametrize(("stored", "problem"), [
    ("{not json", "not valid JSON"),
    ('{"shape": "rect"}', "must be a list of shapes"),
    ('["rect"]', "annotation 1: expected an object"),
    (_stored(shape="star"), "shape 'star' is not one of"),
    (_stored(x1=150000), "x1 = 150000 is outside 0..100000"),
    (_stored(x0=True), "x0 must be a whole number"),
    (_stored(x0=0.5), "x0 must be a whole number of 1/100000 of the photo, got 0.5"),
    (_stored(y1=...), "y1 must be a whole number of 1/100000 of the photo, got None"),
    ('[{"shape":"rect","x0":NaN,"y0":0,"x1":1,"y1":1,"color":"#ff0000","width":600}]', "x0 must be a whole number"),
    (_stored(color="red"), "color 'red' is not a colour"),
    (_stored(width=0), "width = 0 is outside 1..10000"),
    (_stored(width=50000), "width = 50000 is outside"),
    (_stored(text="x"), "only text shapes carry text"),
    (_stored(shape="text", text="  "), "needs some text"),
    (_stored(shape="text"), "needs some text"),
    (_stored(**{"<img>": 1}), "unknown field <img>"),
])
def test_a_bad_stored_value_is_refused_saying_what_is_wrong(stored: str, problem: str) -> None:
    with pytest.raises(InputError, match="photo annotation") as caught:
        marks.parse(stored)
    assert problem in str(caught.value)


def test_too_many_shapes_or_too_long_text_are_refused() -> None:
    with pytest.raises(InputError, match="at most 500"):
        marks.parse(marks.dumps([marks.Shape("rect", 0, 0, 1, 1)] * 500)[:-1] + ', {"x": 1}]')
    with pytest.raises(InputError, match="longer than 2000"):
        marks.dumps([marks.Shape("text", 0, 0, 1, 1, text="x" * 2001)])


def test_edit_key_is_empty_without_annotations_and_follows_the_content() -> None:
    assert marks.edit_key(None) == marks.edit_key("") == marks.edit_key("[]") == marks.edit_key("null") == ""
    one = marks.dumps([marks.Shape("blur", 0.1, 0.1, 0.2, 0.2)])
    moved = marks.dumps([marks.Shape("blur", 0.1, 0.1, 0.2, 0.21)])
    assert len(marks.edit_key(one)) == 16
    assert marks.edit_key(one) != marks.edit_key(moved)
    reordered = json.dumps([dict(reversed(list(json.loads(one)[0].items())))], indent=2)
    assert marks.edit_key(reordered) == marks.edit_key(one)  # the same shapes, whatever the JSON spacing or order
    assert marks.edit_key("{broken") not in ("", marks.edit_key(one))


# -- burning in -------------------------------------------------------------------------------------------------
def test_each_shape_is_burnt_where_it_was_drawn_on_a_rotated_photo() -> None:
    # 600×400 landscape with a black square at its top-left; rotated 90° clockwise it is 400×600 with the square
    # at the top-right. The shapes' fractions refer to the rotated photo.
    photo = Image.new("RGB", (600, 400), "white")
    ImageDraw.Draw(photo).rectangle((0, 0, 119, 119), fill="black")
    shapes = [marks.Shape("rect", 0.7, 0.0, 1.0, 0.2, RED, 0.01),  # around the square: 280..400 × 0..120
              marks.Shape("arrow", 0.1, 0.9, 0.5, 0.5, BLUE, 0.01),
              marks.Shape("ellipse", 0.1, 0.3, 0.5, 0.5, GREEN, 0.01),
              marks.Shape("text", 0.1, 0.75, 0.6, 0.85, "#000000", 0.01, "Label")]
    out = _rendition(photo, shapes, rotation=90)
    assert out.size == (400, 600)
    px = out.getpixel
    assert _near(px((282, 60)), RED) and _near(px((398, 60)), RED) and _near(px((340, 2)), RED)  # the frame
    assert _near(px((340, 60)), "#000000") and _near(px((270, 60)), "#ffffff")  # square inside, white outside
    assert _near(px((120, 420)), BLUE) and _near(px((196, 304)), BLUE)  # on the shaft, near the point
    assert _near(px((160, 420)), "#ffffff")  # beside the shaft
    assert _near(px((42, 240)), GREEN) and _near(px((120, 181)), GREEN)  # left and top of the ellipse
    assert _near(px((46, 184)), "#ffffff") and _near(px((120, 240)), "#ffffff")  # its box corner, its middle
    text_box = out.crop((40, 450, 240, 510)).convert("L")
    assert ImageStat.Stat(text_box).extrema[0][0] < 60  # ink in the text box
    assert ImageStat.Stat(out.crop((250, 450, 400, 510)).convert("L")).extrema[0][0] > 200  # none beyond it


def test_an_unrotated_and_a_rotated_rendition_put_a_shape_on_the_same_object() -> None:
    photo = Image.new("RGB", (600, 400), "white")
    ImageDraw.Draw(photo).rectangle((480, 300, 599, 399), fill="black")  # bottom-right
    # Rotated 180°, the square is at the top-left: the same fractions would miss it; the user drew on what he saw.
    out = _rendition(photo, [marks.Shape("rect", 0.0, 0.0, 0.2, 0.25, RED, 0.01)], rotation=180)
    assert out.size == (600, 400)
    assert _near(out.getpixel((60, 50)), "#000000") and _near(out.getpixel((2, 50)), RED)


def test_blur_box_destroys_detail_and_leaves_the_rest_alone() -> None:
    for pattern in (_stripes((800, 600), 8), _stripes((800, 600), 24), _noise((800, 600), 1)):
        box = (200, 150, 600, 450)
        before = ImageStat.Stat(pattern.crop(box).convert("L")).var[0]
        burnt = marks.burn(pattern, [marks.Shape("blur", 0.25, 0.25, 0.75, 0.75)])
        after = ImageStat.Stat(burnt.crop(box).convert("L")).var[0]
        assert after < before * 0.05, (before, after)  # more than 95 % of the variance is gone
        assert burnt.crop((0, 0, 800, 150)).tobytes() == pattern.crop((0, 0, 800, 150)).tobytes()
        assert burnt.crop((0, 450, 800, 600)).tobytes() == pattern.crop((0, 450, 800, 600)).tobytes()


def test_blurred_faces_cannot_be_told_apart() -> None:
    # Two different "faces" (random detail) under a blur box come out the same grey: nothing is left to recover.
    box = (100, 100, 300, 300)
    one, two = (marks.burn(_noise((400, 400), seed), [marks.Shape("blur", 0.25, 0.25, 0.75, 0.75)]).crop(box)
                for seed in (1, 2))
    diff = ImageStat.Stat(_diff(one, two)).mean[0]
    assert diff < 6, diff


def _noise(size: tuple[int, int], seed: int) -> Image.Image:
    rng = random.Random(seed)
    return Image.frombytes("L", size, bytes(rng.choice((0, 255)) for _ in range(size[0] * size[1]))).convert("RGB")


def _diff(a: Image.Image, b: Image.Image) -> Image.Image:
    from PIL import ImageChops

    return ImageChops.difference(a.convert("L"), b.convert("L"))


@pytest.mark.parametrize(("first", "second", "rtl"), [("化学品储存", "区域检查表", False), ("منطقة", "تخزين", True)])
def test_chinese_and_arabic_text_is_drawn_with_real_glyphs(first: str, second: str, rtl: bool) -> None:
    def ink(text: str) -> Image.Image:
        burnt = marks.burn(Image.new("RGB", (800, 400), "white"), [marks.Shape("text", 0.1, 0.1, 0.9, 0.4, "#000000",
                                                                                   0.006, text)])
        return burnt.convert("L")

    a, b = ink(first), ink(second)
    inside = a.crop((80, 40, 720, 160))
    assert sum(1 for v in inside.tobytes() if v < 100) > 2000  # solid ink in the text box
    outside = a.crop((0, 170, 800, 400))
    assert ImageStat.Stat(outside).extrema[0][0] > 200  # and none below it
    # Missing glyphs would print identical boxes ("tofu"): different words must give different ink.
    assert ImageStat.Stat(_diff(a.convert("RGB"), b.convert("RGB"))).mean[0] > 1
    columns = [x for x in range(800) if any(a.getpixel((x, y)) < 100 for y in range(40, 160, 2))]
    if rtl:  # right-aligned in its box
        assert columns[-1] > 700 and columns[0] > 100
    else:
        assert columns[0] < 100


# -- the use case and the report ----------------------------------------------------------------------------------
def _attach(session, image: Image.Image, name: str = "photo.jpg") -> str:  # type: ignore[no-untyped-def]
    with session.transaction() as tx:
        return evidence.attach_evidence(tx, _jpeg(image), name, clause_id=CLAUSE, caption="Calibration label")


def test_set_annotations_stores_the_shapes_and_undo_restores_the_previous_value(make_audit) -> None:
    session = make_audit()
    photo = _attach(session, Image.new("RGB", (300, 200), "grey"))
    shapes = [marks.Shape("blur", 0.1, 0.1, 0.5, 0.5), marks.Shape("text", 0.5, 0.5, 0.9, 0.6, text="人 · نص")]
    session.run(lambda tx: marks.set_annotations(tx, photo, shapes))
    stored = queries.evidence(session)[0].annotations
    assert marks.parse(stored) == shapes
    with session.transaction() as tx:
        previous = marks.set_annotations(tx, photo, [shapes[0]])
    assert previous == json.loads(stored)
    with session.transaction() as tx:
        marks.restore_annotations(tx, photo, previous)
    assert marks.parse(queries.evidence(session)[0].annotations) == shapes
    with session.transaction() as tx:
        marks.set_annotations(tx, photo, [])
    assert queries.evidence(session)[0].annotations is None
    sha = queries.evidence(session)[0].sha256
    with session.reading() as conn:  # the original is never rewritten
        assert hashlib.sha256(evidence.blob_bytes(conn, sha or "")).hexdigest() == sha


def test_only_existing_photos_can_be_annotated(make_audit) -> None:
    session = make_audit()
    with session.transaction() as tx:
        pdf = evidence.attach_evidence(tx, b"%PDF-1.4\n%%EOF\n", "procedure.pdf", clause_id=CLAUSE)
    with pytest.raises(InputError, match="procedure.pdf: only photos can be annotated"):
        session.run(lambda tx: marks.set_annotations(tx, pdf, []))
    with pytest.raises(NotFound):
        session.run(lambda tx: marks.set_annotations(tx, "no-such-id", []))
    with pytest.raises(InputError, match="only photos"):
        marks.evidence_photo(session, pdf)


def test_a_pdf_report_shows_the_blurred_photo(make_audit, tmp_path: Path) -> None:
    session = make_audit()
    photo = _attach(session, _stripes((800, 600), 8))
    with session.transaction() as tx:
        findings.create_finding(tx, grade="minor", clause_ids=[CLAUSE], statement="Label unreadable",
                                evidence_ids=[photo])
        marks.set_annotations(tx, photo, [marks.Shape("blur", 0.0, 0.0, 0.5, 1.0),
                                          marks.Shape("rect", 0.6, 0.1, 0.9, 0.9, RED, 0.01)])
    data = report_data.gather(session)

    def rendition(item: rec.EvidenceRecord) -> bytes | None:
        return report_data.photo_rendition(item, data.load_evidence, renditions.REPORT_LONG_EDGE)

    reader = PdfReader(build_pdf(data, tmp_path / "report.pdf", photo=rendition))
    embedded = [image.image for page in reader.pages for image in page.images]
    assert len(embedded) == 1
    shown = embedded[0].convert("L")
    w, h = shown.size
    left = ImageStat.Stat(shown.crop((10, 10, w // 2 - 10, h - 10))).var[0]
    right = ImageStat.Stat(shown.crop((w // 2 + 10, 10, int(w * 0.58), h - 10))).var[0]
    assert left < right * 0.05, (left, right)  # the blurred half has lost its stripes, the other half has them
    assert _near(embedded[0].convert("RGB").getpixel((int(w * 0.6) + 2, h // 2)), RED)


def test_unreadable_annotations_keep_the_photo_out_of_reports(make_audit) -> None:
    session = make_audit()
    photo = _attach(session, Image.new("RGB", (300, 200), "grey"))
    with session.transaction() as tx:
        tx.set("evidence", photo, {"annotations": [{"shape": "blur", "x0": "everything"}]})
    item = queries.evidence(session)[0]
    with pytest.raises(InputError, match="photo annotation 1"):  # the export leaves it out, never shows it unblurred
        report_data.photo_rendition(item, report_data.gather(session).load_evidence, 400)
