"""A section of fields bound to one stored item: each field left is one undoable edit; refreshes spare typing."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QUndoCommand
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from auditor_app.ui.clause_page import scaled_label
from auditor_app.ui.commands import CommandContext
from auditor_app.ui.details.commands import EditFields, Host
from auditor_app.ui.details.fields import FieldMixin, set_read_only
from auditor_app.ui.i18n import fill, in_sentence

F = TypeVar("F", bound=QWidget)


def section_heading(title: str, hint: str = "") -> QWidget:
    """The title of a section with one line saying what it is for."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 6)
    layout.setSpacing(2)
    layout.addWidget(scaled_label(title, scale=1.4, bold=True))
    if hint:
        note = QLabel(hint)
        note.setWordWrap(True)
        palette = note.palette()  # secondary text: the style's placeholder colour, readable in dark mode too
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        note.setPalette(palette)
        layout.addWidget(note)
    return box


def form_group(title: str) -> tuple[QGroupBox, QFormLayout]:
    group = QGroupBox(title)
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    return group, form


class FieldSection(QWidget):
    """Fields of one item (the audit, a meeting); `entity_type` and `entity_id` say which."""

    entity_type = "audit"

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.fields: dict[str, Any] = {}
        self._labels: dict[str, str] = {}
        self._captions: list[QLabel] = []
        self._record: Any = None
        self.editable = True

    def add_field(self, form: QFormLayout, field: F, label: str) -> F:
        assert isinstance(field, FieldMixin)
        caption = QLabel(label)
        caption.setBuddy(field)
        form.addRow(caption, field)
        self._captions.append(caption)
        self.fields[field.name] = field
        self._labels[field.name] = label.replace("&", "").rstrip(":").strip()
        field.committed.connect(partial(self._commit, field))
        return field

    def align_labels(self) -> None:
        """One label column across the section's groups, so their fields start at the same x."""
        width = max((c.sizeHint().width() for c in self._captions), default=0)
        for caption in self._captions:
            caption.setMinimumWidth(width)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    # -- showing ------------------------------------------------------------------------------------------
    def stored(self, name: str) -> Any:
        value = getattr(self._record, name, None) if self._record is not None else None
        return list(value) if isinstance(value, tuple) else value

    def show_record(self, record: Any) -> None:
        """Show what is stored, except in a field the user is typing in (their edit is stored when they leave)."""
        self._record = record
        for name, field in self.fields.items():
            if not field.typing():
                field.set_value(self.stored(name))

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for field in self.fields.values():
            set_read_only(field, not editable)

    # -- editing ------------------------------------------------------------------------------------------
    def accept(self, name: str, new: Any) -> bool:
        """A last check before the edit is pushed (e.g. the grading scheme); False puts the stored value back."""
        return True

    def command(self, name: str, new: Any, old: Any, text: str) -> Callable[[CommandContext], QUndoCommand]:
        entity_id = getattr(self._record, "id", "")
        return lambda context: EditFields(context, self.entity_type, entity_id, {name: new}, {name: old}, text)

    def _commit(self, field: Any) -> None:
        if not self.editable or not self.host.audit.is_open:
            return
        name, new = field.name, field.value()
        old = self.stored(name)
        if new == old:
            field.mark_stored()
            return
        if not self.accept(name, new):
            field.set_value(old)
            return
        # Marked first: if the edit fails, the refresh that follows shows what is stored, not the attempt.
        field.mark_stored()
        text = fill(self.tr("Change %1"), in_sentence(self._labels[name]))
        self.host.push(self.command(name, new, old, text))

    def commit_pending(self) -> None:
        """Store what the user typed but has not left yet (the window is closing)."""
        for field in list(self.fields.values()):
            if field.dirty():
                self._commit(field)
