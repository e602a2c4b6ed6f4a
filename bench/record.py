"""Shared by the benchmarks: print-ready tables and the dated section each one keeps in bench/README.md."""

from __future__ import annotations

import os
import platform
import sqlite3
import time
from pathlib import Path

README = Path(__file__).resolve().parent / "README.md"


def table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows)


def record(key: str, title: str, script: str, text: str) -> None:
    """Replace (or add) this benchmark's section: date, machine and the command that produced it."""
    marker = f"<!-- {key} -->"
    machine = (f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
               f"SQLite {sqlite3.sqlite_version}")
    block = (f"{marker}\n### {title} (`bench/{script}`)\n\n{time.strftime('%Y-%m-%d')} · {machine} · "
             f"`.venv/bin/python bench/{script}`\n\n```\n{text}\n```\n{marker}")
    current = README.read_text(encoding="utf-8") if README.exists() else ""
    if marker in current:
        head, _, rest = current.partition(marker)
        current = head + block + rest.partition(marker)[2]
    else:
        current = current.rstrip() + "\n\n" + block + "\n"
    README.write_text(current, encoding="utf-8")
