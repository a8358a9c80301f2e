"""Which backup copies to keep: 7 daily, 4 weekly and 12 monthly.

Walking the copies from the newest, each rule keeps the newest copy of every day (week,
month) until it has kept its number of days (weeks, months); a copy kept by any rule
stays. Days, weeks and months are counted only where a copy exists, so a PC that was off
for a fortnight still keeps seven daily copies, not the two that fall in the last week.
Weeks are ISO weeks (Monday first), as Vietnamese calendars print them; the moments are
local times at the store.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime

DAILY = 7
WEEKLY = 4
MONTHLY = 12


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return year, week


def _month(moment: datetime) -> Hashable:
    return moment.year, moment.month


def _newest_per_bucket(
    newest_first: list[datetime], bucket: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for moment in newest_first:
        if len(seen) == count:
            break
        key = bucket(moment)
        if key not in seen:
            seen.add(key)
            kept.add(moment)
    return kept


def copies_to_keep(
    taken: Iterable[datetime], daily: int = DAILY, weekly: int = WEEKLY, monthly: int = MONTHLY
) -> set[datetime]:
    """The moments (of `taken`) whose copies stay; every other copy may be deleted."""
    newest_first = sorted(set(taken), reverse=True)
    return (
        _newest_per_bucket(newest_first, _day, daily)
        | _newest_per_bucket(newest_first, _week, weekly)
        | _newest_per_bucket(newest_first, _month, monthly)
    )
