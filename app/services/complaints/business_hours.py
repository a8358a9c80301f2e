"""Business time: the hours a care centre counts an SLA in.

A week of open days with one opening and one closing time (default Monday to Saturday,
08:00 to 17:30), minus Vietnamese public holidays (the `holidays` package's calendar,
Tết included) and days an administrator closes. Everything is counted in the centre's
zone (default Asia/Ho_Chi_Minh), whatever zone the machine itself is set to.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays

from app.config import DEFAULT_TIMEZONE
from app.timeutil import zone

MONDAY_TO_SATURDAY = frozenset(range(6))  # date.weekday(): Monday is 0
# A target that cannot be met within this many days means the calendar has no open
# hours at all (every day closed): better an error than an endless loop.
_HORIZON_DAYS = 3 * 366


def vietnamese_holidays(years: Iterable[int]) -> frozenset[date]:
    """Public holidays in Vietnam in `years`, from the `holidays` package (lunar Tết too)."""
    return _holidays(tuple(sorted(set(years))))


@lru_cache(maxsize=16)
def _holidays(years: tuple[int, ...]) -> frozenset[date]:
    # Every queue page and SLA pass asks for the same few years: computed once each.
    return frozenset(holidays.country_holidays("VN", years=list(years)))


@dataclass(frozen=True)
class BusinessCalendar:
    open_days: frozenset[int] = MONDAY_TO_SATURDAY
    opens: time = time(8, 0)
    closes: time = time(17, 30)
    closed_dates: frozenset[date] = field(default_factory=frozenset)
    tz: str = DEFAULT_TIMEZONE

    def __post_init__(self) -> None:
        if self.closes <= self.opens:
            raise ValueError("a business day must close after it opens")

    @classmethod
    def vietnam(cls, years: Iterable[int], extra_closed: Iterable[date] = (), **kwargs):
        """The default week, closed on Vietnamese public holidays of `years` and `extra_closed`."""
        closed = vietnamese_holidays(years) | frozenset(extra_closed)
        return cls(closed_dates=closed, **kwargs)

    @property
    def day_seconds(self) -> int:
        """The length of one business day, in seconds (9.5 hours by default)."""
        opens = self.opens.hour * 3600 + self.opens.minute * 60
        closes = self.closes.hour * 3600 + self.closes.minute * 60
        return closes - opens

    def is_open(self, day: date) -> bool:
        return day.weekday() in self.open_days and day not in self.closed_dates

    def _windows(self, start: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Open windows in time order, the first one clipped to begin at `start`."""
        local = zone(self.tz)
        begin = start.astimezone(local)
        day = begin.date()
        for _ in range(_HORIZON_DAYS):
            if self.is_open(day):
                opens = datetime.combine(day, self.opens, tzinfo=local)
                closes = datetime.combine(day, self.closes, tzinfo=local)
                if closes > begin:
                    yield max(opens, begin), closes
            day += timedelta(days=1)
        raise ValueError("the business calendar has no open hours within three years")

    def add(self, start: datetime, seconds: float) -> datetime:
        """The moment `seconds` of business time after `start`, in the zone of `start`."""
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        remaining = timedelta(seconds=seconds)
        if remaining <= timedelta(0):
            return start
        for begin, end in self._windows(start):
            if begin + remaining <= end:
                return (begin + remaining).astimezone(start.tzinfo)
            remaining -= end - begin
        raise AssertionError("unreachable: _windows raises first")

    def between(self, start: datetime, end: datetime) -> float:
        """Seconds of business time from `start` to `end` (0 if end is not after start)."""
        if end <= start:
            return 0.0
        total = timedelta(0)
        for begin, close in self._windows(start):
            if begin >= end:
                break
            total += min(close, end) - begin
        return total.total_seconds()
