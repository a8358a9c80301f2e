"""Time arithmetic the KPI queries need, said once for SQLite and once for PostgreSQL.

SQLite keeps times as naive UTC text; PostgreSQL as timestamptz. Local days on SQLite are
taken with the zone's UTC offset at the start of the period (Asia/Ho_Chi_Minh has no
summer time, so this is exact there); PostgreSQL converts with the zone itself.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Float, cast, func, literal_column
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.timeutil import zone


def dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def offset_seconds(tz: str, at: datetime) -> int:
    offset = at.astimezone(zone(tz)).utcoffset()
    return int(offset.total_seconds()) if offset else 0


def local_day(kind: str, column: ColumnElement, tz: str, at: datetime) -> ColumnElement:
    """The local calendar day of `column` (text 'YYYY-MM-DD' on SQLite, a date on PG)."""
    if kind == "sqlite":
        return func.date(column, f"{offset_seconds(tz, at):+d} seconds")
    return cast(func.timezone(tz, column), Date)


def local_week(kind: str, column: ColumnElement, tz: str, at: datetime) -> ColumnElement:
    """The Monday of the local week of `column`."""
    if kind == "sqlite":
        return func.date(column, f"{offset_seconds(tz, at):+d} seconds", "weekday 0", "-6 days")
    return cast(func.date_trunc("week", func.timezone(tz, column)), Date)


def as_day(value: object) -> date:
    """A day as the database hands it back (text on SQLite)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def seconds_between(kind: str, early: ColumnElement, late: ColumnElement) -> ColumnElement:
    if kind == "sqlite":
        return (func.julianday(late) - func.julianday(early)) * 86400.0
    return cast(func.extract("epoch", late - early), Float)


def within_days(kind: str, early: ColumnElement, late: ColumnElement, days: int) -> ColumnElement:
    """`late` at most `days` days after `early` (both times)."""
    if kind == "sqlite":
        return func.julianday(late) <= func.julianday(early) + days
    return late <= early + literal_column(f"interval '{int(days)} days'")
