"""Metadata-free interchange exports: photos re-encoded from pixels, and recorded as such on import."""

from __future__ import annotations

import hashlib
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from auditor_app.domain.derive import EntityState, derive
from auditor_app.domain.ops import Op
from auditor_app.errors import InputError
from auditor_app.services import annotations as marks
from auditor_app.services import evidence_types, heif, image_cache, pool
from auditor_app.services.evidence import IMAGE_TYPES
from auditor_app.services.pixels_only import pixels_only
from auditor_app.services.session import Tx

if TYPE_CHECKING:
    from PIL import Image

AUTHOR = "metadata stripping"
QUALITY = 95  # full-size JPEG and WebP copies: visually the photo as taken


@dataclass(frozen=True, slots=True)
class File:
    sha256: str
    mime: str
    data: bytes


def current_files(ops: Iterable[Op]) -> dict[str, set[str]]:
    """Evidence ids by the file hash their `sha256` field currently holds.

    The rule of storage/compaction.referenced_blobs: deleted evidence counts (undo or a merge may restore it), so
    does every side of a conflict; only values superseded by a later `sha256` operation are free.
    """
    rows = [o for o in ops if o.entity_type == "evidence" and o.field == "sha256"]
    superseded = {parent for op in rows for parent in op.parents}
    found: dict[str, set[str]] = defaultdict(set)
    for op in rows:
        if op.op_id not in superseded:
            found[json.loads(op.value)].add(op.entity_id)
    return dict(found)


def evidence_names(ops: Iterable[Op]) -> dict[str, str]:
    """Each evidence item's latest file name, to say which evidence a message is about."""
    latest: dict[str, Op] = {}
    for op in sorted((o for o in ops if o.entity_type == "evidence" and o.field == "filename"), key=Op.order_key):
        latest[op.entity_id] = op
    return {entity: str(json.loads(op.value) or "") for entity, op in latest.items()}


def label(evidence_id: str, names: dict[str, str]) -> str:
    return f"evidence {evidence_id[:8]}… ({names.get(evidence_id) or 'no file name'})"


def check_replaceable(state: EntityState, where: str) -> None:
    """A copy can replace one current file; a merge conflict over the file is the lead auditor's to settle."""
    fields = [state.fields.get(name) for name in ("sha256", "original_sha256")]
    if state.delete_conflict or any(f is not None and f.conflicted for f in fields):
        raise InputError(f"{where} has an unresolved merge conflict over its file or its deletion; resolve it "
                         "in the audit first (a metadata-free copy replaces one current file)")


Blurs = list[tuple[int, list[marks.Shape]]]  # (the evidence's rotation, its blur boxes) per item using a file


def blur_boxes(by_entity: dict[str, list[Op]], current: dict[str, set[str]], names: dict[str, str]
               ) -> dict[str, Blurs]:
    """The blur boxes to burn into each file's copy: those of every item using it (deleted ones too, undo restores
    them; each side of a conflict too), since the copy is the one file all of them get."""
    found: dict[str, Blurs] = defaultdict(list)
    for sha, users in sorted(current.items()):
        for evidence_id in sorted(users):
            state = derive("evidence", evidence_id, by_entity[evidence_id])
            drawn = state.fields.get("annotations")
            if state.value("mime") not in IMAGE_TYPES:
                continue  # only photos are annotated, and only photos are re-encoded
            try:
                rotation = int(state.value("rotation") or 0) % 360
                if rotation % 90:
                    raise InputError(f"rotation {state.value('rotation')} is not a multiple of 90 degrees")
                for head in drawn.heads if drawn is not None else ():
                    value = json.loads(head.value)
                    shapes = marks.parse(value) if isinstance(value, str) else marks.from_value(value)
                    boxes = [s for s in shapes if s.shape == "blur"]
                    if boxes:
                        found[sha].append((rotation, boxes))
            except (InputError, TypeError, ValueError) as exc:
                # Shared without its blur boxes, a face could be seen: refused, as the report leaves such a photo out.
                raise InputError(f"{label(evidence_id, names)}: its annotations cannot be read ({exc}), so its blur "
                                 "boxes cannot be burned into the shared copy; fix them, or export without "
                                 "--strip-metadata") from None
    return dict(found)


