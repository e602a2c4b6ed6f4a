"""The report's words in the report's language (one or two): catalogues of English text to its translation."""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor_app import paths
from auditor_app.exporters import numbers, plurals

log = logging.getLogger(__name__)
# The languages reports are planned in; those with a catalogue, resources/report-i18n/<code>.json (complete:
# tests/exporters/test_report_catalogues.py), are the ones reports are written in (LANGUAGES).
NAMES: dict[str, str] = {
    "en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "it": "Italiano", "pt": "Português",
    "nl": "Nederlands", "pl": "Polski", "tr": "Türkçe", "zh-Hans": "简体中文", "ja": "日本語", "ko": "한국어",
    "ar": "العربية",
}
RIGHT_TO_LEFT = frozenset({"ar"})


def _shipped() -> dict[str, str]:
    folder = paths.resource_path("report-i18n")
    return {k: v for k, v in NAMES.items() if k == "en" or (folder / f"{k}.json").is_file()}


LANGUAGES: dict[str, str] = _shipped()
_ALIASES = {"zh": "zh-Hans", "zh-cn": "zh-Hans", "zh_cn": "zh-Hans", "zh-hans": "zh-Hans", "zh_hans": "zh-Hans",
            "zh-sg": "zh-Hans"}
# Short texts of both languages go on one line ("Auditdetails / Audit details"); longer ones one after the other.
_SHORT = 60


def N_(text: str) -> str:
    return text


def code(language: str | None) -> str | None:
    """The report language for a stored language value ("de", "de-DE", "zh_CN" …), or None if reports lack it."""
    if not language:
        return None
    text = language.strip().replace("_", "-")
    alias = _ALIASES.get(text.casefold())
    if alias is not None:
        return alias
    if text in LANGUAGES:
        return text
    base = text.split("-")[0].casefold()
    return base if base in LANGUAGES else None


def catalogue_dir() -> Path:
    return paths.resource_path("report-i18n")


@functools.cache
def _entries(language: str) -> Mapping[str, object]:
    if language == "en":
        return {}
    path = catalogue_dir() / f"{language}.json"
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("report catalogue %s cannot be read (%s); English is used", path.name, exc)
        return {}
    return entries if isinstance(entries, dict) else {}


@functools.cache
def catalogue(language: str) -> Mapping[str, str]:
    """English text -> translation for a report language (empty for English or a missing catalogue)."""
    return {k: v for k, v in _entries(language).items() if isinstance(k, str) and isinstance(v, str) and v.strip()}


@functools.cache
def plural_catalogue(language: str) -> Mapping[str, Mapping[str, str]]:
    """English count phrase ("{count} findings:") -> its forms by CLDR category ({"one": …, "few": …, …})."""
    return {k: {c: f for c, f in v.items() if isinstance(c, str) and isinstance(f, str) and f.strip()}
            for k, v in _entries(language).items() if isinstance(k, str) and isinstance(v, dict)}


