"""Promised callbacks: the reminder a "Callback needed" contact leaves, and the call made.

The callback is promised for a moment in the next working hours. Most agents call back
before it; how often one calls back late is theirs (agents.py). A callback made is a
call on the log and a reminder done; one still to make is an open reminder. The promise
of the demo's first callback contact falls on today, so any demo has a callback due.
"""

from __future__ import annotations

from datetime import date, datetime

from app.models import Channel, Direction, Outcome, ReminderStatus
from app.services.demo import texts
from app.services.demo.builder_base import BuilderBase
from app.services.demo.records import Cust
from app.services.reminders.reminder_text import stored_title

DISMISSED_SHARE = 0.03


class CallbackRows(BuilderBase):
    """Callback reminders, and the calls that do them (made with ContactRows.interaction)."""

    def callback(
        self,
        c: Cust,
        contact_id: int,
        started: datetime,
        agent: tuple[int, int],
        topic: str,
        notes: str,
        due_today: bool = False,
    ) -> None:
        rng = self.rng
        cal, promised = self.sla.calendar, rng.uniform(1, 8) * 3600  # business seconds
        if due_today:
            due = self.at(self.t, (18 + self.below(14)) * 1800)  # 09:00 to 15:30 today
        else:
            due = cal.add(started, promised).replace(microsecond=0)
        uid, store = agent
        status, done_at, done_by = ReminderStatus.OPEN, None, None
        if due < self.end and not due_today:
            if self.random() < DISMISSED_SHARE:
                status, done_at, done_by = ReminderStatus.DISMISSED, due, uid
            elif self.random() < self.profiles[uid].late:
                done_at = cal.add(due, rng.uniform(0.5, 20) * 3600)
            else:  # in working hours, as the agent works
                done_at = min(due, cal.add(started, promised * rng.uniform(0.3, 1.0)))
            if status is ReminderStatus.OPEN and done_at < self.end:
                status, done_by = ReminderStatus.DONE, uid
                done_at = done_at.replace(microsecond=0)
                outcome = self.one((Outcome.INFORMATION_GIVEN, Outcome.RESOLVED_FIRST_CONTACT))
                note = texts.CALLBACK_DONE_NOTE
                self.interaction(
                    c, done_at, Channel.PHONE, Direction.OUTBOUND, topic, outcome, note, agent=agent
                )
            elif status is ReminderStatus.OPEN:
                done_at = None  # still to do when the history ends: overdue
        day = date.fromordinal(self.local_day(due))
        self.rows["reminders"].append(
            {
                "id": self.next_id("reminders"),
                "unique_key": f"callback:interaction:{contact_id}:{day}",
                "rule": "callback",
                "subject_type": "interaction",
                "subject_id": contact_id,
                "customer_id": c.id,
                "due_at": due,
                **stored_title("callback", who=c.name),
                "notes": notes[:2000],
                "assignee_id": uid,
                "store_id": store,
                "status": status,
                "snoozed_until": None,
                "done_at": done_at,
                "done_by_id": done_by,
                "created_at": started,
                "updated_at": done_at or started,
                "version": 1 if status is ReminderStatus.OPEN else 2,
            }
        )
