"""`auditor-app --smoke-test`: a quick end-to-end check of an installed or frozen build.

It shows the main window (the start screen), then creates an audit from a bundled checklist, adds a note
and a photo, exports a PDF, a Word report and a workbook, makes a hand-over copy and merges it back, and
finally opens the audit in the window. Any exception, Python warning or Qt warning fails it: one line on stderr, exit 1.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Printed by the offscreen platform whenever a window is shown; harmless.
IGNORED_QT_MESSAGES = ("This plugin does not support propagateSizeHints",)
CHECKLIST = "iso9001-2015"
AUTHOR = "Smoke Test"
# A caller may put time.time() taken just before starting the process here, to time the start-up.
T0_VARIABLE = "AUDITOR_APP_SMOKE_T0"
# Latin, CJK and Arabic: the PDF needs the bundled fonts, arabic-reshaper and python-bidi's compiled module.
NOTE_TEXT = "Calibration label checked — Prüfmittel OK, 校准标签, ملصق المعايرة"


class SmokeFailure(Exception):
    pass


def _say(line: str) -> None:
    if sys.stdout is not None:  # a windowed frozen build on Windows has no console
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


@contextmanager
def _temp_basedir(enabled: bool) -> Iterator[Path]:
    """A scratch folder for the audit files; with `enabled`, the user data and config folders too."""
    root = Path(tempfile.mkdtemp(prefix="auditor-app-smoke-"))
    saved = {name: os.environ.get(name) for name in ("AUDITOR_APP_DATA_DIR", "AUDITOR_APP_CONFIG_DIR")}
    if enabled:
        os.environ["AUDITOR_APP_DATA_DIR"] = str(root / "data")
        os.environ["AUDITOR_APP_CONFIG_DIR"] = str(root / "config")
    try:
        yield root
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        shutil.rmtree(root, ignore_errors=True)


def _jpeg() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (320, 240), (70, 130, 180))
    ImageDraw.Draw(image).rectangle((40, 40, 280, 200), fill=(250, 250, 250))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _services(work: Path) -> Path:
    """The headless part: every step goes through the services layer, as the window would."""
    from auditor_app.domain.checklist import clause_id
    from auditor_app.services import audit, evidence, library, merge, notes, reports

    path = work / "smoke.audit"
    session = audit.create_audit(path, author=AUTHOR, checklists=[library.get(CHECKLIST)], details={
        "title": "Smoke test audit", "client": "Smoke Test GmbH", "scope": "Packaging check",
        "audit_type": "internal", "start_date": "2026-01-05", "end_date": "2026-01-05"})
    try:
        where = clause_id(CHECKLIST, "7.1.5.2")
        with session.transaction() as tx:
            audit.set_clause_result(tx, CHECKLIST, "7.1.5.2", "observation")
            note = notes.add_note(tx, where, "observation", NOTE_TEXT)
            evidence.attach_evidence(tx, _jpeg(), "IMG_0001.jpg", clause_id=where, note_id=note,
                                     caption="Calibration label")
        pdf, _gaps = reports.export_pdf(session, work / "smoke.pdf", profile="internal")
        xlsx = reports.export_xlsx(session, work / "smoke.xlsx", profile="internal")
        # The Word report: docxtpl, python-docx and Jinja2 in the bundle, and the shipped template found.
        word, _gaps = reports.export_docx(session, work / "smoke.docx", profile="internal")
        for produced, magic in ((pdf, b"%PDF-"), (xlsx, b"PK\x03\x04"), (word, b"PK\x03\x04")):
            if not produced.read_bytes().startswith(magic):
                raise SmokeFailure(f"{produced.name} is not a valid export")
        _sign(pdf)
        _seal()
        copy = merge.hand_over_copy(session, work / "smoke-copy.audit", "Second Auditor", (where,))
        member = audit.open_audit(copy, author="Second Auditor")
        try:
            with member.transaction() as tx:
                notes.add_note(tx, where, "observation", "Second auditor's note from the hand-over copy")
        finally:
            member.close()
        report = merge.merge_into(session, [copy])
        if sum(f.ops_added for f in report.files) == 0:
            raise SmokeFailure("merging the hand-over copy back added nothing")
    finally:
        session.close()
    return path


def _sign(pdf: Path) -> None:
    """Signed reports: cryptography and pyHanko in the bundle, a PAdES signature made and checked back (with a key
    made here and kept nowhere, so no certificate lands in the user's folder)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from auditor_app.exporters import pdf_signature

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, AUTHOR)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1)).sign(key, hashes.SHA256()))
    der = serialization.Encoding.DER
    signed = pdf_signature.sign(pdf.read_bytes(), key=key.private_bytes(der, serialization.PrivateFormat.PKCS8,
                                                                        serialization.NoEncryption()),
                                certificate=cert.public_bytes(der), chain=(), signer=AUTHOR, place=None)
    if not pdf_signature.check(signed).sound:
        raise SmokeFailure("a signed report does not check as intact")


def _seal() -> None:
    """Sealed packages: pyrage's native module in the bundle, a round trip through age's X25519 encryption."""
    import pyrage

    who = pyrage.x25519.Identity.generate()
    if pyrage.decrypt(pyrage.encrypt(b"smoke", [who.to_public()]), [who]) != b"smoke":
        raise SmokeFailure("an age-sealed text does not decrypt back")


def _process_events(app: object, seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _run(work: Path) -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from auditor_app import paths
    from auditor_app.ui.main_window import MainWindow

    qt_problems: list[str] = []

    def on_qt_message(kind: QtMsgType, _context: object, message: str) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        if any(ignored in message for ignored in IGNORED_QT_MESSAGES):
            return
        qt_problems.append(message)

    qInstallMessageHandler(on_qt_message)
    try:
        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
        app.setApplicationName(paths.APP_NAME)
        window = MainWindow(AUTHOR)
        try:
            window.show()
            _process_events(app, 0.1)
            t0 = os.environ.get(T0_VARIABLE)
            if t0:
                _say(f"smoke: start screen shown {time.time() - float(t0):.2f} s after launch")
            audit_path = _services(work)
            if not window.open_path(audit_path):
                raise SmokeFailure(f"the main window could not open {audit_path.name}")
            _process_events(app, 0.3)  # lets the deferred integrity check run
            if not window.audit.is_open:
                raise SmokeFailure("the main window closed the audit after opening it")
        finally:
            window.close_session()
            window.close()
            window.deleteLater()
            _process_events(app, 0.05)
    finally:
        qInstallMessageHandler(None)
    if qt_problems:
        raise SmokeFailure(f"Qt reported: {qt_problems[0]}" + (f" (+{len(qt_problems) - 1} more)"
                                                                  if len(qt_problems) > 1 else ""))


def run_smoke_test(temp_basedir: bool = False) -> int:
    """0 when every step passed, 1 with a one-line reason otherwise."""
    started = time.monotonic()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            with _temp_basedir(temp_basedir) as work:
                _run(work)
    except BaseException as exc:  # the smoke test reports everything on one line, never a traceback
        if isinstance(exc, KeyboardInterrupt):
            raise
        message = " ".join(str(exc).split()) or "(no message)"
        if sys.stderr is not None:
            sys.stderr.write(f"smoke test failed: {type(exc).__name__}: {message}\n")
        return 1
    _say(f"smoke test passed ({time.monotonic() - started:.1f} s)")
    return 0
