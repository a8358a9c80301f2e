"""A complaint queue page as its table shows it: each row with its clock read on the
worker that read the page, so painting a cell never walks a business calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.services.actor import Actor
from app.services.complaints.business_hours import BusinessCalendar
from app.services.complaints.complaint_queue import QueueFilter, QueueRow, queue_page
from app.services.complaints.sla_settings import business_calendar
from app.timeutil import now_utc


@dataclass(frozen=True)
class QueueLine:
    """A queue row with its clock read: the due time that counts now and the business
    seconds left until it (negative: that long overdue; None: no due time)."""

    row: QueueRow
    due: datetime | None
    seconds_left: float | None

    @property
    def first_response(self) -> bool:
        return self.row.first_response_at is None

    @property
    def state(self) -> str:
        """on_track, at_risk or breached: a passed due time is breached before the
        periodic SLA pass has marked it."""
        if self.seconds_left is not None and self.seconds_left < 0:
            return "breached"
        return self.row.sla_state


def line_for(row: QueueRow, now: datetime, calendar: BusinessCalendar) -> QueueLine:
    """`row` with the business time left until its first response or resolution due."""
    due = row.first_response_due if row.first_response_at is None else row.resolution_due
    if due is None:
        return QueueLine(row, None, None)
    if due >= now:
        return QueueLine(row, due, calendar.between(now, due))
    # Overdue by at least a second, even when it fell due outside business hours.
    return QueueLine(row, due, -max(1.0, calendar.between(due, now)))


def queue_lines(
    session: Session,
    actor: Actor,
    queue: str,
    f: QueueFilter,
    offset: int,
    limit: int,
    now: datetime | None = None,
) -> tuple[QueueLine, ...]:
    """A queue page with each row's time left, in the week and hours the admin set."""
    rows = queue_page(session, actor, queue, f, offset, limit)
    now = now or now_utc()
    calendar = business_calendar(session, now)
    return tuple(line_for(row, now, calendar) for row in rows)
