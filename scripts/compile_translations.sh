#!/usr/bin/env bash
# Compile every UI catalogue resources/i18n/auditor-app_<language>.ts to the .qm file the app loads at start-up.
# The .qm files are build output (.gitignore): scripts/setup.sh and the installer build run this, so a fresh
# checkout's window is translated without a step of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
for ts in resources/i18n/auditor-app_*.ts; do
    qm="${ts%.ts}.qm"
    # Compiled only when the catalogue is newer: setup.sh runs at every update of a checkout.
    if [[ ! -f "$qm" || "$ts" -nt "$qm" ]]; then
        .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
    fi
done
