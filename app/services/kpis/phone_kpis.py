"""The telephony KPIs, read in SQL from the call records imported from the PBX (pbx_calls).

Only calls that came in count (a call from an extension is an agent calling out or a
colleague). A call is answered when Asterisk says ANSWERED; every other outcome (NO
ANSWER, BUSY, FAILED, CONGESTION) is a call that rang and was abandoned. A caller waits
from the start of the call for `wait_seconds` (duration - billsec): until the answer, or
until they hung up.

Local hours: the hour of a call is counted on the clock of the store's zone, taken as a
fixed offset from UTC, the zone's offset at the start of the period. Asia/Ho_Chi_Minh has
been +07:00 all year since 1975, so this is exact there; a zone with summer time would be
an hour off in the part of a period on the other side of a change. With a fixed offset
the hour is integer arithmetic on the seconds since 1970 (`_Epoch`, the one place where
SQLite and PostgreSQL are spelled differently), the same on both databases.

Busy hours: for each hour that had calls, the most callers waiting at the same moment,
found as a running SUM() OVER the +1 (a caller starts waiting) and -1 (stops) events in
time order, per queue and over all queues; an hour is over the target when one queue had
more than `pbx.wait_target_queue` waiting at once, or all together more than
`pbx.wait_target_total`. A zero event at the start of each such hour carries in the
callers still waiting from the hour before. A wait ends at the moment it is over: a
caller answered at 10:00:05 and one ringing from 10:00:05 never waited together.
Waits that began up to a day before the period are read for the callers carried in.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import BigInteger, and_, case, func, literal_column, or_, select, true
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from app.config import DEFAULT_TIMEZONE
from app.models import PbxCall
from app.services.kpis.pbx_settings import WAIT_TARGET_QUEUE, WAIT_TARGET_TOTAL
from app.services.kpis.period import Period
from app.services.kpis.results import KpiFilter
from app.services.settings_store import read_settings
from app.timeutil import zone

Values = dict[str, tuple[float | None, int]]
KEYS = ("calls_answered", "calls_abandoned", "abandon_rate", "wait_mean", "busy_hours_share")
CARRY_IN = timedelta(days=1)
_CALLS = PbxCall.__table__


class _Epoch(FunctionElement):
    """Whole seconds since 1970-01-01 UTC of a stored UTC time."""

    type = BigInteger()
    inherit_cache = True


@compiles(_Epoch, "sqlite")
def _epoch_sqlite(element, compiler, **kw) -> str:  # stored as naive UTC text
    return f"CAST(strftime('%s', {compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(_Epoch, "postgresql")
def _epoch_postgresql(element, compiler, **kw) -> str:
    return f"CAST(floor(extract(epoch FROM {compiler.process(element.clauses, **kw)})) AS BIGINT)"


def utc_offset_seconds(period: Period, tz: str = DEFAULT_TIMEZONE) -> int:
    """The zone's offset from UTC at the first moment of the period, in seconds."""
    offset = zone(tz).utcoffset(datetime.combine(period.start, time.min))
    return int(offset.total_seconds()) if offset is not None else 0


def _local_hour_number(moment, offset: int):
    """Hours since 1970 on the local clock: one number per local hour of a local day."""
    return (_Epoch(moment) + offset) // 3600


def _answered_sum():
    return func.sum(case((_CALLS.c.answered, 1), else_=0))


def _abandoned_sum():
    return func.sum(case((_CALLS.c.answered, 0), else_=1))


def _answered_wait_mean():
    return func.avg(case((_CALLS.c.answered, _CALLS.c.wait_seconds), else_=None))


def _in_period(period: Period, tz: str):
    start, end = period.bounds(tz)
    return and_(_CALLS.c.inbound, _CALLS.c.started_at >= start, _CALLS.c.started_at < end)


def call_values(
    session: Session,
    period: Period,
    by: str | None,
    filters: KpiFilter,
    tz: str = DEFAULT_TIMEZONE,
) -> dict[str | None, Values]:
    """{group: {kpi: (value, count)}}: one group None when `by` is None, one per agent
    (the agent's id as text) when `by` is "agent"; {} for any other dimension, which
    calls do not have. Calls reach an agent through the extension they rang at.

    The busy-hours share belongs to the queues, not to an agent: it is in the None
    group only, and empty (None, 0) under an agent filter.
    """
    if by not in (None, "agent"):
        return {}
    group = _CALLS.c.agent_id if by == "agent" else literal_column("0")
    query = select(
        group.label("g"),
        func.count().label("offered"),
        _answered_sum().label("answered"),
        _answered_wait_mean().label("wait_mean"),
    ).where(_in_period(period, tz))
    if filters.agent_id is not None:
        query = query.where(_CALLS.c.agent_id == filters.agent_id)
    if by == "agent":
        query = query.where(_CALLS.c.agent_id.is_not(None)).group_by(_CALLS.c.agent_id)
    result: dict[str | None, Values] = {}
    for key, offered, answered, wait_mean in session.execute(query):
        if not offered:
            continue  # no group by: one row of nulls when there is no call
        answered = int(answered or 0)
        result[str(key) if by == "agent" else None] = _values(int(offered), answered, wait_mean)
    if by is None:
        values = result.setdefault(None, _values(0, 0, None))
        values["busy_hours_share"] = (
            (None, 0) if filters.agent_id is not None else busy_hours_share(session, period, tz)
        )
    return result


