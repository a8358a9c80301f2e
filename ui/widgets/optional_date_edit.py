"""A day that may be left empty (a birthday nobody gave), typed as dd/MM/yyyy.

QDateEdit always holds a date; its lowest date stands for "none" here and is shown
blank, and a Clear button goes back to it. Dates outside what a service accepts (a
birthday in the future or before 1900) can still be typed, so the service's own message
explains what is wrong instead of the field silently refusing keys.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QPushButton, QWidget

DATE_FORMAT = "dd/MM/yyyy"
NONE_DATE = QDate(1800, 1, 1)
LATEST = QDate(2199, 12, 31)


class OptionalDateEdit(QWidget):
    """`changed()` when the day changes or is cleared."""

    changed = Signal()

    def __init__(self, calendar_start: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = QDateEdit(objectName="OptionalDate")
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDateRange(NONE_DATE, LATEST)
        self.date_edit.setSpecialValueText(" ")
        self.date_edit.setDate(NONE_DATE)
        self.date_edit.setMinimumWidth(140)
        self.date_edit.dateChanged.connect(lambda _d: self.changed.emit())
        self._calendar_start = calendar_start
        self.clear_button = QPushButton(self.tr("Clear"), objectName="ClearDate")
        self.clear_button.setToolTip(self.tr("Leave the date empty"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.setFocusProxy(self.date_edit)
        self._point_calendar()

    def value(self) -> date | None:
        current = self.date_edit.date()
        return None if current == NONE_DATE else current.toPython()

    def set_value(self, value: date | None) -> None:
        self.date_edit.setDate(QDate(value) if value is not None else NONE_DATE)
        self._point_calendar()

    def clear(self) -> None:
        self.set_value(None)

    def _point_calendar(self) -> None:
        # An empty field would open the calendar in 1800: open it where a date is likely.
        if self.value() is None and self._calendar_start is not None:
            calendar = self.date_edit.calendarWidget()
            calendar.setCurrentPage(self._calendar_start.year, self._calendar_start.month)
