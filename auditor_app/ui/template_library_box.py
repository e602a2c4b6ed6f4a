"""Edit ▸ Preferences: this computer's library of certification bodies' Word templates, for audits to choose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from auditor_app.errors import AuditorError
from auditor_app.services import template_library
from auditor_app.ui.i18n import fill


class TemplateLibraryBox(QGroupBox):
    """Adding and removing take effect at once (they are files of this computer, not settings of the dialog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Word templates on this computer"), parent)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 4 + 10)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 6 + 10)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.choose_and_add)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._sync)
        hint = QLabel(self.tr("Each audit chooses one of these for its Word report on its Audit page (Word report "
                              "template). Added and removed at once, for every audit on this computer."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(hint)
        self.reload()

    def reload(self, select: str = "") -> None:
        self.list.clear()
        for entry in template_library.entries():
            item = QListWidgetItem(entry.name)
            item.setData(Qt.ItemDataRole.UserRole, entry.name)
            item.setToolTip(fill(self.tr("%1 KB, changed %2"), max(1, round(entry.size / 1024)),
                                 entry.modified.astimezone().strftime("%Y-%m-%d %H:%M")))
            self.list.addItem(item)
            if entry.name == select:
                self.list.setCurrentItem(item)
        if not self.list.count():
            placeholder = QListWidgetItem(self.tr("None yet: add your certification body's templates"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        self._sync()

    def names(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
                if self.list.item(i).data(Qt.ItemDataRole.UserRole)]

    def _selected(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole) or "") if item is not None and item.isSelected() else ""

    def _sync(self) -> None:
        self.remove_button.setEnabled(bool(self._selected()))

    def choose_and_add(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a Word report template"), str(Path.home()),
                                              self.tr("Word documents (*.docx)"))
        if not path:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add a Word report template"), self.tr(
            "Name shown to audits (e.g. the scheme and language):"), text=Path(path).stem[:template_library.MAX_NAME])
        if ok and name.strip():
            self.add(Path(path), name.strip())

    def add(self, path: Path, name: str) -> bool:
        """Checked and copied; a name already taken is replaced only when the user says so."""
        replace = False
        existing = template_library.path(name)
        if existing is not None:
            answer = QMessageBox.question(self, self.tr("Replace the template?"), fill(self.tr(
                "A template called “%1” is already on this computer. Replace it with %2? Audits that use it will "
                "use the new one."), template_library.stored_name(existing), path.name))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            replace = True
        try:
            entry = template_library.add(name, path, replace=replace)
        except AuditorError as exc:
            QMessageBox.warning(self, self.tr("Template not added"), str(exc))
            return False
        self.reload(select=entry.name)
        return True

    def remove_selected(self) -> None:
        name = self._selected()
        if not name:
            return
        answer = QMessageBox.question(self, self.tr("Remove the template?"), fill(self.tr(
            "Remove “%1” from this computer? Audits that use it keep its name, and their Word report is refused "
            "here until it is added again."), name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            template_library.remove(name)
        except AuditorError as exc:
            QMessageBox.warning(self, self.tr("Template not removed"), str(exc))
        self.reload()
