"""The report catalogues' keys: list them, show what a language's catalogue lacks, or add the missing keys empty.

    .venv/bin/python scripts/report_strings.py                 # every key, one a line
    .venv/bin/python scripts/report_strings.py --missing fr    # the keys resources/report-i18n/fr.json lacks
    .venv/bin/python scripts/report_strings.py --update fr     # add them with "" for a translator (unused kept)

A count phrase ("{count} findings:") is translated as an object of forms by CLDR plural category, the categories
of the language's rules (auditor_app/exporters/plurals.py): {"one": "1 ustalenie:", "few": "{count} ustalenia:",
"many": "{count} ustaleń:", "other": "{count} ustalenia:"}; a language with one category (ja, ko, zh-Hans) may use
a plain string. --missing names the categories such an entry lacks; --update adds them empty.

A catalogue with an empty translation is not complete: tests/exporters/test_report_catalogues.py fails until every
key is translated, and a catalogue file that exists makes its language selectable, so finish one before committing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor_app.exporters import plurals  # noqa: E402
from auditor_app.exporters.report_keys import missing_forms, plural_keys, report_keys  # noqa: E402

CATALOGUES = ROOT / "resources" / "report-i18n"


def read(language: str) -> dict[str, object]:
    path = CATALOGUES / f"{language}.json"
    if not path.is_file():
        return {}
    entries = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(entries, dict):
        raise SystemExit(f"{path}: not a JSON object of English text -> translation")
    return {str(k): v if isinstance(v, dict) else str(v) for k, v in entries.items()}


def write(language: str, entries: dict[str, object]) -> Path:
    path = CATALOGUES / f"{language}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(dict(sorted(entries.items())), ensure_ascii=False, indent=1) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--missing", metavar="LANG", help="print the keys this language's catalogue lacks")
    group.add_argument("--update", metavar="LANG", help="add the missing keys with an empty translation")
    args = parser.parse_args(argv)
    keys = report_keys()
    language = args.missing or args.update
    if language is None:
        print("\n".join(keys))
        return 0
    if language == "en" or "/" in language or "\\" in language:
        print(f"report_strings: {language!r} is not a catalogue to translate into", file=sys.stderr)
        return 1
    entries = read(language)
    counted = set(plural_keys())
    missing = [k for k in keys if k not in counted and not str(entries.get(k, "")).strip()]
    forms = {k: missing_forms(language, entries.get(k, "")) for k in sorted(counted)}
    forms = {k: lacking for k, lacking in forms.items() if lacking}
    if args.missing:
        print("\n".join([*missing, *(f"{k}  [plural forms missing: {', '.join(c)}]" for k, c in forms.items())]))
        print(f"{len(missing) + len(forms)} of {len(keys)} keys untranslated in {language}", file=sys.stderr)
        return 0
    unused = sorted(set(entries) - set(keys))
    for key in forms:
        entry = entries.get(key)
        have = dict(entry) if isinstance(entry, dict) else {"other": entry} if str(entry or "").strip() else {}
        entries[key] = {c: have.get(c, "") for c in plurals.categories(language)} | have
    path = write(language, {**{k: "" for k in missing}, **entries})
    print(f"{path}: {len(missing) + len(forms)} key(s) to translate; {len(unused)} no longer used"
          + (" (remove them): " + "; ".join(unused) if unused else ""))
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
