"""Logging contacts: a call or visit recorded in seconds, corrected without rewriting it.

An interaction is append-only. What an agent logged stays as it was; a correction is a
new row pointing at the original (`corrects_id`) and is shown under it. The one thing
filled in later is the customer of an unknown caller, logged by number alone: linking
that caller links every contact from the number that is still unlinked.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.formatting import format_count, format_datetime
from app.i18n import t
from app.models import (
    Channel,
    Claim,
    Complaint,
    Customer,
    Direction,
    Interaction,
    Outcome,
    Reminder,
    User,
)
from app.services import audit
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.changes import writes
from app.services.contacts.call_topics import get_topic
from app.services.contacts.contact_text import contact_notes, question_to_show, question_to_store
from app.services.reminders.reminder_text import stored_title
from app.text import nfc, parse_phone
from app.timeutil import now_utc

NOTES_MAX = 20_000
CORRECTION_MAX = 5_000
ANSWER_MAX = 1_000
MAX_DURATION = timedelta(hours=24)
# Clocks on two seats disagree a little; a start further ahead than this is a typo.
CLOCK_SKEW = timedelta(minutes=5)
CALLBACK_RULE = "callback"


@dataclass(frozen=True)
class ScriptAnswer:
    question: str
    answer: str


@dataclass(frozen=True)
class InteractionInput:
    """What the new-contact form holds. Times are timezone-aware.

    The duration comes from `ended_at` when there is one, else from `duration_seconds`
    (typed by hand for a contact logged afterwards), else it is unknown.
    `callback_at` is required with the outcome "callback needed": the reminder goes to
    the agent, or to the shared pool with `callback_to_pool`.
    """

    channel: str
    direction: str
    started_at: datetime
    ended_at: datetime | None = None
    duration_seconds: int | None = None
    customer_id: int | None = None
    phone: str = ""
    topic: str = "other"
    outcome: str | None = None
    notes: str = ""
    satisfaction: int | None = None
    complaint_number: str = ""
    claim_number: str = ""
    script_answers: tuple[ScriptAnswer, ...] = ()
    callback_at: datetime | None = None
    callback_to_pool: bool = False
    # A line a service has worded above the notes when shown (contact_text): a kind and
    # its values, so it reads in each reader's language. Never from the form.
    summary_key: str | None = None
    summary_params: dict | None = None


@dataclass(frozen=True)
class CorrectionView:
    id: int
    at: datetime
    note: str
    agent_name: str | None


@dataclass(frozen=True)
class InteractionView:
    id: int
    customer_id: int | None
    customer_code: str | None
    customer_name: str | None
    phone_e164: str | None
    channel: str
    direction: str
    started_at: datetime
    ended_at: datetime | None
    duration_seconds: int | None
    topic: str
    outcome: str | None
    notes: str
    satisfaction: int | None
    agent_name: str | None
    complaint_number: str | None
    claim_number: str | None
    script_answers: tuple[ScriptAnswer, ...]
    callback_reminder_id: int | None
    corrections: tuple[CorrectionView, ...] = field(default=())


def _choice(enum_type, value, what: str, field_name: str):
    try:
        return enum_type(value)
    except ValueError:
        raise ValidationError(t("Choose the {what}.", what=what), field_name) from None


def _duration(data: InteractionInput, now: datetime) -> int | None:
    start = data.started_at
    if start.tzinfo is None:
        raise ValueError("started_at must be timezone-aware")
    if start > now + CLOCK_SKEW:
        raise ValidationError(
            t(
                "The start ({start}) is in the future; correct the start time.",
                start=format_datetime(start),
            ),
            "started_at",
        )
    if data.ended_at is not None:
        if data.ended_at < start:
            raise ValidationError(
                t(
                    "The end ({end}) is before the start ({start}); correct one of them.",
                    end=format_datetime(data.ended_at),
                    start=format_datetime(start),
                ),
                "ended_at",
            )
        seconds = int((data.ended_at - start).total_seconds())
    else:
        seconds = data.duration_seconds
    if seconds is None:
        return None
    if seconds < 0:
        raise ValidationError(t("A duration cannot be negative."), "duration")
    if seconds > MAX_DURATION.total_seconds():
        raise ValidationError(
            t("A contact cannot last more than 24 hours; check the start and end times."),
            "duration",
        )
    return seconds


def paragraphs(value: str, limit: int, field_name: str) -> str:
    """Free text as typed (NFC, line breaks kept: nfc() would fold them into spaces),
    refused beyond `limit` characters with a message that says nothing is lost."""
    text = unicodedata.normalize("NFC", (value or "").replace("\r\n", "\n")).strip()
    if len(text) > limit:
        raise ValidationError(
            t(
                "The text is {count} characters long; at most {limit} fit. Shorten it: "
                "nothing you typed is lost.",
                count=format_count(len(text)),
                limit=format_count(limit),
            ),
            field_name,
        )
    return text


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(t("That customer does not exist."))
    if customer.merged_into_id is not None:
        customer = session.get(Customer, customer.merged_into_id) or customer
    if customer.archived_at is not None:
        raise ValidationError(
            t(
                "{name} ({code}) is archived; restore the customer before logging a contact.",
                name=customer.full_name,
                code=customer.code,
            ),
            "customer",
        )
    return customer


def _linked(session: Session, model, number: str, customer_id: int | None, what: str, name: str):
    number = number.strip().upper()
    if not number:
        return None
    record = session.scalar(select(model).where(model.number == number))
    if record is None:
        raise ValidationError(t("There is no {what} {number}.", what=what, number=number), name)
    if customer_id is not None and record.customer_id != customer_id:
        raise ValidationError(
            t(
                "{what} {number} belongs to another customer.",
                what=what.capitalize(),
                number=number,
            ),
            name,
        )
    return record


def _answers(data: InteractionInput) -> list[list[str]] | None:
    pairs = []
    english = question_to_store()  # the app's own questions: worded again when shown
    for item in data.script_answers:
        answer = paragraphs(item.answer, ANSWER_MAX, "script_answers")
        if answer:
            question = nfc(item.question).strip()
            pairs.append([english.get(question, question), answer])
    return pairs or None


@writes("contact", "reminder", "customer")
def log_interaction(
    session: Session, actor: Actor, data: InteractionInput, now: datetime | None = None
) -> InteractionView:
    """Record one contact (and its callback reminder); the customer's last contact moves."""
    require(actor, "contact.log")
    now = now or now_utc()
    channel = _choice(Channel, data.channel, t("channel"), "channel")
    direction = _choice(Direction, data.direction, t("direction (in or out)"), "direction")
    outcome = _choice(Outcome, data.outcome, t("outcome"), "outcome") if data.outcome else None
    seconds = _duration(data, now)
    topic = get_topic(session, data.topic or "other")
    if not topic.active:
        raise ValidationError(
            t(
                "The topic “{name}” is no longer offered; choose another.",
                name=topic.label or topic.key,
            ),
            "topic",
        )
    notes = paragraphs(data.notes, NOTES_MAX, "notes")
    if data.satisfaction is not None and not 1 <= data.satisfaction <= 5:
        raise ValidationError(t("Satisfaction is a score from 1 to 5."), "satisfaction")
    customer = _customer(session, data.customer_id) if data.customer_id is not None else None
    phone = parse_phone(data.phone).e164 if data.phone.strip() else None
    if customer is None and phone is None:
        raise ValidationError(
            t("Choose the customer, or type the caller's phone number to log it by number."),
            "customer",
        )
    customer_id = customer.id if customer else None
    complaint = _linked(
        session, Complaint, data.complaint_number, customer_id, t("complaint"), "complaint"
    )
    claim = _linked(session, Claim, data.claim_number, customer_id, t("claim"), "claim")
    if outcome is Outcome.CALLBACK_NEEDED:
        if data.callback_at is None:
            raise ValidationError(t("Say when to call back."), "callback_at")
        if data.callback_at < data.started_at:
            raise ValidationError(
                t("The callback time is before the contact started; choose a later time."),
                "callback_at",
            )
    row = Interaction(
        customer_id=customer_id,
        phone_e164=phone,
        channel=channel,
        direction=direction,
        started_at=data.started_at,
        ended_at=data.ended_at,
        duration_seconds=seconds,
        topic=topic.key,
        outcome=outcome,
        notes=notes,
        summary_key=data.summary_key,
        summary_params=data.summary_params,
        satisfaction=data.satisfaction,
        agent_id=actor.user_id,
        store_id=actor.store_id,
        complaint_id=complaint.id if complaint else None,
        claim_id=claim.id if claim else None,
        script_answers=_answers(data),
    )
    session.add(row)
    session.flush()
    reminder = None
    if outcome is Outcome.CALLBACK_NEEDED and data.callback_at is not None:
        reminder = _callback(session, actor, row, customer, data)
    if customer is not None:
        _touch(session, customer.id, data.started_at)
    audit.record(
        session,
        actor,
        "interaction",
        row.id,
        "create",
        None,
        {
            **audit.snapshot(
                row,
                (
                    "customer_id",
                    "phone_e164",
                    "channel",
                    "direction",
                    "started_at",
                    "duration_seconds",
                    "topic",
                    "outcome",
                ),
            ),
            "callback_reminder_id": reminder.id if reminder else None,
        },
    )
    return get_interaction(session, row.id)


