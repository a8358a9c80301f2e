"""Dates as people type them (21/03/1985, 21.3.85, 21031985, 1985-03-21), and the limits
a date field sets, with the words a form and a service both use to refuse a date.

Pure rules, no Qt: the one date widget asks these, and so can a service or an import.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from app.errors import ValidationError
from app.formatting import format_date
from app.i18n import t

EARLIEST_BIRTHDAY = date(1900, 1, 1)

# re.ASCII: \d must not accept other scripts' digits, which int() would quietly read.
_DAY_FIRST = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})", re.ASCII)
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{4})", re.ASCII)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)


def parse_typed_date(text: str, *, today: date, past_only: bool = False) -> date | None:
    """The date in `text`, None when it is blank; ValidationError saying what is wrong.

    A two-digit year takes the century that puts the date nearest to `today`, or with
    `past_only` (a birthday) the latest century that is not after `today`.
    """
    value = text.strip()
    if not value:
        return None
    parts = _split(value)
    if parts is None:
        raise ValidationError(
            t(
                "“{text}” is not a date. Type the date as dd/mm/yyyy, such as 21/03/1985.",
                text=value,
            )
        )
    day, month, year_text = parts
    if not 1 <= month <= 12:
        raise ValidationError(t("“{text}” is not a date: the month is 1 to 12.", text=value))
    year = int(year_text)
    if len(year_text) == 2:
        year = _century(year, month, day, today, past_only)
    if year < 1:
        raise ValidationError(t("“{text}” is not a date: there is no year 0.", text=value))
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise ValidationError(
            t(
                "“{text}” is not a date: {month} {year} has {days} days.",
                text=value,
                month=month_name(month),
                year=year,
                days=days,
            )
        )
    return date(year, month, day)


def _split(value: str) -> tuple[int, int, str] | None:
    """(day, month, year as typed) for the accepted shapes, None for any other text."""
    if found := _DAY_FIRST.fullmatch(value):
        return int(found[1]), int(found[3]), found[4]
    if found := _COMPACT.fullmatch(value):
        return int(found[1]), int(found[2]), found[3]
    if found := _ISO.fullmatch(value):
        return int(found[3]), int(found[2]), found[1]
    return None


def _century(two_digits: int, month: int, day: int, today: date, past_only: bool) -> int:
    this = today.year - today.year % 100 + two_digits
    if past_only:
        # Compared as (year, month, day): 29/02 of a year that has none still gets a
        # century, so its message can name the year.
        return this if (this, month, day) <= (today.year, today.month, today.day) else this - 100

    def distance(year: int) -> int:
        # The last day of a short month stands in for a day it does not have.
        shown = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        return abs((shown - today).days)

    return min((this - 100, this, this + 100), key=distance)


def month_name(month: int) -> str:
    """The month's name as a message says it ("February", "tháng 2")."""
    names = (
        t("January"),
        t("February"),
        t("March"),
        t("April"),
        t("May"),
        t("June"),
        t("July"),
        t("August"),
        t("September"),
        t("October"),
        t("November"),
        t("December"),
    )
    return names[month - 1]


# -- the limits a field sets ---------------------------------------------------------------


@dataclass(frozen=True)
class DateLimit:
    """One end of the days a field accepts, and the refusal for a day past it."""

    day: date
    message: Callable[[date], str]


def limit_problem(
    day: date | None, minimum: DateLimit | None = None, maximum: DateLimit | None = None
) -> str | None:
    """The refusal for `day` (None: it is within both limits, or there is no day)."""
    if day is None:
        return None
    if minimum is not None and day < minimum.day:
        return minimum.message(day)
    if maximum is not None and day > maximum.day:
        return maximum.message(day)
    return None


def field_problem(
    day: date | None,
    *,
    optional: bool = True,
    minimum: DateLimit | None = None,
    maximum: DateLimit | None = None,
    missing: str = "",
) -> str | None:
    """The refusal for a field holding `day` (None when empty), or None if it may be saved."""
    if day is None and not optional:
        return missing or t("Type a date, such as 21/03/1985.")
    return limit_problem(day, minimum, maximum)


def read_date_field(
    text: str,
    *,
    today: date,
    optional: bool = True,
    past_only: bool = False,
    minimum: DateLimit | None = None,
    maximum: DateLimit | None = None,
    missing: str = "",
) -> date | None:
    """A date field's value: read, present if required, within its limits; else
    ValidationError with the message the field shows."""
    day = parse_typed_date(text, today=today, past_only=past_only)
    problem = field_problem(
        day, optional=optional, minimum=minimum, maximum=maximum, missing=missing
    )
    if problem is not None:
        raise ValidationError(problem)
    return day


@lru_cache(maxsize=8)
def birthday_limits(today: date) -> tuple[DateLimit, DateLimit]:
    """(earliest, latest) birthday: not before 1900, not in the future."""
    return (
        DateLimit(
            EARLIEST_BIRTHDAY,
            lambda day: t(
                "The birthday {day} is before 1900: check the year.", day=format_date(day)
            ),
        ),
        DateLimit(
            today,
            lambda day: t(
                "The birthday {day} is in the future: check the year.", day=format_date(day)
            ),
        ),
    )


def purchase_date_limit(today: date) -> DateLimit:
    """The latest purchase date: today (the date on the invoice has happened)."""
    return DateLimit(
        today,
        lambda day: t(
            "The purchase date {date} is in the future; give the date on the invoice.",
            date=format_date(day),
        ),
    )


def purchase_date_missing() -> str:
    return t("Give the purchase date.")


def delivery_date_limit(bought: date) -> DateLimit:
    """The earliest delivery date: the purchase date."""
    return DateLimit(
        bought, lambda _day: t("The delivery date is before the purchase date; check both dates.")
    )


def expected_return_limit(today: date) -> DateLimit:
    """The earliest day a customer can be told to come back: today."""
    return DateLimit(
        today, lambda _day: t("The expected return date is in the past; give a later date.")
    )


def range_end_limit(start: date) -> DateLimit:
    """The earliest end of a range of days (a filter's "to"): its start."""
    return DateLimit(
        start, lambda _day: t("The end date is before the start date; swap them or pick another.")
    )
