"""The period a KPI is computed for: local days, first to last inclusive."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.config import DEFAULT_TIMEZONE
from app.errors import ValidationError
from app.formatting import format_date
from app.i18n import t
from app.timeutil import day_bounds_utc

MAX_YEARS = 10
PRESETS = ("today", "this_week", "this_month", "last_month", "custom")


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The run of days of the same length just before."""
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def bounds(self, tz: str = DEFAULT_TIMEZONE) -> tuple[datetime, datetime]:
        """[start, end) in UTC: from the first day's midnight to the day after the last."""
        return day_bounds_utc(self.start, tz)[0], day_bounds_utc(self.end, tz)[1]

    def text(self) -> str:
        if self.start == self.end:
            return format_date(self.start)
        return f"{format_date(self.start)} – {format_date(self.end)}"


def period(start: date, end: date) -> Period:
    """A period from its first to its last day, or a ValidationError saying what is wrong."""
    if end < start:
        raise ValidationError(
            t(
                "The period ends ({end}) before it starts ({start}): swap the two dates.",
                start=format_date(start),
                end=format_date(end),
            ),
            "period",
        )
    try:
        limit = start.replace(year=start.year + MAX_YEARS)
    except ValueError:  # 29 February
        limit = start.replace(year=start.year + MAX_YEARS, day=28)
    if end >= limit:
        raise ValidationError(
            t(
                "A period can be at most {years} years long: choose a later start or an "
                "earlier end.",
                years=MAX_YEARS,
            ),
            "period",
        )
    return Period(start, end)


def preset(name: str, today: date) -> Period:
    """today, this_week (Monday to today), this_month (the 1st to today), last_month."""
    if name == "today":
        return Period(today, today)
    if name == "this_week":
        return Period(today - timedelta(days=today.weekday()), today)
    if name == "this_month":
        return Period(today.replace(day=1), today)
    if name == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return Period(last.replace(day=1), last)
    raise ValueError(f"unknown period preset {name!r}")
