"""Checklist benchmark: loading the four bundled checklists into a new audit.

Run: .venv/bin/python bench/bench_checklists.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("AUDITOR_APP_DATA_DIR", tempfile.mkdtemp(prefix="bench-data-"))

from auditor_app import paths  # noqa: E402
from auditor_app.domain.checklist import load_checklist_file  # noqa: E402
from auditor_app.services import audit  # noqa: E402
from bench.record import record, table  # noqa: E402

KEYS = ("iso9001-2015", "iso14001-2015", "iso45001-2018", "iso13485-2016")


def main() -> int:
    parse_s, create_s, yaml_s = [], [], []
    import yaml

    for _ in range(7):
        folder = Path(tempfile.mkdtemp(prefix="bench-cl-"))
        start = time.perf_counter()
        for key in KEYS:
            yaml.safe_load((paths.checklist_dir() / f"{key}.yaml").read_text(encoding="utf-8"))
        yaml_s.append(time.perf_counter() - start)
        start = time.perf_counter()
        lists = [load_checklist_file(paths.checklist_dir() / f"{key}.yaml") for key in KEYS]
        parse_s.append(time.perf_counter() - start)
        start = time.perf_counter()
        audit.create_audit(folder / "all.audit", author="bench", checklists=lists).close()
        create_s.append(time.perf_counter() - start)
    clauses = sum(sum(1 for _ in c.walk()) for c in lists)
    rows = [
        ("bare yaml.safe_load of the 4 files", f"{statistics.median(yaml_s) * 1000:.0f} ms", ""),
        ("parse + validate the 4 checklists", f"{statistics.median(parse_s) * 1000:.0f} ms",
         f"{statistics.median(parse_s) / statistics.median(yaml_s):.2f}× bare YAML"),
        (f"new audit with all 4 ({clauses} clauses)", f"{statistics.median(create_s) * 1000:.0f} ms", "target ≪ 1 s"),
        ("total: parse + create", f"{(statistics.median(parse_s) + statistics.median(create_s)) * 1000:.0f} ms", ""),
    ]
    text = table(rows)
    print(text)
    record("checklists", "Checklists", "bench_checklists.py", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
