"""Many small files: 20 team files opened and read, then merged into the lead's file, each in a fresh process.

What this measures is the cost per file that does not depend on its size (opening, checks, compiling the SQL
statements the reads and the merge run), compared with the bare sqlite3 driver opening the same files and
reading every row of every table. CPU seconds (user + sys of the process), so a busy machine counts less.
Run: .venv/bin/python bench/bench_many_files.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("AUDITOR_APP_DATA_DIR", tempfile.mkdtemp(prefix="bench-data-"))

from auditor_app.services import audit, library, merge, notes  # noqa: E402
from bench.record import record, table  # noqa: E402

OUT = ROOT / "bench" / "out"

_CHILD = """
import json, os, shutil, sqlite3, sys, time
from pathlib import Path
case, lead, others = sys.argv[1], Path(sys.argv[2]), [Path(p) for p in sys.argv[3:]]
start = os.times()
if case == "bare":
    for path in others:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA quick_check").fetchall()
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
            conn.execute(f'SELECT * FROM "{name}"').fetchall()
        conn.close()
else:
    from auditor_app.services import audit, merge, queries
    start = os.times()  # the imports are not what is measured
    if case == "read":
        for path in others:
            session = audit.open_audit(path, author="Lead", read_only=True)
            queries.details(session), queries.team(session), queries.clauses(session), queries.notes(session)
            queries.note_counts(session), queries.evidence_counts(session)
            session.close()
    else:
        session = audit.open_audit(lead, author="Lead")
        merge.merge_into(session, others)
        session.close()
end = os.times()
print(json.dumps({"cpu": end.user + end.system - start.user - start.system}))
"""


def build_team(folder: Path, members: int, notes_each: int) -> tuple[Path, list[Path]]:
    folder.mkdir(parents=True, exist_ok=True)
    lead = audit.create_audit(folder / "lead.audit", author="Lead", checklists=[library.get("iso9001-2015")])
    copies = [merge.hand_over_copy(lead, folder / f"member{i:02}.audit", f"Member {i}") for i in range(members)]
    lead.close()
    for i, path in enumerate(copies):
        session = audit.open_audit(path, author=f"Member {i}")
        with session.transaction() as tx:
            for n in range(notes_each):
                notes.add_note(tx, None, "observation", f"member {i} observation {n}")
        session.close()
    return folder / "lead.audit", copies


def run(case: str, lead: Path, copies: list[Path], scratch: Path) -> float:
    target = scratch / "target.audit"
    shutil.copyfile(lead, target)
    out = subprocess.run([sys.executable, "-c", _CHILD, case, str(target), *map(str, copies)], capture_output=True,
                         text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return float(json.loads(out.stdout)["cpu"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    members, notes_each, rounds = (5, 10, 1) if args.quick else (20, 25, 5)
    folder = OUT / f"many-{members}-{notes_each}"
    shutil.rmtree(folder, ignore_errors=True)  # small: made anew, so it is always of the current format
    lead, copies = build_team(folder, members, notes_each)
    scratch = Path(tempfile.mkdtemp(prefix="bench-many-"))
    times: dict[str, list[float]] = {"bare": [], "read": [], "merge": []}
    for _ in range(rounds):  # interleaved, so a busy moment hits every case alike
        for case, values in times.items():
            values.append(run(case, lead, copies, scratch))
    shutil.rmtree(scratch, ignore_errors=True)
    bare = statistics.median(times["bare"])
    rows = [("case", f"CPU (median of {rounds})", "per file", "ratio to bare sqlite3")]
    labels = {"bare": f"bare sqlite3: open, quick_check, read every table of {members} files",
              "read": f"open {members} files read-only, read details, clauses, notes",
              "merge": f"merge {members} files ({notes_each} notes each) into the lead's file"}
    for case, label in labels.items():
        cpu = statistics.median(times[case])
        rows.append((label, f"{cpu:.2f} s", f"{cpu / members * 1000:.0f} ms", f"{cpu / bare:.1f}×"))
    text = table(rows)
    print(text)
    if not args.quick:
        record("many-files", "Many small files", "bench_many_files.py", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
