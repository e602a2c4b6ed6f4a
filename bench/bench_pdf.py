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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("AUDITOR_APP_DATA_DIR", tempfile.mkdtemp(prefix="bench-data-"))

from bench.record import record, table  # noqa: E402

OUT = ROOT / "bench" / "out"

_CHILD = "from bench.bench_pdf import child; child()"


def child() -> None:
    """One measurement in a fresh process: argv = mode, audit path, output path; prints a JSON line."""
    import resource
    import time

    from reportlab import rl_config  # type: ignore[import-untyped]

    from auditor_app.services import audit, renditions, report_data

    mode, path, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    session = audit.open_audit(path, author="bench", read_only=True)
    data = report_data.gather(session, "internal")
    cache = {e.sha256 or "": renditions.rendition(data.load_evidence(e.sha256 or ""), e.mime or "")
             for e in data.evidence}
    session.close()
    rl_config.useA85 = 0
    passes: list[float] = []
    start = time.perf_counter()
    if mode == "app":
        from auditor_app.exporters.pdf_report import build_pdf

        build_pdf(data, out, photo=lambda e: cache.get(e.sha256 or ""), timings=passes)
    else:
        _bare(mode, data, cache, out)
    print(json.dumps({"seconds": time.perf_counter() - start, "passes": passes,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "bytes": out.stat().st_size}))


