"""The auditee's sign-off on the screen: the pad (mouse, touch, pen), the dialog, one undo step, the list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from test_ui_details import details_page, write

from auditor_app.services import audit, signoffs
from auditor_app.ui.details.signature_pad import SignaturePad
from auditor_app.ui.details.signoff_dialog import SignoffDialog
from auditor_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing)", extend=True)

WAVE = [QPointF(40 + 12 * i, 120 + (40 if i % 2 else -40)) for i in range(30)]


def mouse(pad: SignaturePad, kind: QEvent.Type, at: QPointF, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, at, pad.mapToGlobal(at), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(pad, event)


def draw_with_mouse(pad: SignaturePad, points: list[QPointF] = WAVE) -> None:
    mouse(pad, QEvent.Type.MouseButtonPress, points[0], Qt.MouseButton.LeftButton)
    for at in points[1:]:
        mouse(pad, QEvent.Type.MouseMove, at, Qt.MouseButton.LeftButton)
    mouse(pad, QEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton)


def ink_pixels(pad: SignaturePad) -> int:
    image = pad.grab().toImage()
    return sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).blue() > 40 and image.pixelColor(x, y).red() < 60)


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(640, 240)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_pad_draws_mouse_strokes_and_makes_a_png_the_service_accepts(pad: SignaturePad) -> None:
    assert ink_pixels(pad) == 0 and pad.png() == b""
    inked: list[bool] = []
    pad.inked.connect(inked.append)
    draw_with_mouse(pad)
    assert inked == [True] and ink_pixels(pad) > 100
    png = pad.png()
    signoffs.check_drawing(png)  # the service's own test of a signature
    pad.clear()
    assert inked == [True, False] and ink_pixels(pad) == 0 and not pad.has_ink()


def test_a_click_is_not_a_signature(pad: SignaturePad) -> None:
    draw_with_mouse(pad, [QPointF(100, 100), QPointF(101, 100)])
    assert not pad.has_ink()


def test_the_pad_draws_with_a_finger(pad: SignaturePad) -> None:
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(40, 80)).commit()
    for x in range(50, 400, 20):
        QTest.touchEvent(pad, device).move(0, QPoint(x, 80 + (x % 60))).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(400, 100)).commit()
    assert pad.has_ink() and len(pad.strokes) == 1 and ink_pixels(pad) > 100
    signoffs.check_drawing(pad.png())


def test_a_pen_presses_harder_for_a_wider_line(pad: SignaturePad) -> None:
    pen = QPointingDevice("test pen", 4711, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                         QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3)

    def tablet(kind: QEvent.Type, at: QPointF, pressure: float) -> None:
        buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
        event = QTabletEvent(kind, pen, at, pad.mapToGlobal(at), pressure, 0.0, 0.0, 0.0, 0.0, 0.0,
                             Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons)
        QApplication.sendEvent(pad, event)

    tablet(QEvent.Type.TabletPress, QPointF(40, 60), 0.1)
    tablet(QEvent.Type.TabletMove, QPointF(200, 60), 0.1)
    tablet(QEvent.Type.TabletMove, QPointF(380, 70), 1.0)
    tablet(QEvent.Type.TabletRelease, QPointF(380, 70), 0.0)
    [stroke] = pad.strokes
    assert stroke[1][1] < 2 < 4 < stroke[2][1]  # light at first, firm at the end
    assert pad.has_ink()


def test_sign_is_enabled_only_with_a_name_and_a_drawing(qtbot: QtBot) -> None:
    dialog = SignoffDialog("closing_attendance", "I attended the closing meeting.", "", "QM", "ACME")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.statement_view.isReadOnly()
    assert dialog.statement_view.toPlainText() == "I attended the closing meeting."
    assert not dialog.sign_button.isEnabled()
    draw_with_mouse(dialog.pad)
    assert not dialog.sign_button.isEnabled()  # no name yet
    dialog.name_edit.setFocus()
    write(dialog.name_edit, "Jürgen Groß")
    assert dialog.sign_button.isEnabled()
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert not dialog.sign_button.isEnabled()  # the drawing is gone
    draw_with_mouse(dialog.pad)
    values = dialog.values()
    assert values["signer_name"] == "Jürgen Groß" and values["statement"] == "I attended the closing meeting."
    signoffs.check_drawing(values["png"])


def sign_in_dialog(monkeypatch: pytest.MonkeyPatch, seen: list[SignoffDialog]) -> None:
    def exec_(dialog: SignoffDialog) -> int:
        seen.append(dialog)
        dialog.resize(900, 700)
        dialog.show()
        draw_with_mouse(dialog.pad)
        assert dialog.sign_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignoffDialog, "exec", exec_)


def test_signing_on_the_closing_meeting_is_one_undo_step_listed_with_its_signature(
        window: MainWindow, qtbot: QtBot, audit_path: Path, monkeypatch: pytest.MonkeyPatch,
        qtmodeltester: Any) -> None:
    box = details_page(window).meetings.panels["closing"].signoffs
    assert box is not None and box.model.rowCount() == 0
    seen: list[SignoffDialog] = []
    sign_in_dialog(monkeypatch, seen)
    qtbot.mouseClick(box.findings_button, Qt.MouseButton.LeftButton)
    [dialog] = seen
    assert dialog.name_edit.text() == "Maria Schulz" and dialog.role_edit.text() == "QM representative"
    statement = dialog.statement
    assert "I have understood them:" in statement and "\n• " in statement  # every finding, by ref and grade
    assert box.model.rowCount() == 1
    assert [box.model.index(0, c).data() for c in (1, 2, 4)] == ["Maria Schulz", "QM representative",
                                                                 "Acknowledgement of the findings"]
    thumb = box.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert thumb is not None and not thumb.isNull() and thumb.height() == 44
    qtmodeltester.check(box.model)
    assert window.undo_action.text() == "&Undo Sign-off by Maria Schulz"
    window.undo_action.trigger()
    assert box.model.rowCount() == 0
    window.redo_action.trigger()
    assert box.model.rowCount() == 1
    box.table.selectRow(0)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert box.model.rowCount() == 0 and window.undo_action.text() == "&Undo Remove 1 sign-off"
    window.undo_action.trigger()  # the removal is undone: listed again
    assert box.model.rowCount() == 1
    window.close()
    with audit.open_audit(audit_path, author="checker", read_only=True) as session:
        [stored] = signoffs.signoffs(session)
        assert stored.statement == statement and stored.kind == "findings_acknowledgement"
        assert stored.finding_refs and stored.signer_name == "Maria Schulz"
        assert signoffs.image(session, stored.image_sha256 or "") is not None
