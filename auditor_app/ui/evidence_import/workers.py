"""The import's long steps off the UI thread (scan, import, compaction), and the undo step an import leaves."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QImage

from auditor_app.services import evidence_views, image_cache
from auditor_app.services.evidence_views import Added
from auditor_app.services.image_cache import THUMB_EDGE
from auditor_app.services.photo_import import Candidate
from auditor_app.services.session import ChangeSet
from auditor_app.ui.commands import CommandContext, ServiceCommand
from auditor_app.ui.i18n import translate
from auditor_app.ui.tasks import Job, Task

if TYPE_CHECKING:
    from auditor_app.ui.open_audit import OpenAudit


def thumbnails(found: Sequence[Candidate], size: QSize) -> dict[Path, QImage]:
    """On the worker: the scan cached every photo's thumbnail; read and scale them for the review table."""
    cache = image_cache.shared()
    out: dict[Path, QImage] = {}
    for item in found:
        data = cache.get(item.sha256, THUMB_EDGE) if item.sha256 and item.refusal is None else None
        image = QImage.fromData(data) if data else QImage()
        if not image.isNull():
            out[item.path] = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation)
    return out


def run_owned(audit: OpenAudit, owner: QObject, title: str, text: str,
              work: Callable[[Any, Job], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None]
              ) -> None:
    """`work(session, job)` behind the owner's progress dialog, with the file to itself; the work returns what it
    finished, so there is no "too late to cancel", and a cancelled task is done with nothing."""
    job = Job(owner)

    def prepare(task: Task) -> None:
        task.succeeded.connect(done)
        task.failed.connect(failed)
        task.cancelled.connect(lambda: done(None))

    audit.run_exclusive(title, text, lambda session: work(session, job),
                        translate("evidence_import.workers", "Stopping after the photos being processed…"),
                        job.request_cancel, job, prepare, bar=True)


class ImportedPhotos(ServiceCommand):
    """Records an import the worker has already written, so Edit ▸ Undo removes the photos and Redo brings
    the same evidence back."""

    def __init__(self, context: CommandContext, evidence_ids: Sequence[str], text: str) -> None:
        super().__init__(context, text)
        self.evidence_ids = list(evidence_ids)
        self._added = Added(evidence_ids=list(evidence_ids))
        self._written = True

    def _change(self) -> ChangeSet:
        return ChangeSet({"evidence": frozenset(self.evidence_ids)}, len(self.evidence_ids))

    def redo(self) -> None:
        if self._written:  # the worker wrote it: only show it
            self._written = False
            self._context.refresh(self._change())
            return
        self._run(lambda tx: evidence_views.restore_added(tx, self._added))

    def undo(self) -> None:
        self._run(lambda tx: evidence_views.remove_added(tx, self._added))
