"""The SLA rules demo complaints are timed by: the same business calendar and targets that
open_complaint uses for real ones, read once from the database's settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy.orm import Session

from app.services.complaints.business_hours import BusinessCalendar
from app.services.complaints.sla_clock import DEFAULT_TARGETS
from app.services.complaints.sla_settings import PRIORITIES, business_calendar, sla_targets


@dataclass(frozen=True)
class SlaRules:
    """The business calendar, and per priority the (first response, resolution) targets
    in business seconds."""

    calendar: BusinessCalendar
    targets: dict[str, tuple[float, float]]


def read_sla_rules(session: Session, today: date) -> SlaRules:
    """The rules as set in Admin > Settings; the calendar holds last year's holidays too."""
    calendar = business_calendar(session, datetime.combine(today, time(12), tzinfo=UTC))
    return SlaRules(calendar, _seconds(calendar, {p: sla_targets(session, p) for p in PRIORITIES}))


def default_sla_rules(today: date) -> SlaRules:
    """The rules as shipped, for a Builder made without a database."""
    calendar = BusinessCalendar.vietnam([today.year - 1, today.year, today.year + 1])
    return SlaRules(calendar, _seconds(calendar, DEFAULT_TARGETS))


def _seconds(calendar: BusinessCalendar, targets: dict) -> dict[str, tuple[float, float]]:
    return {
        p: (first.seconds(calendar), resolution.seconds(calendar))
        for p, (first, resolution) in targets.items()
    }
