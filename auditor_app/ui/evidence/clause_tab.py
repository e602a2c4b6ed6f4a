"""The clause page's "Evidence (n)" tab: the clause's photos and documents (its notes' too), and adding more."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from auditor_app.domain.records import EvidenceRecord, FindingRecord, NoteRecord
from auditor_app.services.evidence_views import Target
from auditor_app.ui.clause_page import scaled_label
from auditor_app.ui.evidence.gallery_model import GalleryModel
from auditor_app.ui.evidence.gallery_view import EvidenceGrid
from auditor_app.ui.evidence.thumbnails import ThumbnailLoader
from auditor_app.ui.i18n import fill
from auditor_app.ui.icons import icon
from auditor_app.ui.note_dialog import kind_label


def _short(text: str | None, limit: int = 48) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


class ClauseEvidenceTab(QWidget):
    add_requested = Signal()
    paste_requested = Signal()
    open_requested = Signal(str, list)  # evidence id, the ids in the order shown (for previous / next)
    delete_requested = Signal(list)
    files_dropped = Signal(list)

    def __init__(self, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GalleryModel(loader, self)
        self.heading = scaled_label(scale=1.1, bold=True)
        self.heading.setText(self.tr("Evidence"))
        self.heading.setWordWrap(False)
        self.add_button = QPushButton(icon("paperclip"), self.tr("Add files…"))
        self.add_button.setToolTip(self.tr("Add photos or documents to this clause (Ctrl+Shift+E)"))
        self.add_button.clicked.connect(self.add_requested)
        self.paste_button = QPushButton(icon("paste"), self.tr("Paste"))
        self.paste_button.setToolTip(self.tr("Add a screenshot or copied files from the clipboard (Ctrl+Shift+V)"))
        self.paste_button.clicked.connect(self.paste_requested)
        self.target_combo = QComboBox()
        self.target_combo.setToolTip(self.tr("What new files are attached to: the clause, one of its notes, "
                                             "or a finding raised on it"))
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.target_combo.setMaximumWidth(360)
        target_label = QLabel(self.tr("Attach to:"))
        target_label.setBuddy(self.target_combo)
        self.grid = EvidenceGrid()
        self.grid.setModel(self.model)
        self.grid.empty_text = self.tr("No evidence on this clause yet.\nDrop photos, documents or a folder here, "
                                       "paste a screenshot (Ctrl+Shift+V) or use Add files…")
        self.grid.open_requested.connect(lambda evidence_id: self.open_requested.emit(evidence_id, self.model.ids()))
        self.grid.delete_requested.connect(self.delete_requested)
        self.grid.files_dropped.connect(self.files_dropped)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(target_label)
        header.addWidget(self.target_combo)
        header.addSpacing(8)
        header.addWidget(self.add_button)
        header.addWidget(self.paste_button)
        box = QVBoxLayout(self)
        box.addLayout(header)
        box.addWidget(self.grid, 1)
        self._clause: tuple[str, str] | None = None

    def show_evidence(self, clause_id: str | None, number: str, records: Sequence[EvidenceRecord],
                      notes: Sequence[NoteRecord], findings: Sequence[FindingRecord]) -> None:
        same_clause = self._clause is not None and self._clause[0] == clause_id
        chosen = self.target_combo.currentData() if same_clause else None
        self._clause = (clause_id, number) if clause_id else None
        self.model.set_records(records if clause_id else [])
        self.heading.setText(fill(self.tr("Evidence (%1)"), len(records)) if records else self.tr("Evidence"))
        self.target_combo.clear()
        if clause_id:
            # Each entry carries where files go and how the undo text names it ("8.5.1", "NC-02").
            self.target_combo.addItem(fill(self.tr("Clause %1"), number), (Target(clause_id=clause_id), number))
            for note in notes:
                self.target_combo.addItem(icon("note"), f"{kind_label(note.kind)}: {_short(note.text)}",
                                          (Target(clause_id, note_id=note.id), fill(self.tr("a note on %1"), number)))
            for finding in findings:
                label = " · ".join(filter(None, (finding.ref, _short(finding.statement, 40))))
                self.target_combo.addItem(icon("finding"), fill(self.tr("Finding %1"), label),
                                          (Target(clause_id, finding_id=finding.id), finding.ref or number))
        rows = [row for row in range(self.target_combo.count()) if self.target_combo.itemData(row) == chosen]
        self.target_combo.setCurrentIndex(rows[0] if rows else 0)
        self.target_combo.setEnabled(self.target_combo.count() > 1)

    def target(self) -> tuple[Target, str] | None:
        """Where new files go, and how the undo text names it ("8.5.1", "a note on 8.5.1", "NC-02")."""
        if self._clause is None:
            return None
        chosen = self.target_combo.currentData()
        return chosen if isinstance(chosen, tuple) else (Target(clause_id=self._clause[0]), self._clause[1])

    def set_editable(self, editable: bool) -> None:
        for widget in (self.add_button, self.paste_button, self.target_combo):
            widget.setEnabled(editable)
        self.target_combo.setEnabled(editable and self.target_combo.count() > 1)
        self.grid.editable = editable

    def select(self, evidence_id: str) -> None:
        row = self.model.row_of(evidence_id)
        if row >= 0:
            self.grid.setCurrentIndex(self.model.index(row))
            self.grid.scrollTo(self.model.index(row))

