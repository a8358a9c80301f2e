"""The one date field: typed as dd/MM/yyyy (or 21.3.85, 21031985, 1985-03-21), or picked
from a calendar.

A line edit rather than QDateEdit: QDateEdit edits a date section by section, and what
it cannot fit into a section it drops without a word. Here the text stays as typed until
it reads as a date; what cannot be read, or breaks the field's limits, is said under the
field (app.date_input has the rules and the words) and a form refuses to save it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLineF, QLocale, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.date_input import DateLimit, field_problem, parse_typed_date, range_end_limit
from app.errors import ValidationError
from app.formatting import format_date
from app.timeutil import local_date, now_utc

ICON_SIZE = 14
INK = "#3e4c59"
ERROR_RED = "#b42318"
# The red border and the buttons; kept with the widget so every date field looks the
# same wherever it is placed.
STYLE = f"""
QLineEdit#DateText[invalid="true"] {{ border: 1px solid {ERROR_RED}; }}
QLineEdit#DateText[invalid="true"]:focus {{ border: 2px solid {ERROR_RED}; padding: 3px 7px; }}
QToolButton#DateCalendarButton, QToolButton#DateClearButton {{
    border: none; background: transparent; padding: 2px;
}}
QToolButton#DateCalendarButton:hover, QToolButton#DateClearButton:hover {{
    background: #e4ecf4; border-radius: 4px;
}}
QCalendarWidget QTableView {{ border: none; border-radius: 0; }}
QCalendarWidget QTableView::item {{ padding: 0; }}
"""


def local_today() -> date:
    return local_date(now_utc())


class DateEdit(QWidget):
    """A date field; empty means None when `optional`.

    `changed(date | None)` once a new date is settled: typed and left (Tab, Enter, a
    click elsewhere), picked in the calendar, cleared or set. Not on every key: "2/3/19"
    on its way to "2/3/1985" is no date to act on.
    """

    changed = Signal(object)
    message_changed = Signal(str)

    def __init__(
        self,
        *,
        optional: bool = True,
        minimum: DateLimit | None = None,
        maximum: DateLimit | None = None,
        past_only: bool = False,
        missing: str = "",
        today: Callable[[], date] = local_today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DateEdit")
        self.setStyleSheet(STYLE)
        self.optional = optional
        self._minimum = minimum
        self._maximum = maximum
        self._past_only = past_only
        self._missing = missing
        self._today = today
        self._settled: date | None = None

        self.line = _DateLine(self)
        self.line.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.line.setAccessibleName(self.tr("Date"))
        self.line.setAccessibleDescription(self.tr("Type the date as dd/mm/yyyy"))
        self.line.setFixedWidth(self.line.fontMetrics().horizontalAdvance("00/00/00000") + 26)
        self.line.editingFinished.connect(self._finish)
        self.line.textEdited.connect(self._edited)
        self.calendar_button = _icon_button("DateCalendarButton", _calendar_icon())
        self.calendar_button.setToolTip(self.tr("Pick the day in a calendar (F4)"))
        self.calendar_button.setAccessibleName(self.tr("Open the calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.clear_button = _icon_button("DateClearButton", _cross_icon())
        self.clear_button.setToolTip(self.tr("Leave the date empty (Delete)"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.clicked.connect(self._clear_by_hand)
        self.clear_button.setVisible(optional)
        self.error_label = QLabel("", objectName="DateError")
        self.error_label.setWordWrap(True)
        # Its own style: place_message() may move the line out of this widget.
        self.error_label.setStyleSheet(f"color: {ERROR_RED}; font-weight: bold;")
        self.error_label.hide()
        self.popup = _CalendarPopup(self)
        self.popup.chosen.connect(self._chosen)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line)
        row.addWidget(self.calendar_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addLayout(row)
        column.addWidget(self.error_label)
        self.setFocusProxy(self.line)

    # -- the value -----------------------------------------------------------------------

    def value(self) -> date | None:
        """The date the text reads as now; None when empty, or when it reads as no date
        (is_valid() tells those apart)."""
        try:
            return self._parse()
        except ValidationError:
            return None

    def set_value(self, value: date | None) -> None:
        self.line.setText(format_date(value))
        self.line.setModified(False)
        self.clear_error()
        self._settle(value)

    def clear(self) -> None:
        self.set_value(None)

    def text(self) -> str:
        return self.line.text()

    def place_message(self, layout: QBoxLayout) -> None:
        """Show the message line in `layout` rather than under the field: a row of several
        inputs has room for it on one line across the row."""
        self.layout().removeWidget(self.error_label)
        layout.addWidget(self.error_label)

    def set_accessible_name(self, name: str) -> None:
        """What a screen reader calls the field (its caption, without the & of the key)."""
        self.line.setAccessibleName(name.replace("&", ""))

    # -- limits --------------------------------------------------------------------------

    def minimum(self) -> DateLimit | None:
        return self._minimum

    def maximum(self) -> DateLimit | None:
        return self._maximum

    def set_minimum(self, limit: DateLimit | None) -> None:
        """A new earliest day (the delivery after a purchase date was changed)."""
        self._minimum = limit
        self._recheck()

    def set_maximum(self, limit: DateLimit | None) -> None:
        self._maximum = limit
        self._recheck()

    def _recheck(self) -> None:
        # The other field moved: a date already here is judged again at once, and an
        # error it no longer deserves goes away.
        if self.line.text().strip() or self.error_text():
            self.validate()

    # -- checking ------------------------------------------------------------------------

    def problem(self) -> str | None:
        """What is wrong with the text as it stands (None: it can be saved)."""
        try:
            day = self._parse()
        except ValidationError as exc:
            return exc.message
        return field_problem(
            day,
            optional=self.optional,
            minimum=self._minimum,
            maximum=self._maximum,
            missing=self._missing,
        )

    def is_valid(self) -> bool:
        return self.problem() is None

    def validate(self) -> bool:
        """Check the text, show the date as dd/mm/yyyy, and say under the field what is
        wrong (or hide an old message); True when it can be saved."""
        self._normalise()
        problem = self.problem()
        if problem is None:
            self.clear_error()
        else:
            self.show_error(problem)
        return problem is None

    def error_text(self) -> str:
        """The message under the field ("" when none)."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def show_error(self, message: str) -> None:
        """Show `message` under the field (also one a service gave about this date)."""
        self.error_label.setText(message)
        self.error_label.show()
        self._mark_invalid(True)
        self.message_changed.emit(message)

    def clear_error(self) -> None:
        if self.error_label.isHidden():
            return
        self.error_label.hide()
        self.error_label.clear()
        self._mark_invalid(False)
        self.message_changed.emit("")

    def _mark_invalid(self, invalid: bool) -> None:
        self.line.setProperty("invalid", invalid)
        self.line.style().unpolish(self.line)
        self.line.style().polish(self.line)

    # -- editing -------------------------------------------------------------------------

    def _parse(self) -> date | None:
        return parse_typed_date(self.line.text(), today=self._today(), past_only=self._past_only)

    def _normalise(self) -> None:
        """A readable date is shown as dd/mm/yyyy ("1/2/85" becomes "01/02/1985")."""
        try:
            day = self._parse()
        except ValidationError:
            return  # unreadable text stays as typed, to be corrected
        shown = format_date(day)
        if self.line.text() != shown:
            self.line.setText(shown)

    def _finish(self) -> None:
        self.validate()
        try:
            day = self._parse()
        except ValidationError:
            return  # nothing is settled until the text reads as a date
        self.line.setModified(False)  # settled: Delete now empties it in one key
        self._settle(day)

    def _edited(self, _text: str) -> None:
        # A message stays until the text is right again, then goes at once; a new one
        # waits until the typing is done (half a date is not yet wrong).
        if self.error_text() and self.is_valid():
            self.clear_error()

    def _settle(self, day: date | None) -> None:
        if day != self._settled:
            self._settled = day
            self.changed.emit(day)

    def _clear_by_hand(self) -> None:
        self.clear()
        self.line.setFocus()

    def clear_key(self) -> bool:
        """Delete or Backspace on a settled date empties an optional field at once."""
        if not self.optional or self.line.isModified() or not self.line.text():
            return False
        self.clear()
        return True

    # -- the calendar --------------------------------------------------------------------

    def open_calendar(self) -> None:
        """Open the calendar at the typed date, or at today when there is none."""
        low = self._minimum.day if self._minimum else None
        high = self._maximum.day if self._maximum else None
        self.popup.show_below(self.line, self.value() or self._today(), low, high)

    def _chosen(self, day: date) -> None:
        self.line.setText(format_date(day))
        self.line.setModified(False)
        self.line.setFocus()
        self.validate()
        self._settle(day)


