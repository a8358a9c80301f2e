"""The complaint KPIs (speed, effort, volume), each one SQL statement over the period.

Definitions: docs/kpis.md. Every function adds to `values` (group -> KPI -> (value,
count)) for the groups `scope` makes; a group with no records gets nothing, so its KPIs
stay empty.
"""

from __future__ import annotations

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from app.models import Complaint, ComplaintEvent, ComplaintStatus, Interaction
from app.services.kpis.distribution import distribution
from app.services.kpis.scope import Scope
from app.services.kpis.window import Values, Window, group_key, rows_into

S = ComplaintStatus
DONE = (S.RESOLVED, S.CLOSED)
LIVE = Complaint.archived_at.is_(None)


def _key(scope: Scope) -> list:
    return [scope.key()] if scope.group is not None else []


def speed(session: Session, w: Window, scope: Scope, values: Values) -> None:
    answered = (
        select()
        .select_from(Complaint)
        .where(LIVE, Complaint.first_response_at >= w.start, Complaint.first_response_at < w.end)
    )
    distribution(
        session,
        answered,
        Complaint.first_response_seconds,
        scope,
        ("first_response_median", "first_response_p90", "first_response_mean"),
        values,
    )
    resolved = select().select_from(Complaint).where(*_resolved_in(w))
    distribution(
        session,
        resolved,
        Complaint.resolution_seconds,
        scope,
        ("resolution_median", "resolution_p90", "resolution_mean"),
        values,
    )


def _resolved_in(w: Window) -> list:
    return [
        LIVE,
        Complaint.status.in_(DONE),
        Complaint.resolved_at >= w.start,
        Complaint.resolved_at < w.end,
    ]


def _sla(session: Session, w: Window, scope: Scope, values: Values, key: str, due, done) -> None:
    grouped = scope.group is not None
    met = case((and_(done.is_not(None), done <= due), 100.0), else_=0.0)
    stmt = scope.apply(
        select(*_key(scope), func.count(), func.avg(met))
        .select_from(Complaint)
        .where(
            LIVE,
            due >= w.start,
            due < w.due_end,
            # Cancelled before it was due: no promise was broken.
            or_(Complaint.cancelled_at.is_(None), Complaint.cancelled_at >= due),
        )
    )
    rows_into(values, session.execute(stmt).all(), {key: 1}, grouped)


def sla(session: Session, w: Window, scope: Scope, values: Values) -> None:
    _sla(
        session,
        w,
        scope,
        values,
        "sla_first_response_rate",
        Complaint.first_response_due,
        Complaint.first_response_at,
    )
    resolved = case((Complaint.status.in_(DONE), Complaint.resolved_at))
    _sla(session, w, scope, values, "sla_resolution_rate", Complaint.resolution_due, resolved)


def resolved(session: Session, w: Window, scope: Scope, values: Values) -> None:
    """Complaints resolved, and the share of them ever reopened."""
    reopened = exists().where(
        ComplaintEvent.complaint_id == Complaint.id, ComplaintEvent.kind == "reopened"
    )
    stmt = scope.apply(
        select(
            *_key(scope), func.count(), func.count(), func.avg(case((reopened, 100.0), else_=0.0))
        )
        .select_from(Complaint)
        .where(*_resolved_in(w))
    )
    rows_into(
        values,
        session.execute(stmt).all(),
        {"complaints_resolved": 1, "reopen_rate": 2},
        scope.group is not None,
    )


