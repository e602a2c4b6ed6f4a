#!/usr/bin/env bash
# The whole check: set-up, ruff, mypy (strict on the Qt-free core), import-linter contracts, pytest.
# --bundle (first argument) also builds the frozen bundle first, so the suite smoke-tests it (CI does this).
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE=0
if [[ "${1:-}" == "--bundle" ]]; then BUNDLE=1; shift; fi
bash scripts/setup.sh --dev
if (( BUNDLE )); then
    echo "== bundle"
    .venv/bin/python -m pip install -q --disable-pip-version-check --group build
    bash scripts/build_installer.sh --no-setup --no-smoke
fi
export QT_QPA_PLATFORM=offscreen
echo "== ruff";          .venv/bin/ruff check .
echo "== mypy";          .venv/bin/mypy auditor_app
echo "== import-linter"; .venv/bin/lint-imports
# One test process per core (pytest-xdist); worksteal: a worker that runs out takes queued tests from the other,
# so a few long tests (merge laws, kill -9 batches, report exports) do not leave one core idle at the end.
echo "== pytest";        .venv/bin/python -m pytest -n auto --dist worksteal "$@"
