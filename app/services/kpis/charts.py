"""The dashboard's charts, each one grouped SQL statement over the period: contacts per
day by channel, the open backlog day by day, SLA compliance per week, score
distributions, the complaint Pareto, first responses by how long they took."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from app.models import Claim, ClaimKind, Complaint, Interaction, Product
from app.services.kpis.complaint_kpis import DONE, LIVE, ended_at
from app.services.kpis.results import KpiFilter, ParetoBar
from app.services.kpis.scope import scope
from app.services.kpis.sql_time import as_day, local_day, local_week
from app.services.kpis.window import Window

PARETO_BARS = 10
Counts = tuple[tuple[str, int], ...]
# Business-time buckets for first responses: (key, upper bound in seconds or None).
BUCKETS = (("1h", 3600), ("2h", 7200), ("4h", 14400), ("8h", 28800), ("24h", 86400), ("more", None))


def days_of(w: Window) -> tuple[date, ...]:
    return tuple(w.period.start + timedelta(days=i) for i in range(w.period.days))


def contacts_per_day(session: Session, w: Window, filters: KpiFilter) -> dict[str, tuple[int, ...]]:
    s = scope("contact", "channel", filters)
    if s is None:
        return {}
    day = local_day(w.kind, Interaction.started_at, w.tz, w.start)
    rows = session.execute(
        s.apply(
            select(s.key(), day, func.count())
            .select_from(Interaction)
            .where(
                Interaction.started_at >= w.start,
                Interaction.started_at < w.end,
                Interaction.corrects_id.is_(None),
            )
        ).group_by(day)
    ).all()
    days = days_of(w)
    index = {d: i for i, d in enumerate(days)}
    series: dict[str, list[int]] = {}
    for channel, when, count in rows:
        series.setdefault(str(channel), [0] * len(days))[index[as_day(when)]] += count
    return {k: tuple(v) for k, v in sorted(series.items())}


def backlog(session: Session, w: Window, filters: KpiFilter) -> tuple[int, ...]:
    """Complaints open at the end of each day: those open at the start, plus the opened,
    less the ended, day by day."""
    s = scope("complaint", None, filters)
    if s is None:
        return ()
    end = ended_at()
    at_start = session.scalar(
        s.apply(
            select(func.count())
            .select_from(Complaint)
            .where(LIVE, Complaint.opened_at < w.start)
            .where((end.is_(None)) | (end >= w.start))
        )
    )
    opened_day = local_day(w.kind, Complaint.opened_at, w.tz, w.start)
    opened = session.execute(
        s.apply(
            select(opened_day, func.count())
            .select_from(Complaint)
            .where(LIVE, Complaint.opened_at >= w.start, Complaint.opened_at < w.end)
        ).group_by(opened_day)
    ).all()
    ended_day = local_day(w.kind, end, w.tz, w.start)
    ended = session.execute(
        s.apply(
            select(ended_day, func.count())
            .select_from(Complaint)
            .where(LIVE, end >= w.start, end < w.end)
        ).group_by(ended_day)
    ).all()
    delta = {as_day(d): n for d, n in opened}
    for d, n in ended:
        delta[as_day(d)] = delta.get(as_day(d), 0) - n
    running, out = int(at_start or 0), []
    for day in days_of(w):
        running += delta.get(day, 0)
        out.append(running)
    return tuple(out)


def sla_weeks(
    session: Session, w: Window, filters: KpiFilter
) -> tuple[tuple[date, ...], tuple[float | None, ...], tuple[float | None, ...]]:
    first = w.period.start - timedelta(days=w.period.start.weekday())
    weeks = tuple(
        first + timedelta(days=7 * i) for i in range((w.period.end - first).days // 7 + 1)
    )
    s = scope("complaint", None, filters)
    if s is None:
        return weeks, (None,) * len(weeks), (None,) * len(weeks)

    def rates(due, done) -> tuple[float | None, ...]:
        week = local_week(w.kind, due, w.tz, w.start)
        met = case((and_(done.is_not(None), done <= due), 100.0), else_=0.0)
        rows = session.execute(
            s.apply(
                select(week, func.avg(met))
                .select_from(Complaint)
                .where(
                    LIVE,
                    due >= w.start,
                    due < w.due_end,
                    (Complaint.cancelled_at.is_(None)) | (Complaint.cancelled_at >= due),
                )
            ).group_by(week)
        ).all()
        found = {as_day(d): float(v) for d, v in rows}
        return tuple(found.get(week) for week in weeks)

    resolved = case((Complaint.status.in_(DONE), Complaint.resolved_at))
    return (
        weeks,
        rates(Complaint.first_response_due, Complaint.first_response_at),
        rates(Complaint.resolution_due, resolved),
    )


def scores(session: Session, w: Window, filters: KpiFilter, column) -> tuple[int, ...]:
    s = scope("complaint", None, filters)
    counts = [0] * 5
    if s is None:
        return tuple(counts)
    rows = session.execute(
        s.apply(
            select(column, func.count())
            .select_from(Complaint)
            .where(
                LIVE,
                Complaint.closed_at >= w.start,
                Complaint.closed_at < w.end,
                column.between(1, 5),
            )
        ).group_by(column)
    ).all()
    for score, n in rows:
        counts[int(score) - 1] = n
    return tuple(counts)


def pareto(session: Session, w: Window, filters: KpiFilter, by: str) -> Counts:
    """(key, complaints) by category or product, most first."""
    s = scope("complaint", by, filters)
    if s is None:
        return ()
    rows = session.execute(
        s.apply(
            select(s.key(), func.count().label("n"))
            .select_from(Complaint)
            .where(LIVE, Complaint.opened_at >= w.start, Complaint.opened_at < w.end)
        ).order_by(func.count().desc())
    ).all()
    return tuple(("" if k is None else str(k), n) for k, n in rows)


def pareto_bars(
    counted: tuple[tuple[str, int], ...], labels: dict[str, str]
) -> tuple[ParetoBar, ...]:
    total = sum(n for _, n in counted)
    bars, running = [], 0
    for key, n in counted[:PARETO_BARS]:
        running += n
        bars.append(ParetoBar(key, labels.get(key, key), n, 100.0 * running / total))
    return tuple(bars)


def first_response_buckets(
    session: Session, w: Window, filters: KpiFilter
) -> tuple[tuple[str, int], ...]:
    s = scope("complaint", None, filters)
    if s is None:
        return ()
    seconds = Complaint.first_response_seconds
    bucket = case(
        *[(seconds < bound, key) for key, bound in BUCKETS if bound is not None], else_="more"
    )
    rows = dict(
        session.execute(
            s.apply(
                select(bucket, func.count())
                .select_from(Complaint)
                .where(
                    LIVE,
                    Complaint.first_response_at >= w.start,
                    Complaint.first_response_at < w.end,
                    seconds.is_not(None),
                )
            ).group_by(bucket)
        ).all()
    )
    return tuple((key, rows.get(key, 0)) for key, _ in BUCKETS)


def claims_by_outcome(
    session: Session, w: Window, filters: KpiFilter
) -> tuple[tuple[str, int], ...]:
    s = scope("claim", None, filters)
    if s is None:
        return ()
    rows = session.execute(
        s.apply(
            select(Claim.status, func.count())
            .select_from(Claim)
            .where(
                Claim.archived_at.is_(None),
                Claim.kind == ClaimKind.REPAIR,
                Claim.received_at >= w.start,
                Claim.received_at < w.end,
            )
        ).group_by(Claim.status)
    ).all()
    return tuple(sorted(((str(k), n) for k, n in rows), key=lambda r: -r[1]))


def product_labels(session: Session, keys: list[str]) -> dict[str, str]:
    ids = [int(k) for k in keys if k.isdigit()]
    return {
        str(i): name
        for i, name in session.execute(select(Product.id, Product.name).where(Product.id.in_(ids)))
    }
