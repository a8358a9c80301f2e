"""A reminder opened on the customer's profile: why it is there, what to say, what to send."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.errors import NotFound
from app.i18n import t
from app.models import Reminder
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.reminders.greetings import greeting_text
from app.services.reminders.reminder_inbox import ReminderRow, reminder_row
from app.services.reminders.reminder_settings import rule_names


def reasons() -> dict[str, str]:
    """Why each kind of reminder exists, as the agent reads it."""
    return {
        "post_purchase": t(
            "The customer's purchase was delivered a few days ago: a check-in call keeps them."
        ),
        "post_resolution": t(
            "A complaint of this customer was resolved: ask whether they "
            "are satisfied (CSAT) and how easy it was (CES)."
        ),
        "birthday": t("It is the customer's birthday."),
        "warranty_ending": t("A warranty of this customer ends soon."),
        "inactive": t("The customer has not bought or been in touch for a long time."),
        "holiday": t("A holiday greeting for a valued customer."),
        "callback": t("A callback was promised to the customer."),
        "sla": t("A complaint is close to or past its SLA target."),
    }


def scripts() -> dict[str, str]:
    """What to say, per kind of reminder."""
    return {
        "post_purchase": t(
            "Greet the customer and thank them for the purchase. Ask whether "
            "delivery and installation went well and the product works as "
            "expected. Offer help with using it."
        ),
        "post_resolution": t(
            "Remind the customer of the complaint and how it was resolved. "
            "Ask: how satisfied are you, 1 to 5? How easy was it to get "
            "this resolved? Note anything still wrong."
        ),
        "birthday": t(
            "Wish the customer a happy birthday; mention their member benefits. Keep it short."
        ),
        "warranty_ending": t(
            "Tell the customer when the warranty ends. Offer a check-up "
            "before then, or an extended warranty."
        ),
        "inactive": t(
            "Ask how the customer is and whether their products serve them well. "
            "Mention what is new and the offers for their tier."
        ),
        "holiday": t("Send the greeting, or call the most valued customers in person."),
        "callback": t("Call back as promised; read the notes of the last contact first."),
        "sla": t("Open the complaint and act on it before (or now that) its target passes."),
    }


@dataclass(frozen=True)
class ReminderDetail:
    row: ReminderRow
    kind: str
    reason: str
    script: str
    greeting: str | None


def reminder_detail(session: Session, actor: Actor, reminder_id: int) -> ReminderDetail:
    """The reminder with its reason, call script and greeting text filled in."""
    require(actor, "reminder.work")
    reminder = session.get(Reminder, reminder_id)
    if reminder is None:
        raise NotFound(t("That reminder does not exist any more."))
    row = reminder_row(session, reminder_id)
    return ReminderDetail(
        row=row,
        kind=rule_names().get(reminder.rule, reminder.rule),
        reason=reasons().get(reminder.rule, row.title),
        script=scripts().get(reminder.rule, ""),
        greeting=greeting_text(session, reminder),
    )
