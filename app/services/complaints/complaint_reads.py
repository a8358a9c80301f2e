"""Complaints as their screens read them: one with its SLA read now (which clock runs,
the business time left on it), the lists the queue's filters offer, and the purchases a
new complaint can be about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.services.access.stores import StoreView, open_stores
from app.services.actor import Actor
from app.services.complaints.business_hours import BusinessCalendar
from app.services.complaints.complaint_queue import FilterChoices, filter_choices
from app.services.complaints.complaints import ComplaintDetail, calendar_around, complaint_detail
from app.services.complaints.sla_settings import business_calendar
from app.services.customers.customer_profile import PurchaseLine, customer_profile
from app.timeutil import now_utc

OPEN_STATUSES = ("new", "in_progress", "reopened", "waiting_customer")


@dataclass(frozen=True)
class SlaReading:
    """`clock`: "first_response", "resolution" or None (no clock runs); `seconds_left` in
    business time, negative once overdue."""

    clock: str | None
    due: datetime | None
    seconds_left: float
    paused: bool


def read_sla(
    detail: ComplaintDetail, now: datetime | None = None, calendar: BusinessCalendar | None = None
) -> SlaReading:
    """Which clock runs and the business time left on it (`calendar`: as the admin set it;
    None: the default week)."""
    view = detail.complaint
    if view.status not in OPEN_STATUSES:
        return SlaReading(None, None, 0.0, False)
    if detail.first_response_at is None and view.first_response_due is not None:
        clock, due = "first_response", view.first_response_due
    else:
        clock, due = "resolution", view.resolution_due
    if due is None:
        return SlaReading(None, None, 0.0, False)
    moment = now or now_utc()
    paused = view.status == "waiting_customer"
    if paused:
        # The clock stopped when the wait began; it moves on when the customer answers.
        waits = [e.at for e in detail.events if e.to_status == "waiting_customer"]
        moment = max(waits, default=moment)
    calendar = calendar or calendar_around(min(moment, due))
    left = calendar.between(moment, due) if due > moment else -calendar.between(due, moment)
    return SlaReading(clock, due, left, paused)


def load_complaint(
    session: Session, complaint_id: int, now: datetime | None = None
) -> tuple[ComplaintDetail, SlaReading]:
    """The complaint with its timeline, and its SLA read `now` in the admin's calendar."""
    moment = now or now_utc()
    detail = complaint_detail(session, complaint_id)
    return detail, read_sla(detail, moment, business_calendar(session, moment))


def queue_choices(session: Session) -> tuple[list[StoreView], FilterChoices]:
    """What the queue's store, product and agent filters offer."""
    return open_stores(session), filter_choices(session)


def complaint_purchases(
    session: Session, actor: Actor, customer_id: int
) -> tuple[PurchaseLine, ...]:
    """The customer's purchases a complaint can be about, newest first."""
    profile = customer_profile(session, actor, customer_id, timeline_limit=1, ledger_limit=1)
    return tuple(profile.purchases)
