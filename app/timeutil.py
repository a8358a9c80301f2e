"""Local days in the configured zone: stored times are UTC, people think in local days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.config import DEFAULT_TIMEZONE


def zone(name: str = DEFAULT_TIMEZONE) -> ZoneInfo:
    return ZoneInfo(name)


def now_utc() -> datetime:
    return datetime.now(UTC)


def local_date(moment: datetime, tz: str = DEFAULT_TIMEZONE) -> date:
    return moment.astimezone(zone(tz)).date()


def day_bounds_utc(day: date, tz: str = DEFAULT_TIMEZONE) -> tuple[datetime, datetime]:
    """[start, end) of a local calendar day, in UTC."""
    start = datetime.combine(day, time.min, tzinfo=zone(tz))
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone(tz))
    return start.astimezone(UTC), end.astimezone(UTC)
