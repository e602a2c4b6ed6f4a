"""One SQLAlchemy engine for every open file: statements compiled once per process, each file on its own thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from auditor_app.services import audit, library, notes, queries
from auditor_app.storage import shared_engine


def _count_compiles(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    from sqlalchemy.sql import compiler

    made: list[object] = []
    original = compiler.Compiled.__init__

    def counting(self: Any, *args: Any, **kwargs: Any) -> None:
        made.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(compiler.Compiled, "__init__", counting)
    return made


def test_a_read_run_on_a_second_file_reuses_the_statements_compiled_for_the_first(make_audit, monkeypatch) -> None:
    first, second = make_audit("first.audit"), make_audit("second.audit")
    with first.transaction() as tx:
        notes.add_note(tx, None, "observation", "only in the first file")
    shared_engine.engine().clear_compiled_cache()  # as in a fresh process: earlier tests compiled these reads
    compiled = _count_compiles(monkeypatch)
    assert [n.text for n in queries.notes(first)] == ["only in the first file"]
    assert compiled, "the first file's read compiles its statements"
    compiled.clear()
    assert queries.notes(second) == []
    assert compiled == []  # before: an engine per file compiled the same statements again


def test_files_used_at_once_on_their_own_threads_each_read_and_write_only_their_own(tmp_path: Path) -> None:
    # The window runs one database thread per open audit; the engine and its statement cache are shared by them.
    start = threading.Barrier(3)
    seen: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            session = audit.create_audit(tmp_path / f"t{n}.audit", author=f"Auditor {n}",
                                         checklists=[library.get("iso9001-2015")])
            start.wait()
            for i in range(20):
                with session.transaction() as tx:
                    notes.add_note(tx, None, "observation", f"thread {n} note {i}")
                queries.note_counts(session)
            seen[n] = sorted(note.text for note in queries.notes(session))
            session.close()
        except BaseException as exc:  # reported by the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for n in range(3):
        assert seen[n] == sorted(f"thread {n} note {i}" for i in range(20))
        reopened = audit.open_audit(tmp_path / f"t{n}.audit", author="Lead")  # closing released the file's lock
        assert len(queries.notes(reopened)) == 20
        reopened.close()
