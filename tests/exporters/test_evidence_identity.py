"""Evidence in reports: each edit of a shared file gets its own picture, and reduced copies name the original."""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

import openpyxl
from PIL import Image, ImageFilter, ImageStat
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from auditor_app.domain.checklist import clause_id
from auditor_app.exporters.pdf_report import build_pdf
from auditor_app.exporters.xlsx_report import EVIDENCE_COLUMNS, build_xlsx
from auditor_app.services import annotations, evidence, findings, report_data

CLAUSE = clause_id("iso9001-2015", "7.1.5.2")


def _noise_photo(seed: int = 7, size: tuple[int, int] = (480, 320)) -> bytes:
    """A photo full of fine detail, so that a blur box changes its pixels a lot."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", size, bytes(rng.randrange(256) for _ in range(size[0] * size[1] * 3)))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def _resolve(obj):  # type: ignore[no-untyped-def]
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _pictures(path: Path) -> list[Image.Image]:
    """Every distinct image embedded in the PDF, decoded."""
    found: dict[int, Image.Image] = {}
    for page in PdfReader(path).pages:
        resources = _resolve(page.get("/Resources", DictionaryObject()))
        for ref in _resolve(resources.get("/XObject", DictionaryObject())).values():
            obj = _resolve(ref)
            if obj.get("/Subtype") == "/Image":
                found[ref.idnum] = Image.open(io.BytesIO(obj._data)).convert("L")
    return list(found.values())


def _detail(image: Image.Image) -> float:
    """How much fine detail the middle of a picture holds (a blurred area has almost none)."""
    w, h = image.size
    middle = image.crop((w // 4, h // 4, 3 * w // 4, 3 * h // 4)).filter(ImageFilter.FIND_EDGES)
    return float(ImageStat.Stat(middle).mean[0])


def _text(path: Path) -> str:
    return "".join(re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(path).pages)


def test_two_items_sharing_a_file_but_edited_differently_each_get_their_own_picture(make_audit,
                                                                                     tmp_path: Path) -> None:
    session = make_audit()
    photo = _noise_photo()
    with session.transaction() as tx:
        plain = evidence.attach_evidence(tx, photo, "label.jpg", clause_id=CLAUSE, caption="As found")
        blurred = evidence.attach_evidence(tx, photo, "label-copy.jpg", clause_id=CLAUSE, caption="Name blurred")
        annotations.set_annotations(tx, blurred, [annotations.Shape("blur", 0.05, 0.05, 0.95, 0.95)])
        findings.create_finding(tx, grade="minor", clause_ids=[CLAUSE], statement="Label unreadable",
                                evidence_ids=[plain, blurred])
    data = report_data.gather(session)
    assert len({e.sha256 for e in data.evidence}) == 1  # one stored file, two evidence items
    out = build_pdf(data, tmp_path / "r.pdf", sections={"findings"},
                    photo=lambda e: report_data.photo_rendition(e, data.load_evidence, 800))
    pictures = _pictures(out)
    assert len(pictures) == 2  # before the fix, the first rendition stood in for both
    details = sorted(_detail(p) for p in pictures)
    assert details[0] < details[1] / 4, details  # one picture blurred, the other as taken
    assert "Figure2." in _text(out)


def test_a_shared_file_edited_alike_is_embedded_once(make_audit, tmp_path: Path) -> None:
    session = make_audit()
    photo = _noise_photo(seed=3)
    with session.transaction() as tx:
        ids = [evidence.attach_evidence(tx, photo, f"p{i}.jpg", clause_id=CLAUSE) for i in range(2)]
        findings.create_finding(tx, grade="minor", clause_ids=[CLAUSE], statement="x", evidence_ids=ids)
    data = report_data.gather(session)
    out = build_pdf(data, tmp_path / "r.pdf", sections={"findings"},
                    photo=lambda e: report_data.photo_rendition(e, data.load_evidence, 800))
    assert len(_pictures(out)) == 1 and "Figure2." in _text(out)


def test_a_reduced_copy_is_identified_by_the_original_hash(make_audit, tmp_path: Path) -> None:
    session = make_audit()
    copy, kept = _noise_photo(seed=1, size=(200, 120)), _noise_photo(seed=2, size=(200, 120))
    original = "ab12" * 16  # the photo as taken, no longer in the file
    with session.transaction() as tx:
        probe = evidence.probe_image(copy, "image/jpeg", "big.jpg")
        reduced = evidence.store_checked(tx, copy, "big.jpg", probe, clause_id=CLAUSE, original_sha256=original)
        whole = evidence.attach_evidence(tx, kept, "small.jpg", clause_id=CLAUSE)
        findings.create_finding(tx, grade="minor", clause_ids=[CLAUSE], statement="x", evidence_ids=[reduced])
    data = report_data.gather(session)
    stored = {e.id: e.sha256 for e in data.evidence}
    out = build_pdf(data, tmp_path / "r.pdf", sections={"findings", "evidence"},
                    photo=lambda e: report_data.photo_rendition(e, data.load_evidence, 400))
    text = _text(out)
    assert f"SHA-256oftheoriginal{original}Storedasareducedcopy:SHA-256{stored[reduced]}" in text
    assert text.count(original) == 2  # under the figure and in the evidence index
    assert f"SHA-256{stored[whole]}" in text and f"original{stored[whole]}" not in text

    workbook = build_xlsx(data, tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(workbook)["Evidence index"]
    assert tuple(c.value for c in sheet[1]) == EVIDENCE_COLUMNS
    rows = {r[1].value: [c.value for c in r] for r in sheet.iter_rows(min_row=2)}
    column = EVIDENCE_COLUMNS.index("SHA-256 of the original")
    assert rows["big.jpg"][column:column + 3] == [original, f"reduced copy, SHA-256 {stored[reduced]}", len(copy)]
    assert rows["small.jpg"][column:column + 3] == [stored[whole], "the original", len(kept)]
