"""The report catalogues' keys: list them, show what a language's catalogue lacks, or add the missing keys empty.

    .venv/bin/python scripts/report_strings.py                 # every key, one a line
    .venv/bin/python scripts/report_strings.py --missing fr    # the keys resources/report-i18n/fr.json lacks
    .venv/bin/python scripts/report_strings.py --update fr     # add them with "" for a translator (unused kept)

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

from auditor_app.exporters.report_keys import report_keys  # noqa: E402

CATALOGUES = ROOT / "resources" / "report-i18n"


def read(language: str) -> dict[str, str]:
    path = CATALOGUES / f"{language}.json"
    if not path.is_file():
        return {}
    entries = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(entries, dict):
        raise SystemExit(f"{path}: not a JSON object of English text -> translation")
    return {str(k): str(v) for k, v in entries.items()}


def write(language: str, entries: dict[str, str]) -> Path:
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
    missing = [k for k in keys if not entries.get(k, "").strip()]
    if args.missing:
        print("\n".join(missing))
        print(f"{len(missing)} of {len(keys)} keys untranslated in {language}", file=sys.stderr)
        return 0
    unused = sorted(set(entries) - set(keys))
    path = write(language, {**{k: "" for k in missing}, **entries})
    print(f"{path}: {len(missing)} key(s) to translate; {len(unused)} no longer used"
          + (" (remove them): " + "; ".join(unused) if unused else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
