#!/usr/bin/env bash
# Collect the UI's translatable strings into the catalogues to translate with Qt Linguist (pyside6-linguist):
# resources/i18n/auditor-app_<language>.ts for de, fr, es and zh_CN (Simplified Chinese; Qt's loader finds
# auditor-app_zh_CN.qm for zh_CN, zh-Hans-CN and zh_Hans locales). Translations already in a file are kept; strings
# gone from the code are dropped (-no-obsolete).
#   scripts/update_translations.sh [--release] [LANGUAGE...]
# LANGUAGE (de fr es zh_CN) limits the update to those catalogues. With --release, every catalogue is also compiled
# to the .qm file the app loads at start-up (auditor_app.ui.i18n.install_translations); scripts/setup.sh does the
# same, since .qm files are build output and not kept in git.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
LANGUAGES=(de fr es zh_CN)
release=0
chosen=()
for arg in "$@"; do
    case "$arg" in
        --release) release=1 ;;
        de|fr|es|zh_CN) chosen+=("$arg") ;;
        *) echo "update_translations: unknown argument '$arg' (expected --release or one of: ${LANGUAGES[*]})" >&2
           exit 1 ;;
    esac
done
(( ${#chosen[@]} )) || chosen=("${LANGUAGES[@]}")
mkdir -p resources/i18n
for lang in "${chosen[@]}"; do
    # Python is not among lupdate's default extensions; relative locations keep the diffs of a re-run small.
    "$bin/pyside6-lupdate" -extensions py -locations relative -no-obsolete -source-language en -target-language "$lang" \
        auditor_app/ui -ts "resources/i18n/auditor-app_$lang.ts"
done
if (( release )); then
    scripts/compile_translations.sh
fi
