"""The annotation editor, driven like a user: draw by mouse, type in place, undo inside, save as one window step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QImage, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from uihelpers import run_in, session_of

from auditor_app.services import annotations as marks
from auditor_app.services import queries
from auditor_app.ui.annotate import open_editor
from auditor_app.ui.annotate.editor import AnnotationEditor
from auditor_app.ui.main_window import MainWindow


def _photo(window: MainWindow) -> str:
    assert session_of(window) is not None
    return next(e.id for e in window.audit.read(queries.evidence) if (e.mime or "").startswith("image/"))


def _stored(window: MainWindow, evidence_id: str) -> str | None:
    assert session_of(window) is not None
    return next(e.annotations for e in window.audit.read(queries.evidence) if e.id == evidence_id)


def _editor(qtbot: QtBot, window: MainWindow, evidence_id: str) -> AnnotationEditor:
    editor = open_editor(window.audit, window, evidence_id)
    assert editor is not None
    qtbot.waitUntil(lambda: editor.loaded, timeout=10_000)
    editor.canvas.fit()
    return editor


def _at(editor: AnnotationEditor, fx: float, fy: float) -> QPoint:
    """Where a fraction of the photo is on screen."""
    size = editor._size
    return editor.canvas.mapFromScene(QPointF(fx * size.width(), fy * size.height()))


def _drag(qtbot: QtBot, editor: AnnotationEditor, start: tuple[float, float], end: tuple[float, float]) -> None:
    viewport = editor.canvas.viewport()
    a, b = _at(editor, *start), _at(editor, *end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, pos=(a + b) / 2)
    qtbot.mouseMove(viewport, pos=b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def _detail(image: QImage) -> float:
    """How much fine detail an area on screen shows: the mean difference between neighbouring pixels (sharp
    edges and text give a lot, a blur next to nothing)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    raw, stride = bytes(grey.constBits()), grey.bytesPerLine()
    rows = b"".join(raw[y * stride: y * stride + grey.width()] for y in range(grey.height()))
    pil = Image.frombytes("L", (grey.width(), grey.height()), rows)
    shifted = pil.transform(pil.size, Image.Transform.AFFINE, (1, 0, 1, 0, 1, 1))
    edges = ImageChops.difference(pil, shifted).crop((0, 0, pil.width - 1, pil.height - 1))
    return float(ImageStat.Stat(edges).mean[0])


def test_draw_a_rectangle_and_a_blur_box_save_undo_and_reopen(qtbot: QtBot, window: MainWindow,
                                                             audit_path: Path) -> None:
    photo = _photo(window)
    assert _stored(window, photo) is None
    editor = _editor(qtbot, window, photo)
    assert editor.windowTitle().startswith("Annotate IMG_")
    editor.tools.select_tool("rect")
    _drag(qtbot, editor, (0.1, 0.2), (0.4, 0.5))
    # The blur box over the photo's printed label is shown blurred at once: the text on screen becomes unreadable.
    label = (0.02, 0.9, 0.6, 0.98)
    area = editor.canvas.viewport().grab(_box(editor, *label)).toImage()
    editor.tools.select_tool("blur")
    _drag(qtbot, editor, label[:2], label[2:])
    blurred = editor.canvas.viewport().grab(_box(editor, *label)).toImage()
    assert _detail(blurred) < _detail(area) * 0.2
    assert [i.kind for i in editor.canvas.shapes()] == ["rect", "blur"]
    editor.grab().save("/tmp/annotate_editor.png")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    shapes = marks.parse(_stored(window, photo))
    assert [s.shape for s in shapes] == ["rect", "blur"]
    rect, blur = shapes
    # Stored as fractions of the photo (within a few screen pixels of where the mouse went).
    assert (rect.x0, rect.y0, rect.x1, rect.y1) == pytest.approx((0.1, 0.2, 0.4, 0.5), abs=0.01)
    assert (blur.x0, blur.y0, blur.x1, blur.y1) == pytest.approx(label, abs=0.01)
    assert rect.color == "#e53935" and rect.width == pytest.approx(0.006)
    assert window.undo_stack.undoText().startswith("Annotate IMG_")

    window.undo_action.trigger()
    assert _stored(window, photo) is None
    window.redo_action.trigger()
    assert marks.parse(_stored(window, photo)) == shapes

    window.close_session()
    assert window.open_path(audit_path)
    assert marks.parse(_stored(window, photo)) == shapes
    reopened = _editor(qtbot, window, photo)  # the editor shows the stored shapes again, where they were
    assert [i.kind for i in reopened.canvas.shapes()] == ["rect", "blur"]
    assert reopened.shapes() == shapes
    reopened.reject()  # nothing changed: closes without asking
    assert not reopened.isVisible()


def test_an_editor_left_open_never_saves_into_the_audit_opened_after_it(qtbot: QtBot, window: MainWindow,
                                                                        audit_path: Path) -> None:
    photo = _photo(window)
    editor = _editor(qtbot, window, photo)
    editor.tools.select_tool("rect")
    _drag(qtbot, editor, (0.1, 0.2), (0.4, 0.5))
    shapes = editor.shapes()
    window.close_session()
    assert window.open_path(audit_path)  # the same file, opened again: another audit as far as the editor knows
    editor.saved.emit(shapes)
    assert _stored(window, photo) is None and window.undo_stack.count() == 0
    editor.saved.disconnect()
    editor.done(0)


def _box(editor: AnnotationEditor, x0: float, y0: float, x1: float, y1: float) -> QRect:
    a, b = _at(editor, x0, y0), _at(editor, x1, y1)
    return QRect(a, b).adjusted(3, 3, -3, -3)  # inside the dashed frame


