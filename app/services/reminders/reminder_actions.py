"""Working a reminder: take it from the pool, snooze it, complete it, hand it to someone.

An agent acts on their own reminders and the shared pool; someone else's needs
work.reassign. Each action writes one audit entry. Two people acting on the same
reminder at once: the second one gets a Conflict naming who did what first, and nothing
is done twice. Taking from the pool on PostgreSQL locks the row with
`FOR UPDATE SKIP LOCKED`, so two agents can never both win it; on SQLite writers queue
and the version column refuses the second.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.errors import Conflict, NotFound, ValidationError
from app.formatting import format_datetime
from app.i18n import t
from app.models import AuditEntry, Customer, Interaction, Reminder, ReminderStatus, User
from app.services import audit
from app.services.access.permissions import require, require_owner_or
from app.services.actor import Actor
from app.services.changes import writes
from app.services.contacts.contact_text import FOLLOW_UP
from app.services.contacts.interactions import InteractionInput, ScriptAnswer, log_interaction
from app.services.reminders.reminder_inbox import ReminderRow, reminder_row
from app.services.reminders.reminder_text import follow_up_params, score_questions
from app.services.stored_text import ENGLISH
from app.timeutil import local_date, now_utc, zone

OUTCOMES = ("reached", "no_answer", "wrong_number", "declined", "in_person")
SNOOZES = ("15m", "1h", "tomorrow")
# Outcome of the reminder -> outcome of the contact logged on the customer's timeline.
_CONTACT_OUTCOME = {
    "reached": "information_given",
    "no_answer": "no_answer",
    "wrong_number": "wrong_number",
    "declined": None,
    "in_person": "information_given",
}
_TOPIC = {"post_resolution": "complaint", "sla": "complaint", "warranty_ending": "warranty"}
_FIELDS = ("assignee_id", "status", "snoozed_until", "done_at", "done_by_id", "outcome", "taken_at")


def snooze_names() -> dict[str, str]:
    return {"15m": t("15 minutes"), "1h": t("1 hour"), "tomorrow": t("Tomorrow 08:00")}


def snooze_time(choice: str, now: datetime | None = None) -> datetime:
    """The moment a snooze choice means: 15 minutes or an hour from now, or 08:00 local
    tomorrow."""
    now = now or now_utc()
    if choice == "15m":
        return now + timedelta(minutes=15)
    if choice == "1h":
        return now + timedelta(hours=1)
    if choice == "tomorrow":
        tomorrow = local_date(now) + timedelta(days=1)
        return datetime.combine(tomorrow, time(8, 0), tzinfo=zone()).astimezone(now.tzinfo)
    raise ValidationError(t("Choose how long to snooze the reminder."), "snooze")


def _did() -> dict[str, str]:
    return {
        "take": t("took"),
        "snooze": t("snoozed"),
        "complete": t("completed"),
        "reassign": t("reassigned"),
    }


def _who_did(session: Session, row: Reminder) -> Conflict:
    """Conflict naming the last change to the reminder: who, what and when."""
    entry = session.scalar(
        select(AuditEntry)
        .where(AuditEntry.entity == "reminder", AuditEntry.entity_id == str(row.id))
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(1)
    )
    if entry is not None:
        user = session.get(User, entry.user_id) if entry.user_id else None
        who, did = user.full_name if user else entry.actor, entry.action
        # The moment the action says it happened (a CLI or test may give one), else the entry's.
        at = {"take": row.taken_at, "complete": row.done_at}.get(did) or entry.at
    elif row.status != ReminderStatus.OPEN:
        user = session.get(User, row.done_by_id) if row.done_by_id else None
        who, did, at = user.full_name if user else t("Someone"), "complete", row.done_at
    else:
        user = session.get(User, row.assignee_id) if row.assignee_id else None
        who, did, at = user.full_name if user else t("Someone"), "take", row.taken_at
    return Conflict(
        t(
            "{who} {did} this reminder at {time}. Reload to see it; nothing was changed.",
            who=who,
            did=_did().get(did, did),
            time=format_datetime(at or row.updated_at),
        )
    )


def _pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _load(session: Session, reminder_id: int, version: int | None, lock: bool = False):
    row = session.get(
        Reminder, reminder_id, populate_existing=True, with_for_update=lock and _pg(session)
    )
    if row is None:
        raise NotFound(t("That reminder does not exist any more."))
    if version is not None and row.version != version:
        raise _who_did(session, row)
    return row


def _open(session: Session, row: Reminder) -> None:
    if row.status != ReminderStatus.OPEN:
        raise _who_did(session, row)


def _save(
    session: Session,
    actor: Actor,
    row: Reminder,
    action: str,
    before: dict,
    extra: dict | None = None,
) -> ReminderRow:
    """Flush the change (the version check refuses a second writer) and audit it."""
    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        fresh = session.get(Reminder, row.id, populate_existing=True)
        raise (
            _who_did(session, fresh)
            if fresh
            else NotFound(t("That reminder does not exist any more."))
        ) from None
    audit.record(
        session,
        actor,
        "reminder",
        row.id,
        action,
        before,
        {**audit.snapshot(row, _FIELDS), **(extra or {})},
    )
    return reminder_row(session, row.id)


@writes("reminder")
def take_reminder(
    session: Session,
    actor: Actor,
    reminder_id: int,
    version: int | None = None,
    now: datetime | None = None,
) -> ReminderRow:
    """Take a reminder from the shared pool: it becomes the actor's. Only one of two
    agents taking it at once gets it; the other is told who did."""
    require(actor, "reminder.work")
    now = now or now_utc()
    if _pg(session):
        got = session.scalar(
            select(Reminder.id)
            .where(
                Reminder.id == reminder_id,
                Reminder.assignee_id.is_(None),
                Reminder.status == ReminderStatus.OPEN,
            )
            .with_for_update(skip_locked=True)
        )
        if got is None:
            row = _load(session, reminder_id, None)
            if row.assignee_id is None and row.status == ReminderStatus.OPEN:
                raise Conflict(
                    t("Someone else is taking this reminder at this moment; choose another one.")
                )
            raise _who_did(session, row)
    row = _load(session, reminder_id, version)
    _open(session, row)
    if row.assignee_id is not None:
        if row.assignee_id == actor.user_id:
            return reminder_row(session, row.id)
        raise _who_did(session, row)
    before = audit.snapshot(row, _FIELDS)
    row.assignee_id, row.taken_at = actor.user_id, now
    return _save(session, actor, row, "take", before)


@writes("reminder")
def snooze_reminder(
    session: Session,
    actor: Actor,
    reminder_id: int,
    until: datetime,
    version: int | None = None,
    now: datetime | None = None,
) -> ReminderRow:
    """Put a reminder off until `until` (see snooze_time); it is announced again then."""
    require(actor, "reminder.work")
    now = now or now_utc()
    if until.tzinfo is None:
        raise ValueError("until must be timezone-aware")
    if until <= now:
        raise ValidationError(
            t(
                "{time} has already passed; choose a later time to snooze to.",
                time=format_datetime(until),
            ),
            "until",
        )
    row = _load(session, reminder_id, version, lock=True)
    _open(session, row)
    require_owner_or(actor, row.assignee_id)
    before = audit.snapshot(row, _FIELDS)
    row.snoozed_until, row.notified_at = until, None
    return _save(session, actor, row, "snooze", before)


@writes("reminder")
def snooze_to_preset(
    session: Session, actor: Actor, reminder_id: int, choice: str, version: int | None = None
) -> ReminderRow:
    """Snooze by a preset of SNOOZES, turned into a time when the work runs (not when the
    menu offering it was built)."""
    return snooze_reminder(session, actor, reminder_id, snooze_time(choice), version)


def _scores(satisfaction: int | None, effort: int | None) -> tuple[ScriptAnswer, ...]:
    """CSAT and CES asked on the call, kept with the contact as answers to its script."""
    # Stored in English, worded in the reader's language when shown (script_answers_of).
    asked = tuple(zip(score_questions(ENGLISH), (satisfaction, effort), strict=True))
    for _question, score in asked:
        if score is not None and not 1 <= score <= 5:
            raise ValidationError(t("Scores go from 1 to 5."), "satisfaction")
    return tuple(ScriptAnswer(q, str(score)) for q, score in asked if score is not None)


def _contact(
    session: Session,
    actor: Actor,
    row: Reminder,
    outcome: str,
    note: str,
    satisfaction: int | None,
    now: datetime,
    effort: int | None = None,
) -> int | None:
    """Log the contact on the customer's timeline; its id (None: nobody to log it on)."""
    customer = session.get(Customer, row.customer_id) if row.customer_id else None
    phone = ""
    if customer is None and row.subject_type == "interaction" and row.subject_id:
        phone = (
            session.scalar(select(Interaction.phone_e164).where(Interaction.id == row.subject_id))
            or ""
        )
    if (customer is None and not phone) or (customer and customer.archived_at is not None):
        return None
    complaint = ""
    if row.subject_type == "complaint" and row.subject_id:
        from app.models import Complaint

        complaint = (
            session.scalar(select(Complaint.number).where(Complaint.id == row.subject_id)) or ""
        )
    view = log_interaction(
        session,
        actor,
        InteractionInput(
            channel="store_visit" if outcome == "in_person" else "phone",
            direction="in" if outcome == "in_person" else "out",
            started_at=now,
            customer_id=customer.id if customer else None,
            phone=phone,
            topic=_TOPIC.get(row.rule, "other"),
            outcome=_CONTACT_OUTCOME[outcome],
            notes=note.strip(),
            # "Follow-up “<title>”: <outcome>", worded when shown in the reader's language.
            summary_key=FOLLOW_UP,
            summary_params=follow_up_params(row.title_key, row.title_params, row.title, outcome),
            satisfaction=satisfaction,
            complaint_number=complaint,
            script_answers=_scores(satisfaction, effort),
        ),
        now=now,
    )
    return view.id


