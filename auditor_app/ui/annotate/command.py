"""Saving the editor's shapes: one undoable step on the window's undo stack."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from auditor_app.services import annotations as marks
from auditor_app.services.session import Tx
from auditor_app.ui.commands import CommandContext, ServiceCommand
from auditor_app.ui.i18n import fill


class AnnotatePhoto(ServiceCommand):
    """Store all shapes at once; undo writes back the value stored before (as a new operation)."""

    def __init__(self, context: CommandContext, evidence_id: str, filename: str, shapes: Sequence[marks.Shape]) -> None:
        super().__init__(context, fill(QCoreApplication.translate("AnnotatePhoto", "Annotate %1"), filename))
        self.evidence_id = evidence_id
        self.shapes = list(shapes)
        self._previous: Any = None
        self._done_once = False

    def redo(self) -> None:
        def work(tx: Tx) -> None:
            previous = marks.set_annotations(tx, self.evidence_id, self.shapes)
            if not self._done_once:  # a redo after undo must not take the undone value as "before"
                self._previous, self._done_once = previous, True

        self._run(work)

    def undo(self) -> None:
        previous = self._previous
        self._run(lambda tx: marks.restore_annotations(tx, self.evidence_id, previous))
