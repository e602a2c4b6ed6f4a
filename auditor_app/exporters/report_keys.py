"""The catalogue keys of the reports: every English text the PDF and the workbook may put through a Wording."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterable, Iterator
from pathlib import Path

from auditor_app.domain import grading, time_summary, vocab
from auditor_app.domain.cycle_coverage import SHORT_RESULTS
from auditor_app.exporters import plurals

EXPORTERS = Path(__file__).resolve().parent
# Calls whose first argument is a key: t("…"), ctx.t("…"), t.label("…"), data.wording("…"), N_("…").
_FIRST = frozenset({"t", "N_", "label", "wording"})
# Calls all of whose text arguments are keys: headers(t, "Name", "Role"), titles(t, (…)), sheet_name(t, "Plan").
_ALL = frozenset({"headers", "titles", "sheet_name"})
# Count phrases, t.plural(n, "1 finding:", "{count} findings:"): the third argument is the key, whose catalogue
# entry holds a form per CLDR plural category of the language (the English singular is code, not a key).
_PLURAL = frozenset({"plural", "plural_label"})
_SKIP = frozenset({"wording.py", "report_keys.py", "plurals.py"})


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _texts(node: ast.AST) -> Iterator[str]:
    for inner in ast.walk(node):
        if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
            yield inner.value


def source_keys(paths: Iterable[Path]) -> set[str]:
    """The keys the exporters' code names (an AST scan, so a key is found wherever a call spells it out)."""
    return _scan(paths)[0]


def _scan(paths: Iterable[Path]) -> tuple[set[str], set[str]]:
    keys: set[str] = set()
    counted: set[str] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node)
            if name in _FIRST and node.args and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                keys.add(node.args[0].value)
            elif name in _PLURAL and len(node.args) >= 3 and isinstance(node.args[2], ast.Constant) \
                    and isinstance(node.args[2].value, str):
                keys.add(node.args[2].value)
                counted.add(node.args[2].value)
            elif name in _ALL:
                for arg in node.args:
                    keys.update(_texts(arg))
    return keys, counted


def vocabulary_keys() -> set[str]:
    """Labels the reports take from the domain: every *_LABELS value, the grading schemes, a few constants."""
    keys = {label for name in dir(vocab) if name.endswith("_LABELS")
            for label in getattr(vocab, name).values()}
    for scheme in grading.SCHEMES.values():
        keys.add(scheme.label)
        keys.update(g.label for g in scheme.grades)
    keys.update(SHORT_RESULTS.values())
    keys.update((vocab.UNKNOWN_MARK, time_summary.ESTIMATE_NOTE))
    return keys


def _files() -> list[Path]:
    return [p for p in sorted(EXPORTERS.glob("*.py")) if p.name not in _SKIP]


def report_keys() -> list[str]:
    """Every catalogue key, sorted (what a complete catalogue translates)."""
    return sorted((source_keys(_files()) | vocabulary_keys()) - {""})


def plural_keys() -> list[str]:
    """The keys that are count phrases: their entries hold a form per plural category (plurals.categories)."""
    return sorted(_scan(_files())[1])


def missing_forms(language: str, entry: object) -> list[str]:
    """The plural categories a count phrase's catalogue entry lacks in a language (a plain string serves a
    language with one category only)."""
    wanted = plurals.categories(language)
    if isinstance(entry, str):
        return [] if entry.strip() and wanted == ("other",) else list(wanted)
    if not isinstance(entry, dict):
        return list(wanted)
    return [c for c in wanted if not str(entry.get(c, "")).strip()]


def placeholders(text: str) -> set[str]:
    """The `{name}` placeholders of a key or translation."""
    return {field for _literal, field, _spec, _conv in string.Formatter().parse(text) if field is not None}
