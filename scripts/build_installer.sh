#!/usr/bin/env bash
# Builds the one-folder desktop bundle with PyInstaller and packs it as
# dist/auditor-app-<version>-linux-x86_64.tar.gz. Works on a fresh Debian 12 (run as root or with sudo).
# Then runs the bundle's own smoke test. Options: --no-setup (skip setup.sh and the dependency install),
# --no-smoke (skip the smoke test of the result).
set -euo pipefail
cd "$(dirname "$0")/.."

SETUP=1
SMOKE=1
for arg in "$@"; do
    case "$arg" in
        --no-setup) SETUP=0 ;;
        --no-smoke) SMOKE=0 ;;
        *) echo "build_installer: unknown option $arg" >&2; exit 2 ;;
    esac
done

started=$(date +%s)
if (( SETUP )); then
    scripts/setup.sh --dev
    .venv/bin/python -m pip install -q --disable-pip-version-check --group build
fi

# PyInstaller reads shared-library dependencies with objdump (binutils).
if ! command -v objdump >/dev/null 2>&1; then
    SUDO=""
    [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null 2>&1 && SUDO="sudo -n"
    if [[ $(id -u) -eq 0 || -n "$SUDO" ]]; then
        echo "build_installer: installing binutils"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends binutils >/dev/null
    else
        echo "build_installer: objdump is missing; install binutils as root (apt-get install binutils)" >&2
        exit 1
    fi
fi

VERSION="$(.venv/bin/python -c 'import ast, pathlib
tree = ast.parse(pathlib.Path("auditor_app/__init__.py").read_text())
print(next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
           and any(getattr(t, "id", None) == "__version__" for t in n.targets)))')"
ARCH="$(uname -m)"
ARCHIVE="dist/auditor-app-${VERSION}-linux-${ARCH}.tar.gz"

echo "build_installer: building auditor-app ${VERSION} with PyInstaller"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build_installer.spec
built=$(date +%s)

rm -f "$ARCHIVE"
tar -C dist -czf "$ARCHIVE" auditor-app
finished=$(date +%s)

if (( SMOKE )); then
    echo "build_installer: smoke test of the bundle"
    QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" dist/auditor-app/auditor-app --smoke-test --temp-basedir
fi

echo "build_installer: bundle  dist/auditor-app  $(du -sh --apparent-size dist/auditor-app | cut -f1)"
echo "build_installer: archive ${ARCHIVE}  $(du -h --apparent-size "$ARCHIVE" | cut -f1)"
echo "build_installer: total $((finished - started)) s (pyinstaller and setup $((built - started)) s," \
     "archive $((finished - built)) s)"
