"""Annotating evidence photos: arrows, boxes, ellipses, text and blur boxes drawn over the photo, never into it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from auditor_app.errors import AuditorError
from auditor_app.services import annotations as marks
from auditor_app.ui.i18n import translate

if TYPE_CHECKING:
    from auditor_app.ui.annotate.editor import AnnotationEditor
    from auditor_app.ui.open_audit import OpenAudit

__all__ = ["open_editor"]



def open_editor(audit: OpenAudit, window: QWidget, evidence_id: str) -> AnnotationEditor | None:
    """Open the editor on a photo (non-blocking; returns the dialog). Save pushes one undoable command."""
    from auditor_app.ui.annotate.command import AnnotatePhoto
    from auditor_app.ui.annotate.editor import AnnotationEditor

    opened = audit.generation
    if not audit.is_open or audit.busy:
        return None
    if audit.read_only:
        QMessageBox.information(
            window,
            translate("annotate", "Annotate photo"),
            translate("annotate", "This audit file is open read-only, so its photos cannot be annotated."),
        )
        return None
    try:
        record, data = audit.read(marks.evidence_photo, evidence_id)  # a short read here; decoding is on a worker
    except AuditorError as exc:
        QMessageBox.warning(window, translate("annotate", "Cannot annotate photo"), str(exc))
        return None
    # Above the window the user asked from (the evidence viewer), so both it and the main window wait for it.
    active = QApplication.activeModalWidget() or QApplication.activeWindow()
    parent: QWidget = active if active is not None and window.isAncestorOf(active) else window
    editor = AnnotationEditor(parent, record, data)

    def save(shapes: list[marks.Shape]) -> None:
        if audit.generation == opened and not audit.busy:  # still the audit it was drawn on
            audit.push(AnnotatePhoto(audit.command_context(), record.id, record.filename or "photo", shapes))

    editor.saved.connect(save)
    editor.finished.connect(editor.deleteLater)
    editor.open()
    return editor
