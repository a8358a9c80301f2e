"""A demo complaint's whole life, step by step, as the complaint workflow writes it.

Staff act in business hours: every step a person takes is placed with the business
calendar, a drawn amount of business time after the opening (the pace of who handles it, the
priority's targets, how stretched the team was that week). A wait for the customer stops
that clock: the customer answers hours later and the work goes on from there. The life
is made whole, then cut at the end of the history by the caller (complaint_state.py):
what had not happened by then did not happen, so recent complaints are still open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from app.models import ComplaintStatus
from app.services.demo import complaint_texts as words
from app.services.demo.builder_base import BuilderBase

S = ComplaintStatus
MINUTE = 60


class Step(NamedTuple):
    """One complaint event: the columns of complaint_events the demo fills."""

    at: datetime
    kind: str
    before: ComplaintStatus | None
    after: ComplaintStatus | None
    note: str
    data: dict | None
    actor: int | None


@dataclass
class Course:
    """How a complaint is going to be handled, drawn before its timeline is made."""

    opened: datetime
    priority: str
    creator: int
    handler: int
    pace: tuple[float, float]  # (first response, resolution) times the usual: who handles
    slow: tuple[float, float]  # the same, for how stretched the team was
    fate: str  # "closed", "resolved" (never confirmed by the customer) or "cancelled"
    resolution: tuple[str, str, dict]  # (type, what was done, the step's data)
    fcr: bool = False  # settled at the counter or on the phone there and then
    escalated_to: tuple[int, ...] = ()  # the supervisor who takes it at tier 2, then 3
    colleague: int | None = None  # handed on to this agent by `dispatcher`
    dispatcher: int | None = None
    bounces: bool = False  # and handed back to the handler later
    waits: bool = False
    reopens: bool = False


class _Log:
    """The steps so far, with the status and the assignee they leave the complaint in."""

    def __init__(self, first: Step, names: dict[int, str]) -> None:
        self.steps, self.status, self.assignee, self.names = [first], S.NEW, None, names

    def after(self, at: datetime) -> datetime:
        """`at`, or a minute after the latest step if that is later: steps keep their order."""
        return max(at, max(s.at for s in self.steps) + timedelta(minutes=1))

    def move(self, at: datetime, kind: str, to: S, note: str = "", data: dict | None = None):
        self.steps.append(Step(at, kind, self.status, to, note, data, self.assignee))
        self.status = to

    def event(self, at: datetime, kind: str, note: str = "", data: dict | None = None) -> None:
        self.steps.append(Step(at, kind, None, None, note, data, self.assignee))

    def assign(self, at: datetime, to: int, actor: int | None = None) -> None:
        data = {"from": self.assignee, "to": to, "to_name": self.names[to]}
        self.steps.append(Step(at, "assigned", None, None, "", data, actor or to))
        self.assignee = to


class TimelineRows(BuilderBase):
    """Makes the steps of a complaint's life from its Course."""

    def timeline(self, k: Course) -> list[Step]:
        """The steps of the complaint's whole life, in time order."""
        cal, rng = self.sla.calendar, self.rng
        first_t, res_t = self.sla.targets[k.priority]
        # Opening writes no note: the description is the complaint's own (open_complaint).
        log = _Log(Step(k.opened, "opened", None, S.NEW, "", None, k.creator), self.names)
        if k.fcr:
            at = k.opened + timedelta(seconds=MINUTE + self.below(2 * MINUTE))
            log.assign(at, k.handler)
            at += timedelta(seconds=MINUTE + self.below(3 * MINUTE))
            log.move(at, "status", S.IN_PROGRESS, words.AT_THE_COUNTER)
            last = at + timedelta(seconds=3 * MINUTE + self.below(12 * MINUTE))
            log.move(last, "resolved", S.RESOLVED, k.resolution[1], k.resolution[2])
            if k.fate == "closed":
                log.move(
                    last + timedelta(seconds=2 * MINUTE + self.below(8 * MINUTE)),
                    "closed",
                    S.CLOSED,
                )
            return log.steps
        fr_b = first_t * rng.lognormvariate(-0.9, 0.7) * k.pace[0] * k.slow[0]
        res_b = res_t * rng.lognormvariate(-0.95, 0.5) * k.pace[1] * k.slow[1]
        res_b = max(fr_b + 30 * MINUTE, res_b)
        log.assign(cal.add(k.opened, fr_b * rng.uniform(0.2, 0.8)), k.handler)
        if k.fate == "cancelled" and self.random() < 0.4:
            # Withdrawn before anyone answered: leaving New is the first response.
            log.move(cal.add(k.opened, fr_b), "cancelled", S.CANCELLED, self.one(words.CANCELLED))
            return log.steps
        fr = cal.add(k.opened, fr_b)
        reply = self.one(words.REPLIES)
        if self.random() < 0.5:
            log.event(fr, "reply", reply)
            log.move(
                fr + timedelta(seconds=MINUTE + self.below(20 * MINUTE)),
                "status",
                S.IN_PROGRESS,
                words.FIRST_STEP,
            )
        else:
            log.move(fr, "status", S.IN_PROGRESS, words.FIRST_STEP)
            log.event(cal.add(fr, rng.uniform(10, 120) * MINUTE), "reply", reply)
        # What happens between the first response and the resolution, in business seconds
        # after the opening; the clock of time() restarts after a wait.
        span = res_b - fr_b
        actions = [(fr_b + span * rng.uniform(0.1, 0.3), "escalate", who) for who in k.escalated_to]
        if k.colleague:
            handed = fr_b + span * rng.uniform(0.1, 0.5)
            actions.append((handed, "transfer", k.colleague))
            if k.bounces:  # not theirs to solve after all
                actions.append(
                    (handed + (res_b - handed) * rng.uniform(0.2, 0.6), "transfer", k.handler)
                )
        if k.waits:
            actions.append((fr_b + span * rng.uniform(0.2, 0.7), "wait", None))
        if self.random() < 0.4:
            actions.append((fr_b + span * rng.uniform(0.3, 0.9), "reply", None))
        end_off = res_b
        if k.fate == "cancelled":
            end_off = fr_b + span * rng.uniform(0.3, 0.9)
        anchor, anchor_off = k.opened, 0.0
        for off, what, who in sorted(a for a in actions if a[0] < end_off):
            at = log.after(cal.add(anchor, off - anchor_off))
            if what == "escalate":
                tier = 2 + sum(1 for s in log.steps if s.kind == "escalated")
                log.event(at, "escalated", words.ESCALATIONS[tier], {"tier": tier})
                log.assignee = None
                log.assign(log.after(cal.add(at, rng.uniform(10, 90) * MINUTE)), who)
            elif what == "transfer":
                log.assign(at, who, k.dispatcher)
            elif what == "reply":
                log.event(at, "reply", self.one(words.REPLIES[3:]))
            else:
                log.move(at, "status", S.WAITING_CUSTOMER, self.one(words.WAITING))
                answered = at + timedelta(hours=rng.uniform(2, 80))
                resumed = cal.add(answered, rng.uniform(1, 60) * MINUTE)
                log.move(resumed, "status", S.IN_PROGRESS, words.ANSWERED)
                anchor, anchor_off = resumed, off
        end = log.after(cal.add(anchor, end_off - anchor_off))
        if k.fate == "cancelled":
            log.move(end, "cancelled", S.CANCELLED, self.one(words.CANCELLED))
            return log.steps
        log.move(end, "resolved", S.RESOLVED, k.resolution[1], k.resolution[2])
        if k.reopens:
            back = cal.add(end, rng.uniform(2, 50) * 3600)
            log.move(back, "reopened", S.REOPENED, self.one(words.REOPENED))
            resumed = cal.add(back, rng.uniform(0.5, 12) * 3600)
            log.move(resumed, "status", S.IN_PROGRESS, words.RESUMED)
            end = cal.add(resumed, res_t * rng.uniform(0.1, 0.6) * k.pace[1])
            log.move(end, "resolved", S.RESOLVED, k.resolution[1], k.resolution[2])
        if k.fate == "closed":
            log.move(cal.add(end, rng.uniform(0.5, 20) * 3600), "closed", S.CLOSED)
        return log.steps
