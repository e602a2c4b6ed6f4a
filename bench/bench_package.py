"""Sealed-package benchmark: a 100 MB audit packed and unpacked, with a passphrase and to an age key.

Compared with the verified copy (SQLite's backup API plus integrity check) every package starts from; each case runs
in a fresh process so its peak memory is its own. Run: .venv/bin/python bench/bench_package.py [--quick]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("AUDITOR_APP_DATA_DIR", tempfile.mkdtemp(prefix="bench-data-"))
os.environ.setdefault("AUDITOR_APP_CONFIG_DIR", tempfile.mkdtemp(prefix="bench-config-"))

from auditor_app.services import audit, evidence, keys, library  # noqa: E402
from bench.record import record, table  # noqa: E402

OUT = ROOT / "bench" / "out"
PASS = "benchmark passphrase"

_CHILD = """
import json, os, resource, sys, time
from pathlib import Path
import pyrage
from auditor_app.services import age_seal, audit, keys, package, unpack
from auditor_app.storage import backup
case, src, work, key = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
signer = keys.unlock("benchmark key passphrase")
session = audit.open_audit(src, author="Bench", read_only=True)
who = pyrage.x25519.Identity.from_str(key)
seal = (age_seal.Seal(passphrase="benchmark passphrase") if case.endswith("passphrase")
        else age_seal.Seal(recipients=(str(who.to_public()),)))
start = time.perf_counter()
size = 0
if case == "copy":
    size = backup.snapshot(session.file.raw_connection(), work / "copy.audit").stat().st_size
elif case.startswith("pack"):
    size = package.make(session, work / f"{case}.age", seal, signer).size
else:
    ids = None if case.endswith("passphrase") else [who]
    unpack.unpack(work / (case.replace("unpack", "pack") + ".age"), work / case,
                  passphrase="benchmark passphrase" if ids is None else None, identities=ids)
seconds = time.perf_counter() - start
session.close()
print(json.dumps({"seconds": seconds, "size": size,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _photo(rng: random.Random, side: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3)).save(out, "JPEG", quality=85)
    return out.getvalue()


def build(path: Path, megabytes: int) -> Path:
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    session = audit.create_audit(path, author="Bench", checklists=[library.get("iso9001-2015")])
    rng = random.Random(1)
    n = 0
    while path.stat().st_size < megabytes * 1024 * 1024:
        with session.transaction() as tx:  # a few photos a transaction: the file's size shows at each commit
            for _ in range(5):
                evidence.attach_evidence(tx, _photo(rng, 1000), f"IMG_{n}.jpg", caption=f"photo {n}")
                n += 1
    session.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    megabytes = 10 if args.quick else 100
    src = build(OUT / f"package-{megabytes}mb.audit", megabytes)
    if not keys.has_key():
        keys.create("benchmark key passphrase")
    import pyrage

    key = str(pyrage.x25519.Identity.generate())
    rows = [("case", "time", "ratio to the copy", "output", "peak RSS")]
    with tempfile.TemporaryDirectory(prefix="bench-package-") as tmp:
        base = None
        for case in ("copy", "pack-passphrase", "unpack-passphrase", "pack-key", "unpack-key"):
            run = subprocess.run([sys.executable, "-c", _CHILD, case, str(src), tmp, key], capture_output=True,
                                 text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
            got = json.loads(run.stdout.strip().splitlines()[-1])
            base = base or got["seconds"]
            size = f"{got['size'] / 1e6:.1f} MB" if got["size"] else ""
            rows.append((case, f"{got['seconds']:.2f} s", f"{got['seconds'] / base:.2f}×", size,
                         f"{got['peak_mb']:.0f} MB"))
    text = f"audit file: {src.stat().st_size / 1e6:.1f} MB ({src.name})\n" + table(rows)
    print(text)
    if not args.quick:
        record("package", "Sealed packages", "bench_package.py", text)


if __name__ == "__main__":
    main()
