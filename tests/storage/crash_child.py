"""Child process for the durability tests: scripted edits through the services, acknowledged after commit."""

from __future__ import annotations

import io
import json
import random
import resource
import sys
import time
from pathlib import Path

from PIL import Image

from auditor_app.domain.checklist import clause_id
from auditor_app.errors import StorageFull
from auditor_app.services import audit, evidence, notes

RESULTS = ("conforming", "nonconformity", "observation", "ofi")


def photo(rng: random.Random, size: tuple[int, int]) -> bytes:
    out = io.BytesIO()
    Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3)).save(out, "PNG", compress_level=0)
    return out.getvalue()


def edit_loop(path: Path, seed: int, ack_before_commit: bool) -> None:
    rng = random.Random(seed)
    session = audit.open_audit(path, author=f"writer-{seed}")
    print("READY", flush=True)
    note_ids: list[str] = []
    step = 0
    while True:
        step += 1
        kind = rng.choice(("note", "edit", "result", "photo") if note_ids else ("note",))
        with session.transaction() as tx:
            if kind == "note":
                note_ids.append(notes.add_note(tx, None, "observation", f"note {seed}-{step} Größe 检查"))
            elif kind == "edit":
                notes.edit_note(tx, rng.choice(note_ids), text=f"edited {seed}-{step}")
            elif kind == "result":
                audit.set_clause_result(tx, "iso9001-2015", rng.choice(("7.1.5.2", "8.4.1", "9.2")),
                                        rng.choice(RESULTS))
            else:
                evidence.attach_evidence(tx, photo(rng, (300, 300)), f"p{step}.png")
            if ack_before_commit:  # the control: claims durability before the commit has happened
                print("ACK " + json.dumps([o.op_id for o in tx.ops]), flush=True)
        if not ack_before_commit:
            print("ACK " + json.dumps([o.op_id for o in tx.ops]), flush=True)


def disk_full(path: Path, headroom: int) -> None:
    rng = random.Random(headroom)
    session = audit.open_audit(path, author="disk-full")
    size = path.stat().st_size
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size + headroom, hard))
    acked: list[str] = []
    error = ""
    for _ in range(200):
        try:
            with session.transaction() as tx:
                evidence.attach_evidence(tx, photo(rng, (400, 400)), "big.png")
            acked += [o.op_id for o in tx.ops]
        except StorageFull as exc:
            error = str(exc)
            break
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    time.sleep(0.01)
    with session.transaction() as tx:  # space is back: the next edit must work
        notes.add_note(tx, clause_id("iso9001-2015", "7.1"), "general", "after the disk was freed")
    acked += [o.op_id for o in tx.ops]
    session.close()
    print(json.dumps({"error": error, "acked": acked}), flush=True)


if __name__ == "__main__":
    mode, target = sys.argv[1], Path(sys.argv[2])
    if mode == "edit":
        edit_loop(target, int(sys.argv[3]), ack_before_commit=len(sys.argv) > 4)
    else:
        disk_full(target, int(sys.argv[3]))