def burn_blurs(pixels: Image.Image, blurs: Blurs) -> Image.Image:
    """The upright photo with each blur box burned in, drawn in the frame of its item's rotation."""
    from PIL import Image as PilImage

    turn = PilImage.Transpose
    forward = {90: turn.ROTATE_270, 180: turn.ROTATE_180, 270: turn.ROTATE_90}  # clockwise, as image_cache.encode
    back = {90: turn.ROTATE_90, 180: turn.ROTATE_180, 270: turn.ROTATE_270}
    out = pixels.convert("RGB")
    for rotation, boxes in blurs:
        framed = out.transpose(forward[rotation]) if rotation else out
        for box in boxes:
            marks.blur_box(framed, box.box(framed.size))
        out = framed.transpose(back[rotation]) if rotation else framed
    return out


def copy_type(mime: str) -> str:
    """The type of a photo's metadata-free copy: its own, but JPEG for HEIC (this program writes no HEIC)."""
    return "image/jpeg" if mime == heif.MIME else mime


def reencode(data: bytes, mime: str, blurs: Blurs | None = None) -> bytes:
    """Full resolution, EXIF orientation applied, written from a fresh image: no EXIF, GPS, XMP, ICC or text; with
    `blurs`, the regions they cover made unreadable in the pixels themselves."""
    from PIL import Image

    pixels = image_cache.decode(data, mime)
    if blurs:
        pixels = burn_blurs(pixels, blurs)
    if copy_type(mime) == "image/jpeg":
        return image_cache.encode(pixels, max(pixels.size), quality=QUALITY)
    clean = Image.new("RGB", pixels.size)
    clean.paste(pixels)
    out = io.BytesIO()
    if mime == "image/png":
        clean.save(out, "PNG")  # lossless: screenshots and scanned records keep every pixel
    else:
        clean.save(out, "WEBP", quality=QUALITY)
    return out.getvalue()


def strip(ops: Sequence[Op], files: list[File]) -> tuple[list[File], dict[str, Any]]:
    """The files to carry (photos with metadata replaced by re-encoded copies) and the `stripped_metadata` section.

    The operation log is not touched (its hashes must stay valid): `replaced` tells the importer which copy stands
    for which original. Photos that already hold pixels only (reduced copies, earlier stripped copies) are kept.
    """
    current = current_files(ops)
    names = evidence_names(ops)
    by_entity: dict[str, list[Op]] = defaultdict(list)
    for op in ops:
        if op.entity_type == "evidence":
            by_entity[op.entity_id].append(op)
    # Files no evidence points to any more (originals a compaction replaced, brought back by a merge) are left out:
    # an import needs current files only, and each would be one more photo to re-encode for nothing.
    # A sign-off's signature is carried as stored: its hash is what the signer's record holds, and the pad's PNG
    # holds pixels only.
    signatures = {json.loads(op.value) for op in ops if op.entity_type == "signoff" and op.field == "image_sha256"}
    unused = len(files)
    files = [f for f in files if f.sha256 in current or f.sha256 in signatures]
    unused -= len(files)
    blurs = blur_boxes(by_entity, current, names)
    # A photo of pixels only is carried as stored, unless it has blur boxes to burn in.
    photos = [f for f in files if f.mime in IMAGE_TYPES and f.sha256 not in signatures
              and (f.sha256 in blurs or not pixels_only(f.data, f.mime))]
    for photo in photos:
        for evidence_id in sorted(current.get(photo.sha256, ())):
            where = label(evidence_id, names)
            check_replaceable(derive("evidence", evidence_id, by_entity[evidence_id]), where)

    def copy(photo: File) -> File:  # on a pool thread: Pillow releases the GIL, so both cores work
        try:
            data = reencode(photo.data, photo.mime, blurs.get(photo.sha256))
        except InputError as exc:
            who = ", ".join(label(e, names) for e in sorted(current.get(photo.sha256, ()))) or photo.sha256[:12]
            raise InputError(f"{who}: cannot be re-encoded without metadata ({exc}); export without "
                             "--strip-metadata, or delete the photo") from None
        return File(hashlib.sha256(data).hexdigest(), copy_type(photo.mime), data)

    replaced = {p.sha256: c for p, c in zip(photos, pool.ordered(photos, pool.same, copy), strict=True)}
    carried = {f.sha256: f for f in files if f.sha256 not in replaced}
    carried.update({c.sha256: c for c in replaced.values()})
    others = sorted({f"{names.get(e) or 'no file name'} ({f.mime})" if e else f"{f.sha256[:12]}… ({f.mime})"
                     for f in files if f.mime not in IMAGE_TYPES for e in current.get(f.sha256) or {""}})
    kept = len([f for f in files if f.mime in IMAGE_TYPES]) - len(photos)
    note = (f"{len(replaced)} photo file(s) were re-encoded from their pixels for this export: full resolution, "
            "turned upright, without EXIF (GPS position, camera details), XMP, ICC profile or comments. "
            f"{kept} photo file(s) already held pixels only and are included as stored. ")
    if replaced:
        note += ("The operation log is unchanged and still names the original files: 'replaced' maps each "
                 "original's SHA-256 to its copy in evidence_files, 'state' already shows the copies, and an import "
                 "records each copy as its evidence's file (original_sha256 keeps the original's hash). ")
    heic = len([p for p in photos if copy_type(p.mime) != p.mime])
    if heic:
        note += (f"{heic} HEIC photo file(s) are carried as JPEG copies; an import records their evidence items "
                 "as JPEG photos named .jpg. ")
    blurred = len([p for p in photos if p.sha256 in blurs])
    note += (f"Blur boxes were burned in: the copies of {blurred} photo file(s) have the regions their blur boxes "
             "cover (faces, names) made unreadable in the pixels themselves, so no recipient can remove them; a file "
             "several evidence items share carries the blur boxes of all of them. Arrows, frames and text stay "
             "annotations in the log, drawn over the copies as over the originals (burned in, reports would draw them "
             "twice). " if blurred else "No photo has blur boxes to burn in. ")
    if unused:
        note += f"{unused} file(s) no evidence refers to any more (superseded versions) are left out. "
    note += "The log keeps each photo's recorded time taken and camera model, never its position. "
    note += ("Not photos, carried unchanged with any metadata of their own: " + "; ".join(others) + "."
             if others else "There is no other evidence file.")
    section = {"note": note, "replaced": {old: c.sha256 for old, c in sorted(replaced.items())}}
    return sorted(carried.values(), key=lambda f: f.sha256), section


