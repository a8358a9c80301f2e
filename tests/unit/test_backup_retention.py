"""Which backup copies stay: 7 daily, 4 weekly (ISO weeks) and 12 monthly, newest first.

Monday 7 December 2026 is the day of the newest copy; the kept days below are worked out
on a calendar.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.services.backups.retention import copies_to_keep


def at(day: date, hour: int = 7) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def days(*stamps: str) -> set[datetime]:
    return {at(date.fromisoformat(s)) for s in stamps}


def test_a_year_of_daily_copies_keeps_twenty():
    first, last = date(2026, 1, 1), date(2026, 12, 7)
    taken = [at(first + timedelta(days=n)) for n in range((last - first).days + 1)]

    kept = copies_to_keep(taken)

    assert kept == days(
        # the last seven days
        "2026-12-01",
        "2026-12-02",
        "2026-12-03",
        "2026-12-04",
        "2026-12-05",
        "2026-12-06",
        "2026-12-07",
        # the newest of the weeks before: Sunday 29 and Sunday 22 November
        "2026-11-29",
        "2026-11-22",
        # the last of each earlier month
        "2026-11-30",
        "2026-10-31",
        "2026-09-30",
        "2026-08-31",
        "2026-07-31",
        "2026-06-30",
        "2026-05-31",
        "2026-04-30",
        "2026-03-31",
        "2026-02-28",
        "2026-01-31",
    )
    assert len(kept) == 20


def test_the_newest_copy_of_a_day_stays_and_the_earlier_one_goes():
    morning, afternoon = at(date(2026, 12, 7), 7), at(date(2026, 12, 7), 15)
    yesterday = at(date(2026, 12, 6))

    assert copies_to_keep([morning, afternoon, yesterday]) == {afternoon, yesterday}


def test_days_without_a_copy_do_not_use_up_the_seven():
    # The PC was off from 6 to 30 November.
    taken = days(
        "2026-11-01",
        "2026-11-02",
        "2026-11-03",
        "2026-11-04",
        "2026-11-05",
        "2026-12-01",
        "2026-12-02",
        "2026-12-03",
        "2026-12-04",
        "2026-12-05",
    )

    kept = copies_to_keep(taken)

    # Daily: 1-5 December, 5 and 4 November. Weekly adds Sunday 1 November (the week of
    # 26 October); 2 and 3 November share a week with the 5th and go.
    assert kept == days(
        "2026-12-01",
        "2026-12-02",
        "2026-12-03",
        "2026-12-04",
        "2026-12-05",
        "2026-11-05",
        "2026-11-04",
        "2026-11-01",
    )


def test_weeks_are_iso_weeks_across_the_new_year():
    thursday, friday = at(date(2026, 12, 31)), at(date(2027, 1, 1))  # both in week 53 of 2026
    monday = at(date(2027, 1, 4))  # week 1 of 2027

    assert copies_to_keep([thursday, friday, monday], daily=0, weekly=2, monthly=0) == {
        friday,
        monday,
    }
    assert copies_to_keep([thursday, friday], daily=0, weekly=0, monthly=2) == {
        thursday,
        friday,
    }


def test_each_rule_keeps_exactly_its_number():
    taken = [at(date(2026, 12, 7) - timedelta(days=n)) for n in range(400)]
    newest = sorted(taken, reverse=True)

    assert copies_to_keep(taken, daily=3, weekly=0, monthly=0) == set(newest[:3])
    assert copies_to_keep(taken, daily=0, weekly=0, monthly=0) == set()
    # Sundays are the newest of their weeks: 7 Dec (Monday), then 6, 29 and 22 November.
    assert copies_to_keep(taken, daily=0, weekly=4, monthly=0) == days(
        "2026-12-07", "2026-12-06", "2026-11-29", "2026-11-22"
    )
    assert len(copies_to_keep(taken, daily=0, weekly=0, monthly=13)) == 13


def test_no_copies_keep_nothing():
    assert copies_to_keep([]) == set()
