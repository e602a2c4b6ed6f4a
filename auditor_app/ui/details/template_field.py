"""The audit's choice of Word report template: built-in, this computer's default, or a name from its library."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from auditor_app.services import preferences, template_library
from auditor_app.ui.details.fields import ChoiceField
from auditor_app.ui.i18n import fill
from auditor_app.ui.stored_choice import select_stored


class TemplateField(ChoiceField):
    """The library is read again each time the audit is shown and the list opens (the preferences may have changed
    it). A name the audit holds but this computer lacks is shown as such and kept until another one is picked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("report_template", [], parent)
        self.setToolTip(self.tr("The certification body's Word template this audit's report is filled into; "
                                "templates are added in Edit › Preferences"))

    def reload(self) -> None:
        self.clear()
        self.addItem(self.tr("Built-in template"), template_library.BUILT_IN)
        default = preferences.load().report_template
        self.addItem(fill(self.tr("Default from preferences (%1)"), Path(default).name) if default else
                     self.tr("Default from preferences (none set: built-in template)"), None)
        for name in template_library.names():
            self.addItem(name, name)
        self._known = self.count()

    def _show(self, value: Any) -> None:
        self.reload()
        if value is None:
            self.setCurrentIndex(1)
            return
        stored = template_library.path(str(value)) if value != template_library.BUILT_IN else None
        if stored is not None:
            value = template_library.stored_name(stored)  # the library's spelling (names ignore case)
            self._shown = value  # the same template: not an edit to store when the window closes
        select_stored(self, value, self._known, text=fill(self.tr("%1 (not on this computer)"), value))

    def refresh(self) -> None:
        """Offer what the library holds now, showing the same choice."""
        shown = self._shown
        self._show(self.currentData())
        self._shown = shown

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # the Audit page shown again, perhaps after the preferences
        super().showEvent(event)

    def showPopup(self) -> None:
        self.refresh()
        super().showPopup()
