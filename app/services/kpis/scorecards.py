"""The team scorecard: each agent's KPIs for the period and the compliments they earned
(a complaint closed with CSAT 5 and the customer's words). An agent sees their own card;
supervisors and administrators see everyone's."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import DEFAULT_TIMEZONE
from app.models import Complaint, ComplaintEvent, Customer, Role, User
from app.services.access.permissions import allowed
from app.services.actor import Actor
from app.services.kpis.kpi_report import compute, kpi_values, no_jit
from app.services.kpis.period import Period
from app.services.kpis.results import Compliment, KpiFilter, Scorecard
from app.services.kpis.targets import read_targets
from app.services.kpis.window import Window, window
from app.timeutil import now_utc

CARD = frozenset(
    {
        "first_response_median",
        "resolution_median",
        "sla_first_response_rate",
        "sla_resolution_rate",
        "fcr_rate",
        "reopen_rate",
        "transfers_per_complaint",
        "csat_mean",
        "ces_mean",
        "complaints_resolved",
        "contacts",
        "callbacks_on_time_rate",
        "reminders_on_time_rate",
        "handle_minutes_per_complaint",
    }
)


def compliments(session: Session, w: Window, agent_ids: list[int]) -> dict[int, list[Compliment]]:
    rows = session.execute(
        select(
            Complaint.assignee_id,
            Complaint.id,
            Complaint.number,
            Customer.full_name,
            ComplaintEvent.at,
            ComplaintEvent.note,
        )
        .join(ComplaintEvent, ComplaintEvent.complaint_id == Complaint.id)
        .join(Customer, Customer.id == Complaint.customer_id)
        .where(
            Complaint.assignee_id.in_(agent_ids),
            Complaint.archived_at.is_(None),
            Complaint.csat == 5,
            ComplaintEvent.kind == "closed",
            ComplaintEvent.at >= w.start,
            ComplaintEvent.at < w.end,
            ComplaintEvent.note != "",
        )
        .order_by(ComplaintEvent.at.desc())
    ).all()
    found: dict[int, list[Compliment]] = {}
    for agent, cid, number, name, at, note in rows:
        found.setdefault(agent, []).append(Compliment(cid, number, name, at, note))
    return found


def scorecards(
    session: Session,
    actor: Actor,
    period: Period,
    now: datetime | None = None,
    tz: str = DEFAULT_TIMEZONE,
) -> tuple[Scorecard, ...]:
    """One card per active user who works cases (an agent: only their own)."""
    now = now or now_utc()
    no_jit(session)
    everyone = allowed(actor, "kpi.view")
    people = select(User.id, User.full_name).where(User.is_active.is_(True))
    if everyone:
        people = people.where(User.role.in_((Role.AGENT, Role.SUPERVISOR)))
    else:
        people = people.where(User.id == actor.user_id)
    agents = session.execute(people.order_by(User.full_name)).all()
    if not agents:
        return ()
    mine = KpiFilter() if everyone else KpiFilter(agent_id=actor.user_id)
    w = window(session, period, now, tz)
    current = compute(session, w, "agent", mine)
    before = compute(session, window(session, period.previous(), now, tz), "agent", mine)
    targets = read_targets(session)
    praised = compliments(session, w, [a.id for a in agents])
    return tuple(
        Scorecard(
            agent_id,
            name,
            kpi_values(
                current.get(str(agent_id), {}), targets, before.get(str(agent_id), {}), CARD
            ),
            tuple(praised.get(agent_id, [])),
        )
        for agent_id, name in agents
    )
