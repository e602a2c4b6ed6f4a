"""One SQL style per connection in storage/, and one mapping of op rows to operations (docs/architecture.md)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import auditor_app.storage
from auditor_app.domain.checklist import clause_id
from auditor_app.domain.ops import verify
from auditor_app.services import notes
from auditor_app.storage import log_screen, oplog

STORAGE = Path(auditor_app.storage.__file__).parent
# SQLAlchemy's own recipe for SQLite transactions: the engine's begin hook issues BEGIN (IMMEDIATE) as text.
ALLOWED = {("shared_engine.py", "_begin")}


def _functions_on_sqlalchemy() -> list[tuple[str, ast.FunctionDef]]:
    found = []
    for path in sorted(STORAGE.glob("*.py")):
        if path.name == "driver_sql.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                args = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
                if any(a.annotation is not None and ast.unparse(a.annotation) == "Connection" for a in args):
                    found.append((path.name, node))
    return found


def _driver_level(node: ast.FunctionDef) -> list[str]:
    found = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Attribute) and sub.attr in ("exec_driver_sql", "driver_connection"):
            found.append(f"{sub.attr} (line {sub.lineno})")
        elif isinstance(sub, ast.Call):
            name = sub.func.attr if isinstance(sub.func, ast.Attribute) else getattr(sub.func, "id", "")
            if name in ("driver", "text"):
                found.append(f"{name}() (line {sub.lineno})")
            elif name in ("execute", "executemany") and sub.args and isinstance(sub.args[0], ast.Constant
                                                                                    | ast.JoinedStr):
                found.append(f"SQL text (line {sub.lineno})")
    return found


def test_code_holding_a_sqlalchemy_connection_writes_core_and_reaches_the_driver_only_through_driver_sql() -> None:
    functions = _functions_on_sqlalchemy()
    assert {(m, f.name) for m, f in functions} >= {("oplog.py", "project"), ("merge_store.py", "new_ops"),
                                                    ("merge_store.py", "copy_blobs"), ("merge_store.py", "add_ops")}
    mixed = [f"{module} {function.name}: {', '.join(found)}" for module, function in functions
             if (module, function.name) not in ALLOWED and (found := _driver_level(function))]
    assert mixed == []


def test_every_statement_run_on_the_driver_says_what_sqlalchemy_cost() -> None:
    from auditor_app.storage import driver_sql

    public = [name for name in vars(driver_sql) if not name.startswith("_") and callable(getattr(driver_sql, name))
              and getattr(getattr(driver_sql, name), "__module__", "") == driver_sql.__name__ and name != "driver"]
    assert public
    unmeasured = [name for name in public
                  if not re.search(r"\d+(\.\d+)? ?(µs|ms|s)\b", getattr(driver_sql, name).__doc__ or "")]
    assert unmeasured == []


def test_op_rows_become_operations_in_one_module() -> None:
    elsewhere = []
    for path in sorted(STORAGE.glob("*.py")):
        if path.name == "op_rows.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Op":
                elsewhere.append(f"{path.name}:{node.lineno}: Op(...) built from a row")
            if isinstance(node, ast.Tuple) and {"op_hash", "parents"} <= {
                    e.value for e in node.elts if isinstance(e, ast.Constant)}:
                elsewhere.append(f"{path.name}:{node.lineno}: the op table's columns listed again")
    assert elsewhere == []


def test_every_reader_of_the_log_reads_the_operations_that_were_written(make_audit: Any) -> None:
    session = make_audit()
    with session.transaction() as tx:
        note_id = notes.add_note(tx, clause_id("iso9001-2015", "7.2"), "interview", "first \"quoted\" ünïcode")
    for text in ("second", "third"):
        session.run(notes.edit_note, note_id, text=text)
    with session.file.read() as conn:
        log = list(oplog.all_ops(conn))
        screened = [row.op for row in log_screen.rows(oplog.driver(conn))]
        of_note = oplog.entity_ops(conn, note_id)
        heads = oplog.head_ops(conn, note_id)
    assert screened == log
    assert of_note == [o for o in log if o.entity_id == note_id]
    texts = [o for o in of_note if o.field == "text"]
    assert [json.loads(o.value) for o in texts] == ['first "quoted" ünïcode', "second", "third"]
    assert texts[2].parents == (texts[1].op_id,)  # parents are JSON in the row, a tuple of ids in the operation
    assert texts[2] in heads and texts[1] not in heads
    assert all(verify(o) for o in log)  # every field read back in its place: the hashes still match
    assert [oplog.op_to_row(o)["op_id"] for o in log] == [o.op_id for o in log]
