"""How long a complaint took, in business time: recorded when it happens, for the KPIs.

The first response and each resolution store the business seconds since the complaint was
opened, leaving out the business time it waited for the customer, so a median or a 90th
percentile over a year is read from two columns instead of replaying every timeline.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Complaint, ComplaintEvent, ComplaintStatus
from app.services.complaints.business_hours import BusinessCalendar
from app.services.complaints.sla_clock import Pause

WAITING = ComplaintStatus.WAITING_CUSTOMER.value


def waits(moves: Iterable[tuple[datetime, str | None, str | None]]) -> list[Pause]:
    """The waits for the customer in a timeline of (at, from_status, to_status), in time
    order; the last one open (None) while it still waits."""
    found: list[Pause] = []
    began: datetime | None = None
    for at, before, after in sorted(moves, key=lambda m: m[0]):
        if after == WAITING:
            # Already waiting (a second step into it): the wait began at the first.
            if began is None:
                began = at
        elif before == WAITING and began is not None:
            found.append((began, at))
            began = None
    if began is not None:
        found.append((began, None))
    return found


def business_seconds(
    calendar: BusinessCalendar, opened: datetime, at: datetime, pauses: Iterable[Pause]
) -> int:
    """Business seconds from `opened` to `at`, less the business time spent waiting."""
    if at <= opened:
        return 0
    waited = sum(
        calendar.between(max(start, opened), min(end or at, at))
        for start, end in pauses
        if min(end or at, at) > max(start, opened)
    )
    return max(0, round(calendar.between(opened, at) - waited))


def seconds_until(
    session: Session, calendar: BusinessCalendar, complaint: Complaint, at: datetime
) -> int:
    """The business seconds the complaint has run until `at`, its waits left out."""
    moves = session.execute(
        select(ComplaintEvent.at, ComplaintEvent.from_status, ComplaintEvent.to_status).where(
            ComplaintEvent.complaint_id == complaint.id
        )
    ).all()
    return business_seconds(calendar, complaint.opened_at, at, waits(moves))
