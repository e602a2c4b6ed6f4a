#!/usr/bin/env bash
# Collect the UI's translatable strings into resources/i18n/auditor-app_de.ts, the German catalogue to translate
# with Qt Linguist (pyside6-linguist). Translations already in the file are kept; strings gone from the code are
# marked obsolete. With --release, every catalogue is also compiled to the .qm file the app loads at start-up
# (auditor_app.ui.i18n.install_translations).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
mkdir -p resources/i18n
# Python is not among lupdate's default extensions; relative locations keep the diffs of a re-run small.
"$bin/pyside6-lupdate" -extensions py -locations relative -source-language en -target-language de \
    auditor_app/ui -ts resources/i18n/auditor-app_de.ts
if [[ "${1:-}" == "--release" ]]; then
    for ts in resources/i18n/auditor-app_*.ts; do
        "$bin/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
    done
fi
