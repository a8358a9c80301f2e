"""An SLA clock: how much of a target is used, counted in business time, with pauses.

A complaint's clock runs in business hours from the moment it was opened and stops
while it waits for the customer. At 75 % of the target it is at risk, at 100 % breached.
The default targets per priority are the issue's: critical 1 h / 8 h, high 4 h / 24 h,
normal 8 h / 3 days, low 24 h / 5 days, where a day is one business day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from app.services.complaints.business_hours import BusinessCalendar

AT_RISK = 0.75
HOUR = 3600

# A pause: (started, ended); ended None while the complaint still waits for the customer.
Pause = tuple[datetime, datetime | None]


@dataclass(frozen=True)
class SlaTarget:
    """A target in business hours plus business days (a day is the calendar's day)."""

    hours: float = 0
    days: float = 0

    def seconds(self, calendar: BusinessCalendar) -> float:
        return self.hours * HOUR + self.days * calendar.day_seconds


DEFAULT_TARGETS: dict[str, tuple[SlaTarget, SlaTarget]] = {
    # priority: (first response, resolution)
    "critical": (SlaTarget(hours=1), SlaTarget(hours=8)),
    "high": (SlaTarget(hours=4), SlaTarget(hours=24)),
    "normal": (SlaTarget(hours=8), SlaTarget(days=3)),
    "low": (SlaTarget(hours=24), SlaTarget(days=5)),
}


@dataclass(frozen=True)
class SlaClock:
    used_seconds: float  # business time used so far, pauses left out
    target_seconds: float
    due_at: datetime | None  # None while paused: the clock is stopped
    paused: bool

    @property
    def remaining_seconds(self) -> float:
        return self.target_seconds - self.used_seconds

    @property
    def fraction(self) -> float:
        return self.used_seconds / self.target_seconds if self.target_seconds else 1.0

    @property
    def state(self) -> str:
        """ "on_track", "at_risk" (75 % used) or "breached" (100 % used)."""
        if self.fraction >= 1:
            return "breached"
        return "at_risk" if self.fraction >= AT_RISK else "on_track"


def _paused_seconds(calendar: BusinessCalendar, pauses: Sequence[Pause], now: datetime) -> float:
    return sum(calendar.between(start, min(end or now, now)) for start, end in pauses)


def _due(
    calendar: BusinessCalendar,
    started_at: datetime,
    target_seconds: float,
    pauses: Sequence[Pause],
) -> datetime | None:
    """When the target is met, running the clock between pauses; None if it is paused
    (for good, so far) before it is met. A pause after the due time changes nothing."""
    remaining, cursor = target_seconds, started_at
    for start, end in sorted(pauses, key=lambda p: p[0]):
        if end is not None and end <= cursor:
            continue
        running = calendar.between(cursor, max(start, cursor))
        if running >= remaining:
            break
        remaining -= running
        if end is None:
            return None
        cursor = end
    return calendar.add(cursor, remaining)


def sla_clock(
    calendar: BusinessCalendar,
    started_at: datetime,
    target: SlaTarget,
    now: datetime,
    pauses: Sequence[Pause] = (),
) -> SlaClock:
    """Where the clock of a target stands at `now` (pauses are the waits for the customer)."""
    target_seconds = target.seconds(calendar)
    used = max(0.0, calendar.between(started_at, now) - _paused_seconds(calendar, pauses, now))
    waiting = any(end is None for _, end in pauses)
    return SlaClock(
        used, target_seconds, _due(calendar, started_at, target_seconds, pauses), waiting
    )