def test_text_typed_in_place_and_the_editors_own_undo(qtbot: QtBot, window: MainWindow) -> None:
    photo = _photo(window)
    editor = _editor(qtbot, window, photo)
    editor.tools.select_tool("text")
    qtbot.mouseClick(editor.canvas.viewport(), Qt.MouseButton.LeftButton, pos=_at(editor, 0.2, 0.6))
    entry = editor._entry
    assert entry is not None
    qtbot.keyClicks(editor.canvas.viewport(), "Label bart x")  # letters are text, not tool shortcuts (B, A, R, T)
    qtbot.keyClick(editor.canvas.viewport(), Qt.Key.Key_Backspace)  # and Backspace edits it, deletes no shape
    commit = QInputMethodEvent()  # what an input method sends for Chinese or Arabic typing
    commit.setCommitString("检查 مخزن")
    QApplication.sendEvent(editor.canvas, commit)
    qtbot.mouseClick(editor.canvas.viewport(), Qt.MouseButton.LeftButton, pos=_at(editor, 0.7, 0.2))  # click away
    assert editor._entry is None and editor.tools.tool_actions["text"].isChecked()
    [text] = editor.canvas.shapes()
    assert text.kind == "text" and text.text == "Label bart 检查 مخزن"

    editor.tools.select_tool("arrow")
    _drag(qtbot, editor, (0.8, 0.8), (0.6, 0.6))
    assert [i.kind for i in editor.canvas.shapes()] == ["text", "arrow"]
    qtbot.keyClick(editor.canvas.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [i.kind for i in editor.canvas.shapes()] == ["text"]
    qtbot.keyClick(editor.canvas.viewport(), Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [i.kind for i in editor.canvas.shapes()] == ["text", "arrow"]

    # Move the text by dragging it with the select tool; one undo step puts it back.
    editor.tools.select_tool("select")
    before = text.state()
    start = editor.canvas.mapFromScene(text.sceneBoundingRect().center())
    viewport = editor.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=start + QPoint(20, 10))
    qtbot.mouseMove(viewport, pos=start + QPoint(40, 20))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 20))
    assert text.state().p0.x() > before.p0.x()
    assert editor.undo_stack.undoText() == "Move shape"
    editor.undo_stack.undo()
    assert text.state().same(before)

    # Click the arrow (which selects it alone) and delete it with the Delete key.
    arrow = editor.canvas.shapes()[1]
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_at(editor, 0.7, 0.7))
    assert editor.scene.selectedItems() == [arrow]
    qtbot.keyClick(viewport, Qt.Key.Key_Delete)
    assert [i.kind for i in editor.canvas.shapes()] == ["text"]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [stored] = marks.parse(_stored(window, photo))
    assert stored.shape == "text" and stored.text == "Label bart 检查 مخزن"
    assert 0.19 < stored.x0 < 0.21 and stored.x1 > stored.x0 and stored.y1 > stored.y0


def test_cancel_discards_after_asking(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    photo = _photo(window)
    editor = _editor(qtbot, window, photo)
    editor.tools.select_tool("ellipse")
    _drag(qtbot, editor, (0.2, 0.2), (0.5, 0.5))
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    editor.reject()
    assert editor.isVisible()  # "Cancel" in the question keeps the editor and its shapes
    editor.reject()
    assert not editor.isVisible()
    assert _stored(window, photo) is None and not window.undo_stack.canUndo()


def test_unreadable_stored_annotations_are_reported_and_replaced(qtbot: QtBot, window: MainWindow) -> None:
    photo = _photo(window)
    assert session_of(window) is not None
    run_in(window, lambda tx: tx.set("evidence", photo, {"annotations": [{"shape": "hexagon"}]}))
    editor = _editor(qtbot, window, photo)
    assert "cannot be read" in editor.banner.text() and "hexagon" in editor.banner.text()
    assert editor.canvas.shapes() == []
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert _stored(window, photo) is None  # saved empty: the unreadable value is replaced
    window.undo_action.trigger()
    assert _stored(window, photo) == '[{"shape": "hexagon"}]'  # and undo brings back exactly what was there


def test_a_selected_shape_is_resized_by_its_corner_handle(qtbot: QtBot, window: MainWindow) -> None:
    editor = _editor(qtbot, window, _photo(window))
    editor.tools.select_tool("rect")
    _drag(qtbot, editor, (0.2, 0.2), (0.4, 0.4))
    [rect] = editor.canvas.shapes()
    editor.tools.select_tool("select")
    viewport = editor.canvas.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_at(editor, 0.3, 0.3))
    assert rect.isSelected()
    _drag(qtbot, editor, (0.4, 0.4), (0.6, 0.5))  # the bottom-right handle
    resized = convert_shape(editor, rect)
    assert (resized.x0, resized.y0, resized.x1, resized.y1) == pytest.approx((0.2, 0.2, 0.6, 0.5), abs=0.01)
    assert editor.undo_stack.undoText() == "Resize shape"
    qtbot.keyClick(viewport, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = convert_shape(editor, rect)
    assert (restored.x0, restored.y0, restored.x1, restored.y1) == pytest.approx((0.2, 0.2, 0.4, 0.4), abs=0.01)
    # A new colour applies to the selected shape, as one more undoable step.
    editor.tools.set_colour("#1e88e5")
    assert rect.color == "#1e88e5" and editor.undo_stack.undoText() == "Change colour"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [stored] = marks.parse(_stored(window, _photo(window)))
    assert stored.color == "#1e88e5"


def convert_shape(editor: AnnotationEditor, item):  # type: ignore[no-untyped-def]
    from auditor_app.ui.annotate import convert

    return convert.to_shape(item, editor._size)
