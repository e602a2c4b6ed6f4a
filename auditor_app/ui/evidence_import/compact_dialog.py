"""Evidence ▸ Compact audit file…: what reduced copies would save, chosen size and quality, then confirmation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from auditor_app.errors import AuditorError
from auditor_app.services.compact import CompactionPlan
from auditor_app.ui.i18n import fill, plural

Planner = Callable[[int, int], CompactionPlan]


def size_text(count: int) -> str:
    """Bytes as people read them: 950 kB, 86.4 MB, 1.2 GB."""
    if count < 1_000_000:
        return f"{max(count, 0) / 1000:.0f} kB"
    if count < 1_000_000_000:
        return f"{count / 1_000_000:.1f} MB"
    return f"{count / 1_000_000_000:.2f} GB"


class CompactDialog(QDialog):
    """Asks before anything is replaced; `long_edge` and `quality` hold the choice after accept."""

    def __init__(self, parent: QWidget, planner: Planner, long_edge: int, quality: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compact audit file"))
        self._planner = planner
        intro = QLabel(self.tr(
            "Photos stored as taken can be replaced by reduced copies, so the audit file is easier to e-mail "
            "and archive. Each photo keeps the SHA-256 of its original as evidence of integrity."))
        intro.setWordWrap(True)
        self.edge = QSpinBox()
        self.edge.setRange(800, 8000)
        self.edge.setSingleStep(100)
        self.edge.setSuffix(self.tr(" px"))
        self.edge.setValue(long_edge)
        self.edge.setMinimumWidth(110)
        self.quality = QSpinBox()
        self.quality.setRange(50, 95)
        self.quality.setValue(quality)
        self.quality.setMinimumWidth(110)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Long edge of the copies:"), self.edge)
        form.addRow(self.tr("JPEG quality:"), self.quality)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet("QLabel#summary { font-weight: 600; }")
        warning = QLabel(self.tr(
            "A verified backup of the file is taken first. The originals then leave this file: only that "
            "backup (or your camera) still has them. Undo cannot bring them back."))
        warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.compact_button: QPushButton = self.buttons.addButton(self.tr("Compact"),
                                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(warning)
        layout.addWidget(self.buttons)
        self.edge.valueChanged.connect(self.refresh)
        self.quality.valueChanged.connect(self.refresh)
        self.plan: CompactionPlan | None = None
        self.setMinimumWidth(520)
        self.refresh()

    @property
    def long_edge(self) -> int:
        return self.edge.value()

    @property
    def jpeg_quality(self) -> int:
        return self.quality.value()

    def refresh(self) -> None:
        try:
            plan = self.plan = self._planner(self.edge.value(), self.quality.value())
        except AuditorError as exc:
            self.summary.setText(str(exc))
            self.compact_button.setEnabled(False)
            return
        count = len(plan.photos)
        if not count:
            self.summary.setText(fill(self.tr("No photo in this audit is larger than %1 pixels: there is nothing to "
                                              "compact."), self.edge.value()))
        else:
            self.summary.setText(fill(plural(self.tr(
                "%n photo(s) are stored larger than that (%1 of this %2 file). Reduced copies would save "
                "about %3.", "", count), count), size_text(plan.bytes_now), size_text(plan.file_size),
                size_text(plan.saving_estimate)))
        self.compact_button.setEnabled(count > 0)