def _bare(mode: str, data: Any, cache: dict[str, bytes], out: Path) -> None:
    """Bare ReportLab, one pass of SimpleDocTemplate with the same embedded font and sample styles.

    "bare" / "bare-file": the findings' text and photos only (from memory / from JPEG files: the historical rows).
    "bare-all": the same text and images as our report: every section's text, its tables as simple tables (a
    Paragraph only where a cell's text wraps), the contents' titles, the photos as JPEG files with caption and
    file line. No page numbers, bookmarks, colours, badges, shaping or font fallback.
    """
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.lib.styles import getSampleStyleSheet  # type: ignore[import-untyped]
    from reportlab.lib.units import mm  # type: ignore[import-untyped]
    from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table  # type: ignore[import-untyped]

    from auditor_app.exporters import pdf_fonts, pdf_sections

    pdf_fonts.register()
    styles = getSampleStyleSheet()
    body = styles["BodyText"].clone("b", fontName=pdf_fonts.REGULAR)
    cell = styles["BodyText"].clone("c", fontName=pdf_fonts.REGULAR, fontSize=8, leading=10)
    head = styles["Heading2"].clone("h", fontName=pdf_fonts.BOLD)
    grid = [("FONTNAME", (0, 0), (-1, -1), pdf_fonts.REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#C5CED9")]
    width = A4[0] - 2 * 72

    def p(text: object, style: Any = body) -> Paragraph:
        return Paragraph(escape(str(text or "")).replace("\n", "<br/>"), style)

    def c(text: object) -> Paragraph:
        return p(text, cell)

    def tab(rows: list[list[Any]], widths: list[float]) -> Table:
        return Table(rows, colWidths=[width * w for w in widths], style=grid, repeatRows=1)

    scratch = tempfile.mkdtemp()
    files = {}
    for sha, jpeg in cache.items():  # the fastest bare path too: ReportLab embeds JPEG files undecoded
        files[sha] = os.path.join(scratch, sha + ".jpg")
        Path(files[sha]).write_bytes(jpeg)
    by_id = {e.id: e for e in data.evidence}
    d = data.details
    story: list[Any] = []
    if mode == "bare-all":
        titles = ["Audit details", "Executive summary", "Diverging opinions", "Sampling and limitations",
                  "Findings and coverage at a glance", "Findings"]
        titles += [f"{f.ref} — {data.grade_label(f.grade)}" for f in data.findings]
        titles += ["Clause-by-clause results", "Audit trail", "Interview log", "Opening and closing meetings",
                   "Audit plan", "Evidence index"]
        story += [p("INTERNAL AUDIT REPORT", head), p(d.title, head), p(d.client),
                  tab([[k, c(v)] for k, v in (("Sites", "\n".join(d.sites)), ("Report number", d.report_number))],
                      [0.3, 0.7]), PageBreak(), p("Contents", head), tab([[t] for t in titles], [1.0]), PageBreak(),
                  p("Audit details", head),
                  tab([[k, c(v)] for k, v in (("Client", d.client), ("Objectives", d.objectives),
                                              ("Scope", d.scope), ("Criteria", d.criteria),
                                              ("Deviations", d.plan_deviations))], [0.3, 0.7]),
                  tab([[c(m.name), c(m.role), c(m.organisation)] for m in data.team] or [[""]], [0.4, 0.3, 0.3]),
                  tab([[c(x.name), c(x.role), c(x.department)] for x in data.people.values()] or [[""]],
                      [0.4, 0.3, 0.3]),
                  p("Executive summary", head), p(d.conclusions), p(d.diverging_opinions),
                  p(pdf_sections.SAMPLING_TEXT), PageBreak(), p("Findings and coverage at a glance", head),
                  tab([["Grade", "All findings"]] + [[k, str(n)] for k, n in data.findings_by_grade().items()],
                      [0.6, 0.4]), PageBreak(), p("Findings", head)]
    for f in data.findings:
        story.append(p(f"{f.ref} {data.grade_label(f.grade)}", head))
        if mode == "bare-all":
            story.append(tab([["Clauses", c("\n".join(data.clause_label(x) for x in f.clause_ids))]], [0.2, 0.8]))
            story += [p("Requirement"), p(f.requirement), p("Objective evidence"), p(f.evidence_text),
                      p("Statement of nonconformity"), p(f.statement)]
        else:
            for text in (", ".join(data.clause_label(x) for x in f.clause_ids), f.requirement, f.evidence_text,
                         f.statement):
                story.append(p(text))
        for eid in f.evidence_ids:
            e = by_id[eid]
            source = io.BytesIO(cache[e.sha256]) if mode == "bare" else files[e.sha256]
            story.append(Image(source, width=100 * mm, height=75 * mm) if mode == "bare-all"
                         else Image(source, width=120 * mm, height=90 * mm))
            story.append(p(f"{e.caption} {e.filename} {e.sha256}"))
        story.append(Spacer(1, 6 * mm))
    if mode == "bare-all":
        story += [PageBreak(), p("Clause-by-clause results", head),
                  tab([["Clause", "Title", "Result", "Audited by", "Notes"]]
                      + [[x.number or "", c(x.title), c(x.result), c(x.audited_by), ""] for x in data.clauses],
                      [0.1, 0.45, 0.15, 0.15, 0.15]), PageBreak(), p("Audit trail", head)]
        story += [p(n.text) for n in data.notes]
        story += [p("Interview log", head), p("Opening and closing meetings", head)]
        story += [p(m.notes) for m in data.meetings]
        story += [p("Audit plan", head), tab([["Date", "Time", "Process", "Auditor"]] + [
            [c(r.day), c(r.start), c(r.process), c(r.auditor)] for r in data.plan], [0.2, 0.2, 0.4, 0.2]),
            PageBreak(), p("Evidence index", head),
            tab([["No.", "File and SHA-256", "Caption", "Taken", "Clause"]]
                + [[str(i), c(f"{e.filename}\nSHA-256 {e.sha256}"), c(e.caption), c(e.taken_at),
                    c(data.clause_label(e.clause_id) if e.clause_id else "")]
                   for i, e in enumerate(data.evidence, start=1)], [0.07, 0.38, 0.25, 0.15, 0.15])]
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


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


def run(mode: str, path: Path, out: Path) -> dict[str, Any]:
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
    runs: dict[str, list[dict[str, Any]]] = {"bare": [], "bare-file": [], "bare-all": [], "app": []}
    for i in range(3 if args.quick else 2):
        for mode, results in runs.items():
            results.append(run(mode, path, folder / f"{mode}{i}.pdf"))
    b, bf, ba, a = (statistics.median(r["seconds"] for r in runs[m]) for m in ("bare", "bare-file", "bare-all", "app"))
    first = statistics.median(r["passes"][0] for r in runs["app"])
    passes = max(len(r["passes"]) for r in runs["app"])
    peak = max(r["peak_mb"] for r in runs["app"])
    n, photos = findings_count, findings_count * 2
    rows: list[tuple[str, ...]] = [("build", "time", "ratio", "notes"),
            (f"A bare ReportLab, findings' text + photos from memory ({n} findings, {photos} photos)", f"{b:.2f} s",
             "", "history row"),
            ("B bare ReportLab, findings' text + photos as JPEG files, one pass", f"{bf:.2f} s", "", "history row"),
            ("C bare ReportLab, same text, tables and photos as our report, one pass", f"{ba:.2f} s", "",
             "SimpleDocTemplate; the honest baseline"),
            ("D auditor-app report (all sections, contents, page n of N)", f"{a:.2f} s",
             f"{a / ba:.2f}× C (≤ 1.5×); {a / bf:.2f}× B",
             f"peak {peak:.0f} MB (< 800 MB), {runs['app'][0]['bytes'] / 1e6:.0f} MB PDF"),
            (f"E   of which layout pass 1 (of {passes}) incl. saving", f"{first:.2f} s", f"{first / ba:.2f}× C",
             "contents and page totals drawn as late forms: no 2nd pass")]
    text = table(rows)
    print(text)
    if not args.quick:
        record("pdf", "PDF report", "bench_pdf.py", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
