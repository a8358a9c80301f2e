"""The periodic SLA pass: every open complaint's clock checked against its due times.

At 75 % of a target a complaint turns at risk and its assignee (or the tier's queue)
gets a reminder; at 100 % it is breached, recorded, and escalated one tier up the
ladder. Each warning and each breach happens exactly once, also when two seats run the
pass at the same moment: the reminder's unique key is claimed first (in a savepoint),
and only the seat that claimed it acts.

The due times stored on a complaint already include its waits for the customer (they
move when the clock resumes), so the pass needs no event history: one query, then a
few comparisons and at most one business-time count per complaint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.i18n import t
from app.models import (
    OPEN_COMPLAINT_STATUSES,
    Complaint,
    ComplaintEvent,
    ComplaintStatus,
    Reminder,
    Role,
    SlaState,
)
from app.services import audit
from app.services.actor import Actor
from app.services.business_hours import BusinessCalendar
from app.services.complaints import calendar_around
from app.services.sla_clock import AT_RISK, DEFAULT_TARGETS
from app.timeutil import now_utc

SLA_ACTOR = Actor(user_id=None, username="system:sla", full_name="SLA", role=Role.ADMIN,
                  tier=3, is_system=True)  # fmt: skip
TOP_TIER = 3


@dataclass(frozen=True)
class SlaPassResult:
    checked: int
    at_risk: int
    breached: int
    escalated: int


def _claim(session: Session, key: str, complaint: Complaint, title: str, at: datetime) -> bool:
    """Create the reminder with `key`, or learn that another pass already did."""
    try:
        with session.begin_nested():
            session.add(Reminder(
                unique_key=key, rule="sla", subject_type="complaint", subject_id=complaint.id,
                customer_id=complaint.customer_id, due_at=at, title=title[:300],
                assignee_id=complaint.assignee_id, store_id=complaint.store_id,
            ))  # fmt: skip
    except IntegrityError:
        return False
    return True


def _state(calendar: BusinessCalendar, complaint: Complaint, now: datetime) -> tuple[str, str]:
    """(target, state) of the clock that matters now: the first response until there is
    one, then the resolution."""
    first, resolution = DEFAULT_TARGETS[complaint.priority.value]
    if complaint.first_response_at is None and complaint.first_response_due is not None:
        target, due, seconds = "first_response", complaint.first_response_due, first
    else:
        target, due, seconds = "resolution", complaint.resolution_due, resolution
    if due is None:
        return target, SlaState.ON_TRACK.value
    if now >= due:
        return target, SlaState.BREACHED.value
    total = seconds.seconds(calendar)
    # Business time left is never more than calendar time left: a cheap answer first.
    left = (due - now).total_seconds()
    if left > (1 - AT_RISK) * total:
        left = calendar.between(now, due)
    return target, (SlaState.AT_RISK if left <= (1 - AT_RISK) * total else SlaState.ON_TRACK).value


def _escalate(session: Session, complaint: Complaint, at: datetime) -> bool:
    if complaint.tier >= TOP_TIER:
        return False
    before = {"tier": complaint.tier, "assignee_id": complaint.assignee_id}
    complaint.tier += 1
    complaint.assignee_id = None
    session.add(ComplaintEvent(complaint_id=complaint.id, at=at, kind="escalated",
                               note=t("Escalated automatically: the SLA was breached."),
                               data={"tier": complaint.tier, "automatic": True}))  # fmt: skip
    audit.record(session, SLA_ACTOR, "complaint", complaint.id, "escalate", before,
                 {"tier": complaint.tier, "assignee_id": None, "automatic": True})  # fmt: skip
    return True


def evaluate_sla(session: Session, now: datetime | None = None) -> SlaPassResult:
    """Check every open complaint's clock at `now`; warn, record breaches, escalate."""
    now = now or now_utc()
    calendar = calendar_around(now)
    complaints = session.scalars(
        select(Complaint).where(
            Complaint.status.in_(OPEN_COMPLAINT_STATUSES),
            Complaint.status != ComplaintStatus.WAITING_CUSTOMER,  # the clock is stopped
            Complaint.archived_at.is_(None),
        )
    ).all()
    at_risk = breached = escalated = 0
    for complaint in complaints:
        target, state = _state(calendar, complaint, now)
        if state == complaint.sla_state.value:
            continue
        if state == SlaState.ON_TRACK.value:
            # The due time moved away (a wait for the customer, a lower priority).
            complaint.sla_state = SlaState.ON_TRACK
            continue
        key = f"sla:{state}:{target}:complaint:{complaint.id}"
        if state == SlaState.AT_RISK.value:
            if _claim(session, key, complaint, t("SLA at risk: {number}",
                                                 number=complaint.number), now):  # fmt: skip
                complaint.sla_state = SlaState.AT_RISK
                session.add(ComplaintEvent(complaint_id=complaint.id, at=now, kind="sla_at_risk",
                                           data={"target": target}))  # fmt: skip
                at_risk += 1
            continue
        if _claim(session, key, complaint,
                  t("SLA breached: {number}", number=complaint.number), now):  # fmt: skip
            complaint.sla_state = SlaState.BREACHED
            session.add(ComplaintEvent(complaint_id=complaint.id, at=now, kind="sla_breached",
                                       data={"target": target}))  # fmt: skip
            breached += 1
            escalated += _escalate(session, complaint, now)
    session.flush()
    return SlaPassResult(len(complaints), at_risk, breached, escalated)
