"""A complaint's workflow: which status may follow which, and what each step records.

    New -> In progress -> Waiting for customer -> In progress ... -> Resolved -> Closed
    Resolved or Closed -> Reopened (within REOPEN_WINDOW of the resolution) -> In progress
    any open status -> Cancelled (with a reason)

Every step is a ComplaintEvent on the complaint's timeline and one audit entry. A save
made on an older version of the complaint is refused, naming who changed it and how.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound, ValidationError
from app.i18n import t, tp
from app.models import Complaint, ComplaintEvent, ComplaintStatus, SlaState, User
from app.services import audit
from app.services.access.permissions import require, require_owner_or
from app.services.actor import Actor
from app.services.changes import writes
from app.services.complaints.complaint_timing import seconds_until
from app.services.complaints.complaints import ComplaintView, clean_text, complaint_view
from app.services.complaints.sla_settings import business_calendar
from app.services.loyalty.ledger_text import compensation_reason
from app.services.loyalty.loyalty import earn_points
from app.services.stored_text import ENGLISH
from app.timeutil import now_utc

S = ComplaintStatus
TRANSITIONS: dict[ComplaintStatus, frozenset[ComplaintStatus]] = {
    S.NEW: frozenset({S.IN_PROGRESS, S.CANCELLED}),
    S.IN_PROGRESS: frozenset({S.WAITING_CUSTOMER, S.RESOLVED, S.CANCELLED}),
    S.WAITING_CUSTOMER: frozenset({S.IN_PROGRESS, S.RESOLVED, S.CANCELLED}),
    S.REOPENED: frozenset({S.IN_PROGRESS, S.WAITING_CUSTOMER, S.RESOLVED, S.CANCELLED}),
    S.RESOLVED: frozenset({S.CLOSED, S.REOPENED}),
    S.CLOSED: frozenset({S.REOPENED}),
    S.CANCELLED: frozenset(),
}
REOPEN_WINDOW = timedelta(days=30)
RESOLUTION_TYPES = (
    "explanation",
    "repair",
    "replacement",
    "refund",
    "exchange",
    "goodwill_voucher",
    "points",
)
NOTE_MAX = 20_000


@dataclass(frozen=True)
class Resolution:
    type: str
    notes: str
    compensation_vnd: int = 0
    compensation_points: int = 0
    first_contact: bool = False


def status_name(status: ComplaintStatus) -> str:
    return {
        S.NEW: t("New"),
        S.IN_PROGRESS: t("In progress"),
        S.WAITING_CUSTOMER: t("Waiting for customer"),
        S.RESOLVED: t("Resolved"),
        S.CLOSED: t("Closed"),
        S.REOPENED: t("Reopened"),
        S.CANCELLED: t("Cancelled"),
    }[status]


def _event_name(kind: str) -> str:
    names = {
        "status": t("changed its status"),
        "resolved": t("resolved it"),
        "closed": t("closed it"),
        "reopened": t("reopened it"),
        "cancelled": t("cancelled it"),
        "opened": t("opened it"),
        "assigned": t("assigned it"),
        "escalated": t("escalated it"),
        "priority": t("changed its priority"),
        "note": t("added a note to it"),
        "reply": t("replied on it"),
    }
    return names.get(kind, t("changed it"))


def load_for_change(
    session: Session, actor: Actor, complaint_id: int, expected: int | None
) -> Complaint:
    """The complaint, if `actor` may change it and it is still at version `expected`."""
    require(actor, "complaint.handle")
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound(t("That complaint does not exist."))
    require_owner_or(actor, complaint.assignee_id)
    if expected is not None and complaint.version != expected:
        last = session.execute(
            select(ComplaintEvent.kind, User.full_name)
            .outerjoin(User, User.id == ComplaintEvent.actor_id)
            .where(ComplaintEvent.complaint_id == complaint.id)
            .order_by(ComplaintEvent.id.desc())
            .limit(1)
        ).first()
        kind, who = last if last else ("", None)
        raise Conflict(
            t(
                "{who} {what} ({number}, now {status}) while you were editing. Reload to see "
                "their change; what you typed is kept.",
                who=who or t("Someone"),
                what=_event_name(kind),
                number=complaint.number,
                status=status_name(complaint.status),
            )
        )
    return complaint


def _move(
    session: Session,
    actor: Actor,
    complaint: Complaint,
    to: ComplaintStatus,
    kind: str,
    note: str = "",
    data: dict | None = None,
    now: datetime | None = None,
) -> None:
    before = complaint.status
    if to not in TRANSITIONS[before]:
        raise ValidationError(
            t(
                "A complaint that is {current} cannot become {target}.",
                current=status_name(before).lower(),
                target=status_name(to).lower(),
            ),
            "status",
        )
    at = now or now_utc()
    if before is S.WAITING_CUSTOMER:
        _resume_clocks(session, complaint, at)
    complaint.status = to
    if before is S.NEW and complaint.first_response_at is None:
        first_response_given(session, complaint, at)
    session.add(
        ComplaintEvent(
            complaint_id=complaint.id,
            at=at,
            actor_id=actor.user_id,
            kind=kind,
            from_status=before.value,
            to_status=to.value,
            note=note,
            data=data,
        )
    )
    session.flush()
    audit.record(
        session,
        actor,
        "complaint",
        complaint.id,
        kind,
        {"status": before.value},
        {"status": to.value, **({"note": note[:500]} if note else {})},
    )


def first_response_given(session: Session, complaint: Complaint, at: datetime) -> None:
    """The first-response clock stops; the resolution clock is what is watched now (a
    breach of the first one stays on the timeline)."""
    complaint.first_response_at = at
    complaint.first_response_seconds = seconds_until(
        session, business_calendar(session, at), complaint, at
    )
    complaint.sla_state = SlaState.ON_TRACK


def _resume_clocks(session: Session, complaint: Complaint, at: datetime) -> None:
    """The customer answered: the due times move by the business time spent waiting.

    A due time that had passed before the wait began stays where it was.
    """
    waited_since = session.scalar(
        select(func.max(ComplaintEvent.at)).where(
            ComplaintEvent.complaint_id == complaint.id,
            ComplaintEvent.to_status == S.WAITING_CUSTOMER.value,
        )
    )
    if waited_since is None:
        return
    calendar = business_calendar(session, waited_since)

    def moved(due: datetime | None) -> datetime | None:
        if due is None or due <= waited_since:
            return due
        return calendar.add(at, calendar.between(waited_since, due))

    if complaint.first_response_at is None:
        complaint.first_response_due = moved(complaint.first_response_due)
    complaint.resolution_due = moved(complaint.resolution_due)


@writes("complaint")
def change_status(
    session: Session,
    actor: Actor,
    complaint_id: int,
    to: str,
    note: str = "",
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ComplaintView:
    """Start work, wait for the customer, or resume: the steps that need nothing else."""
    target = S(to)
    if target not in (S.IN_PROGRESS, S.WAITING_CUSTOMER):
        raise ValueError(f"use the dedicated service for {target}")
    complaint = load_for_change(session, actor, complaint_id, expected_version)
    text = clean_text(note, NOTE_MAX, "note", t("step")) if note.strip() else ""
    _move(session, actor, complaint, target, "status", text, now=now)
    return complaint_view(session, complaint.id)


@writes("complaint", "loyalty", "customer")
def resolve_complaint(
    session: Session,
    actor: Actor,
    complaint_id: int,
    resolution: Resolution,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ComplaintView:
    complaint = load_for_change(session, actor, complaint_id, expected_version)
    if resolution.type not in RESOLUTION_TYPES:
        raise ValidationError(t("Choose how the complaint was resolved."), "resolution_type")
    if resolution.compensation_vnd < 0 or resolution.compensation_points < 0:
        raise ValidationError(
            t("Compensation cannot be negative: give the amount the customer receives."),
            "compensation",
        )
    notes = clean_text(
        resolution.notes, NOTE_MAX, "resolution_notes", tp("what was done", "resolution")
    )
    at = now or now_utc()
    _move(
        session,
        actor,
        complaint,
        S.RESOLVED,
        "resolved",
        notes,
        {
            "type": resolution.type,
            "compensation_vnd": resolution.compensation_vnd,
            "compensation_points": resolution.compensation_points,
        },
        now=at,
    )
    complaint.resolution_type = resolution.type
    complaint.resolution_notes = notes
    complaint.compensation_vnd = resolution.compensation_vnd
    complaint.compensation_points = resolution.compensation_points
    complaint.first_contact_resolution = resolution.first_contact
    complaint.resolved_at = at
    complaint.resolution_seconds = seconds_until(
        session, business_calendar(session, at), complaint, at
    )
    session.flush()
    if resolution.compensation_points:
        # Points given as compensation go to the customer's ledger, naming the complaint.
        earn_points(
            session,
            actor,
            complaint.customer_id,
            resolution.compensation_points,
            # The English; the profile words it from the source in the reader's language.
            compensation_reason(complaint.number, ENGLISH),
            "complaint",
            complaint.id,
        )
    return complaint_view(session, complaint.id)


def _score(value: int | None, name: str, field: str) -> int:
    if value is None or not 1 <= value <= 5:
        raise ValidationError(t("{name} is a score from 1 to 5.", name=name), field)
    return value


@writes("complaint")
def close_complaint(
    session: Session,
    actor: Actor,
    complaint_id: int,
    confirmed: bool,
    csat: int | None,
    ces: int | None,
    expected_version: int | None = None,
    now: datetime | None = None,
    comment: str = "",
) -> ComplaintView:
    """Close a resolved complaint once the customer confirmed it, with their scores and
    what they said about it (`comment`, on the closing step: a compliment for the team)."""
    complaint = load_for_change(session, actor, complaint_id, expected_version)
    said = (
        clean_text(comment, NOTE_MAX, "comment", t("customer's comment")) if comment.strip() else ""
    )
    if not confirmed:
        raise ValidationError(
            t("Close only when the customer has confirmed the resolution."), "confirmed"
        )
    complaint.csat = _score(csat, t("Satisfaction (CSAT)"), "csat")
    complaint.ces = _score(ces, t("Customer effort (CES)"), "ces")
    at = now or now_utc()
    _move(session, actor, complaint, S.CLOSED, "closed", said, {"csat": csat, "ces": ces}, now=at)
    complaint.closed_at = at
    session.flush()
    return complaint_view(session, complaint.id)


@writes("complaint")
def reopen_complaint(
    session: Session,
    actor: Actor,
    complaint_id: int,
    reason: str,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ComplaintView:
    complaint = load_for_change(session, actor, complaint_id, expected_version)
    text = clean_text(reason, NOTE_MAX, "reason", t("reason for reopening"))
    at = now or now_utc()
    if complaint.resolved_at is not None and at - complaint.resolved_at > REOPEN_WINDOW:
        raise ValidationError(
            t(
                "It was resolved more than {days} days ago: open a new complaint instead.",
                days=REOPEN_WINDOW.days,
            ),
            "status",
        )
    _move(session, actor, complaint, S.REOPENED, "reopened", text, now=at)
    return complaint_view(session, complaint.id)


@writes("complaint")
def cancel_complaint(
    session: Session,
    actor: Actor,
    complaint_id: int,
    reason: str,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ComplaintView:
    complaint = load_for_change(session, actor, complaint_id, expected_version)
    text = clean_text(reason, NOTE_MAX, "reason", t("reason for cancelling"))
    at = now or now_utc()
    _move(session, actor, complaint, S.CANCELLED, "cancelled", text, now=at)
    complaint.cancelled_at = at
    return complaint_view(session, complaint.id)
