"""The PDF report: contents, hostile text printed literally, no foreign links or images, no EXIF, cancelling."""

from __future__ import annotations

import io
import re
import time
import unicodedata
from pathlib import Path

import pytest
from hostile import corpus as hostile_corpus
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from auditor_app.domain.checklist import clause_id
from auditor_app.exporters import Cancelled
from auditor_app.exporters.pdf_images import usable_jpeg
from auditor_app.exporters.pdf_report import SECTIONS, build_pdf
from auditor_app.services import audit, demo, evidence, findings, notes, renditions, report_data

CLAUSE = clause_id("iso9001-2015", "7.1.5.2")
CHINESE_NOTE = demo.INTERVIEWS[4]  # 主管介绍了不合格品的隔离流程…


def _photo(data: report_data.ReportData):  # type: ignore[no-untyped-def]
    return lambda e: renditions.rendition(data.load_evidence(e.sha256), e.mime)


def _squash(text: str) -> str:
    """Whitespace-free NFC text: line wrapping (also between CJK characters) must not matter."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def _visible(text: str) -> str:
    """What a reader sees of a stored string: the report drops control, format and variation-selector characters."""
    text = unicodedata.normalize("NFC", text)
    return _squash("".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co")
                           and not 0xFE00 <= ord(ch) <= 0xFE0F and ch != "\u00ad"))


def _text(reader: PdfReader, *running: str) -> str:
    """The text of all pages; with `running` (regular expressions), without the running header and footer, so that
    text running over a page break joins up again."""
    pages = []
    for page in reader.pages:
        text = _squash(page.extract_text() or "")
        if running:
            for pattern in (*running, r"Page\d+of\d+"):
                text = re.sub(pattern, "", text, count=1)
        pages.append(text)
    return "".join(pages)


def _resolve(obj):  # type: ignore[no-untyped-def]
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _images(reader: PdfReader) -> dict[tuple[int, int], bytes]:
    """Every image XObject in the file (by object id), with its raw stream bytes."""
    found: dict[tuple[int, int], bytes] = {}
    for page in reader.pages:
        xobjects = _resolve(_resolve(page.get("/Resources", DictionaryObject())).get("/XObject", DictionaryObject()))
        for ref in xobjects.values():
            obj = _resolve(ref)
            if obj.get("/Subtype") == "/Image":
                found[(ref.idnum, ref.generation)] = obj._data
    return found


def _jpeg_segments(data: bytes) -> list[int]:
    markers, i = [], 2
    while i + 4 <= len(data) and data[i] == 0xFF:
        marker = data[i + 1]
        markers.append(marker)
        if marker == 0xDA:
            break
        i += 2 + int.from_bytes(data[i + 2:i + 4], "big")
    return markers


def _check_safe(reader: PdfReader, raw: bytes, photos: int) -> None:
    """No link the app did not author, only the photos the app put there, no EXIF, every font embedded."""
    for bad in (b"/URI", b"/Launch", b"/JavaScript", b"/GoToR", b"/SubmitForm", b"/EmbeddedFile"):
        assert bad not in raw, bad
    for page in reader.pages:
        for annot in _resolve(page.get("/Annots", [])) or []:
            annot = _resolve(annot)
            assert annot["/Subtype"] == "/Link"
            action = _resolve(annot.get("/A"))
            assert "/Dest" in annot or (action is not None and action["/S"] == "/GoTo")  # contents links only
    images = _images(reader)
    assert len(images) == photos
    for data in images.values():
        assert data[:2] == b"\xff\xd8"
        assert 0xE1 not in _jpeg_segments(data)  # no APP1: no EXIF, no XMP
        assert b"Exif\x00\x00" not in data
    fonts = 0
    for page in reader.pages:
        for ref in _resolve(_resolve(page["/Resources"]).get("/Font", DictionaryObject())).values():
            font = _resolve(ref)
            descriptor = _resolve(font.get("/FontDescriptor"))
            assert descriptor is not None and "/FontFile2" in descriptor, font
            assert "+" in str(font["/BaseFont"])  # a subset of one of the bundled TrueType fonts
            fonts += 1
    assert fonts


def _cited_photos(data: report_data.ReportData) -> int:
    cited = {e for f in data.findings for e in f.evidence_ids}
    return len({e.sha256 for e in data.evidence if e.id in cited and (e.mime or "").startswith("image/")})


@pytest.fixture
def demo_data(tmp_path: Path):  # type: ignore[no-untyped-def]
    session = demo.build_demo(tmp_path / "d.audit", photos=3, notes_count=20, findings_count=6)
    yield report_data.gather(session)
    session.close()


def test_demo_report_has_the_contents_a_report_needs(demo_data, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    out = build_pdf(demo_data, tmp_path / "report.pdf", photo=_photo(demo_data),
                    progress=lambda done, total: steps.append((done, total)))
    raw = out.read_bytes()
    reader = PdfReader(out)
    text = _text(reader)
    for finding in demo_data.findings:
        assert _squash(finding.ref or "") in text and _squash(finding.statement or "") in text
    for needle in ("Müller Präzisionsteile GmbH", CHINESE_NOTE, "Audit details", "Executive summary",
                   "Recommendation of the audit team", "Sampling and limitations", "Diverging opinions",
                   "Clause-by-clause results", "Interview log", "Opening and closing meetings", "Audit plan",
                   "Evidence index", "Nonconformities may therefore exist", demo_data.details.recommendation or "",
                   "Li Wei (李伟)", "张敏", "Page 1 of"):
        assert _squash(needle) in text, needle
    assert f"Page1of{len(reader.pages)}" in text
    assert reader.metadata is not None
    assert reader.metadata.title == demo_data.details.title
    assert reader.metadata.author == "Dr. Katrin Vogel"
    assert "Müller" in (reader.metadata.subject or "")
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Contents" in outline and any(title.endswith("Findings") for title in outline)
    nested = [i.title for level in reader.outline if isinstance(level, list) for i in level if not isinstance(i, list)]
    assert len([t for t in nested if " — " in t]) == len(demo_data.findings)  # one bookmark per finding
    _check_safe(reader, raw, _cited_photos(demo_data))
    assert steps[-1] == (1000, 1000) and [s[0] for s in steps] == sorted(s[0] for s in steps)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_profiles_and_sections(demo_data, tmp_path: Path) -> None:
    internal = report_data.ReportData(**{**{f: getattr(demo_data, f) for f in demo_data.__dataclass_fields__},
                                         "profile": "internal"})
    text = _text(PdfReader(build_pdf(internal, tmp_path / "i.pdf", photo=_photo(internal))))
    assert "Recommendationoftheauditteam" not in text and "Executivesummary" in text
    assert _squash(demo_data.details.recommendation or "") not in text
    out = build_pdf(demo_data, tmp_path / "s.pdf", photo=_photo(demo_data), sections={"cover", "findings"})
    reader = PdfReader(out)
    text = _text(reader)
    assert "Findings" in text and "Clause-by-clauseresults" not in text and "Contents" not in text
    assert f"Page1of{len(reader.pages)}" in text
    with pytest.raises(ValueError, match="unknown report section"):
        build_pdf(demo_data, tmp_path / "x.pdf", photo=_photo(demo_data), sections={"cover", "appendix"})
    assert set(SECTIONS) >= {"cover", "contents", "findings", "coverage", "evidence", "disclaimer"}


def test_cancel_leaves_nothing(demo_data, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        build_pdf(demo_data, folder / "c.pdf", photo=_photo(demo_data), cancelled=lambda: True)
    calls = iter(range(10_000))
    with pytest.raises(Cancelled):  # cancelled half-way through the layout
        build_pdf(demo_data, folder / "c.pdf", photo=_photo(demo_data), cancelled=lambda: next(calls) > 60)
    assert list(folder.iterdir()) == []


def test_broken_photos_and_originals_with_exif(demo_data, tmp_path: Path) -> None:
    def broken(_e):  # type: ignore[no-untyped-def]
        raise OSError("disk error")

    text = _text(PdfReader(build_pdf(demo_data, tmp_path / "b.pdf", photo=broken)))
    assert "thephotocouldnotberendered" in text
    # Even if a caller passed the original (with EXIF and camera data), no metadata segment reaches the PDF.
    out = build_pdf(demo_data, tmp_path / "o.pdf", photo=lambda e: demo_data.load_evidence(e.sha256))
    _check_safe(PdfReader(out), out.read_bytes(), _cited_photos(demo_data))


def test_usable_jpeg_strips_metadata() -> None:
    image = Image.new("RGB", (64, 48), (10, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "Camera"
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif, comment=b"secret")
    original = buffer.getvalue()
    assert 0xE1 in _jpeg_segments(original)
    clean = usable_jpeg(original)
    assert clean is not None and not {0xE1, 0xFE} & set(_jpeg_segments(clean.data))
    assert Image.open(io.BytesIO(clean.data)).size == (64, 48) == (clean.width, clean.height)
    for bad in (b"", b"not a jpeg", original[:200], b"\xff\xd8\xff\xe1\x00"):
        assert usable_jpeg(bad) is None
    frame = original.index(b"\xff\xc0")  # baseline frame header: marker, length, precision, height, width
    lossless = original[:frame + 1] + b"\xc3" + original[frame + 2:]
    twelve_bit = original[:frame + 4] + b"\x0c" + original[frame + 5:]
    assert usable_jpeg(lossless) is None and usable_jpeg(twelve_bit) is None  # listed, not embedded


@pytest.mark.timeout(60)
def test_hostile_text_prints_literally(make_audit, tmp_path: Path) -> None:
    corpus = hostile_corpus()
    assert len(corpus) >= 200
    huge = " ".join(f"word{i}" for i in range(15_000))  # about 100 KB
    title = "Audit <b>&amp; ]]> \u202eevil =1+1 李伟"
    session = make_audit("h.audit", checklists=("iso9001-2015", "iso14001-2015"), title=title,
                         client="<font color=red>Client</font> & Co", confidentiality="<b>Secret</b> " + "&" * 3000)
    kinds = ("interview", "observation", "document", "sampling", "general")
    with session.transaction() as tx:
        person = notes.add_person(tx, "<i>Person</i> & 人", role="=role", department="</para>")
        audit.update_details(tx, {"conclusions": corpus[5], "recommendation": corpus[7],
                                  "diverging_opinions": corpus[11], "plan_deviations": corpus[0]})
        note_ids = [notes.add_note(tx, CLAUSE, kinds[i % 5], text, person_id=person if i % 5 == 0 else None,
                                   place=corpus[(i + 3) % len(corpus)][:80] if i % 5 == 1 else None)
                    for i, text in enumerate(corpus)]
        notes.add_note(tx, None, "observation", huge)
        photo_ids = []
        for i in range(6):
            image = Image.new("RGB", (320 + i, 200), (40 * i, 90, 160))
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=70, exif=Image.Exif())
            photo_ids.append(evidence.attach_evidence(tx, buffer.getvalue(), f"<b>IMG_{i}</b>&.jpg", clause_id=CLAUSE,
                                                      caption=corpus[i * 9]))
        findings.create_finding(tx, grade="ofi", clause_ids=[], ref="<b>REF</b>&" + "r" * 300, statement="long ref")
        for i, text in enumerate(corpus[:60]):
            findings.create_finding(tx, grade="minor", clause_ids=[CLAUSE], statement=text, evidence_text=corpus[-i],
                                    requirement=corpus[i + 60], note_ids=[note_ids[i]],
                                    evidence_ids=[photo_ids[i % 6]] if i < 12 else [])
    data = report_data.gather(session)
    started = time.monotonic()
    out = build_pdf(data, tmp_path / "hostile.pdf", photo=_photo(data))
    elapsed = time.monotonic() - started
    raw = out.read_bytes()
    reader = PdfReader(out)
    header = "Audit <b>&amp; ]]> evil =1+1 李伟 · <font color=red>Client</font> & Co"
    text = _text(reader, re.escape(_squash(header)), re.escape("<B>SECRET</B>") + "&*…")
    missing = [s for s in corpus if _visible(s) and _visible(s) not in text]
    assert _squash("<b>REF</b>&" + "r" * 300) in text and _squash("<b>Secret</b> " + "&" * 3000) in text
    assert not missing, missing[:5]
    assert _squash(huge[:300]) in text and _squash(huge[-300:]) in text
    assert reader.metadata is not None and reader.metadata.title == "Audit <b>&amp; ]]> evil =1+1 李伟"
    _check_safe(reader, raw, 6)
    assert elapsed < 45, elapsed


def test_right_to_left_text_is_shaped_and_right_aligned(make_audit, tmp_path: Path) -> None:
    arabic, hebrew = "تمت مراجعة سجلات المعايرة", "נבדקו רשומות הכיול"
    session = make_audit("rtl.audit")
    with session.transaction() as tx:
        notes.add_note(tx, CLAUSE, "observation", arabic)
        notes.add_note(tx, CLAUSE, "observation", hebrew)
    data = report_data.gather(session)
    reader = PdfReader(build_pdf(data, tmp_path / "rtl.pdf", photo=_photo(data), sections={"notes"}))
    positions: dict[str, float] = {}

    def visit(text: str, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            positions[text.strip()] = tm[4]

    reader.pages[0].extract_text(visitor_text=visit)
    text = unicodedata.normalize("NFKC", "".join(positions))
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in "".join(positions))  # Arabic drawn in joined letter forms
    for letter in set(arabic.replace(" ", "")) | set(hebrew.replace(" ", "")):
        assert letter in text, letter
    rtl_x = [x for t, x in positions.items() if any("\u0590" <= ch <= "\ufeff" for ch in t)]
    ltr_x = [x for t, x in positions.items() if t.startswith("Observation")]
    assert rtl_x and ltr_x and min(rtl_x) > min(ltr_x) + 150  # right-aligned, not at the left margin


def test_an_empty_audit_still_makes_a_complete_report(make_audit, tmp_path: Path) -> None:
    session = make_audit("empty.audit", title="Empty", client=None, audit_type=None)
    data = report_data.gather(session, "gap")
    reader = PdfReader(build_pdf(data, tmp_path / "e.pdf", photo=_photo(data)))
    text = _text(reader)
    for needle in ("GAP ANALYSIS REPORT", "No findings were raised", "No interviews are recorded",
                   "No audit plan is recorded", "No meetings are recorded", "No evidence files are recorded",
                   "No unresolved diverging opinions"):
        assert _squash(needle) in text, needle
    _check_safe(reader, (tmp_path / "e.pdf").read_bytes(), 0)
