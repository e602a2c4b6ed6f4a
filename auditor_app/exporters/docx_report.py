"""The editable Word report: a .docx template (the default one or a certification body's) rendered with docxtpl.

`build_docx(data, out, photo=…)` reads a ReportData-like object (see `source.ReportSource`), like the PDF: photos
come from the caller's `photo(evidence)` as report renditions, and the file is written to a temporary name and
renamed into place, so a failed or cancelled export leaves nothing behind. No Qt, no database, no services.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx.shared import Mm
from docxtpl import InlineImage

from auditor_app import leftovers
from auditor_app.domain import records as rec
from auditor_app.exporters import Cancelled, docx_bidi, docx_template
from auditor_app.exporters.docx_context import build_context
from auditor_app.exporters.pdf_images import Jpeg, usable_jpeg
from auditor_app.exporters.pdf_source import rendition_key
from auditor_app.exporters.source import ReportSource, cited_photos

Photo = Callable[[rec.EvidenceRecord], bytes | None]
Progress = Callable[[int, int], None]
STEPS = 1000
PHOTO_BOX = (150, 100)  # mm: a photo fits this box (the PDF's width; a tall photo stays on its page)
LOGO_BOX = (70, 24)  # mm: as on the PDF's cover
SIGNATURE_BOX = (55, 20)  # mm: a sign-off's signature, as in the PDF


def build_docx(data: ReportSource, out: Path, *, photo: Photo, template: Path | None = None,
               progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the report to `out` (replaced atomically) from `template` (default: the shipped one); raises
    Cancelled if `cancelled()` turns true, InputError for a template that cannot be used (naming what is wrong)."""
    def check() -> bool:
        return cancelled is not None and cancelled()

    def report(done: int) -> None:
        if progress is not None:
            progress(done, STEPS)

    path = Path(template) if template is not None else docx_template.default_template()
    doc = docx_template.load(path)
    wanted = cited_photos(data)
    share = int(STEPS * min(0.8, len(wanted) / (len(wanted) + 10)))
    pictures = _fetch_photos(wanted, photo, check, lambda done: report(share * done // len(wanted)))

    def picture(item: rec.EvidenceRecord) -> Any:
        jpeg = pictures.get(item.id)
        return _inline(doc, jpeg.data, jpeg.width, jpeg.height, PHOTO_BOX) if jpeg is not None else None

    logo = _logo(doc, data.branding.logo)
    context = build_context(data, picture, logo, lambda png: _signature(doc, png))
    if check():
        raise Cancelled()
    docx_template.render(doc, context, path)
    report(share + (STEPS - share) * 2 // 3)
    docx_bidi.mark_right_to_left(doc.docx, data.wording.right_to_left)  # get_docx() would reload the template
    if check():
        raise Cancelled()
    out = Path(out)
    leftovers.clear_stale(out)
    tmp = leftovers.temp_path(out, "part")
    try:
        doc.save(str(tmp))
        if check():
            raise Cancelled()
        os.replace(tmp, out)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    report(STEPS)
    return out


def _fetch_photos(wanted: list[rec.EvidenceRecord], photo: Photo, check: Callable[[], bool],
                  progress: Callable[[int], None]) -> dict[str, Jpeg | None]:
    """Renditions once per distinct picture; a photo that cannot be rendered is listed by name instead."""
    by_key: dict[tuple[str, int, str], Jpeg | None] = {}
    out: dict[str, Jpeg | None] = {}
    for done, item in enumerate(wanted, start=1):
        if check():
            raise Cancelled()
        key = rendition_key(item)
        if key not in by_key:
            try:
                by_key[key] = usable_jpeg(photo(item))
            except Exception:  # a damaged evidence file must not stop the report
                by_key[key] = None
        out[item.id] = by_key[key]
        progress(done)
    return out


def _inline(doc: Any, data: bytes, width: int, height: int, box: tuple[int, int]) -> Any:
    scale = min(box[0] / max(1, width), box[1] / max(1, height))
    return InlineImage(doc, io.BytesIO(data), width=Mm(max(1.0, width * scale)), height=Mm(max(1.0, height * scale)))


def _signature(doc: Any, png: bytes) -> Any:
    """A sign-off's signature, about as large as it was drawn on the pad (the PDF's box); None if unreadable."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(png), formats=["PNG"]) as image:
            width, height = image.size
    except Exception:  # a signature the audit's check would name: the report lists the sign-off without it
        return None
    return _inline(doc, png, width, height, SIGNATURE_BOX)


def _logo(doc: Any, logo: bytes | None) -> Any:
    """The branding logo fitted into the cover's box, never larger than 150 dpi (None: no usable logo)."""
    if not logo:
        return None
    from PIL import Image

    try:
        with Image.open(io.BytesIO(logo)) as image:
            width, height = image.size
    except Exception:  # the logo decorates the report: a bad one must never stop it
        return None
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height, 25.4 / 150)
    return InlineImage(doc, io.BytesIO(logo), width=Mm(width * scale), height=Mm(height * scale))