def retyped(values: dict[str, Any], mime: str | None, filename: str | None, copy_mime: str) -> dict[str, Any]:
    """`values` plus the type and name an item takes when its copy is of another type (a HEIC photo as JPEG)."""
    if copy_mime != mime:
        values.update(mime=copy_mime, filename=evidence_types.retyped_name(filename or "", copy_mime))
    return values


def restate(evidence: list[dict[str, Any]], replaced: dict[str, str], sizes: dict[str, int],
            mimes: dict[str, str]) -> None:
    """Show the readable state as an import will record it (the copies, the originals' hashes kept)."""
    for item in evidence:
        old = item.get("sha256")
        if old in replaced:
            new = replaced[old]
            item.update(retyped({"sha256": new, "size": sizes[new],
                                 "original_sha256": item.get("original_sha256") or old},
                                item.get("mime"), item.get("filename"), mimes[new]))


def record_copies(tx: Tx, replaced: dict[str, str], current: dict[str, set[str]], sizes: dict[str, int],
                  names: dict[str, str], mimes: dict[str, str]) -> int:
    """On import: point each evidence item whose file was replaced at its copy, like compaction does."""
    count = 0
    for old, new in sorted(replaced.items()):
        for evidence_id in sorted(current.get(old, ())):
            state = tx.state("evidence", evidence_id)
            check_replaceable(state, label(evidence_id, names))
            values = retyped({"sha256": new, "size": sizes[new]}, state.value("mime"), state.value("filename"),
                             mimes[new])
            if state.value("original_sha256") is None:  # a reduced copy keeps the hash of the photo as taken
                values["original_sha256"] = old
            if state.exists:
                tx.set("evidence", evidence_id, values)
            else:
                # Deleted evidence gets its copy too (undo may restore it). An edit after the deletion would read
                # as an edit/delete conflict, so the item is restored, updated and deleted again.
                tx.restore("evidence", evidence_id)
                tx.set("evidence", evidence_id, values)
                tx.delete("evidence", evidence_id)
            count += 1
    return count
