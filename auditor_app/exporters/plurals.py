"""CLDR plural categories of the report languages: which form of a count phrase a number takes."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

# The rules are CLDR's (Unicode CLDR 44, common/supplemental/plurals.xml, cardinal), quoted above each function.
# Reports write numbers without exponent (e = 0) and name counts (findings, notes) and auditor-days ("4.5"), so
# the operands are n (the absolute value), i (its integer digits) and v (the number of visible fraction digits:
# "1.0" is not "1"). A range such as n % 100 = 3..10 holds integers only: 3.5 is in none.


class Operands(NamedTuple):
    n: float
    i: int
    v: int

    @property
    def whole(self) -> bool:
        return self.n == int(self.n)


def operands(number: int | str) -> Operands:
    """The operands of a whole number, or of a number as the report writes it ("4.44", "+0.19", "−1", "1,200")."""
    if isinstance(number, int):
        return Operands(float(abs(number)), abs(number), 0)
    text = number.strip().lstrip("+-−").replace(",", "")
    whole, _dot, fraction = text.partition(".")
    try:
        return Operands(abs(float(text)), int(whole or "0"), len(fraction))
    except ValueError:
        return Operands(0.0, 0, 0)


Rule = Callable[[Operands], str]


def _other(_o: Operands) -> str:
    # ja, ko, zh: no rules, "other" only.
    return "other"


def _one_if_1(o: Operands) -> str:
    # de, en, nl: one: i = 1 and v = 0
    return "one" if o.i == 1 and o.v == 0 else "other"


def _turkish(o: Operands) -> str:
    # tr: one: n = 1
    return "one" if o.n == 1 else "other"


def _millions(o: Operands) -> bool:
    # es, fr, it, pt-PT many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5
    # ("1 000 000 de constats", "un millón de hallazgos": a million takes "de"/"di").
    return o.i != 0 and o.i % 1_000_000 == 0 and o.v == 0


def _french(o: Operands) -> str:
    # fr: one: i = 0,1
    return "one" if o.i in (0, 1) else "many" if _millions(o) else "other"


def _spanish(o: Operands) -> str:
    # es: one: n = 1
    return "one" if o.n == 1 else "many" if _millions(o) else "other"


def _one_many(o: Operands) -> str:
    # it, pt-PT: one: i = 1 and v = 0. (The catalogue's Portuguese is European: "planeado", "registada"; CLDR's
    # pt, Brazilian, would make 0 and 1.5 singular too.)
    return "one" if o.i == 1 and o.v == 0 else "many" if _millions(o) else "other"


def _polish(o: Operands) -> str:
    # pl: one: i = 1 and v = 0
    #     few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14
    #     many: v = 0 and i != 1 and i % 10 = 0..1 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 12..14
    #     other: fractions ("2,5 ustalenia")
    if o.v:
        return "other"
    if o.i == 1:
        return "one"
    return "few" if 2 <= o.i % 10 <= 4 and not 12 <= o.i % 100 <= 14 else "many"


def _arabic(o: Operands) -> str:
    # ar: zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10; many: n % 100 = 11..99
    if not o.whole:
        return "other"
    n = int(o.n)
    if n in (0, 1, 2):
        return ("zero", "one", "two")[n]
    return "few" if 3 <= n % 100 <= 10 else "many" if 11 <= n % 100 <= 99 else "other"


RULES: dict[str, Rule] = {
    "en": _one_if_1, "de": _one_if_1, "nl": _one_if_1, "tr": _turkish,
    "fr": _french, "es": _spanish, "it": _one_many, "pt": _one_many,
    "pl": _polish, "ar": _arabic,
    "zh-Hans": _other, "ja": _other, "ko": _other,
}
# The categories each language's rules use (whole numbers and fractions alike, as CLDR lists them): a count
# phrase's catalogue entry holds a form for each.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "en": ("one", "other"), "de": ("one", "other"), "nl": ("one", "other"), "tr": ("one", "other"),
    "fr": ("one", "many", "other"), "es": ("one", "many", "other"), "it": ("one", "many", "other"),
    "pt": ("one", "many", "other"),
    "pl": ("one", "few", "many", "other"), "ar": ("zero", "one", "two", "few", "many", "other"),
    "zh-Hans": ("other",), "ja": ("other",), "ko": ("other",),
}


def category(language: str, number: int | str) -> str:
    """The CLDR category of a number in a language ("other" for a language without rules here)."""
    return RULES.get(language, _other)(operands(number))


def categories(language: str) -> tuple[str, ...]:
    return CATEGORIES.get(language, ("other",))
