"""Choice combos that show a stored value this version does not know, instead of silently replacing it."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox

from auditor_app.ui.i18n import marked


def select_stored(combo: QComboBox, value: object, known: int, text: str | None = None,
                  icon: QIcon | None = None) -> None:
    """Select `value` among the first `known` items. A value none of them holds (a newer version's) gets an item
    of its own after them, so it is shown as it is and stays stored unless the user picks another; the item goes
    when the combo shows something else."""
    while combo.count() > known:
        combo.removeItem(combo.count() - 1)
    if value not in (None, "") and combo.findData(value) < 0:
        combo.addItem(icon or QIcon(), text if text is not None else marked(value), value)
    combo.setCurrentIndex(max(0, combo.findData(value)))