def _values(offered: int, answered: int, wait_mean: object) -> Values:
    if not offered:
        return {key: (None, 0) for key in KEYS[:4]}
    abandoned = offered - answered
    return {
        "calls_answered": (float(answered), answered),
        "calls_abandoned": (float(abandoned), abandoned),
        "abandon_rate": (100.0 * abandoned / offered, offered),
        "wait_mean": (float(wait_mean), answered) if answered else (None, 0),  # type: ignore[arg-type]
    }


def busy_hours_share(
    session: Session, period: Period, tz: str = DEFAULT_TIMEZONE
) -> tuple[float | None, int]:
    """(share 0-100 of the hours with calls that went over the waiting target, hours with
    calls); (None, 0) when no call came in."""
    targets = read_settings(session, (WAIT_TARGET_QUEUE, WAIT_TARGET_TOTAL))
    per_queue, in_all = int(targets[WAIT_TARGET_QUEUE.key]), int(targets[WAIT_TARGET_TOTAL.key])  # type: ignore[call-overload]
    offset = utc_offset_seconds(period, tz)
    start, end = period.bounds(tz)
    began = _Epoch(_CALLS.c.started_at)
    near = (
        select(
            _CALLS.c.queue.label("queue"),
            began.label("s"),
            (began + _CALLS.c.wait_seconds).label("w"),
            (_CALLS.c.started_at >= start).label("inside"),
        )
        .where(_CALLS.c.inbound, _CALLS.c.started_at >= start - CARRY_IN, _CALLS.c.started_at < end)
        .cte("near")
    )
    hours = (
        select(((near.c.s + offset) // 3600).label("h"))
        .where(near.c.inside)
        .distinct()
        .cte("hours")
    )
    queues = select(near.c.queue).distinct().cte("queues")
    waited = near.c.w > near.c.s
    events = (
        select(near.c.queue, near.c.s.label("t"), literal_column("1").label("d"))
        .where(waited)
        .union_all(
            select(near.c.queue, near.c.w, literal_column("-1")).where(waited),
            select(queues.c.queue, hours.c.h * 3600 - offset, literal_column("0")).select_from(
                queues.join(hours, true())
            ),
        )
        .cte("events")
    )
    order = (events.c.t, events.c.d)  # at one moment: waits that end, hour starts, waits that begin
    levels = select(
        ((events.c.t + offset) // 3600).label("h"),
        func.sum(events.c.d)
        .over(partition_by=events.c.queue, order_by=order, rows=(None, 0))
        .label("queue_level"),
        func.sum(events.c.d).over(order_by=order, rows=(None, 0)).label("all_level"),
    ).cte("levels")
    peaks = (
        select(
            levels.c.h,
            func.max(levels.c.queue_level).label("queue_peak"),
            func.max(levels.c.all_level).label("all_peak"),
        )
        .group_by(levels.c.h)
        .cte("peaks")
    )
    over = or_(peaks.c.queue_peak > per_queue, peaks.c.all_peak > in_all)
    total, busy = session.execute(
        select(func.count(), func.sum(case((over, 1), else_=0))).select_from(
            hours.outerjoin(peaks, peaks.c.h == hours.c.h)
        )
    ).one()
    if not total:
        return None, 0
    return 100.0 * int(busy or 0) / int(total), int(total)


def calls_by_hour(
    session: Session, period: Period, tz: str = DEFAULT_TIMEZONE
) -> tuple[tuple[int, int, int], ...]:
    """(local hour 0-23, answered, abandoned) for each hour of the day that had calls in
    the period, the days added together, in hour order."""
    hour = (_local_hour_number(_CALLS.c.started_at, utc_offset_seconds(period, tz)) % 24).label(
        "hour"
    )
    query = (
        select(hour, _answered_sum(), _abandoned_sum())
        .where(_in_period(period, tz))
        .group_by(hour)
        .order_by(hour)
    )
    return tuple((int(h), int(a), int(b)) for h, a, b in session.execute(query))


def calls_by_queue(
    session: Session, period: Period, tz: str = DEFAULT_TIMEZONE
) -> tuple[tuple[str, int, int, float | None], ...]:
    """(queue, answered, abandoned, mean seconds waited before an answer or None) for
    each queue that had calls in the period, by queue name."""
    query = (
        select(_CALLS.c.queue, _answered_sum(), _abandoned_sum(), _answered_wait_mean())
        .where(_in_period(period, tz))
        .group_by(_CALLS.c.queue)
        .order_by(_CALLS.c.queue)
    )
    return tuple(
        (queue, int(a), int(b), None if mean is None else float(mean))
        for queue, a, b, mean in session.execute(query)
    )
