#!/usr/bin/env bash
# The whole check: set-up, ruff, mypy (strict on the Qt-free core), import-linter contracts, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen
echo "== ruff";          .venv/bin/ruff check .
echo "== mypy";          .venv/bin/mypy auditor_app
echo "== import-linter"; .venv/bin/lint-imports
echo "== pytest";        .venv/bin/python -m pytest "$@"
