"""Annotations drawn over evidence photos: the shape model, its strict parser, and burning shapes into pixels.

Stored form (the evidence's `annotations` field): a JSON list of shapes, e.g. `{"shape": "rect", "x0": 12500,
"y0": 5000, "x1": 50000, "y1": 40000, "color": "#e53935", "width": 600}`. Positions and widths are fractions of
the upright, rotated photo written as whole parts per 100,000 (SCALE): operation values carry no floating-point
numbers, so every machine encodes and hashes them alike. In Python, `Shape` holds them as fractions 0..1.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from auditor_app.errors import InputError, NotFound
from auditor_app.services.evidence import IMAGE_TYPES
from auditor_app.services.session import Tx

if TYPE_CHECKING:
    from PIL import Image, ImageDraw

    from auditor_app.domain.records import EvidenceRecord
    from auditor_app.services.session import AuditSession

SHAPES = ("arrow", "rect", "ellipse", "text", "blur")
MAX_SHAPES = 500
MAX_TEXT = 2000
SCALE = 100_000  # stored units per image edge: 1/100,000 is finer than a pixel of any photo we accept
MAX_WIDTH = 0.1  # a line a tenth of the long edge thick is already a bar
LINE_HEIGHT = 1.25  # text: a line is this many font sizes high, so the stored box fixes the font size
EDIT_EDGE = 2400  # the editor's rendition: sharp on a large screen, far less to decode than a 12 MP photo
BURN_VERSION = "1"  # part of edit_key: a change to how shapes are drawn must not reuse cached renditions
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_KEYS = {"shape", "x0", "y0", "x1", "y1", "color", "width", "text"}


@dataclass(frozen=True, slots=True)
class Shape:
    """One mark. Coordinates are fractions (0..1) of the upright, rotated image; `width` a fraction of its long
    edge (both kept to 1/SCALE when stored). Arrows point from (x0, y0) to (x1, y1); the other shapes fill the
    box the two points span."""

    shape: str
    x0: float
    y0: float
    x1: float
    y1: float
    color: str = "#e53935"
    width: float = 0.006
    text: str = ""

    def box(self, size: tuple[int, int]) -> tuple[int, int, int, int]:
        """The normalised pixel box (left, top, right, bottom) in an image of `size`."""
        w, h = size
        xs = sorted((round(self.x0 * w), round(self.x1 * w)))
        ys = sorted((round(self.y0 * h), round(self.y1 * h)))
        return xs[0], ys[0], xs[1], ys[1]


# -- stored form -------------------------------------------------------------------------------------------
def parse(json_text: str | None) -> list[Shape]:
    """The shapes of a stored value; anything malformed raises InputError saying which shape and what is wrong."""
    if json_text is None or not json_text.strip():
        return []
    try:
        value = json.loads(json_text)
    except (ValueError, RecursionError) as exc:
        raise InputError(f"photo annotations are not valid JSON ({exc})") from None
    return from_value(value)


def from_value(value: Any) -> list[Shape]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(f"photo annotations must be a list of shapes, not {type(value).__name__}")
    if len(value) > MAX_SHAPES:
        raise InputError(f"photo annotations: {len(value)} shapes, at most {MAX_SHAPES} are allowed")
    return [_shape(item, n) for n, item in enumerate(value, 1)]


def _shape(item: Any, n: int) -> Shape:
    where = f"photo annotation {n}"
    if not isinstance(item, dict):
        raise InputError(f"{where}: expected an object, got {type(item).__name__}")
    unknown = sorted(str(k) for k in item if k not in _KEYS)
    if unknown:
        raise InputError(f"{where}: unknown field {', '.join(unknown)}")
    kind = item.get("shape")
    if kind not in SHAPES:
        raise InputError(f"{where}: shape {kind!r} is not one of {', '.join(SHAPES)}")
    x0, y0, x1, y1 = (_units(item, k, where, 0, SCALE) for k in ("x0", "y0", "x1", "y1"))
    color = item.get("color")
    if not isinstance(color, str) or not _COLOR.fullmatch(color):
        raise InputError(f"{where}: color {color!r} is not a colour like #ff0000")
    width = _units(item, "width", where, 1, round(MAX_WIDTH * SCALE))
    text = item.get("text", "")
    if kind == "text":
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{where}: a text shape needs some text")
        if len(text) > MAX_TEXT:
            raise InputError(f"{where}: text longer than {MAX_TEXT} characters")
    elif text != "":
        raise InputError(f"{where}: only text shapes carry text")
    return Shape(kind, x0, y0, x1, y1, color=color.lower(), width=width, text=text)


def _units(item: dict[str, Any], key: str, where: str, low: int, high: int) -> float:
    """A stored whole number of 1/SCALE, as a fraction."""
    value = item.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{where}: {key} must be a whole number of 1/{SCALE} of the photo, got {value!r}")
    if not low <= value <= high:
        raise InputError(f"{where}: {key} = {value} is outside {low}..{high}")
    return value / SCALE


def to_value(shapes: Sequence[Shape]) -> list[dict[str, Any]]:
    """The form stored in the audit file (whole 1/SCALE units; text only on text shapes), validated as strictly
    as a value read back."""
    out: list[dict[str, Any]] = []
    for shape in shapes:
        item: dict[str, Any] = {"shape": shape.shape}
        for key in ("x0", "y0", "x1", "y1", "width"):
            item[key] = round(getattr(shape, key) * SCALE)
        item["color"] = shape.color
        if shape.shape == "text":
            item["text"] = shape.text
        out.append(item)
    from_value(out)
    return out


def dumps(shapes: Sequence[Shape]) -> str:
    return json.dumps(to_value(shapes), ensure_ascii=False)


def edit_key(json_text: str | None) -> str:
    """A short hash of the annotations ("" when there are none): edited renditions get their own cache entry."""
    if json_text is None or not json_text.strip():
        return ""
    try:
        value: Any = json.loads(json_text)
    except (ValueError, RecursionError):
        value = json_text  # still a distinct key; parse() reports the problem where it matters
    if value is None or value == []:
        return ""
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(f"{BURN_VERSION}:{canonical}".encode()).hexdigest()[:16]


# -- use cases and reads ------------------------------------------------------------------------------------
def set_annotations(tx: Tx, evidence_id: str, shapes: Sequence[Shape]) -> Any:
    """Store the shapes (none: the field is cleared); returns the previous stored value, for undo."""
    state = tx.state("evidence", evidence_id)
    if not state.exists:
        raise NotFound(f"evidence {evidence_id} does not exist in this audit (deleted?)")
    if state.value("mime") not in IMAGE_TYPES:
        raise InputError(f"{state.value('filename') or 'this file'}: only photos can be annotated")
    previous = state.value("annotations")
    tx.set("evidence", evidence_id, {"annotations": to_value(shapes) or None})
    return previous


def restore_annotations(tx: Tx, evidence_id: str, previous: Any) -> None:
    """Write back exactly what `set_annotations` returned (undo), even a value this version cannot parse."""
    tx.set("evidence", evidence_id, {"annotations": previous})


def evidence_photo(session: AuditSession, evidence_id: str) -> tuple[EvidenceRecord, bytes]:
    """The evidence record and its stored bytes, for the editor (a short read; decode them elsewhere)."""
    from auditor_app.services import evidence, queries

    record = next((r for r in queries.evidence(session) if r.id == evidence_id), None)
    if record is None or record.sha256 is None:
        raise NotFound(f"evidence {evidence_id} is no longer in this audit")
    if record.mime not in IMAGE_TYPES:
        raise InputError(f"{record.filename}: only photos can be annotated")
    with session.reading() as conn:
        return record, evidence.blob_bytes(conn, record.sha256)


def rotation_of(record: EvidenceRecord) -> int:
    """The evidence's clockwise rotation (0, 90, 180, 270); the shapes' fractions refer to the rotated image."""
    rotation = (record.rotation or 0) % 360
    if rotation % 90:
        raise InputError(f"{record.filename}: stored rotation {record.rotation} is not a multiple of 90 degrees")
    return rotation


def editing_image(record: EvidenceRecord, data: bytes, edge: int = EDIT_EDGE) -> Image.Image:
    """The photo as the editor shows it: upright, rotated, without annotations, at most `edge` pixels (from the
    shared cache, which the viewer fills too). Slow for a large photo: call it off the UI thread."""
    from auditor_app.services import image_cache

    if record.sha256 is None or record.mime is None:
        raise InputError(f"{record.filename}: no stored photo")
    jpeg = image_cache.shared().get_or_make(lambda: data, record.mime, record.sha256, edge, rotation_of(record))
    return image_cache.decode(jpeg, "image/jpeg")


def text_is_rtl(text: str) -> bool:
    """Mainly right-to-left text (aligned right in its box), decided as in the PDF."""
    from auditor_app.services import annotation_text

    return annotation_text.is_rtl(text)


# -- drawing ------------------------------------------------------------------------------------------------
def burn(image: Image.Image, shapes: Sequence[Shape]) -> Image.Image:
    """A copy of `image` with the shapes drawn in: blur boxes first (marks over them stay crisp), then the rest
    in order. Sizes scale with the image, so every rendition looks the same."""
    from PIL import ImageDraw

    out = image.convert("RGB") if image.mode != "RGB" else image.copy()
    for shape in shapes:
        if shape.shape == "blur":
            blur_box(out, shape.box(out.size))
    draw = ImageDraw.Draw(out)
    for shape in shapes:
        if shape.shape != "blur":
            _draw(draw, out.size, shape)
    return out


def blur_box(image: Image.Image, box: tuple[int, int, int, int]) -> None:
    """Make a region unreadable, in place."""
    region = blurred(image, box)
    if region is not None:
        image.paste(region, _clip(image, box)[:2])


def blurred(image: Image.Image, box: tuple[int, int, int, int]) -> Image.Image | None:
    """The region as the blur box leaves it (None if empty): averaged into coarse blocks, so detail is thrown
    away rather than softened and no deblurring brings a face or a name back, then smoothed to read as a blur.
    The block size follows the image and the box, so every rendition (and the editor's preview) looks alike."""
    from PIL import Image as PilImage
    from PIL import ImageFilter

    left, top, right, bottom = _clip(image, box)
    rw, rh = right - left, bottom - top
    if rw < 1 or rh < 1:
        return None
    block = max(4, round(max(image.size) / 60), round(min(rw, rh) / 6))
    region = image.crop((left, top, right, bottom)).convert("RGB")
    coarse = region.resize((max(1, rw // block), max(1, rh // block)), PilImage.Resampling.BOX)
    return coarse.resize((rw, rh), PilImage.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(block / 2))


def _clip(image: Image.Image, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    w, h = image.size
    left, top, right, bottom = box
    return max(0, min(left, w)), max(0, min(top, h)), max(0, min(right, w)), max(0, min(bottom, h))


def line_px(shape: Shape, size: tuple[int, int]) -> int:
    return max(1, round(shape.width * max(size)))


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def _draw(draw: ImageDraw.ImageDraw, size: tuple[int, int], shape: Shape) -> None:
    color, width = _rgb(shape.color), line_px(shape, size)
    box = shape.box(size)
    if shape.shape == "rect":
        draw.rectangle(box, outline=color, width=width)
    elif shape.shape == "ellipse":
        draw.ellipse(box, outline=color, width=width)
    elif shape.shape == "arrow":
        _arrow(draw, (shape.x0 * size[0], shape.y0 * size[1]), (shape.x1 * size[0], shape.y1 * size[1]), color,
               width)
    elif shape.shape == "text":
        from auditor_app.services import annotation_text

        annotation_text.draw(draw, box, shape.text, color, LINE_HEIGHT)


def _arrow(draw: ImageDraw.ImageDraw, tail: tuple[float, float], tip: tuple[float, float],
           color: tuple[int, int, int], width: int) -> None:
    dx, dy = tip[0] - tail[0], tip[1] - tail[1]
    length = math.hypot(dx, dy)
    if length < 1:
        return
    ux, uy = dx / length, dy / length
    head = min(length, arrow_head(width))
    base = (tip[0] - ux * head, tip[1] - uy * head)
    half = head * 0.55
    # The shaft stops inside the head so its square end never pokes out beside the point.
    shaft_end = (tip[0] - ux * head * 0.8, tip[1] - uy * head * 0.8)
    if head < length:
        draw.line((tail, shaft_end), fill=color, width=width)
    draw.polygon([tip, (base[0] - uy * half, base[1] + ux * half), (base[0] + uy * half, base[1] - ux * half)],
                 fill=color)


def arrow_head(width_px: float) -> float:
    """The head length the burn draws for a line this thick (the editor draws the same)."""
    return max(3.0, 4.5 * width_px)
