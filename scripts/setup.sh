#!/usr/bin/env bash
# Prepares a fresh Debian 12 machine (or an existing checkout) to run auditor-app:
# system libraries for Qt, the virtual environment, the package and, with --dev, the test and lint tools.
set -euo pipefail
cd "$(dirname "$0")/.."

DEV=0
[[ "${1:-}" == "--dev" ]] && DEV=1

SYSTEM_PACKAGES=(libegl1 libgl1 libdbus-1-3 libfontconfig1 libglib2.0-0 libxkbcommon0 fonts-dejavu-core
                 libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
                 libxcb-render-util0 libxcb-shape0 libxcb-xkb1)
# Development only: the tests open sealed packages with the standard age tool, as a recipient without us would,
# and the office store's tests start a throwaway PostgreSQL cluster with its server programs (tests/store/conftest.py).
if (( DEV )); then SYSTEM_PACKAGES+=(age postgresql); fi
PYTHON="$(command -v python3.11 || command -v python3 || true)"

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
    for pkg in "${SYSTEM_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [[ -z "$PYTHON" ]] || ! "$PYTHON" -c "import venv, ensurepip" >/dev/null 2>&1; then
        missing+=(python3 python3-venv)
    fi
fi
if (( ${#missing[@]} )); then
    SUDO=""
    [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null 2>&1 && SUDO="sudo -n"
    if [[ $(id -u) -eq 0 || -n "$SUDO" ]]; then
        echo "setup: installing system packages: ${missing[*]}"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "setup: warning: missing system packages (${missing[*]}); install them with apt-get as root" >&2
    fi
    PYTHON="$(command -v python3.11 || command -v python3)"
fi

"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "setup: Python 3.11 or newer is needed (found $("$PYTHON" --version))" >&2; exit 1; }

HASH="$(sha256sum pyproject.toml | cut -c1-16)"
STAMP=".venv/.installed-$HASH-$DEV"
# A development install already has everything the application needs.
if [[ ! -f "$STAMP" && ! ( $DEV -eq 0 && -f ".venv/.installed-$HASH-1" ) ]]; then
    [[ -x .venv/bin/python ]] || "$PYTHON" -m venv .venv
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade "pip==26.3"
    if (( DEV )); then
        .venv/bin/python -m pip install -q --disable-pip-version-check -e . --group test --group lint
    else
        .venv/bin/python -m pip install -q --disable-pip-version-check -e .
    fi
    rm -f .venv/.installed-*
    touch "$STAMP"
fi
# Byte-compile the package: with PYTHONDONTWRITEBYTECODE set (common on shared machines) every start would
# otherwise recompile it (~0.2 s). Stale files are recompiled, so this is quick after the first time.
.venv/bin/python -m compileall -q -j 0 auditor_app >/dev/null
# The window's translations (resources/i18n/*.qm) are built here, not kept in git.
scripts/compile_translations.sh
