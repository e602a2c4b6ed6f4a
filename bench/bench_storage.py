"""Storage benchmarks: open time vs evidence volume, one durable edit vs bare SQLite, rebuild speed.

Run: .venv/bin/python bench/bench_storage.py [--quick]
Prints a table and records the figures in bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("AUDITOR_APP_DATA_DIR", tempfile.mkdtemp(prefix="bench-data-"))

from auditor_app.domain.checklist import clause_id  # noqa: E402
from auditor_app.services import audit, demo, library, notes, queries  # noqa: E402
from auditor_app.storage import oplog  # noqa: E402

OUT = ROOT / "bench" / "out"


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _p99_ms(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000


def open_time(path: Path, repeats: int, verify: bool = False) -> tuple[list[float], list[float]]:
    """Time to the first screen (open + audit details + clause tree), and the deferred check after it."""
    first, rest = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        session = audit.open_audit(path, author="bench", verify=verify)
        queries.details(session)
        queries.clauses(session)
        first.append(time.perf_counter() - start)
        start = time.perf_counter()
        session.file.verify_rest()
        rest.append(time.perf_counter() - start)
        session.close()
    return first, rest


def bench_open(quick: bool) -> list[tuple[str, str, str, str]]:
    OUT.mkdir(exist_ok=True)
    photos, notes_count = (100, 500) if quick else (1000, 5000)
    big = OUT / f"big-{notes_count}n-{photos}p.audit"
    if not big.exists():
        demo.build_demo(big, photos=photos, notes_count=notes_count, findings_count=40).close()
    empty = OUT / "empty.audit"
    if not empty.exists():
        audit.create_audit(empty, author="bench", checklists=[library.get("iso9001-2015"),
                                                            library.get("iso14001-2015")]).close()
    repeats = 15
    empty_s, big_s, big_rest, big_full = [], [], [], []
    for _ in range(3):  # interleave so machine noise hits both alike
        empty_s += open_time(empty, repeats // 3)[0]
        first, rest = open_time(big, repeats // 3)
        big_s += first
        big_rest += rest
        big_full += open_time(big, repeats // 3, verify=True)[0]
    ratio = statistics.median(big_s) / statistics.median(empty_s)
    size_mb = big.stat().st_size / 1e6
    label = f"{notes_count} notes + {photos} photos, {size_mb:.0f} MB"
    return [
        ("open to first screen: empty audit (median)", f"{_median_ms(empty_s):.1f} ms", "", ""),
        (f"open to first screen: {label}", f"{_median_ms(big_s):.1f} ms", f"{ratio:.2f}×", "≤ 1.3×"),
        ("  then deferred quick_check of the log (background)", f"{_median_ms(big_rest):.1f} ms", "", ""),
        ("  open with every check up front (CLI)", f"{_median_ms(big_full):.1f} ms",
         f"{statistics.median(big_full) / statistics.median(empty_s):.2f}×", ""),
    ]


def bench_edit(quick: bool) -> list[tuple[str, str, str, str]]:
    count = 100 if quick else 400
    folder = Path(tempfile.mkdtemp(prefix="bench-edit-"))
    session = audit.create_audit(folder / "edit.audit", author="bench", checklists=[library.get("iso9001-2015")])
    with session.transaction() as tx:
        note_id = notes.add_note(tx, clause_id("iso9001-2015", "7.2"), "interview", "start")
    bare = sqlite3.connect(folder / "bare.db", isolation_level=None)
    bare.execute("PRAGMA page_size=8192")
    # The same pragmas the audit file runs with (see storage/audit_file.py).
    for pragma in ("journal_mode=DELETE", "synchronous=EXTRA", "locking_mode=EXCLUSIVE", "secure_delete=ON",
                   "trusted_schema=OFF", "cell_size_check=ON", "mmap_size=0", "foreign_keys=ON"):
        bare.execute(f"PRAGMA {pragma}")
    bare.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)")
    app_s, bare_s = [], []
    for i in range(count):
        start = time.perf_counter()
        session.run(notes.edit_note, note_id, text=f"edited text number {i}")
        app_s.append(time.perf_counter() - start)
        start = time.perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("INSERT INTO t(v) VALUES (?)", (f"edited text number {i}",))
        bare.execute("COMMIT")
        bare_s.append(time.perf_counter() - start)
    session.close()
    bare.close()
    ratio = statistics.median(app_s) / statistics.median(bare_s)
    return [
        ("edit to durable: bare SQLite commit (median / p99)", f"{_median_ms(bare_s):.2f} / {_p99_ms(bare_s):.2f} ms",
         "", ""),
        ("edit to durable: auditor-app (median / p99)", f"{_median_ms(app_s):.2f} / {_p99_ms(app_s):.2f} ms",
         f"{ratio:.2f}×", "≤ 2×"),
    ]


def bench_rebuild(quick: bool) -> list[tuple[str, str, str, str]]:
    target_ops = 10_000 if quick else 100_000
    OUT.mkdir(exist_ok=True)
    path = OUT / f"ops-{target_ops}.audit"
    if not path.exists():
        session = demo.build_demo(path, photos=0, notes_count=target_ops // 6, findings_count=10)
        session.close()
    session = audit.open_audit(path, author="bench")
    start = time.perf_counter()
    with session.file.write() as conn:
        count = oplog.rebuild(conn)
    elapsed = time.perf_counter() - start
    session.close()
    return [(f"rebuild cache from {count:,} operations", f"{elapsed:.2f} s", f"{count / elapsed:,.0f} ops/s", "")]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="smaller inputs (a smoke run, not for the record)")
    args = parser.parse_args()
    rows = bench_open(args.quick) + bench_edit(args.quick) + bench_rebuild(args.quick)
    widths = [max(len(r[i]) for r in rows + [("case", "time", "ratio", "target")]) for i in range(4)]
    lines = [" | ".join(h.ljust(w) for h, w in zip(("case", "time", "ratio", "target"), widths, strict=True))]
    lines.append("-|-".join("-" * w for w in widths))
    lines += [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    table = "\n".join(lines)
    print(table)
    if not args.quick:
        record(table)
    return 0


def record(table: str) -> None:
    readme = ROOT / "bench" / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    marker = "<!-- storage -->"
    stamp = time.strftime("%Y-%m-%d")
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, " \
              f"SQLite {sqlite3.sqlite_version}"
    block = (f"{marker}\n### Storage (`bench/bench_storage.py`)\n\n{stamp} · {machine} · "
             f"`.venv/bin/python bench/bench_storage.py`\n\n```\n{table}\n```\n{marker}")
    if marker in text:
        head, _, rest = text.partition(marker)
        _, _, tail = rest.partition(marker)
        text = head + block + tail
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
