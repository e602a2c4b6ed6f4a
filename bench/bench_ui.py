"""Workspace responsiveness: launch to a usable audit against a bare window, and event-loop latency while working.

Run: .venv/bin/python bench/bench_ui.py [--quick]
Uses the demo audit of 5,000 notes and 1,000 photos (cached in bench/out). Prints a table and records the figures in
bench/README.md. Offscreen Qt, so it runs on machines without a display.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("AUDITOR_APP_DATA_DIR", tempfile.mkdtemp(prefix="bench-data-"))
os.environ.setdefault("AUDITOR_APP_CONFIG_DIR", tempfile.mkdtemp(prefix="bench-config-"))

from record import record, table  # noqa: E402

OUT = ROOT / "bench" / "out"

BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtTest import QTest
app = QApplication([])
window = QMainWindow()
window.resize(1400, 900)
window.show()
QTest.qWaitForWindowExposed(window)
app.processEvents()
print("ready", flush=True)
"""

OURS = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from auditor_app.ui import launch
app = QApplication([])
window = launch.start(Path(sys.argv[1]))  # as the installed program starts: staged (ui/staged_open.py)
QTest.qWaitForWindowExposed(window)
app.processEvents()
assert window.tree_model.clause_records() and window.windowTitle() != "auditor-app"
print("ready", flush=True)  # the audit on screen: its clause tree with results and counts, navigable
clock = QElapsedTimer()
clock.start()
ticks = [0]
worst = [0]
def tick():
    now = clock.elapsed()
    worst[0] = max(worst[0], now - ticks[0] - 5)
    ticks[0] = now
timer = QTimer()
timer.setTimerType(Qt.TimerType.PreciseTimer)
timer.timeout.connect(tick)
timer.start(5)
while not window.audit.is_open or not window.complete:
    app.processEvents()
    time.sleep(0.001)
print("complete", flush=True)  # every feature and menu there, the session open, the file checked
done = time.perf_counter()
while time.perf_counter() < done + 0.02:  # the tick after the last step tells how long that step held the thread
    app.processEvents()
print("freeze", worst[0], flush=True)  # every feature and menu there, the session open, the file checked
"""


def _launch(code: str, *args: str) -> tuple[float, float, float]:
    """Seconds from starting the process to its "ready" line (the audit usable) and to its "complete" line (if
    any), and the longest freeze of the UI thread in between (ms); shutting down is not counted."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as installed: byte-compiled
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, cwd=ROOT, env=env)
    assert child.stdout is not None
    line = child.stdout.readline()
    ready = time.perf_counter() - start
    later = child.stdout.readline()
    complete = time.perf_counter() - start
    out, err = child.communicate()
    assert line.strip() == "ready" and child.returncode == 0, err
    if later.strip() != "complete":
        return ready, ready, 0.0
    return ready, complete, float(out.split()[1])


def launch_ratio(path: Path, repeats: int) -> dict[str, float]:
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "auditor_app")], check=True,
                   capture_output=True)
    bare, ours, complete, freeze = [], [], [], []
    for _ in range(repeats):  # interleaved, so a busy moment of the machine hits both sides alike
        bare.append(_launch(BARE)[0])
        copy = OUT / "ui-launch.audit"
        shutil.copyfile(path, copy)
        ready, done, worst = _launch(OURS, str(copy))
        ours.append(ready)
        complete.append(done)
        freeze.append(worst)
    return {"bare": statistics.median(bare), "ours": statistics.median(ours),
            "complete": statistics.median(complete), "freeze": statistics.median(freeze)}


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000


def working_latency(path: Path, clauses: int) -> dict[str, list[float]]:
    """Each user action's time until the event loop is idle again, and the ticks a 5 ms timer saw late."""
    from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

    def type_char(widget: QWidget, char: str) -> None:
        # QTest.keyClicks only knows Latin-1 keys; an input method delivers other scripts as text like this.
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

    from auditor_app.ui import theme
    from auditor_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    theme.apply(app)
    copy = OUT / "ui-work.audit"
    shutil.copyfile(path, copy)
    window = MainWindow("bench")
    window.resize(1400, 900)
    window.show()
    window.open_path(copy)
    QTest.qWaitForWindowExposed(window)
    for _ in range(5):
        app.processEvents()
    samples: dict[str, list[float]] = {"select clause": [], "filter tree (per key)": [], "type in note (per key)": [],
                                       "set result": [], "add note": [], "timer lateness": []}
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        samples["timer lateness"].append(max(0.0, (now - last[0]) / 1e9 - 0.005))
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start(5)

    def act(kind: str, fn: object) -> None:
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        app.processEvents()
        samples[kind].append(time.perf_counter() - start)
        pause = time.perf_counter() + 0.02  # a user's pace: the timer keeps ticking between actions
        while time.perf_counter() < pause:
            app.processEvents()

    records = window.tree_model.clause_records()
    for record_ in records[:clauses]:
        act("select clause", lambda r=record_: window.select_clause(r.id))
    for text in ("planning", "8.5", "kalibrierung", "质量"):
        for char in text:
            act("filter tree (per key)", lambda c=char: type_char(window.panel.search, c))
        window.panel.search.clear()
        app.processEvents()
    editor = QPlainTextEdit()
    editor.show()
    for char in "Interviewed the production manager about calibration records; 3 of 25 overdue. 质量":
        act("type in note (per key)", lambda c=char: type_char(editor, c))
    editor.close()
    for record_ in records[:min(40, clauses)]:
        window.select_clause(record_.id)  # the auditor records on the clause on screen
        app.processEvents()
        act("set result", lambda r=record_: window.set_result(r.id, "conforming"))
        act("add note", lambda r=record_: window.add_note(r.id, "observation", "Checked on site. Prüfung 检查"))
    timer.stop()
    window.close()
    return samples


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="smaller audit and fewer repeats (for a smoke run)")
    options = parser.parse_args()
    from auditor_app.services import demo
    from auditor_app.storage.audit_file import read_header
    from auditor_app.storage.layout import SCHEMA_VERSION

    OUT.mkdir(exist_ok=True)
    photos, notes_count = (100, 500) if options.quick else (1000, 5000)
    path = OUT / f"big-{notes_count}n-{photos}p.audit"
    if path.exists() and read_header(path).user_version != SCHEMA_VERSION:
        path.unlink()  # cached by an older version: opening it would time the format upgrade, not the opening
    if not path.exists():
        demo.build_demo(path, photos=photos, notes_count=notes_count, findings_count=40).close()
    launch = launch_ratio(path, 3 if options.quick else 7)
    bare, ours = launch["bare"], launch["ours"]
    samples = working_latency(path, 40 if options.quick else 150)
    rows = [("measure", "value", "target")]
    rows.append(("launch: bare PySide6 window (median)", f"{bare * 1000:.0f} ms", ""))
    rows.append((f"launch: audit of {notes_count} notes / {photos} photos usable", f"{ours * 1000:.0f} ms", ""))
    rows.append(("launch ratio", f"{ours / bare:.2f}×", "≤ 2.5×"))
    rows.append(("launch: every feature ready (median)", f"{launch['complete'] * 1000:.0f} ms", ""))
    rows.append(("launch: longest UI freeze until then (median)", f"{launch['freeze']:.0f} ms", ""))
    for kind, values in samples.items():
        rows.append((f"{kind}: p50 / p99 (n={len(values)})",
                     f"{_pct(values, 0.5):.1f} / {_pct(values, 0.99):.1f} ms", "p99 < 50 ms"))
    text = table(rows)
    print(text)
    if not options.quick:
        record("ui", "Workspace responsiveness", "bench_ui.py", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
