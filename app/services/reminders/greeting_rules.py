"""The greeting rules: a birthday, and Tết, 8/3, 20/10 and an admin's extra days.

A greeting belongs to its day. It is listed from the day before (due 08:00 on the day)
and, when the desk was closed on the day, still made up to the greetings' late days
after it ("reminder.greetings.late_days", 3 by default), marked late; a greeting older
than that is not made at all: wishing a happy birthday a fortnight on reads as a form
letter. One statement per day looked at, so each is a probe of an index with constants.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import holidays
from sqlalchemy import String, literal, null, or_, select
from sqlalchemy.orm import Session

from app.models import Customer, CustomerTag, Gender
from app.models.base import UTCDateTime
from app.services.reminders.reminder_settings import RuleConfig
from app.services.reminders.rule_rows import due_at, insert_new, live, rule_row, title_columns
from app.timeutil import local_date

_FIRST_BIRTH_YEAR = 1900


def greeting_window(at: datetime, late_days: int) -> list[date]:
    """The greeting days a run at `at` looks at, oldest first: from `late_days` ago to
    tomorrow (listed the day before)."""
    today = local_date(at)
    return [today + timedelta(days=n) for n in range(-late_days, 2)]


def birthdays_on(day: date) -> list[date]:
    """Every birth date celebrated on `day`: 29 February is celebrated on 28 February in
    the years without one."""
    month_days = [(day.month, day.day)]
    if (day.month, day.day) == (2, 28) and (
        day.year % 4 or (day.year % 100 == 0 and day.year % 400)
    ):
        month_days.append((2, 29))
    found = []
    for year in range(_FIRST_BIRTH_YEAR, day.year + 1):
        for month, mday in month_days:
            try:
                found.append(date(year, month, mday))
            except ValueError:  # 29 February of a year without one
                continue
    return found


def _greeting(session: Session, rule: str, day: date, title: dict, at: datetime) -> list:
    return rule_row(
        rule,
        "customer",
        Customer.id,
        literal(day.isoformat(), String),
        literal(due_at(day), UTCDateTime()),
        title_columns(session, rule, title),
        Customer.id,
        Customer.store_id,
        null(),
        day < local_date(at),
        at,
    )


def birthday(session: Session, config: RuleConfig, at: datetime) -> int:
    """A greeting on the day, due 08:00 local, listed from the day before. One statement
    per day of the window, each a probe of the birthday index per birth year."""
    made = 0
    for day in greeting_window(at, config.late_days["birthday"]):
        query = select(
            *_greeting(session, "birthday", day, {"name": Customer.full_name}, at)
        ).where(Customer.birthday.in_(birthdays_on(day)), live())
        made += insert_new(session, query)
    return made


def tet_days(years: list[int]) -> list[date]:
    """The first day of Tết Nguyên Đán in `years`, from the `holidays` package's VN calendar."""
    calendar = holidays.country_holidays("VN", years=years, language="en_US")
    return [day for day, name in calendar.items() if name == "Lunar New Year"]


def greeting_days(config: RuleConfig, years: list[int]) -> dict[date, tuple[str, bool]]:
    """{day: (occasion, for women only)} for the holiday greetings of `years`; an occasion
    is one of reminder_text.OCCASIONS, worded when the reminder is shown."""
    days: dict[date, tuple[str, bool]] = {}
    for year in years:
        for mday, month in config.holiday_dates:
            if (mday, month) == (29, 2) and not (year % 4 == 0 and (year % 100 or year % 400 == 0)):
                continue
            days[date(year, month, mday)] = ("greeting_day", False)
        days[date(year, 3, 8)] = ("womens_day", True)
        days[date(year, 10, 20)] = ("vietnamese_womens_day", True)
    days.update({day: ("tet", False) for day in tet_days(years)})
    return days


def holiday(session: Session, config: RuleConfig, at: datetime) -> int:
    """Greetings at Tết, 8/3 and 20/10 (women and customers whose gender is not known)
    and on the admin's extra days, for the chosen tiers or tags."""
    if not config.holiday_tiers and not config.holiday_tags:
        return 0
    days = greeting_window(at, config.late_days["holiday"])
    occasions = greeting_days(config, sorted({d.year for d in days}))
    made = 0
    for day in days:
        if day not in occasions:
            continue
        occasion, women = occasions[day]
        chosen = []
        if config.holiday_tiers:
            chosen.append(Customer.tier.in_(config.holiday_tiers))
        if config.holiday_tags:
            chosen.append(
                Customer.id.in_(
                    select(CustomerTag.customer_id).where(CustomerTag.tag.in_(config.holiday_tags))
                )
            )
        where = [or_(*chosen), live()]
        if women:
            where.append(or_(Customer.gender.is_(None), Customer.gender != Gender.MALE))
        title = {"occasion": occasion, "day": day.isoformat(), "name": Customer.full_name}
        query = select(*_greeting(session, "holiday", day, title, at)).where(*where)
        made += insert_new(session, query)
    return made
