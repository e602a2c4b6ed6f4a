"""PDF benchmark: a report of 150 findings and 300 photos (renditions cached, as after the first export),
against bare ReportLab laying out the same text and images in the same run; peak memory in a fresh process.

Run: .venv/bin/python bench/bench_pdf.py [--quick]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("AUDITOR_APP_DATA_DIR", tempfile.mkdtemp(prefix="bench-data-"))

from bench.record import record, table  # noqa: E402

OUT = ROOT / "bench" / "out"

_CHILD = """
import io, json, resource, sys, time
from pathlib import Path
from xml.sax.saxutils import escape
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer
from auditor_app.services import audit, renditions, report_data
from auditor_app.exporters.pdf_report import build_pdf
from auditor_app.exporters import pdf_fonts

mode, path, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
session = audit.open_audit(path, author="bench", read_only=True)
data = report_data.gather(session, "internal")
cache = {e.sha256: renditions.rendition(data.load_evidence(e.sha256), e.mime) for e in data.evidence}
session.close()
rl_config.useA85 = 0
start = time.perf_counter()
if mode == "app":
    build_pdf(data, out, photo=lambda e: cache.get(e.sha256))
else:
    # Bare ReportLab: the same findings' text and the same images, one simple story, the same embedded font.
    pdf_fonts.register()
    styles = getSampleStyleSheet()
    body = styles["BodyText"].clone("b", fontName=pdf_fonts.REGULAR)
    head = styles["Heading2"].clone("h", fontName=pdf_fonts.BOLD)
    story = []
    by_id = {e.id: e for e in data.evidence}
    import tempfile, os
    scratch = tempfile.mkdtemp()
    files = {}
    for sha, jpeg in cache.items():  # the fastest bare path too: ReportLab embeds JPEG files undecoded
        files[sha] = os.path.join(scratch, sha + ".jpg")
        open(files[sha], "wb").write(jpeg)
    for f in data.findings:
        story.append(Paragraph(escape(f"{f.ref} {data.grade_label(f.grade)}"), head))
        for text in (", ".join(data.clause_label(c) for c in f.clause_ids), f.requirement, f.evidence_text,
                     f.statement):
            story.append(Paragraph(escape(text or ""), body))
        for eid in f.evidence_ids:
            e = by_id[eid]
            source = files[e.sha256] if mode == "bare-file" else io.BytesIO(cache[e.sha256])
            story.append(Image(source, width=120 * mm, height=90 * mm))
            story.append(Paragraph(escape(f"{e.caption} {e.filename} {e.sha256}"), body))
        story.append(Spacer(1, 6 * mm))
    SimpleDocTemplate(str(out), pagesize=A4).build(story)
print(json.dumps({"seconds": time.perf_counter() - start,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "bytes": out.stat().st_size}))
"""


def build_audit(path: Path, findings_count: int, photos_per_finding: int) -> None:
    from PIL import Image as PilImage

    from auditor_app.domain.checklist import clause_id
    from auditor_app.services import audit, evidence, findings, library

    session = audit.create_audit(path, author="Bench Lead", checklists=[library.get("iso9001-2015")],
                                 details={"title": "Benchmark audit", "client": "Bench GmbH"})
    rng = random.Random(1)
    numbers = ["7.1.5.2", "8.4.1", "8.5.1", "8.7", "9.2", "10.2.1"]
    for n in range(findings_count):
        with session.transaction() as tx:
            photos = []
            for k in range(photos_per_finding):
                image = PilImage.frombytes("RGB", (64, 48), rng.randbytes(64 * 48 * 3)).resize((3000, 2250))
                out = io.BytesIO()
                image.save(out, "JPEG", quality=85)  # a 6.75 MP phone-like photo
                photos.append(evidence.attach_evidence(tx, out.getvalue(), f"IMG_{n}_{k}.jpg",
                                                       caption=f"Photo {k + 1} of finding {n + 1}"))
            findings.create_finding(tx, grade="minor", clause_ids=[clause_id("iso9001-2015", numbers[n % 6])],
                                    requirement="Requirement paraphrased for benchmark finding " * 3,
                                    evidence_text="Objective evidence seen on site, Prüfung 检查 " * 5,
                                    statement="Statement of nonconformity " * 4, evidence_ids=photos)
    session.close()


def run(mode: str, path: Path, out: Path) -> dict[str, float]:
    result = subprocess.run([sys.executable, "-c", _CHILD, mode, str(path), str(out)], capture_output=True,
                            text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    findings_count = 15 if args.quick else 150
    OUT.mkdir(exist_ok=True)
    path = OUT / f"pdf-{findings_count}f-{findings_count * 2}p.audit"
    if not path.exists():
        build_audit(path, findings_count, 2)
    else:
        from auditor_app.services import audit

        audit.open_audit(path, author="bench").close()  # a cached input of an older file format is upgraded
    folder = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    bare, bare_file, app = [], [], []
    for i in range(3 if args.quick else 2):
        bare.append(run("bare", path, folder / f"bare{i}.pdf"))
        bare_file.append(run("bare-file", path, folder / f"barefile{i}.pdf"))
        app.append(run("app", path, folder / f"app{i}.pdf"))
    b = statistics.median(r["seconds"] for r in bare)
    bf = statistics.median(r["seconds"] for r in bare_file)
    a = statistics.median(r["seconds"] for r in app)
    peak = max(r["peak_mb"] for r in app)
    rows = [(f"bare ReportLab, photos from memory: {findings_count} findings, {findings_count * 2} photos",
             f"{b:.2f} s", "", ""),
            ("bare ReportLab, photos as JPEG files (findings only, one pass)", f"{bf:.2f} s", "", ""),
            ("auditor-app report (all sections, contents, page n of N)", f"{a:.2f} s",
             f"{a / b:.2f}× / {a / bf:.2f}× (≤ 1.5×)",
             f"peak {peak:.0f} MB (< 800 MB), {app[0]['bytes'] / 1e6:.0f} MB PDF")]
    text = table(rows)
    print(text)
    if not args.quick:
        record("pdf", "PDF report", "bench_pdf.py", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
