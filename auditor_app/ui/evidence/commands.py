"""Undoable evidence edits: add files, remove, rotate, caption — each one service use case."""

from __future__ import annotations

from collections.abc import Sequence

from auditor_app.services import evidence_removal, evidence_views
from auditor_app.services.evidence_views import Added, Source, Target
from auditor_app.services.session import ChangeSet, Tx
from auditor_app.ui.commands import CommandContext, ServiceCommand
from auditor_app.ui.i18n import fill, translate


def add_text(count: int, where: str) -> str:
    if count == 1:
        return fill(translate("EvidenceCommands", "Add evidence file to %1"), where)
    return fill(translate("EvidenceCommands", "Add %1 evidence files to %2"), count, where)


class AddEvidence(ServiceCommand):
    """Files added to a clause, note or finding. Either the command adds them itself (a few small files, on
    the UI thread) or a worker already did and the command only records it, so undo and redo still work.
    Undo deletes them; redo brings back the same ids, captions and references."""

    def __init__(self, context: CommandContext, where: str, target: Target, sources: Sequence[Source] = (),
                 done: tuple[Added, ChangeSet] | None = None) -> None:
        super().__init__(context, add_text(len(done[0].evidence_ids) if done else len(sources), where))
        self.where = where
        self.target = target
        self.sources = list(sources)
        self.added: Added | None = done[0] if done else None
        self._done_change = done[1] if done else None

    def redo(self) -> None:
        added = self.added
        if self._done_change is not None:  # the worker has written it; show it
            change, self._done_change = self._done_change, None
            self._context.refresh(change)
        elif added is None:
            def work(tx: Tx) -> None:
                self.added = evidence_views.attach_all(tx, self.sources, self.target)

            self._run(work)
            self.sources = []  # the bytes of a pasted screenshot are in the audit now; no need to keep them
        else:
            self._run(lambda tx: evidence_views.restore_added(tx, added))
        if self.added is not None:
            self.setText(add_text(len(self.added.evidence_ids), self.where))
            if not self.added.evidence_ids:
                self.setObsolete(True)  # every file was refused: nothing to undo

    def undo(self) -> None:
        added = self.added
        if added is not None:
            self._run(lambda tx: evidence_views.remove_added(tx, added))


class DeleteEvidence(ServiceCommand):
    def __init__(self, context: CommandContext, evidence_ids: Sequence[str], name: str) -> None:
        count = len(evidence_ids)
        super().__init__(
            context,
            fill(translate("EvidenceCommands", "Remove %1"), name)
            if count == 1
            else fill(translate("EvidenceCommands", "Remove %1 evidence files"), count),
        )
        self.evidence_ids = list(evidence_ids)
        self._removed: evidence_removal.Removed | None = None

    def redo(self) -> None:
        def work(tx: Tx) -> None:
            self._removed = evidence_removal.remove_files(tx, self.evidence_ids)

        self._run(work)

    def undo(self) -> None:
        # The files come back with the findings' references their removal took along.
        removed = self._removed
        if removed is not None:
            self._run(lambda tx: evidence_removal.restore_files(tx, removed))


class SetCaption(ServiceCommand):
    def __init__(self, context: CommandContext, evidence_id: str, caption: str, previous: str | None) -> None:
        super().__init__(context, translate("EvidenceCommands", "Edit caption"))
        self.evidence_id = evidence_id
        self.caption = caption
        self.previous = previous

    def redo(self) -> None:
        self._run(lambda tx: evidence_views.set_caption(tx, self.evidence_id, self.caption))

    def undo(self) -> None:
        self._run(lambda tx: evidence_views.set_caption(tx, self.evidence_id, self.previous))


class SetRotation(ServiceCommand):
    """Turning a photo is an edit of its `rotation`; the stored file stays exactly as taken."""

    def __init__(self, context: CommandContext, evidence_id: str, rotation: int, previous: int, name: str) -> None:
        super().__init__(context, fill(translate("EvidenceCommands", "Rotate %1"), name))
        self.evidence_id = evidence_id
        self.rotation = rotation % 360
        self.previous = previous % 360

    def redo(self) -> None:
        self._run(lambda tx: evidence_views.set_rotation(tx, self.evidence_id, self.rotation))

    def undo(self) -> None:
        self._run(lambda tx: evidence_views.set_rotation(tx, self.evidence_id, self.previous))
