"""Values go into the window's translated texts through fill() ("%1 of %2"), never around them.

A text built by concatenating, %-formatting, str.format-ing or f-stringing a translation fixes English word order
and splits sentences a translator never sees whole. This reads the UI's code and fails on each such place.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "auditor_app" / "ui"
TRANSLATING = {"tr", "translate"}  # self.tr, translate() of ui/i18n.py, QCoreApplication.translate
PASS_THROUGH = {"plural"}  # plural(self.tr("%n item(s)", "", n), n) is still the translation
FORMATTING = {"format", "arg", "replace", "format_map"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


class _Finder(ast.NodeVisitor):
    """Each place a translated text is formatted or joined to other text; names bound to a translation are
    followed within a function (`text = self.tr(...)`, then `text.format(...)`)."""

    def __init__(self) -> None:
        self.found: list[tuple[int, str]] = []
        self._names: list[set[str]] = [set()]

    def _translated(self, node: ast.expr) -> bool:
        if isinstance(node, ast.Call):
            name = _name(node.func)
            return name in TRANSLATING or (name in PASS_THROUGH and bool(node.args) and self._translated(node.args[0]))
        if isinstance(node, ast.IfExp):
            return self._translated(node.body) or self._translated(node.orelse)
        return isinstance(node, ast.Name) and node.id in self._names[-1]

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        self._names.append(set())
        self.generic_visit(node)
        self._names.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def visit_Assign(self, node: ast.Assign) -> None:
        self.generic_visit(node)
        names = {t.id for t in node.targets if isinstance(t, ast.Name)}
        if self._translated(node.value):
            self._names[-1] |= names
        else:
            self._names[-1] -= names

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        if any(isinstance(v, ast.FormattedValue) and self._translated(v.value) for v in node.values):
            self.found.append((node.lineno, "an f-string around a translation"))
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if isinstance(node.op, ast.Mod) and self._translated(node.left):
            self.found.append((node.lineno, "% formatting of a translation"))
        elif isinstance(node.op, ast.Add) and (self._translated(node.left) or self._translated(node.right)):
            self.found.append((node.lineno, "+ joining a translation to other text"))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in FORMATTING and self._translated(func.value):
            self.found.append((node.lineno, f".{func.attr}() on a translation (use fill)"))
        self.generic_visit(node)


def formatted_translations(source: str) -> list[tuple[int, str]]:
    finder = _Finder()
    finder.visit(ast.parse(source))
    return sorted(finder.found)


def test_no_translated_text_of_the_window_is_formatted_outside_fill() -> None:
    problems = [f"{path.relative_to(ROOT)}:{line}: {what}"
                for path in sorted(UI.rglob("*.py"))
                for line, what in formatted_translations(path.read_text(encoding="utf-8"))]
    assert not problems, f"{len(problems)} place(s) to rewrite with fill(self.tr('… %1 …'), value):\n" + \
        "\n".join(problems)


def test_the_check_finds_each_way_of_building_around_a_translation() -> None:
    source = '''
def f(self, n, name):
    a = self.tr("Open %s") % name
    b = translate("ctx", "Files") + ": " + name
    c = f"{self.tr('Name')}: {name}"
    d = self.tr("Add {name}").format(name=name)
    e = QCoreApplication.translate("ctx", "Rotate %1").replace("%1", name)
    text = self.tr("Mark {name} present") if n else self.tr("Mark {name} absent")
    g = text.format(name=name)
    h = plural(self.tr("%n file(s) of %1", "", n), n).arg(name)
    ok = fill(self.tr("Open %1"), name)
    ok2 = fill(plural(self.tr("%n file(s) in %1", "", n), n), name)
'''
    assert [line for line, _what in formatted_translations(source)] == [3, 4, 5, 6, 7, 9, 10]
