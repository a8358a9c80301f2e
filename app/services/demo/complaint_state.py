"""What a demo complaint's row says at the end of the history, read from its timeline.

The timeline is cut where the history ends; the row holds what the workflow would have
left in it by then: the status, who has it at which tier, when it was first answered,
resolved, closed or cancelled, the due times (the resolution's moved by each finished
wait for the customer), the business seconds the KPIs read, and the SLA state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.models import ComplaintStatus, SlaState
from app.services.complaints.business_hours import BusinessCalendar
from app.services.complaints.complaint_timing import business_seconds, waits
from app.services.complaints.sla_clock import AT_RISK
from app.services.demo.complaint_timeline import Step

S = ComplaintStatus


@dataclass
class State:
    steps: list[Step]  # the steps taken before the end of the history
    status: ComplaintStatus
    assignee: int | None
    tier: int
    first_response_due: datetime
    resolution_due: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None  # the last resolution (kept when reopened, as the app does)
    closed_at: datetime | None
    cancelled_at: datetime | None
    first_response_seconds: int | None
    resolution_seconds: int | None
    sla_state: SlaState
    reopened: bool


def state_at(
    steps: list[Step],
    end: datetime,
    calendar: BusinessCalendar,
    targets: tuple[float, float],
) -> State:
    """The complaint as it stands at `end`, from its whole timeline."""
    opened = steps[0].at
    kept = [s for s in steps if s.at < end]
    first_t, res_t = targets
    fr_due, res_due = calendar.add(opened, first_t), calendar.add(opened, res_t)
    status, assignee, tier = S.NEW, None, 1
    first = resolved = closed = cancelled = waiting_since = None
    for s in kept:
        if s.kind == "reply" and first is None:
            first = s.at
        elif s.kind == "assigned":
            assignee = s.data["to"]
        elif s.kind == "escalated":
            tier, assignee = s.data["tier"], None
        if s.after is None or s.before is None:
            continue
        if s.before is S.NEW and first is None:
            first = s.at
        if s.before is S.WAITING_CUSTOMER and waiting_since is not None:
            # Work resumes: the workflow moves the due time by the business time waited.
            if res_due > waiting_since:
                res_due = calendar.add(s.at, calendar.between(waiting_since, res_due))
            waiting_since = None
        if s.after is S.WAITING_CUSTOMER:
            waiting_since = s.at
        status = s.after
        resolved = s.at if s.after is S.RESOLVED else resolved
        closed = s.at if s.after is S.CLOSED else closed
        cancelled = s.at if s.after is S.CANCELLED else cancelled
    pauses = waits((s.at, s.before, s.after) for s in kept if s.before is not None)

    def clock(now: datetime) -> SlaState:
        """The state the SLA pass would have left: the first response's clock until it
        is given, then the resolution's."""
        due, target = (fr_due, first_t) if first is None or first > now else (res_due, res_t)
        if now >= due:
            return SlaState.BREACHED
        left = calendar.between(now, due)
        return SlaState.AT_RISK if left <= (1 - AT_RISK) * target else SlaState.ON_TRACK

    if status in (S.RESOLVED, S.CLOSED):
        sla = SlaState.MET if resolved <= res_due else SlaState.BREACHED
    else:
        sla = clock(cancelled or waiting_since or end)
    return State(
        steps=kept,
        status=status,
        assignee=assignee,
        tier=tier,
        first_response_due=fr_due,
        resolution_due=res_due,
        first_response_at=first,
        resolved_at=resolved,
        closed_at=closed,
        cancelled_at=cancelled,
        first_response_seconds=business_seconds(calendar, opened, first, pauses) if first else None,
        resolution_seconds=business_seconds(calendar, opened, resolved, pauses)
        if resolved
        else None,
        sla_state=sla,
        reopened=any(s.kind == "reopened" for s in kept),
    )
