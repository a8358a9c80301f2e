"""Reminders: the follow-ups a customer's history calls for, done or still open."""

from __future__ import annotations

from datetime import date, timedelta

from app.models import ReminderStatus
from app.services.demo import texts
from app.services.demo.builder_base import BuilderBase
from app.services.demo.records import Bought, Cust
from app.services.reminders.reminder_text import stored_title

# A title the app words (as the rules store it: a key and its values) or the demo's own
# Vietnamese words, where the values a rule would name are not known yet (a complaint's
# number comes later, a quiet spell has no rule setting behind it).
Title = dict[str, object] | str


class ReminderRows(BuilderBase):
    """Reminders for what a customer's history calls for: follow-ups, birthdays, expiring
    warranties, quiet good customers."""

    def reminders(
        self, c: Cust, bought: list[Bought], full_name: str, tier: str, consent: bool
    ) -> None:
        today, titles = self.t, texts.REMINDER_TITLES
        # Promised callbacks are made with their contact (callbacks.py).
        due: list[tuple[str, str, int, int, Title]] = [(*item, titles[item[0]]) for item in c.due]
        for b in bought:
            if b.day >= today - 10:
                title = stored_title("post_purchase", product=b.product.name)
                due.append(("post_purchase", "purchase", b.id, b.day + 3, title))
            warn = b.warranty_end.toordinal() - 7
            if today - 7 <= warn <= today + 14 and b.price >= 3_000_000:
                title = stored_title(
                    "warranty_ending", product=b.product.name, date=b.warranty_end.isoformat()
                )
                due.append(("warranty_ending", "purchase", b.id, warn, title))
        if c.birthday and (tier != "member" or consent):
            for year in (self.today.year - 1, self.today.year, self.today.year + 1):
                try:
                    day = c.birthday.replace(year=year)
                except ValueError:  # 29 February is celebrated on the 28th in other years
                    day = date(year, 2, 28)
                if today - 3 <= day.toordinal() <= today + 7:
                    title = stored_title("birthday", name=full_name)
                    due.append(("birthday", "customer", c.id, day.toordinal(), title))
        quiet = c.last is None or c.last < self.end - timedelta(days=365)
        if tier in ("gold", "vip") and quiet and self.random() < 0.5:
            day = today + self.rng.randint(-5, 10)
            due.append(("inactive", "customer", c.id, day, titles["inactive"]))
        for item in due:
            self.reminder(c, *item)

    def reminder(
        self, c: Cust, rule: str, subject_type: str, subject_id: int, day: int, title: Title
    ) -> None:
        due_at = self.at(day, (16 + self.below(18)) * 1800)  # 08:00 to 16:30, local
        assignee = None
        if self.random() < 0.6:  # the rest wait in the store's shared pool
            assignee = self.staff(c.store_id, self.random() < 0.5)[0]
        status, done_at, done_by, snoozed = ReminderStatus.OPEN, None, None, None
        if day < self.t:
            roll = self.random()
            if roll < 0.8:
                status = ReminderStatus.DONE if roll < 0.75 else ReminderStatus.DISMISSED
                done_at = min(
                    due_at + timedelta(minutes=5 + self.below(1440)),
                    self.end - timedelta(minutes=1 + self.below(600)),
                )
                done_by = assignee or self.staff(c.store_id, True)[0]
        elif day == self.t and self.random() < 0.1:
            snoozed = due_at + timedelta(hours=2)
        created = min(due_at - timedelta(days=1 + self.below(3)), self.end)
        self.rows["reminders"].append(
            {
                "id": self.next_id("reminders"),
                "unique_key": f"{rule}:{subject_type}:{subject_id}:{date.fromordinal(day)}",
                "rule": rule,
                "subject_type": subject_type,
                "subject_id": subject_id,
                "customer_id": c.id,
                "due_at": due_at,
                **(
                    title
                    if isinstance(title, dict)
                    else {"title": title, "title_key": None, "title_params": None}
                ),
                "notes": "",
                "assignee_id": assignee,
                "store_id": c.store_id,
                "status": status,
                "snoozed_until": snoozed,
                "done_at": done_at,
                "done_by_id": done_by,
                "created_at": created,
                "updated_at": done_at or created,
                "version": 1,
            }
        )