def _callback(
    session: Session,
    actor: Actor,
    row: Interaction,
    customer: Customer | None,
    data: InteractionInput,
) -> Reminder:
    who = customer.full_name if customer else parse_phone(data.phone).national
    reminder = Reminder(
        unique_key=f"{CALLBACK_RULE}:interaction:{row.id}",
        rule=CALLBACK_RULE,
        subject_type="interaction",
        subject_id=row.id,
        customer_id=row.customer_id,
        due_at=data.callback_at,
        **stored_title("callback", who=who),  # worded when shown, in the reader's language
        notes=row.notes[:2000],
        assignee_id=None if data.callback_to_pool else actor.user_id,
        store_id=actor.store_id,
    )
    session.add(reminder)
    session.flush()
    return reminder


def _touch(session: Session, customer_id: int, at: datetime) -> None:
    # A plain UPDATE: the last contact is not an edit of the customer, so it must not
    # make someone's open customer form stale (no version bump).
    session.execute(
        update(Customer)
        .where(Customer.id == customer_id)
        .where((Customer.last_contact_at.is_(None)) | (Customer.last_contact_at < at))
        .values(last_contact_at=at)
    )


def _original(session: Session, interaction_id: int) -> Interaction:
    row = session.get(Interaction, interaction_id)
    if row is None:
        raise NotFound(t("That contact does not exist."))
    if row.corrects_id is not None:  # a correction of a correction corrects the original
        row = session.get(Interaction, row.corrects_id) or row
    return row