@writes("reminder", "contact", "customer")
def complete_reminder(
    session: Session,
    actor: Actor,
    reminder_id: int,
    outcome: str,
    note: str = "",
    satisfaction: int | None = None,
    version: int | None = None,
    now: datetime | None = None,
    effort: int | None = None,
) -> ReminderRow:
    """Mark a reminder done with how it went, and log the contact on the customer's
    timeline (a reminder without a customer or caller's number logs none). Completing
    one that someone completed a moment ago is refused with their name. A
    post-resolution call may carry the customer's CSAT (`satisfaction`) and CES
    (`effort`), 1 to 5, kept with the contact."""
    require(actor, "reminder.work")
    now = now or now_utc()
    if outcome not in OUTCOMES:
        raise ValidationError(t("Choose how the follow-up went."), "outcome")
    _scores(satisfaction, effort)
    row = _load(session, reminder_id, version, lock=True)
    _open(session, row)
    require_owner_or(actor, row.assignee_id)
    before = audit.snapshot(row, _FIELDS)
    row.status, row.outcome, row.done_at, row.done_by_id = (
        ReminderStatus.DONE,
        outcome,
        now,
        actor.user_id,
    )
    if row.assignee_id is None:
        row.assignee_id = actor.user_id
    # The reminder first: a second completer is refused before any contact is logged.
    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        raise _who_did(
            session, session.get(Reminder, reminder_id, populate_existing=True)
        ) from None
    contact = _contact(session, actor, row, outcome, note, satisfaction, now, effort)
    return _save(session, actor, row, "complete", before, {"interaction_id": contact})


@writes("reminder")
def reassign_reminder(
    session: Session,
    actor: Actor,
    reminder_id: int,
    assignee_id: int | None,
    version: int | None = None,
) -> ReminderRow:
    """Give a reminder to another person, or back to the shared pool (None)."""
    require(actor, "work.reassign")
    row = _load(session, reminder_id, version, lock=True)
    _open(session, row)
    if assignee_id is not None:
        user = session.get(User, assignee_id)
        if user is None or not user.is_active:
            raise ValidationError(t("Choose an active user to give the reminder to."), "assignee")
    before = audit.snapshot(row, _FIELDS)
    row.assignee_id = assignee_id
    row.taken_at = None
    return _save(session, actor, row, "reassign", before)
