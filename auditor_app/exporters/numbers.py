"""Numbers as each report language writes them (CLDR number symbols and patterns): "1.200", "4,5", "14 %", "%14"."""

from __future__ import annotations

from dataclasses import dataclass

# From Unicode CLDR 45 (cldr-json, cldr-numbers-full/main/<lang>/numbers.json; pt is pt-PT, as the catalogue's
# Portuguese is European), cross-checked with CLDR 47 as bundled in JDK 25 (java.text.DecimalFormatSymbols):
#   decimal, group   <- symbols-numberSystem-latn: decimal, group
#   minimum_grouping <- minimumGroupingDigits (2: "1234" but "12 345" in es, pl, pt-PT)
#   percent          <- percentFormats-numberSystem-latn: standard ("#,##0 %" with U+00A0 in de, fr, es;
#                       "%#,##0" in tr), "{}" standing for the number
# Reports print Latin digits in every language (numberSystem latn). CLDR's ar with latn digits uses "." and ","
# (the "٫" and "٬" belong to the arab digits) and "#,##0%"; its latn percentSign "\u200e%\u200e" carries left-to-
# right marks for plain text, left out here: the report's own bidi step (pdf_bidi) keeps "14%" together, and the
# PDF's text cleaning drops such marks anyway. Durations "h:mm" keep ":" (timeSeparator is ":" in every one).
NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space: CLDR's group separator for fr


@dataclass(frozen=True, slots=True)
class Style:
    """How one language writes a number."""

    decimal: str = "."
    group: str = ","
    minimum_grouping: int = 1
    percent: str = "{}%"


ENGLISH = Style()
STYLES: dict[str, Style] = {
    "en": ENGLISH,
    "de": Style(",", ".", 1, "{}" + NBSP + "%"),
    "fr": Style(",", NNBSP, 1, "{}" + NBSP + "%"),
    "es": Style(",", ".", 2, "{}" + NBSP + "%"),
    "it": Style(",", ".", 1, "{}%"),
    "pt": Style(",", NBSP, 2, "{}%"),
    "nl": Style(",", ".", 1, "{}%"),
    "pl": Style(",", NBSP, 2, "{}%"),
    "tr": Style(",", ".", 1, "%{}"),
    "zh-Hans": ENGLISH, "ja": ENGLISH, "ko": ENGLISH, "ar": ENGLISH,
}
_SIGNS = "+-−"


def style(language: str) -> Style:
    return STYLES.get(language, ENGLISH)


def local(text: str, language: str) -> str:
    """A number written the English way ("1,234.5", "4.5", "−0.06", "+2") as `language` writes it; text that is
    not such a number is returned as it is."""
    body = text.lstrip(_SIGNS)
    sign = text[:len(text) - len(body)]
    whole, dot, fraction = body.partition(".")
    digits = whole.replace(",", "")
    if not digits.isdigit() or not (fraction.isdigit() or not dot) or not digits.isascii():
        return text
    s = style(language)
    return sign + _grouped(digits, s) + (s.decimal + fraction if dot else "")


def _grouped(digits: str, s: Style) -> str:
    # CLDR minimumGroupingDigits: the first group needs this many digits before a separator is written.
    if len(digits) < 3 + s.minimum_grouping:
        return digits
    head = len(digits) % 3 or 3
    return s.group.join([digits[:head], *(digits[i:i + 3] for i in range(head, len(digits), 3))])


def number(value: float | str, language: str, decimals: int = 0) -> str:
    """`value` with `decimals` fraction digits (a str: as English writes it, "4.5"), as `language` writes it."""
    if isinstance(value, str):
        return local(value, language)
    text = f"{value:,}" if isinstance(value, int) and not decimals else f"{value:,.{decimals}f}"
    if text.startswith("-") and not text.strip("-0.,"):
        text = text[1:]  # -0.001 to no decimals is "0", not "-0"
    return local(text, language)


def percent(share: float, language: str, decimals: int = 0) -> str:
    """A share (0.14) as a percentage as `language` writes it: "14%", "14 %" (de, fr, es), "%14" (tr)."""
    return style(language).percent.format(number(share * 100, language, decimals))
