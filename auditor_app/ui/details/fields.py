"""Form fields that store themselves when left: one line, several lines, a list, a choice, an optional date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from auditor_app.ui.stored_choice import select_stored

# Shown as "not set": far before any audit, so a real date never collides with it.
UNSET = QDateTime(QDate(1900, 1, 1), QTime(0, 0))


class FieldMixin:
    """What every field shares: its stored name, the value last shown, and whether the user is typing in it."""

    name: str
    committed: Any  # Signal(): the user finished an edit (left the field, pressed Return, picked a value)
    _shown: Any = None

    def value(self) -> Any:
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._shown = value
        self._show(value)

    def mark_stored(self) -> None:
        """The value on screen is what the audit now holds (after the edit was pushed)."""
        self._shown = self.value()

    def typing(self) -> bool:
        """Focused and changed since last shown: a refresh must not overwrite what the user is writing."""
        return self._focused() and self.value() != self._shown

    def _focused(self) -> bool:
        return bool(self.hasFocus())  # type: ignore[attr-defined]

    def dirty(self) -> bool:
        return bool(self.value() != self._shown)


class LineField(FieldMixin, QLineEdit):
    committed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.editingFinished.connect(self.committed)

    def value(self) -> str | None:
        return " ".join(self.text().split()) or None

    def _show(self, value: Any) -> None:
        self.setText(value or "")
        self.setCursorPosition(0)


class TextField(FieldMixin, QPlainTextEdit):
    """Several lines of free text, stored when the field loses focus."""

    committed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit()

    def value(self) -> Any:
        text = self.toPlainText()
        return text if text.strip() else None

    def _show(self, value: Any) -> None:
        self.setPlainText(value or "")


class ListField(TextField):
    """One entry per line (e.g. the audited sites); blank lines are dropped."""

    def value(self) -> Any:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def _show(self, value: Any) -> None:
        self.setPlainText("\n".join(value or ()))

    def set_value(self, value: Any) -> None:
        super().set_value(list(value or ()))


class ChoiceField(FieldMixin, QComboBox):
    """A fixed list of values with readable labels; a pick is stored at once."""

    committed = Signal()

    def __init__(self, name: str, choices: list[tuple[Any, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        for data, label in choices:
            self.addItem(label, data)
        self._known = len(choices)
        # As wide as its longest choice, not the whole form: a choice reads as a choice, not a text field.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.activated.connect(lambda _row: self.committed.emit())

    def value(self) -> Any:
        return self.currentData()

    def _show(self, value: Any) -> None:
        select_stored(self, value, self._known)  # a newer version's value: shown as it is, marked

    def typing(self) -> bool:
        return False


class DateField(FieldMixin, QWidget):
    """A date (or date and time) that may be "not set", with a calendar and a button that clears it."""

    committed = Signal()

    def __init__(self, name: str, with_time: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.with_time = with_time
        self.edit = QDateTimeEdit()
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm" if with_time else "yyyy-MM-dd")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(UNSET)
        self.edit.setSpecialValueText(self.tr("not set"))
        self.edit.setDateTime(UNSET)
        self.edit.editingFinished.connect(self.committed)
        calendar = self.edit.calendarWidget()
        # The popup applies a clicked date after our slot would run: store once the event has been handled.
        calendar.clicked.connect(lambda _date: QTimer.singleShot(0, self.committed.emit))
        calendar.installEventFilter(self)
        self.clear_button = QToolButton()
        self.clear_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.edit)
        box.addWidget(self.clear_button)
        box.addStretch(1)
        self.setFocusProxy(self.edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Opening the calendar on a date that is not set shows this month, not January 1900.
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False

    def _focused(self) -> bool:
        return self.edit.hasFocus()

    def clear(self) -> None:
        self.edit.setDateTime(UNSET)
        self.committed.emit()

    def value(self) -> str | None:
        moment = self.edit.dateTime()
        if moment <= UNSET:
            return None
        return moment.toString("yyyy-MM-dd'T'HH:mm" if self.with_time else "yyyy-MM-dd")

    def _show(self, value: Any) -> None:
        moment = parse_date(value)
        self.edit.setDateTime(moment if moment is not None else UNSET)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.clear_button.setEnabled(not read_only)


def parse_date(value: Any) -> QDateTime | None:
    """A stored ISO date or date-time as a QDateTime, or None when unset or unreadable."""
    if not value:
        return None
    text = str(value)
    if "T" in text:
        moment = QDateTime.fromString(text[:16], "yyyy-MM-dd'T'HH:mm")
    else:
        moment = QDateTime(QDate.fromString(text[:10], "yyyy-MM-dd"), QTime(0, 0))
    return moment if moment.isValid() else None


def set_read_only(field: QWidget, read_only: bool) -> None:
    if isinstance(field, DateField):
        field.set_read_only(read_only)
    elif isinstance(field, QLineEdit | QPlainTextEdit):
        field.setReadOnly(read_only)
    else:
        field.setEnabled(not read_only)
