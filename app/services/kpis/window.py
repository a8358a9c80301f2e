"""A period as the queries use it: UTC bounds, the local days, the moment of reading."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.config import DEFAULT_TIMEZONE
from app.services.kpis.period import Period
from app.services.kpis.sql_time import dialect

# A value per group: group key (None overall, else the dimension's value as text)
# -> KPI key -> (value or None, records counted).
Values = dict[str | None, dict[str, tuple[float | None, int]]]


@dataclass(frozen=True)
class Window:
    period: Period
    start: datetime  # UTC, inclusive
    end: datetime  # UTC, exclusive
    now: datetime
    tz: str
    kind: str  # "sqlite" or "postgresql"

    @property
    def due_end(self) -> datetime:
        """Due times are judged only once they have passed."""
        return min(self.end, self.now)


def window(session: Session, period: Period, now: datetime, tz: str = DEFAULT_TIMEZONE) -> Window:
    start, end = period.bounds(tz)
    return Window(period, start, end, now, tz, dialect(session))


def group_key(value: object) -> str:
    """A breakdown row's key: the value as text, "" for records without one (no agent,
    no product): None is the key of the overall row."""
    return "" if value is None else str(value)


def rows_into(values: Values, rows, keys: dict[str, int], grouped: bool) -> None:
    """Rows of (group?, count, value...) into `values`: `keys` maps a KPI to the column
    holding its value; every KPI of a row counts the row's `count` column."""
    for row in rows:
        group = group_key(row[0]) if grouped else None
        offset = 1 if grouped else 0
        count = int(row[offset] or 0)
        for key, column in keys.items():
            value = row[offset + column]
            values.setdefault(group, {})[key] = (
                None if value is None or count == 0 else float(value),
                count,
            )
