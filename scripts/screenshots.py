"""Screenshots of the main screens from the sample audit, offscreen:
    .venv/bin/python scripts/screenshots.py [--language de|fr|es|zh_CN] [DIR]

Writes docs/screenshots/*.png (and docs/screenshot-main.png for the README); rerun after any visible change.
With --language, the window is in that language (its catalogue compiled first) and every file name ends in
-<language> (01-clauses-de.png); the README's picture stays the English one.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
work = Path(tempfile.mkdtemp(prefix="auditor-shots-"))
os.environ["AUDITOR_APP_DATA_DIR"] = str(work / "data")
os.environ["AUDITOR_APP_CONFIG_DIR"] = str(work / "config")

from PySide6.QtCore import QCoreApplication, QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget  # noqa: E402

from auditor_app.domain.checklist import clause_id  # noqa: E402
from auditor_app.services import demo, preferences  # noqa: E402
from auditor_app.ui import i18n, theme  # noqa: E402
from auditor_app.ui.main_window import MainWindow  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
AUTHOR = "Dr. Katrin Vogel"
SUFFIX = ""  # "-de" with --language de


def settle(app: QApplication, rounds: int = 20, seconds: float = 0.0) -> None:
    """Let posted work finish; with `seconds`, also let worker threads deliver (thumbnails, search index)."""
    end = time.monotonic() + seconds
    while True:
        for _ in range(rounds):
            app.processEvents()
            QCoreApplication.sendPostedEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.02)


def feature(window: MainWindow, name: str) -> object | None:
    return next((f for f in window.features if type(f).__name__ == name), None)


def save(widget: QWidget, out: Path, name: str, app: QApplication) -> None:
    settle(app)
    path = out / f"{name}{SUFFIX}.png"
    widget.grab().save(str(path))
    print(path)


def page(window: MainWindow, feature_name: str) -> QWidget | None:
    """A workspace page by the feature that adds it (its title is in the window's language)."""
    owner = feature(window, feature_name)
    widget = getattr(owner, "page", None)
    return widget if isinstance(widget, QWidget) else None


def cycle_shot(window: MainWindow, stage2: Path, out: Path, app: QApplication) -> None:
    """Audit › Coverage over the cycle… of a surveillance audit made from the sample, a few clauses audited."""
    from auditor_app.services import audit, carry
    from auditor_app.ui import cycle_coverage

    path = stage2.with_name("Mueller-Surveillance-2027-coverage.audit")
    session, _summary = carry.new_from_previous(path, stage2, author=AUTHOR, audit_type="surveillance",
                                                start_date="2027-11-09", end_date="2027-11-10")
    with session, session.transaction() as tx:
        for number, result in (("5.1.1", "conforming"), ("5.1.2", "conforming"), ("5.2.1", "ofi"),
                               ("8.4.1", "nonconformity"), ("8.4.2", "conforming")):
            audit.set_clause_result(tx, "iso9001-2015", number, result)
    window.open_path(path)
    dialog = cycle_coverage.open_dialog(window)
    if dialog is not None:
        save(dialog, out, "14-cycle-coverage", app)
        dialog.close()
    window.close_audit()


def signoff_shot(window: MainWindow, details: QWidget, out: Path, app: QApplication) -> None:
    """Audit › Meetings › Closing meeting › Acknowledge findings…, with a signature drawn on the pad."""
    import math

    from PySide6.QtCore import QPointF

    meetings = getattr(details, "meetings", None)
    box = getattr(meetings.panels.get("closing"), "signoffs", None) if meetings is not None else None
    if box is None:
        return
    dialog = box.dialog("findings_acknowledgement")
    dialog.show()
    settle(app)
    pad = dialog.pad
    base = pad.height() * 0.75 - 14  # the pad's line
    capital = [(90, base), (110, base - 110), (135, base - 20), (165, base - 120), (185, base)]
    loops = [(185 + 11 * t - 19 * math.sin(t), base - 22 * (1 - math.cos(t)) * (1.3 if 6 < t < 9 else 1))
             for t in (i * 0.3 for i in range(1, 60))]
    underline = [(120 + 14 * i, base + 8 - 6 * math.sin(i / 9)) for i in range(40)]
    for points in (capital + loops, underline):  # pressure rising and falling along a stroke, as a hand's does
        pad.begin(QPointF(*points[0]), 1.6)
        for i, at in enumerate(points[1:]):
            pad.extend(QPointF(*at), 1.4 + 2.8 * math.sin(math.pi * (i + 1) / len(points)))
        pad.finish()
    save(dialog, out, "15-signoff", app)
    dialog.reject()


def store_shot(window: MainWindow, out: Path, app: QApplication) -> None:
    """File › Sync with the office store…, first time: the store's address as a CB's administrator gives it."""
    from auditor_app.ui.store_address import StoreAddressDialog

    dialog = StoreAddressDialog("postgresql://anna@store.cb.example:5432/audits?sslmode=verify-full", window)
    dialog.show()
    settle(app)
    save(dialog, out, "16-office-store", app)
    dialog.reject()


def main() -> int:
    global SUFFIX
    parser = argparse.ArgumentParser(description="Screenshots of the main screens from the sample audit.")
    parser.add_argument("--language", choices=preferences.UI_LANGUAGES[2:],
                        help="the window's language (default: English)")
    parser.add_argument("dir", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    options = parser.parse_args()
    out: Path = options.dir
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    app.setApplicationName("auditor-app")
    theme.apply(app)
    if options.language:
        SUFFIX = f"-{options.language}"
        subprocess.run([str(ROOT / "scripts" / "compile_translations.sh")], check=True)
        QLocale.setDefault(QLocale(options.language))  # dates and numbers as a user of that language sees them
        if not i18n.install_translations(i18n.locale_for(options.language)):
            raise SystemExit(f"screenshots: no catalogue for {options.language} in {i18n.translations_dir()}")
    folder = work / "Audits"
    folder.mkdir()
    path = folder / "Mueller-Stage2-2026.audit"
    demo.build_demo(path).close()
    window = MainWindow(AUTHOR)
    window.resize(1400, 900)
    window.show()
    window.open_path(path)
    calibration = clause_id("iso9001-2015", "7.1.5.2")
    window.select_clause(calibration)
    save(window, out, "01-clauses", app)
    if not SUFFIX:
        save(window, ROOT / "docs", "screenshot-main", app)
    tab_names = {"ClauseEvidenceTab": "evidence", "ClauseFindingsTab": "findings"}
    for index in range(window.page.tabs.count()):
        name = tab_names.get(type(window.page.tabs.widget(index)).__name__)
        if name:
            window.page.tabs.setCurrentIndex(index)
            settle(app, seconds=3.0)
            save(window, out, "02-clause-" + name, app)
    window.page.tabs.setCurrentIndex(0)
    findings = page(window, "FindingsFeature")
    if findings is not None:
        window.show_page(findings)
        save(window, out, "03-findings", app)
        composer_feature = feature(window, "FindingsFeature")
        window.show_clauses()
        window.select_clause(calibration)
        if composer_feature is not None:
            composer_feature.new_finding()  # type: ignore[attr-defined]
            settle(app)
            dialog = next((w for w in app.topLevelWidgets() if type(w).__name__ == "FindingComposer"
                           and w.isVisible()), None)
            if dialog is not None:
                save(dialog, out, "04-finding-composer", app)
                dialog.reject()
    details = page(window, "AuditDetails")
    if details is not None:
        window.show_page(details)
        save(window, out, "05-audit-details", app)
        sections = getattr(details, "sections", None)
        if sections is not None:
            for row in range(sections.count()):
                text = sections.item(row).text()
                if text.startswith(QCoreApplication.translate("DetailsPage", "Audit plan")):
                    sections.setCurrentRow(row)
                    save(window, out, "06-audit-plan", app)
                elif text == QCoreApplication.translate("DetailsPage", "Audit time"):
                    sections.setCurrentRow(row)
                    save(window, out, "06b-audit-time", app)
        signoff_shot(window, details, out, app)
    gallery = page(window, "EvidenceFeature")
    if gallery is not None:
        window.show_page(gallery)
        settle(app, seconds=4.0)
        save(window, out, "07-evidence-gallery", app)
    window.show_clauses()
    search = feature(window, "SearchFeature")
    if search is not None:
        search.open_search()  # type: ignore[attr-defined]
        search.search("Kalibrier")  # type: ignore[attr-defined]
        settle(app, 50)
        save(window, out, "08-search", app)
        for dock in window.findChildren(QDockWidget):
            dock.hide()
    store_shot(window, out, app)
    window.close_audit()
    save(window, out, "09-start", app)
    cycle_shot(window, path, out, app)
    window.close()
    cycle_shots(app, out, folder, path)
    os.environ["AUDITOR_APP_THEME"] = "dark"
    theme.apply(app)
    dark = MainWindow(AUTHOR)
    dark.resize(1400, 900)
    dark.show()
    dark.open_path(path)
    dark.select_clause(clause_id("iso9001-2015", "8.5.1"))
    save(dark, out, "10-dark", app)
    dark.close()
    return 0


def cycle_shots(app: QApplication, out: Path, folder: Path, stage2: Path) -> None:
    """The certification cycle: a Stage 1 page, the new-from-previous dialog, previous findings verified."""
    import dataclasses

    from auditor_app.services import audit, carry, library, notes, queries, verification
    current = library.get("iso9001-2015")
    older = dataclasses.replace(current, edition="2015", clauses=tuple(c for c in current.clauses if c.number != "10"))
    stage1 = folder / "Mueller-Stage1-2026.audit"
    audit.create_audit(stage1, author=AUTHOR, checklists=[older], details={
        "audit_type": "stage1", "client": "Müller Präzisionsteile GmbH", "title": "Stage 1 audit ISO 9001",
        "start_date": "2026-09-14", "end_date": "2026-09-14"}).close()
    with audit.open_audit(stage1, author=AUTHOR) as session, session.transaction() as tx:
        verification.set_readiness(tx, "ready_with_concerns", "Documented system complete and implemented; the "
                                   "internal audit programme has not yet reached production.")
        verification.add_concern(tx, "No internal audit of production (CNC turning, grinding) yet",
                                 clause_refs=["iso9001-2015#9.2.1"], area="Production")
        verification.add_concern(tx, "Calibration intervals of the coordinate measuring machine not justified",
                                 clause_refs=["iso9001-2015#7.1.5.2"], area="Metrology lab")
    window = MainWindow(AUTHOR)
    window.resize(1400, 900)
    window.show()
    window.open_path(stage1)
    cycle = feature(window, "CycleFeature")
    if cycle is None:
        window.close()
        return
    window.show_page(cycle.stage1_page)  # type: ignore[attr-defined]
    save(window, out, "11-stage1", app)
    dialog = cycle.new_from_previous()  # type: ignore[attr-defined]
    dialog.load_previous(stage1)
    end = time.monotonic() + 20
    while dialog.preview is None and time.monotonic() < end:
        settle(app, seconds=0.1)
    dialog.adjustSize()
    save(dialog, out, "12-new-from-previous", app)
    dialog.reject()
    settle(app)
    surveillance = folder / "Mueller-Surveillance-2027.audit"
    session, _summary = carry.new_from_previous(surveillance, stage2, author=AUTHOR, audit_type="surveillance",
                                                start_date="2027-11-09", end_date="2027-11-10")
    with session, session.transaction() as tx:
        items = queries.carried(session)
        item = next((i for i in items if (i.ref or "").startswith("NC")), items[0])
        clause = verification.this_audit_clauses(tx, list(item.clause_refs))
        note = notes.add_note(tx, clause[0] if clause else None, "document",
                              "Corrective action report CAR-2026-07 with root cause analysis and new procedure")
        verification.record_verification(tx, item.id, outcome="effective", note_ids=[note],
                                         evidence_text="New procedure in use since January; three records sampled")
    window.open_path(surveillance)
    window.show_page(cycle.previous_page)  # type: ignore[attr-defined]
    cycle.previous_page.select(item.id)  # type: ignore[attr-defined]
    save(window, out, "13-previous-findings", app)
    window.close()


if __name__ == "__main__":
    raise SystemExit(main())
