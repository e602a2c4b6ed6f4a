"""Photo size profiles of the PDF report: byte budgets, the image cache keyed by them, the export and its estimate.

The size targets themselves (100 photos under 10 MB, 300 under 25 MB with email) are checked by
bench/bench_pdf_size.py on phone-size photos; these tests use a few small ones.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import InputError
from auditor_app.services import evidence, findings, image_cache, report_data, report_size, reports
from auditor_app.services.image_cache import ImageCache
from auditor_app.services.renditions import SIZE_PROFILES, rendition

CLAUSE = clause_id("iso9001-2015", "7.1.5.2")


def _detailed(size: tuple[int, int] = (1400, 1050), seed: int = 0) -> bytes:
    """A small photo with detail at every scale (noise), so budgets bite."""
    layers = [Image.effect_noise((size[0] // k, size[1] // k), 60 + seed).resize(size) for k in (1, 8, 40)]
    pixels = Image.merge("RGB", layers)
    out = io.BytesIO()
    pixels.save(out, "JPEG", quality=92)
    return out.getvalue()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ImageCache:
    fresh = ImageCache(tmp_path / "cache")
    monkeypatch.setattr(image_cache, "_shared", fresh)
    return fresh


def test_a_photo_over_its_budget_is_written_smaller() -> None:
    photo = _detailed()
    free = rendition(photo, "image/jpeg", 1280, 70)
    budget = 60_000
    bounded = rendition(photo, "image/jpeg", 1280, 70, max_bytes=budget)
    assert len(free) > budget >= len(bounded)
    with Image.open(io.BytesIO(bounded)) as image:
        assert max(image.size) >= image_cache.MIN_EDGE and image.format == "JPEG" and not image.info.get("exif")


def test_the_cache_keeps_one_entry_per_quality_and_budget(cache: ImageCache) -> None:
    photo = _detailed((900, 675))
    sha = "ab" * 32
    print_copy = cache.get_or_make(lambda: photo, "image/jpeg", sha, 800)
    email = SIZE_PROFILES["email"]
    small = cache.get_or_make(lambda: photo, "image/jpeg", sha, 800, quality=email.quality, max_bytes=40_000)
    assert len(small) <= 40_000 < len(print_copy)
    assert cache.get(sha, 800) == print_copy  # not replaced by the smaller copy
    assert cache.get(sha, 800, quality=email.quality, max_bytes=40_000) == small
    assert cache.get(sha, 800, quality=email.quality) is None  # another budget is another entry
    names = sorted(p.name for p in (cache.root or Path()).rglob("*.jpg"))
    assert names == [f"{sha}-800-0-q70-max40000-v1.jpg", f"{sha}-800-0-v1.jpg"]  # print keeps the older name
    assert cache.size(sha, 800, quality=email.quality, max_bytes=40_000) == len(small)


def test_email_report_is_smaller_and_the_estimate_close(make_audit, cache: ImageCache, tmp_path: Path) -> None:
    session = make_audit("size.audit", audit_type="internal")
    with session.transaction() as tx:
        cited = [evidence.attach_evidence(tx, _detailed(seed=n), f"IMG_{n}.jpg") for n in range(3)]
        findings.create_finding(tx, grade="minor", clause_ids=[CLAUSE], requirement="R", evidence_text="E",
                                statement="S", evidence_ids=cited)
    data = report_data.gather(session, "internal")
    before = report_size.estimate(data, "email")
    assert before.photos == 3 and before.measured == 0
    sizes = {}
    for size in ("print", "email", "compact"):
        out, _gaps = reports.export_pdf(session, tmp_path / f"{size}.pdf", profile="internal", size=size)
        sizes[size] = out.stat().st_size
        images = [obj for page in PdfReader(out).pages for obj in page.images]
        assert len(images) == 3
        widest = max(max(image.image.size) for image in images)
        assert widest == 1400 if size == "print" else widest <= SIZE_PROFILES[size].long_edge  # never enlarged
        if SIZE_PROFILES[size].max_bytes:
            assert all(len(image.data) <= SIZE_PROFILES[size].max_bytes for image in images)
        known = report_size.estimate(data, size)
        assert known.measured == 3 and abs(known.bytes - sizes[size]) < 0.2 * sizes[size], (size, known)
    assert sizes["print"] > 2 * sizes["email"] and sizes["email"] > sizes["compact"]
    without_findings = report_size.estimate(data, "print", sections={"cover", "details"})
    assert without_findings.photos == 0 and without_findings.bytes < sizes["compact"]


def test_an_unknown_size_is_refused_by_name(make_audit, tmp_path: Path) -> None:
    session = make_audit("size.audit", audit_type="internal")
    with pytest.raises(InputError, match="unknown photo size 'huge': choose print, email, compact"):
        reports.export_pdf(session, tmp_path / "r.pdf", profile="internal", size="huge")
    assert not (tmp_path / "r.pdf").exists()