def effort(session: Session, w: Window, scope: Scope, values: Values) -> None:
    """Complaints opened in the period, and per complaint: transfers, escalations,
    replies and the minutes of the contacts about it."""
    opened = (Complaint.opened_at >= w.start, Complaint.opened_at < w.end, LIVE)
    ids = select(Complaint.id).where(*opened)
    transfer = and_(
        ComplaintEvent.kind == "assigned", ComplaintEvent.data["from"].as_integer().is_not(None)
    )
    steps = (
        select(
            ComplaintEvent.complaint_id.label("cid"),
            func.sum(case((transfer, 1), else_=0)).label("transfers"),
            func.sum(case((ComplaintEvent.kind == "escalated", 1), else_=0)).label("escalations"),
            func.sum(case((ComplaintEvent.kind == "reply", 1), else_=0)).label("replies"),
        )
        .where(ComplaintEvent.complaint_id.in_(ids))
        .group_by(ComplaintEvent.complaint_id)
        .subquery()
    )
    talk = (
        select(func.sum(func.coalesce(Interaction.duration_seconds, 0)))
        .where(Interaction.complaint_id == Complaint.id, Interaction.corrects_id.is_(None))
        .correlate(Complaint)
        .scalar_subquery()
    )
    stmt = scope.apply(
        select(
            *_key(scope),
            func.count(),
            func.count(),
            func.avg(func.coalesce(steps.c.transfers, 0) * 1.0),
            func.avg(func.coalesce(steps.c.escalations, 0) * 1.0),
            func.avg(func.coalesce(steps.c.replies, 0) * 1.0),
            func.avg(func.coalesce(talk, 0) / 60.0),
        )
        .select_from(Complaint)
        .outerjoin(steps, steps.c.cid == Complaint.id)
        .where(*opened)
    )
    rows_into(
        values,
        session.execute(stmt).all(),
        {
            "complaints_opened": 1,
            "transfers_per_complaint": 2,
            "escalations_per_complaint": 3,
            "replies_per_complaint": 4,
            "handle_minutes_per_complaint": 5,
        },
        scope.group is not None,
    )


def scores(session: Session, w: Window, scope: Scope, values: Values) -> None:
    """CSAT and CES of the complaints closed in the period with a score."""
    closed = (LIVE, Complaint.closed_at >= w.start, Complaint.closed_at < w.end)
    grouped = scope.group is not None
    satisfied = case((Complaint.csat >= 4, 100.0), else_=0.0)
    csat = scope.apply(
        select(*_key(scope), func.count(), func.avg(Complaint.csat * 1.0), func.avg(satisfied))
        .select_from(Complaint)
        .where(*closed, Complaint.csat.is_not(None))
    )
    rows_into(
        values,
        session.execute(csat).all(),
        {"csat_mean": 1, "csat_satisfied_rate": 2},
        grouped,
    )
    ces = scope.apply(
        select(*_key(scope), func.count(), func.avg(Complaint.ces * 1.0))
        .select_from(Complaint)
        .where(*closed, Complaint.ces.is_not(None))
    )
    rows_into(values, session.execute(ces).all(), {"ces_mean": 1}, grouped)


def ended_at():
    """When a complaint stopped being open: its last resolution, or its cancellation;
    None while it is open (also when reopened)."""
    return case(
        (Complaint.status.in_(DONE), Complaint.resolved_at),
        (
            Complaint.status == S.CANCELLED,
            func.coalesce(Complaint.cancelled_at, Complaint.updated_at),
        ),
    )


def backlog(session: Session, w: Window, scope: Scope, values: Values) -> None:
    """Open at the period's end; and opened over resolved-or-cancelled in the period."""
    grouped = scope.group is not None
    end = ended_at()
    open_then = scope.apply(
        select(*_key(scope), func.count(), func.count())
        .select_from(Complaint)
        .where(LIVE, Complaint.opened_at < w.end, or_(end.is_(None), end >= w.end))
    )
    rows_into(values, session.execute(open_then).all(), {"backlog_open": 1}, grouped)
    # "Ended in the period" spelled as ranges an index can serve (resolved_at is indexed).
    resolved_in = and_(
        Complaint.status.in_(DONE), Complaint.resolved_at >= w.start, Complaint.resolved_at < w.end
    )
    gone = func.coalesce(Complaint.cancelled_at, Complaint.updated_at)
    cancelled_in = and_(Complaint.status == S.CANCELLED, gone >= w.start, gone < w.end)
    opened_in = and_(Complaint.opened_at >= w.start, Complaint.opened_at < w.end)
    flow = scope.apply(
        select(
            *_key(scope),
            func.sum(case((opened_in, 1), else_=0)),
            func.sum(case((or_(resolved_in, cancelled_in), 1), else_=0)),
        )
        .select_from(Complaint)
        .where(LIVE, or_(opened_in, resolved_in, cancelled_in))
    )
    for row in session.execute(flow).all():
        group = group_key(row[0]) if grouped else None
        inflow, outflow = int(row[-2] or 0), int(row[-1] or 0)
        ratio = inflow / outflow if outflow else None
        values.setdefault(group, {})["inflow_outflow_ratio"] = (ratio, inflow + outflow)