@dataclass(frozen=True, slots=True)
class Wording:
    """How one report says things: in `language`, and with `second` (bilingual reports) after it."""

    language: str = "en"
    second: str | None = None
    _cache: dict[tuple[str, bool], str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def primary(self) -> Wording:
        """The first language alone: for what has room for one (a grade badge, a sheet's name)."""
        return self if self.second is None else Wording(self.language)

    @property
    def english(self) -> bool:
        return self.language == "en" and self.second is None

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    def one(self, text: str, language: str) -> str:
        """`text` in one language; English (the catalogue's key) where the catalogue lacks it."""
        return catalogue(language).get(text, text) if language != "en" else text

    def __call__(self, text: str, /, **values: Any) -> str:
        """The text in the report's language(s), with `{name}` placeholders filled from `values` (user text is
        filled in after translation, so it is never looked up or changed)."""
        words = self._both(text, single_line=False)
        return words.format(**values) if values else words

    def label(self, text: str, /, **values: Any) -> str:
        """A label or heading: both languages on one line, whatever their length."""
        words = self._both(text, single_line=True)
        return words.format(**values) if values else words

    def _both(self, text: str, *, single_line: bool) -> str:
        key = (text, single_line)
        found = self._cache.get(key)
        if found is None:
            found = self._join(self.one(text, self.language),
                               None if self.second is None else self.one(text, self.second), single_line)
            self._cache[key] = found
        return found

    def _join(self, first: str, other: str | None, single_line: bool) -> str:
        if other is None or self.second == self.language or other == first:
            return first
        joint = " / " if single_line or (len(first) + len(other) <= _SHORT) else "\n"
        return f"{first}{joint}{other}"

    def plural(self, count: int | str, one: str, other: str, /, **values: Any) -> str:
        """A count phrase in the form the count takes in each language (CLDR plural categories, exporters/plurals):
        English `one` for 1 and `other` (the catalogue's key) otherwise; a catalogue entry may hold a form per
        category, or one string for every count. `count` is a whole number or a number as English writes it
        ("4.5"), which the rules read; `{count}` is it as the first language writes it (`number()`: "1.200",
        "4,5") unless `values` give it."""
        return self._plural(count, one, other, values, single_line=False)

    def plural_label(self, count: int | str, one: str, other: str, /, **values: Any) -> str:
        """plural() for a label: both languages on one line."""
        return self._plural(count, one, other, values, single_line=True)

    def _plural(self, count: int | str, one: str, other: str, values: dict[str, Any], *, single_line: bool) -> str:
        values = {"count": self.number(count), **values}
        first = self.one_plural(count, one, other, self.language).format(**values)
        second = None if self.second is None else self.one_plural(count, one, other, self.second).format(**values)
        return self._join(first, second, single_line)

    @staticmethod
    def one_plural(count: int | str, one: str, other: str, language: str) -> str:
        """The form of a count phrase for `count` in one language, placeholders unfilled; English where the
        catalogue lacks the phrase (or the category: its "other" form before English)."""
        english = one if plurals.category("en", count) == "one" else other
        if language == "en":
            return english
        forms = plural_catalogue(language).get(other)
        if forms is not None:
            return forms.get(plurals.category(language, count)) or forms.get("other") or english
        return catalogue(language).get(other, english)

    def number(self, value: float | str, decimals: int = 0) -> str:
        """A number as the first language writes it ("1.200", "4,5"; a str as English writes it, "4.5"): a
        bilingual report says each figure once, the first language's way (exporters/numbers)."""
        return numbers.number(value, self.language, decimals)

    def percent(self, share: float, decimals: int = 0) -> str:
        """A share (0.14) as a percentage the first language's way: "14%", "14 %" (de, fr, es), "%14" (tr)."""
        return numbers.percent(share, self.language, decimals)

    def upper(self, text: str) -> str:
        """Capitals as the report's language writes them: Turkish (and Azeri) dotted i is İ, not I."""
        if self.language == "tr":
            text = text.replace("i", "İ")
        return text.upper()

    def vocab(self, labels: Mapping[Any, str], value: object, empty: str = "") -> str:
        """A stored value's label in the report's language; an unknown value as it is, marked (domain/vocab)."""
        from auditor_app.domain import vocab

        if value is None or value == "":
            return empty
        if vocab.is_known(labels, value):
            return self.label(labels[value])
        return vocab.marked(value, self.label(vocab.UNKNOWN_MARK))


ENGLISH = Wording()


def for_report(language: str | None, second: str | None = None) -> Wording:
    first = code(language) or "en"
    other = code(second)
    return Wording(first, other if other != first else None)


def every_wording() -> list[Wording]:
    """Every way a report can be worded: each language alone, and each pair of them (bilingual reports)."""
    codes = list(LANGUAGES)
    return [Wording(first, second) for first in codes for second in (None, *codes) if second != first]


def read_back(keys: Iterable[str], *, vocab: Mapping[str, str] | None = None) -> dict[str, str]:
    """What a workbook of any language says for each key (a column title, a label) -> the key, casefolded, so
    that a workbook written in German, or in German and English, is read like an English one. With `vocab`
    (stored value -> label), the labels' forms map to the stored values."""
    out: dict[str, str] = {}
    for words in every_wording():
        for key in keys:
            out.setdefault(words.label(vocab[key] if vocab is not None else key).casefold(), key)
    return out
