"""The periodic SLA pass: every open complaint's clock checked against its due times.

At 75 % of a target a complaint turns at risk and its assignee (or the tier's queue)
gets a reminder; at 100 % it is breached, recorded, and escalated one tier up the
ladder. Each warning and each breach happens exactly once, also when two seats run the
pass at the same moment: the reminder's unique key is claimed first (in a savepoint),
and only the seat that claimed it acts.

The due times stored on a complaint already include its waits for the customer (they
move when the clock resumes), so the pass needs no event history: one query of a few
columns, a comparison (and at most one business-time count) per complaint, then bulk
writes for the few whose state changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.models import (
    OPEN_COMPLAINT_STATUSES,
    AuditEntry,
    Complaint,
    ComplaintEvent,
    ComplaintStatus,
    Reminder,
    Role,
    SlaState,
)
from app.services.actor import Actor
from app.services.complaints.business_hours import BusinessCalendar
from app.services.complaints.sla_clock import AT_RISK
from app.services.complaints.sla_settings import PRIORITIES, business_calendar, sla_targets
from app.services.reminders.reminder_text import stored_title
from app.timeutil import now_utc

SLA_ACTOR = Actor(
    user_id=None, username="system:sla", full_name="SLA", role=Role.ADMIN, tier=3, is_system=True
)
TOP_TIER = 3


@dataclass(frozen=True)
class SlaPassResult:
    checked: int
    at_risk: int
    breached: int
    escalated: int


_CHUNK = 500
_COLUMNS = (
    Complaint.id,
    Complaint.number,
    Complaint.priority,
    Complaint.first_response_at,
    Complaint.first_response_due,
    Complaint.resolution_due,
    Complaint.sla_state,
    Complaint.tier,
    Complaint.assignee_id,
    Complaint.customer_id,
    Complaint.store_id,
)


def _state(calendar: BusinessCalendar, targets: dict, row, now: datetime) -> tuple[str, str]:
    """(target, state) of the clock that matters now: the first response until there is
    one, then the resolution."""
    first, resolution = targets[row.priority.value]
    if row.first_response_at is None and row.first_response_due is not None:
        target, due, seconds = "first_response", row.first_response_due, first
    else:
        target, due, seconds = "resolution", row.resolution_due, resolution
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


def _claim(session: Session, reminders: list[dict]) -> set[str]:
    """Insert the reminders whose unique key is new; the keys this pass got (another
    seat's pass may have taken some a moment before)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    claimed: set[str] = set()
    for start in range(0, len(reminders), _CHUNK):
        statement = (
            dialect.insert(Reminder)
            .values(reminders[start : start + _CHUNK])
            .on_conflict_do_nothing(index_elements=["unique_key"])
            .returning(Reminder.unique_key)
        )
        claimed.update(session.scalars(statement))
    return claimed


def _reminder(row, key: str, state: str, now: datetime) -> dict:
    return {
        "unique_key": key,
        "rule": "sla",
        "subject_type": "complaint",
        "subject_id": row.id,
        "customer_id": row.customer_id,
        "due_at": now,
        # sla_at_risk or sla_breached, worded when shown (reminder_text.reminder_title).
        **stored_title(f"sla_{state}", number=row.number),
        "notes": "",
        "assignee_id": row.assignee_id,
        "store_id": row.store_id,
        "status": "open",
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }


def _set(session: Session, ids: list[int], **values) -> None:
    """UPDATE complaints by id in chunks (a Core update: the session's objects are stale)."""
    for start in range(0, len(ids), _CHUNK):
        session.execute(
            update(Complaint)
            .where(Complaint.id.in_(ids[start : start + _CHUNK]))
            .values(**values)
            .execution_options(synchronize_session=False)
        )


def _write(session: Session, claimed: list[tuple], now: datetime) -> int:
    """States, timeline events, escalations and their audit entries, in bulk."""
    events, audits, escalate = [], [], []
    for row, target, state in claimed:
        events.append(
            {
                "complaint_id": row.id,
                "at": now,
                "kind": f"sla_{state}",
                "note": "",
                "data": {"target": target},
            }
        )
        if state == SlaState.BREACHED.value and row.tier < TOP_TIER:
            escalate.append(row.id)
            events.append(
                {
                    "complaint_id": row.id,
                    "at": now,
                    "kind": "escalated",
                    # Words nobody typed: "automatic" has them said when the event is shown
                    # (complaint_event_text.event_note), in the reader's language.
                    "note": "",
                    "data": {"tier": row.tier + 1, "automatic": True},
                }
            )
            audits.append(
                {
                    "at": now,
                    "user_id": None,
                    "actor": SLA_ACTOR.audit_name,
                    "entity": "complaint",
                    "entity_id": str(row.id),
                    "action": "escalate",
                    "before": {"tier": row.tier, "assignee_id": row.assignee_id},
                    "after": {"tier": row.tier + 1, "assignee_id": None, "automatic": True},
                }
            )
    for state in (SlaState.AT_RISK, SlaState.BREACHED):
        _set(session, [row.id for row, _, s in claimed if s == state.value], sla_state=state)
    # The version moves: whoever has the complaint open learns it was reassigned.
    _set(
        session, escalate, tier=Complaint.tier + 1, assignee_id=None, version=Complaint.version + 1
    )
    if events:
        session.execute(insert(ComplaintEvent), events)
    if audits:
        session.execute(insert(AuditEntry), audits)
    return len(escalate)


def evaluate_sla(session: Session, now: datetime | None = None) -> SlaPassResult:
    """Check every open complaint's clock at `now`; warn, record breaches, escalate."""
    now = now or now_utc()
    calendar = business_calendar(session, now)
    targets = {priority: sla_targets(session, priority) for priority in PRIORITIES}
    rows = session.execute(
        select(*_COLUMNS).where(
            Complaint.status.in_(OPEN_COMPLAINT_STATUSES),
            Complaint.status != ComplaintStatus.WAITING_CUSTOMER,  # the clock is stopped
            Complaint.archived_at.is_(None),
        )
    ).all()
    changed, back_on_track = [], []
    for row in rows:
        target, state = _state(calendar, targets, row, now)
        if state == row.sla_state.value:
            continue
        if state == SlaState.ON_TRACK.value:
            back_on_track.append(row.id)  # the due time moved away (a wait, a lower priority)
        else:
            changed.append((row, target, state))
    _set(session, back_on_track, sla_state=SlaState.ON_TRACK)
    keys = {
        f"sla:{state}:{target}:complaint:{row.id}": (row, target, state)
        for row, target, state in changed
    }
    got = _claim(
        session, [_reminder(row, key, state, now) for key, (row, _, state) in keys.items()]
    )
    claimed = [keys[key] for key in keys if key in got]
    escalated = _write(session, claimed, now)
    session.expire_all()  # the bulk writes went around the session's objects
    return SlaPassResult(
        checked=len(rows),
        at_risk=sum(1 for _, _, s in claimed if s == SlaState.AT_RISK.value),
        breached=sum(1 for _, _, s in claimed if s == SlaState.BREACHED.value),
        escalated=escalated,
    )
