"""The Home screen's numbers: what needs attention now, read in one short session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.config import DEFAULT_TIMEZONE
from app.models import (
    OPEN_CLAIM_STATUSES,
    OPEN_COMPLAINT_STATUSES,
    Claim,
    Complaint,
    Customer,
    Interaction,
    Reminder,
    ReminderStatus,
    SlaState,
    User,
)
from app.timeutil import day_bounds_utc, local_date, now_utc


@dataclass(frozen=True)
class InteractionLine:
    id: int
    started_at: datetime
    customer_id: int | None
    customer_name: str | None
    customer_code: str | None
    phone_e164: str | None
    channel: str
    direction: str
    topic: str
    outcome: str | None
    agent_name: str | None
    duration_seconds: int | None


@dataclass(frozen=True)
class HomeOverview:
    customers: int
    # status value -> count, for open statuses only, in workflow order
    open_complaints: dict[str, int]
    complaints_breached: int
    claims_in_progress: dict[str, int]
    reminders_due_today: int
    reminders_overdue: int
    latest_interactions: tuple[InteractionLine, ...]

    @property
    def open_complaints_total(self) -> int:
        return sum(self.open_complaints.values())

    @property
    def claims_in_progress_total(self) -> int:
        return sum(self.claims_in_progress.values())


def _counts_by_status(session: Session, status_col, statuses, *where) -> dict[str, int]:
    rows = session.execute(
        select(status_col, func.count())
        .where(status_col.in_(statuses), *where)
        .group_by(status_col)
    ).all()
    found = {str(status): n for status, n in rows}
    return {str(s): found.get(str(s), 0) for s in statuses}


def latest_interactions(session: Session, limit: int = 15) -> tuple[InteractionLine, ...]:
    agent = aliased(User)
    rows = session.execute(
        select(Interaction, Customer.full_name, Customer.code, agent.full_name)
        .outerjoin(Customer, Customer.id == Interaction.customer_id)
        .outerjoin(agent, agent.id == Interaction.agent_id)
        .order_by(Interaction.started_at.desc(), Interaction.id.desc())
        .limit(limit)
    ).all()
    return tuple(
        InteractionLine(
            id=i.id,
            started_at=i.started_at,
            customer_id=i.customer_id,
            customer_name=name,
            customer_code=code,
            phone_e164=i.phone_e164,
            channel=str(i.channel),
            direction=str(i.direction),
            topic=i.topic,
            outcome=str(i.outcome) if i.outcome else None,
            agent_name=agent_name,
            duration_seconds=i.duration_seconds,
        )
        for i, name, code, agent_name in rows
    )


def home_overview(
    session: Session, now: datetime | None = None, tz: str = DEFAULT_TIMEZONE, latest: int = 15
) -> HomeOverview:
    now = now or now_utc()
    today_start, today_end = day_bounds_utc(local_date(now, tz), tz)
    customers = session.scalar(
        select(func.count())
        .select_from(Customer)
        .where(Customer.archived_at.is_(None), Customer.merged_into_id.is_(None))
    )
    open_reminder = Reminder.status == ReminderStatus.OPEN
    due_today = session.scalar(
        select(func.count()).where(
            open_reminder, Reminder.due_at >= today_start, Reminder.due_at < today_end
        )
    )
    overdue = session.scalar(
        select(func.count()).where(open_reminder, Reminder.due_at < today_start)
    )
    breached = session.scalar(
        select(func.count()).where(
            Complaint.status.in_(OPEN_COMPLAINT_STATUSES),
            Complaint.sla_state == SlaState.BREACHED,
            Complaint.archived_at.is_(None),
        )
    )
    return HomeOverview(
        customers=customers or 0,
        open_complaints=_counts_by_status(
            session, Complaint.status, OPEN_COMPLAINT_STATUSES, Complaint.archived_at.is_(None)
        ),
        complaints_breached=breached or 0,
        claims_in_progress=_counts_by_status(
            session, Claim.status, OPEN_CLAIM_STATUSES, Claim.archived_at.is_(None)
        ),
        reminders_due_today=due_today or 0,
        reminders_overdue=overdue or 0,
        latest_interactions=latest_interactions(session, latest),
    )
