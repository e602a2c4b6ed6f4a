# Build targets; see docs/building.md.
.PHONY: installer installer-quick smoke-test

# Fresh Debian 12 to dist/auditor-app-<version>-linux-<arch>.tar.gz (setup, build tools, PyInstaller, smoke test).
installer:
	scripts/build_installer.sh

# The same without setup.sh and the dependency install (the virtual environment is already complete).
installer-quick:
	scripts/build_installer.sh --no-setup

# The end-to-end smoke test, from source.
smoke-test:
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} .venv/bin/python -m auditor_app --smoke-test --temp-basedir
