"""CLDR plural categories of the report languages: which form of a count phrase a whole number takes."""

from __future__ import annotations

from collections.abc import Callable

# Reports count whole things (findings, notes, rows), so the rules are CLDR's (Unicode CLDR 44, plurals.xml,
# cardinal) with the operands for a non-negative integer: n = i = the number, v = 0 (no visible fraction digits),
# e = 0 (no compact exponent). "other" is every language's remaining category: for Polish it only ever holds
# fractions, yet catalogues fill it too, so a form exists whatever a later caller counts.
Rule = Callable[[int], str]


def _other(_n: int) -> str:
    # ja, ko, zh: "other" only (no rules).
    return "other"


def _one_if_1(n: int) -> str:
    # de, en, nl: one: i = 1 and v = 0. tr: one: n = 1.
    return "one" if n == 1 else "other"


def _millions(n: int) -> bool:
    # es, fr, it, pt-PT many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5
    # ("1 000 000 de constats", "un millón de hallazgos": a million takes "de"/"di").
    return n != 0 and n % 1_000_000 == 0


def _french(n: int) -> str:
    # fr: one: i = 0,1
    return "one" if n in (0, 1) else "many" if _millions(n) else "other"


def _one_many(n: int) -> str:
    # es: one: n = 1. it, pt-PT: one: i = 1 and v = 0. (The catalogue's Portuguese is European: "planeado",
    # "registada"; CLDR's pt, Brazilian, would make 0 singular too.)
    return "one" if n == 1 else "many" if _millions(n) else "other"


def _polish(n: int) -> str:
    # pl: one: i = 1 and v = 0
    #     few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14
    #     many: v = 0 and i != 1 and i % 10 = 0..1 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 12..14
    if n == 1:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


def _arabic(n: int) -> str:
    # ar: zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10; many: n % 100 = 11..99
    if n in (0, 1, 2):
        return ("zero", "one", "two")[n]
    if 3 <= n % 100 <= 10:
        return "few"
    if 11 <= n % 100 <= 99:
        return "many"
    return "other"


RULES: dict[str, Rule] = {
    "en": _one_if_1, "de": _one_if_1, "nl": _one_if_1, "tr": _one_if_1,
    "fr": _french, "es": _one_many, "it": _one_many, "pt": _one_many,
    "pl": _polish, "ar": _arabic,
    "zh-Hans": _other, "ja": _other, "ko": _other,
}
# The categories each language's rules use (for integers and fractions alike, as CLDR lists them).
CATEGORIES: dict[str, tuple[str, ...]] = {
    "en": ("one", "other"), "de": ("one", "other"), "nl": ("one", "other"), "tr": ("one", "other"),
    "fr": ("one", "many", "other"), "es": ("one", "many", "other"), "it": ("one", "many", "other"),
    "pt": ("one", "many", "other"),
    "pl": ("one", "few", "many", "other"), "ar": ("zero", "one", "two", "few", "many", "other"),
    "zh-Hans": ("other",), "ja": ("other",), "ko": ("other",),
}


def category(language: str, count: int) -> str:
    """The CLDR category of a whole number in a language ("other" for a language without rules here)."""
    rule = RULES.get(language, _other)
    return rule(abs(count))


def categories(language: str) -> tuple[str, ...]:
    return CATEGORIES.get(language, ("other",))