def validate_range(start: DateEdit, end: DateEdit) -> bool:
    """A from/to pair: both read as dates (or are empty), and `end` is not before `start`;
    each field that is wrong says why under it."""
    first = start.value()
    end.set_minimum(range_end_limit(first) if first else None)
    checked = [edit.validate() for edit in (start, end)]
    return all(checked)


class _DateLine(QLineEdit):
    """The text part: F4 or Alt+Down opens the calendar; Delete empties a settled date."""

    def __init__(self, owner: DateEdit) -> None:
        super().__init__(owner)
        self.setObjectName("DateText")
        self._owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (
            key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier
        ):
            self._owner.open_calendar()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._owner.clear_key():
            return
        super().keyPressEvent(event)


class _CalendarPopup(QFrame):
    """A month to pick a day from: a click, or the arrows and Enter; Esc closes it."""

    chosen = Signal(object)

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner, Qt.WindowType.Popup)
        self.setObjectName("DateCalendar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("DateCalendarMonth")
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumWidth(_week_width(self.calendar))
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)

    def show_below(self, field: QWidget, day: date, low: date | None, high: date | None) -> None:
        self.calendar.setDateRange(
            QDate(low) if low else QDate(100, 1, 1), QDate(high) if high else QDate(9999, 12, 31)
        )
        self.calendar.setSelectedDate(QDate(day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        spot = field.mapToGlobal(QPoint(0, field.height()))
        screen = field.screen().availableGeometry()
        # Kept on the screen: above the field when there is no room below it.
        if spot.y() + self.height() > screen.bottom():
            spot.setY(field.mapToGlobal(QPoint(0, 0)).y() - self.height())
        spot.setX(max(screen.left(), min(spot.x(), screen.right() - self.width())))
        self.move(spot)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _pick(self, day: QDate) -> None:
        self.close()
        self.chosen.emit(day.toPython())


def _week_width(calendar: QCalendarWidget) -> int:
    """Room for seven whole day names ("Wed", "Thứ 4") in the bold of the header."""
    bold = QFont(calendar.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    names = [calendar.locale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
    return 7 * (max(metrics.horizontalAdvance(name) for name in names) + 16)


def _icon_button(name: str, icon: QIcon) -> QToolButton:
    button = QToolButton(objectName=name)
    button.setIcon(icon)
    button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
    # Mouse only: Tab goes from the date to the next field; F4 and Delete do the same.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(ICON_SIZE * 2, ICON_SIZE * 2)  # drawn at 2x: sharp at 125 % and 200 %
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(2, 2)
    painter.setPen(QPen(QColor(INK), 1.4))
    return pixmap, painter


def _calendar_icon() -> QIcon:
    """A small page of a wall calendar: drawn, so no icon file or font glyph is needed."""
    pixmap, painter = _canvas()
    painter.drawRoundedRect(QRectF(1.5, 2.5, 11, 10), 1.5, 1.5)
    painter.drawLine(QLineF(1.5, 5.5, 12.5, 5.5))
    for x in (4.5, 9.5):
        painter.drawLine(QLineF(x, 1, x, 3.5))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(INK))
    for x in (3.5, 6.5, 9.5):
        for y in (7.5, 10):
            painter.drawRect(QRectF(x, y, 1.5, 1.3))
    painter.end()
    return QIcon(pixmap)


def _cross_icon() -> QIcon:
    pixmap, painter = _canvas()
    painter.drawLine(QLineF(3.5, 3.5, 10.5, 10.5))
    painter.drawLine(QLineF(10.5, 3.5, 3.5, 10.5))
    painter.end()
    return QIcon(pixmap)
