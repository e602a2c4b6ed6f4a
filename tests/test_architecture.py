"""The layer rules import-linter cannot see: SQL run or written outside storage, modules named by a string."""
# pyproject.toml's contracts check the imports (only storage imports SQLAlchemy, sqlite3 and the tables; only
# services import storage). A service still holds a connection, so it could run a statement without importing
# anything, and a module can be imported by its name (importlib): these tests read the code for that.

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "auditor_app"
RUNS_SQL = {"execute", "exec_driver_sql", "executemany", "executescript"}
SQL_TEXT = re.compile(r"^\s*(SELECT\s|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|CREATE\s+(TABLE|INDEX|"
                      r"TRIGGER|VIEW|VIRTUAL)\s|DROP\s+(TABLE|INDEX|TRIGGER|VIEW)\s|PRAGMA\s|BEGIN\b|COMMIT\b|"
                      r"ROLLBACK\b)")
DATABASE_MODULES = ("sqlalchemy", "sqlite3", "psycopg")


def _modules(*outside: str) -> list[Path]:
    """The package's modules, less those under the named subpackages."""
    return sorted(p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in outside)


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', 0)}"


def _names_module(text: str, module: str) -> bool:
    return text == module or text.startswith(module + ".")


def test_no_sql_is_run_or_written_outside_storage() -> None:
    found = []
    for path in _modules("storage"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RUNS_SQL:
                found.append(f"{_where(path, node)} runs a statement (.{node.func.attr})")
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.match(node.value):
                found.append(f"{_where(path, node)} writes SQL: {node.value[:40]!r}")
    assert not found, "SQL belongs in auditor_app/storage:\n" + "\n".join(found)


def test_no_module_names_the_database_or_storage_by_string() -> None:
    """A module imported by its name (importlib, a preload list) is an import the contracts do not see."""
    found = []
    for path in _modules("storage"):
        above_services = path.relative_to(PACKAGE).parts[0] != "services"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            named = [m for m in DATABASE_MODULES if _names_module(node.value, m)]
            if above_services and _names_module(node.value, "auditor_app.storage"):
                named.append("auditor_app.storage")
            found += [f"{_where(path, node)} names {m}" for m in named]
    assert not found, "only storage imports the database; only services import storage:\n" + "\n".join(found)
