"""Excel benchmark: an audit with 20,000 notes and 2,000 findings written as the workbook, against openpyxl
alone writing the same cell values (write-only mode, no styles) in the same run.

Run: .venv/bin/python bench/bench_xlsx.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("AUDITOR_APP_DATA_DIR", tempfile.mkdtemp(prefix="bench-data-"))
os.environ.setdefault("AUDITOR_APP_CONFIG_DIR", tempfile.mkdtemp(prefix="bench-config-"))  # no one's branding

from openpyxl import Workbook  # noqa: E402

from auditor_app.errors import FileRefused  # noqa: E402
from auditor_app.exporters.xlsx_report import build_xlsx, tables  # noqa: E402
from auditor_app.services import audit, demo, report_data  # noqa: E402
from bench.record import record, table  # noqa: E402

OUT = ROOT / "bench" / "out"


def bare(data: report_data.ReportData, out: Path) -> None:
    """The same cells, plain: what openpyxl alone needs to write them."""
    wb = Workbook(write_only=True)
    for sheet in tables(data):
        ws = wb.create_sheet(sheet.name)
        ws.append(sheet.titles)
        for row in sheet.rows:
            ws.append(row)
    wb.save(out)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    notes_count, findings_count = (2000, 200) if args.quick else (20_000, 2_000)
    OUT.mkdir(exist_ok=True)
    path = OUT / f"xlsx-{notes_count}-{findings_count}.audit"
    try:
        session = audit.open_audit(path, author="bench", read_only=True)
    except FileRefused:  # not built yet, or built by an older version: build it again
        path.unlink(missing_ok=True)
        demo.build_demo(path, photos=0, notes_count=notes_count, findings_count=findings_count).close()
        session = audit.open_audit(path, author="bench", read_only=True)
    start = time.perf_counter()
    data = report_data.gather(session)
    gather_s = time.perf_counter() - start
    folder = Path(tempfile.mkdtemp(prefix="bench-xlsx-"))
    app_s, bare_s = [], []
    for i in range(3):
        start = time.perf_counter()
        bare(data, folder / f"bare{i}.xlsx")
        bare_s.append(time.perf_counter() - start)
        start = time.perf_counter()
        build_xlsx(data, folder / f"app{i}.xlsx")
        app_s.append(time.perf_counter() - start)
    session.close()
    app, base = statistics.median(app_s), statistics.median(bare_s)
    rows = [("read the audit into report records", f"{gather_s:.2f} s", ""),
            (f"openpyxl alone, same cells ({notes_count} notes, {findings_count} findings)", f"{base:.2f} s", ""),
            ("auditor-app workbook (styles, validation, safe text)", f"{app:.2f} s", f"{app / base:.2f}× (≤ 1.3×)")]
    text = table(rows)
    print(text)
    if not args.quick:
        record("xlsx", "Excel workbook", "bench_xlsx.py", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
