"""What happens to a complaint besides its status: notes and replies, assignment,
escalation up the ladder, and a priority changed by a supervisor.

Each is a ComplaintEvent on the complaint's timeline and one audit entry.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.i18n import t
from app.models import Complaint, ComplaintEvent, ComplaintStatus, Severity, User
from app.services import audit
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.changes import writes
from app.services.complaints.complaint_workflow import (
    NOTE_MAX,
    first_response_given,
    load_for_change,
)
from app.services.complaints.complaints import ComplaintView, clean_text, complaint_view
from app.services.complaints.sla_settings import business_calendar, sla_targets
from app.timeutil import now_utc

TOP_TIER = 3  # 1 agent, 2 supervisor, 3 manager
CLOSED_STATES = (ComplaintStatus.CLOSED, ComplaintStatus.CANCELLED)


def _event(
    session: Session,
    actor: Actor,
    complaint: Complaint,
    kind: str,
    note: str = "",
    data: dict | None = None,
    now: datetime | None = None,
) -> None:
    session.add(
        ComplaintEvent(
            complaint_id=complaint.id,
            at=now or now_utc(),
            actor_id=actor.user_id,
            kind=kind,
            note=note,
            data=data,
        )
    )
    session.flush()


def _still_open(complaint: Complaint) -> None:
    if complaint.status in CLOSED_STATES:
        raise ValidationError(t("This complaint is closed; reopen it first."), "status")


@writes("complaint")
def add_note(
    session: Session,
    actor: Actor,
    complaint_id: int,
    text: str,
    reply: bool = False,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ComplaintView:
    """An internal note, or (`reply`) what was said to the customer: a reply is the first
    response when none was given yet."""
    complaint = load_for_change(session, actor, complaint_id, expected_version)
    note = clean_text(text, NOTE_MAX, "note", t("note"))
    at = now or now_utc()
    kind = "reply" if reply else "note"
    if reply and complaint.first_response_at is None:
        first_response_given(session, complaint, at)
    complaint.updated_at = at  # the version moves: an open form on it is now stale
    _event(session, actor, complaint, kind, note, now=at)
    audit.record(session, actor, "complaint", complaint.id, kind, None, {"note": note[:500]})
    return complaint_view(session, complaint.id)


@writes("complaint")
def assign_complaint(
    session: Session,
    actor: Actor,
    complaint_id: int,
    assignee_id: int | None,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ComplaintView:
    """Give the complaint to someone (None: back to the queue). An agent may take an
    unassigned one for themselves; anything else is a supervisor's."""
    complaint = load_for_change(session, actor, complaint_id, expected_version)
    _still_open(complaint)
    if assignee_id != actor.user_id or complaint.assignee_id is not None:
        require(actor, "work.reassign")
    data: dict = {"from": complaint.assignee_id, "to": assignee_id}
    if assignee_id is not None:
        user = session.get(User, assignee_id)
        if user is None or not user.is_active:
            raise NotFound(t("That user does not exist or is disabled."))
        data["to_name"] = user.full_name  # the timeline names who has it now
    before = complaint.assignee_id
    complaint.assignee_id = assignee_id
    _event(session, actor, complaint, "assigned", data=data, now=now)
    audit.record(
        session,
        actor,
        "complaint",
        complaint.id,
        "assign",
        {"assignee_id": before},
        {"assignee_id": assignee_id},
    )
    return complaint_view(session, complaint.id)


@writes("complaint")
def escalate_complaint(
    session: Session,
    actor: Actor,
    complaint_id: int,
    reason: str,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ComplaintView:
    """Move the complaint one tier up the ladder, into that tier's queue (unassigned)."""
    complaint = load_for_change(session, actor, complaint_id, expected_version)
    _still_open(complaint)
    text = clean_text(reason, NOTE_MAX, "reason", t("reason for escalating"))
    if complaint.tier >= TOP_TIER:
        raise ValidationError(t("This complaint is already with a manager, the top tier."), "tier")
    before = {"tier": complaint.tier, "assignee_id": complaint.assignee_id}
    complaint.tier += 1
    complaint.assignee_id = None
    _event(session, actor, complaint, "escalated", text, {"tier": complaint.tier}, now=now)
    audit.record(
        session,
        actor,
        "complaint",
        complaint.id,
        "escalate",
        before,
        {"tier": complaint.tier, "assignee_id": None, "reason": text[:500]},
    )
    return complaint_view(session, complaint.id)


@writes("complaint")
def change_priority(
    session: Session,
    actor: Actor,
    complaint_id: int,
    priority: str,
    reason: str,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ComplaintView:
    """A supervisor's call, with a reason: the SLA due times follow the new priority."""
    require(actor, "complaint.prioritize")
    complaint = load_for_change(session, actor, complaint_id, expected_version)
    _still_open(complaint)
    try:
        new = Severity(priority)
    except ValueError:
        raise ValidationError(t("Choose the priority."), "priority") from None
    text = (reason or "").strip()
    if not text:
        raise ValidationError(t("Give the reason for the new priority."), "reason")
    text = clean_text(text, NOTE_MAX, "reason", t("reason"))
    before = complaint.priority
    calendar = business_calendar(session, complaint.opened_at)
    first, resolution = sla_targets(session, new.value)
    complaint.priority = new
    complaint.first_response_due = calendar.add(complaint.opened_at, first.seconds(calendar))
    complaint.resolution_due = calendar.add(complaint.opened_at, resolution.seconds(calendar))
    _event(
        session,
        actor,
        complaint,
        "priority",
        text,
        {"from": before.value, "to": new.value},
        now=now,
    )
    audit.record(
        session,
        actor,
        "complaint",
        complaint.id,
        "change_priority",
        {"priority": before.value},
        {"priority": new.value, "reason": text[:500]},
    )
    return complaint_view(session, complaint.id)
