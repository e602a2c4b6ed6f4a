"""The viewer's side pane: caption editor, what the file is (taken, camera, author, size, integrity), used by."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from auditor_app.domain.records import EvidenceRecord
from auditor_app.services import evidence_views
from auditor_app.ui.clause_page import scaled_label
from auditor_app.ui.evidence.gallery_model import human_size, when
from auditor_app.ui.icons import icon

ClauseRole = Qt.ItemDataRole.UserRole + 1


def grouped(digest: str) -> str:
    """A SHA-256 in two lines of four groups: readable aloud, and it fits the pane without scrolling."""
    groups = [digest[i:i + 8] for i in range(0, len(digest), 8)]
    return "\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4))


class InfoPane(QWidget):
    caption_edited = Signal(str, str)  # evidence id, caption
    clause_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: EvidenceRecord | None = None
        self.caption_edit = QLineEdit()
        self.caption_edit.setPlaceholderText(self.tr("What the photo shows (appears in the report)"))
        self.caption_edit.editingFinished.connect(self.commit_caption)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in (("file", self.tr("File")), ("taken", self.tr("Taken")), ("camera", self.tr("Camera")),
                           ("author", self.tr("Added by")), ("pixels", self.tr("Picture")),
                           ("size", self.tr("Size"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(label + ":", value)
        self.hash_label = QLabel()
        self.hash_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hash_note = QLabel()
        self.hash_note.setWordWrap(True)
        self.hash_note.setEnabled(False)
        self.used_list = QListWidget()
        self.used_list.setWordWrap(True)
        self.used_list.itemActivated.connect(self._activated)
        caption_label = scaled_label(self.tr("Caption"), 1.05, bold=True)
        caption_label.setBuddy(self.caption_edit)
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 12)
        box.addWidget(caption_label)
        box.addWidget(self.caption_edit)
        box.addSpacing(10)
        box.addWidget(scaled_label(self.tr("Details"), 1.05, bold=True))
        box.addLayout(form)
        box.addSpacing(10)
        box.addWidget(scaled_label(self.tr("Evidence integrity (SHA-256)"), 1.05, bold=True))
        box.addWidget(self.hash_label)
        box.addWidget(self.hash_note)
        box.addSpacing(10)
        box.addWidget(scaled_label(self.tr("Used by"), 1.05, bold=True))
        box.addWidget(self.used_list, 1)

    def show_record(self, record: EvidenceRecord, used_by: Sequence[tuple[str, str, str]], editable: bool) -> None:
        """`used_by`: (icon name, label, clause id to jump to) per clause and finding using the file."""
        if self._record is None or self._record.id != record.id or not self.caption_edit.hasFocus():
            self.caption_edit.setText(record.caption or "")
        self._record = record
        self.caption_edit.setReadOnly(not editable)
        turned = (record.rotation or 0) % 180 == 90
        width, height = (record.height, record.width) if turned else (record.width, record.height)
        texts = {"file": record.filename or "", "taken": when(record.taken_at) or self.tr("unknown"),
                 "camera": record.camera or self.tr("unknown"),
                 "author": " · ".join(filter(None, (record.meta.created_by, when(record.meta.created_at)))),
                 "pixels": f"{width} × {height} px" if width and height else self.tr("—"),
                 "size": human_size(record.size)}
        for key, text in texts.items():
            self.values[key].setText(text)
        self.hash_label.setText(grouped(evidence_views.integrity_hash(record)))
        self.hash_note.setText(self.tr("Of the original as taken; the audit stores a reduced copy.")
                               if record.original_sha256 else self.tr("Of the file as stored, unchanged since it "
                                                                      "was added."))
        self.used_list.clear()
        for icon_name, label, clause_id in used_by:
            item = QListWidgetItem(icon(icon_name), label)
            item.setData(ClauseRole, clause_id)
            item.setToolTip(self.tr("Double-click to go to the clause"))
            self.used_list.addItem(item)
        if not used_by:
            item = QListWidgetItem(self.tr("Not used by any clause or finding yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.used_list.addItem(item)

    def commit_caption(self) -> None:
        record = self._record
        text = self.caption_edit.text().strip()
        if record is not None and not self.caption_edit.isReadOnly() and text != (record.caption or ""):
            self.caption_edited.emit(record.id, text)

    def _activated(self, item: QListWidgetItem) -> None:
        clause_id = item.data(ClauseRole)
        if clause_id:
            self.clause_requested.emit(str(clause_id))
