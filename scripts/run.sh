#!/usr/bin/env bash
# Set up (first time only) and start auditor-app; with no argument it opens the sample audit.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/auditor-app "$@"
