"""Date-time fields in the app's zone (Asia/Ho_Chi_Minh), whatever the machine's zone is.

An agent reads and types the shop's local time; the services get timezone-aware
datetimes. A seat whose system clock is set to another zone must not shift a call.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from app.config import DEFAULT_TIMEZONE

DISPLAY_FORMAT = "dd/MM/yyyy HH:mm"


def app_zone() -> QTimeZone:
    return QTimeZone(DEFAULT_TIMEZONE.encode())


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in the app zone."""
    msecs = round(moment.timestamp() * 1000)
    return QDateTime.fromMSecsSinceEpoch(msecs, app_zone())


def from_qdatetime(value: QDateTime) -> datetime:
    """The aware (UTC) datetime a QDateTime stands for."""
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, UTC)


class ZoneDateTimeEdit(QDateTimeEdit):
    """A date-time field showing and reading the app zone's wall clock (dd/MM/yyyy HH:mm)."""

    def __init__(self, moment: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTimeZone(app_zone())
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        self.set_moment(moment)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, FBT001 - Qt's name
        # Tab goes to the next field, as everywhere in the form, not to the next part of
        # the date (typing and the arrow keys move between day, month, hour, minute).
        return QWidget.focusNextPrevChild(self, next)

    def set_moment(self, moment: datetime) -> None:
        self.setDateTime(to_qdatetime(moment))

    def moment(self) -> datetime:
        """What the field shows, to the minute, as an aware datetime."""
        return from_qdatetime(self.dateTime()).replace(second=0, microsecond=0)