@writes("contact")
def add_correction(
    session: Session, actor: Actor, interaction_id: int, note: str, now: datetime | None = None
) -> InteractionView:
    """Add a correction note under a contact; the contact itself is never changed."""
    require(actor, "contact.log")
    original = _original(session, interaction_id)
    text = paragraphs(note, CORRECTION_MAX, "note")
    if not text:
        raise ValidationError(t("Type the correction."), "note")
    at = now or now_utc()
    row = Interaction(
        customer_id=original.customer_id,
        phone_e164=original.phone_e164,
        channel=original.channel,
        direction=original.direction,
        started_at=at,
        topic=original.topic,
        notes=text,
        agent_id=actor.user_id,
        store_id=actor.store_id,
        corrects_id=original.id,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "interaction",
        original.id,
        "correct",
        None,
        {"correction_id": row.id, "note": text[:500]},
    )
    return get_interaction(session, original.id)


@writes("contact", "customer")
def link_caller(session: Session, actor: Actor, interaction_id: int, customer_id: int) -> int:
    """Link an unknown caller's contact, and every other unlinked contact from the same
    number, to a customer; returns how many contacts were linked."""
    require(actor, "contact.log")
    original = _original(session, interaction_id)
    if original.customer_id is not None:
        raise ValidationError(t("This contact is already linked to a customer."), "customer")
    customer = _customer(session, customer_id)
    same_number = Interaction.id == original.id
    if original.phone_e164:
        same_number = same_number | (Interaction.phone_e164 == original.phone_e164)
    ids = list(
        session.scalars(
            select(Interaction.id).where(same_number, Interaction.customer_id.is_(None))
        )
    )
    session.execute(
        update(Interaction).where(Interaction.id.in_(ids)).values(customer_id=customer.id)
    )
    newest = session.scalar(select(func.max(Interaction.started_at)).where(Interaction.id.in_(ids)))
    if newest is not None:
        _touch(session, customer.id, newest)
    audit.record(
        session,
        actor,
        "interaction",
        original.id,
        "link_customer",
        {"customer_id": None},
        {
            "customer_id": customer.id,
            "customer_code": customer.code,
            "phone_e164": original.phone_e164,
            "linked": len(ids),
        },
    )
    return len(ids)


