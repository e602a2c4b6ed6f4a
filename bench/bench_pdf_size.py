"""PDF size benchmark: file size and time of the report for each photo size profile (print, email, compact), with
100 and 300 photo-like pictures cited by findings, and how close the estimate shown before the export came.

The pictures are 3000×2250 "phone photos" with texture at every scale and a printed label (text from 64 px down to
18 px high); re-encoded at 720 px / quality 85 they take about 2.3 bits per pixel, between two real photos of a
circuit board (1.8 and 2.5): more detail than most audit photos, so the sizes below are on the safe side.
Times include making the renditions (an empty image cache, as at the first export of each profile).
Estimates: "cold" with nothing cached, "warm" with the print renditions cached (as after importing the photos).

Run: .venv/bin/python bench/bench_pdf_size.py [--quick]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["AUDITOR_APP_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-data-")  # an empty image cache

from bench.record import record, table  # noqa: E402

OUT = ROOT / "bench" / "out"
FONT = ROOT / "resources" / "fonts" / "DejaVuSansCondensed.ttf"
SIZE = (3000, 2250)
LIMITS = {100: 10e6, 300: 25e6}  # the email profile's targets (issue 16)


def _layer(size: tuple[int, int], cells: tuple[int, int], sigma: float) -> Any:
    from PIL import Image

    return Image.merge("RGB", [Image.effect_noise(cells, sigma).resize(size, Image.Resampling.BICUBIC)
                               for _ in range(3)])


def _scene(rng: random.Random) -> Any:
    """A textured scene a little larger than a photo: blobs of colour, mid-scale texture, fine grain, edges."""
    from PIL import Image, ImageDraw

    size = (SIZE[0] + 400, SIZE[1] + 300)
    image = Image.blend(_layer(size, (8, 6), 90), _layer(size, (150, 112), 50), 0.35)
    image = Image.blend(image, Image.effect_noise(size, 25).convert("RGB"), 0.12)
    image = Image.blend(image, _layer(size, (500, 375), 60), 0.25)
    draw = ImageDraw.Draw(image)
    for _ in range(10):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        draw.rectangle((x, y, x + rng.randrange(100, 900), y + rng.randrange(80, 600)),
                       outline=tuple(rng.randrange(256) for _ in range(3)), width=rng.randrange(3, 15))
    return image


def photo(scene: Any, rng: random.Random, number: int) -> bytes:
    """One photo: a crop of a scene with a label whose lines get smaller (what must stay readable)."""
    from PIL import ImageDraw, ImageFont

    x, y = rng.randrange(400), rng.randrange(300)
    image = scene.crop((x, y, x + SIZE[0], y + SIZE[1]))
    draw = ImageDraw.Draw(image)
    x0, y0 = rng.randrange(100, 1300), rng.randrange(100, 1000)
    draw.rectangle((x0, y0, x0 + 1500, y0 + 760), fill=(236, 234, 228))
    line = y0 + 40
    for px in (64, 44, 32, 24, 18):
        draw.text((x0 + 40, line), f"Calibration CAL-{number:04d} · gauge 7.1.5.2 · due 2027-03-{number % 28 + 1:02d}",
                  font=ImageFont.truetype(str(FONT), px), fill=(20, 20, 30))
        line += int(px * 1.7)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def build_audit(path: Path, photos: int) -> None:
    """Findings citing two photos each; photos attached as the import does, without warming the cache."""
    from auditor_app.domain.checklist import clause_id
    from auditor_app.services import audit, evidence, findings, library

    session = audit.create_audit(path, author="Bench Lead", checklists=[library.get("iso9001-2015")],
                                 details={"title": "Benchmark audit", "client": "Bench GmbH"})
    rng = random.Random(photos)  # other photos for each audit: nothing of one run is cached for the next
    scenes = [_scene(rng) for _ in range(4)]
    numbers = ["7.1.5.2", "8.4.1", "8.5.1", "8.7", "9.2", "10.2.1"]
    for n in range(photos // 2):
        with session.transaction() as tx:
            cited = [evidence.attach_evidence(tx, photo(scenes[(2 * n + k) % 4], rng, 2 * n + k), f"IMG_{n}_{k}.jpg",
                                              caption=f"Photo {k + 1} of finding {n + 1}") for k in range(2)]
            findings.create_finding(tx, grade="minor", clause_ids=[clause_id("iso9001-2015", numbers[n % 6])],
                                    requirement="Requirement paraphrased for benchmark finding " * 3,
                                    evidence_text="Objective evidence seen on site, Prüfung 检查 " * 5,
                                    statement="Statement of nonconformity " * 4, evidence_ids=cited)
    session.close()


def measure(path: Path, folder: Path) -> list[tuple[str, ...]]:
    """Estimate cold, export print, estimate warm, export email and compact; one row per profile."""
    from auditor_app.services import audit, report_data, report_size, reports
    from auditor_app.services.renditions import SIZE_PROFILES

    session = audit.open_audit(path, author="bench", read_only=True)
    data = report_data.gather(session, "internal")
    cold = {key: report_size.estimate(data, key) for key in SIZE_PROFILES}
    warm: dict[str, report_size.SizeEstimate] = {}
    rows = []
    for key in SIZE_PROFILES:
        if key != "print":
            warm[key] = report_size.estimate(data, key)
        start = time.perf_counter()
        out, _gaps = reports.export_pdf(session, folder / f"{key}.pdf", profile="internal", size=key)
        seconds = time.perf_counter() - start
        actual = out.stat().st_size
        exact = report_size.estimate(data, key)  # this profile's renditions now cached
        photos = cold[key].photos
        limit = LIMITS.get(photos) if key == "email" else None
        verdict = "" if limit is None else ("under" if actual < limit else "OVER") + f" {limit / 1e6:.0f} MB"

        def error(estimate: report_size.SizeEstimate, size: int = actual) -> str:
            return f"{(estimate.bytes - size) / size:+.0%}"
        rows.append((f"{photos} photos, {key}", f"{actual / 1e6:.1f} MB", f"{actual / photos / 1e3:.0f} kB",
                     f"{seconds:.1f} s", error(cold[key]), error(warm[key]) if key in warm else "",
                     error(exact), verdict))
    session.close()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    rows: list[tuple[str, ...]] = [("report", "PDF size", "per photo", "time", "estimate cold", "warm",
                                    "cached", "email target")]
    for count in ((10,) if args.quick else (100, 300)):
        path = OUT / f"pdf-size-{count}p.audit"
        if not path.exists():
            partial = path.with_name(f".{path.name}.part")  # an interrupted build is not taken for a whole one
            partial.unlink(missing_ok=True)
            build_audit(partial, count)
            partial.rename(path)
        rows += measure(path, Path(tempfile.mkdtemp(prefix="bench-pdf-size-")))
    text = table(rows)
    print(text)
    if not args.quick:
        record("pdf-size", "PDF size per photo profile", "bench_pdf_size.py", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
