"""A page of the reminders inbox as its table shows it: each reminder with the phone to
call, so an agent can dial from the list, and whether it was overdue when read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.services.actor import Actor
from app.services.customers.customer_list import phone_numbers
from app.services.reminders.reminder_inbox import ReminderRow, reminder_page
from app.text import ParsedPhone
from app.timeutil import day_bounds_utc, local_date, now_utc


@dataclass(frozen=True)
class InboxLine:
    """A reminder with the phone to call (empty: no customer or no number) and whether it
    was due before today when the page was read."""

    row: ReminderRow
    phone: str
    overdue: bool


def inbox_lines(
    session: Session,
    actor: Actor,
    tab: str,
    scope: str,
    offset: int,
    limit: int,
    now: datetime | None = None,
) -> tuple[InboxLine, ...]:
    """One page of the inbox with each customer's first phone, as agents dial it."""
    now = now or now_utc()
    rows = reminder_page(session, actor, tab, scope, now, offset, limit)
    phones = phone_numbers(session, {r.customer_id for r in rows if r.customer_id})
    start_of_today = day_bounds_utc(local_date(now))[0]
    return tuple(
        InboxLine(
            row=r,
            phone=_national(phones[r.customer_id][0]) if phones.get(r.customer_id) else "",
            overdue=r.status == "open" and r.when < start_of_today,
        )
        for r in rows
    )


def _national(e164: str) -> str:
    return ParsedPhone(e164=e164, raw=e164).national