def _corrections(session: Session, ids: list[int]) -> dict[int, list[CorrectionView]]:
    found: dict[int, list[CorrectionView]] = {}
    if not ids:
        return found
    rows = session.execute(
        select(
            Interaction.corrects_id,
            Interaction.id,
            Interaction.started_at,
            Interaction.notes,
            User.full_name,
        )
        .outerjoin(User, User.id == Interaction.agent_id)
        .where(Interaction.corrects_id.in_(ids))
    )
    # Sorted here: an ORDER BY lets SQLite walk the started_at index of every contact
    # instead of the corrects_id one (a quarter of a second at five million contacts).
    for original, cid, at, note, agent in sorted(rows, key=lambda r: (r[2], r[1])):
        found.setdefault(original, []).append(CorrectionView(cid, at, note, agent))
    return found


def corrections_of(session: Session, ids: list[int]) -> dict[int, tuple[CorrectionView, ...]]:
    """Correction notes under each of `ids`, oldest first (ids without any are absent)."""
    return {k: tuple(v) for k, v in _corrections(session, ids).items()}


def script_answers_of(value: object) -> tuple[ScriptAnswer, ...]:
    """Stored [[question, answer], ...]; a question the app put itself reads in the reader's
    language, one a supervisor wrote as it was asked."""
    if not isinstance(value, list):
        return ()
    shown = question_to_show()
    return tuple(ScriptAnswer(shown.get(str(q), str(q)), str(a)) for q, a in value)


def get_interaction(session: Session, interaction_id: int) -> InteractionView:
    row = _original(session, interaction_id)
    customer = session.get(Customer, row.customer_id) if row.customer_id else None
    agent = session.get(User, row.agent_id) if row.agent_id else None
    complaint = session.get(Complaint, row.complaint_id) if row.complaint_id else None
    claim = session.get(Claim, row.claim_id) if row.claim_id else None
    reminder_id = session.scalar(
        select(Reminder.id).where(Reminder.unique_key == f"{CALLBACK_RULE}:interaction:{row.id}")
    )
    return InteractionView(
        id=row.id,
        customer_id=row.customer_id,
        customer_code=customer.code if customer else None,
        customer_name=customer.full_name if customer else None,
        phone_e164=row.phone_e164,
        channel=row.channel.value,
        direction=row.direction.value,
        started_at=row.started_at,
        ended_at=row.ended_at,
        duration_seconds=row.duration_seconds,
        topic=row.topic,
        outcome=row.outcome.value if row.outcome else None,
        notes=contact_notes(row.summary_key, row.summary_params, row.notes),
        satisfaction=row.satisfaction,
        agent_name=agent.full_name if agent else None,
        complaint_number=complaint.number if complaint else None,
        claim_number=claim.number if claim else None,
        script_answers=script_answers_of(row.script_answers),
        callback_reminder_id=reminder_id,
        corrections=tuple(_corrections(session, [row.id]).get(row.id, ())),
    )
