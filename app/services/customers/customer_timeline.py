"""A customer's timeline: calls and contacts, complaints, claims and reminders, newest first.

Each source is read once, newest first and at most `limit + 1` rows (the customer
indexes serve the order), then the four short lists are merged. The extra row tells the
screen there is more without counting everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Claim, Complaint, Interaction, Product, Purchase, Reminder, User
from app.services.contacts.call_topics import custom_topic_names
from app.services.contacts.contact_text import contact_notes
from app.services.contacts.interactions import (
    CorrectionView,
    ScriptAnswer,
    corrections_of,
    script_answers_of,
)
from app.services.reminders.reminder_text import reminder_title


@dataclass(frozen=True)
class TimelineItem:
    """One row of the timeline; fields that do not apply to its kind are None.

    kind "interaction": title = topic, status = outcome, detail = notes, with channel,
      direction, agent_name, duration_seconds, satisfaction, the call-script answers and
      the correction notes added under it (the contact itself never changes).
    "complaint": number, title = category, status, severity, detail = description.
    "claim": number, claim_kind, title = product name, status, detail = fault description.
    "reminder": title, status, `at` = when it is due (one still to come sits at the top).
    Words the system wrote (a reminder's title, a follow-up's first line) are in the
    reader's language.
    """

    kind: str
    id: int
    at: datetime
    title: str
    status: str | None
    detail: str
    number: str | None = None
    severity: str | None = None
    channel: str | None = None
    direction: str | None = None
    claim_kind: str | None = None
    agent_name: str | None = None
    duration_seconds: int | None = None
    satisfaction: int | None = None
    script_answers: tuple[ScriptAnswer, ...] = ()
    corrections: tuple[CorrectionView, ...] = ()
    topic_label: str | None = None  # the name of a topic a supervisor added


def _value(enum_or_none) -> str | None:
    return None if enum_or_none is None else str(enum_or_none.value)


def _interactions(session: Session, customer_id: int, limit: int) -> list[TimelineItem]:
    rows = session.execute(
        select(
            Interaction.id,
            Interaction.started_at,
            Interaction.topic,
            Interaction.outcome,
            Interaction.notes,
            Interaction.channel,
            Interaction.direction,
            User.full_name,
            Interaction.duration_seconds,
            Interaction.satisfaction,
            Interaction.script_answers,
            Interaction.summary_key,
            Interaction.summary_params,
        )
        .outerjoin(User, User.id == Interaction.agent_id)
        .where(Interaction.customer_id == customer_id, Interaction.corrects_id.is_(None))
        .order_by(Interaction.started_at.desc(), Interaction.id.desc())
        .limit(limit)
    ).all()
    corrections = corrections_of(session, [r[0] for r in rows])
    names = custom_topic_names(session)
    return [
        TimelineItem(
            "interaction",
            iid,
            at,
            topic,
            _value(outcome),
            contact_notes(summary_key, summary_params, notes),
            channel=_value(channel),
            direction=_value(direction),
            agent_name=agent,
            duration_seconds=seconds,
            satisfaction=score,
            script_answers=script_answers_of(answers),
            corrections=corrections.get(iid, ()),
            topic_label=names.get(topic),
        )
        for (
            iid,
            at,
            topic,
            outcome,
            notes,
            channel,
            direction,
            agent,
            seconds,
            score,
            answers,
            summary_key,
            summary_params,
        ) in rows
    ]


def _complaints(session: Session, customer_id: int, limit: int) -> list[TimelineItem]:
    rows = session.execute(
        select(
            Complaint.id,
            Complaint.opened_at,
            Complaint.category,
            Complaint.status,
            Complaint.description,
            Complaint.number,
            Complaint.severity,
        )
        .where(Complaint.customer_id == customer_id)
        .order_by(Complaint.opened_at.desc(), Complaint.id.desc())
        .limit(limit)
    )
    return [
        TimelineItem(
            "complaint",
            cid,
            at,
            category,
            _value(status),
            text,
            number=number,
            severity=_value(severity),
        )
        for cid, at, category, status, text, number, severity in rows
    ]


def _claims(session: Session, customer_id: int, limit: int) -> list[TimelineItem]:
    rows = session.execute(
        select(
            Claim.id,
            Claim.received_at,
            Product.name,
            Claim.status,
            Claim.fault_description,
            Claim.number,
            Claim.kind,
        )
        .join(Purchase, Purchase.id == Claim.purchase_id)
        .join(Product, Product.id == Purchase.product_id)
        .where(Claim.customer_id == customer_id)
        .order_by(Claim.received_at.desc(), Claim.id.desc())
        .limit(limit)
    )
    return [
        TimelineItem(
            "claim", cid, at, product, _value(status), fault, number=number, claim_kind=_value(kind)
        )
        for cid, at, product, status, fault, number, kind in rows
    ]


def _reminders(session: Session, customer_id: int, limit: int) -> list[TimelineItem]:
    rows = session.execute(
        select(
            Reminder.id,
            Reminder.due_at,
            Reminder.title_key,
            Reminder.title_params,
            Reminder.title,
            Reminder.status,
            Reminder.notes,
        )
        .where(Reminder.customer_id == customer_id)
        .order_by(Reminder.due_at.desc(), Reminder.id.desc())
        .limit(limit)
    )
    return [
        TimelineItem(
            "reminder", rid, due, reminder_title(key, params, title), _value(status), notes
        )
        for rid, due, key, params, title, status, notes in rows
    ]


def timeline(session: Session, customer_id: int, limit: int = 50) -> list[TimelineItem]:
    """Up to `limit + 1` items, newest first: the extra one means "there is more"."""
    fetch = max(0, limit) + 1
    items = [
        *_interactions(session, customer_id, fetch),
        *_complaints(session, customer_id, fetch),
        *_claims(session, customer_id, fetch),
        *_reminders(session, customer_id, fetch),
    ]
    items.sort(key=lambda item: (item.at, item.id), reverse=True)
    return items[:fetch]
