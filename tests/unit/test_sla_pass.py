"""The SLA pass: at risk at 75 %, breached at 100 %, escalated exactly once; waits move
the due times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.models import Complaint, ComplaintEvent, Reminder, SlaState
from app.services.complaints.complaint_actions import assign_complaint
from app.services.complaints.complaint_workflow import change_status
from app.services.complaints.complaints import ComplaintInput, open_complaint
from app.services.complaints.sla_pass import evaluate_sla
from tests.factories import make_customer

HN = timedelta(hours=7)


def hn(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in November 2026, given in Hà Nội time."""
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC) - HN


@pytest.fixture
def complaint(db, agent) -> int:
    """Normal priority, opened Monday 2/11 09:00: first response due 17:00 the same day."""
    with db.session_scope() as s:
        customer = make_customer(s, "Nguyễn Văn An").id
        view = open_complaint(
            s, agent, ComplaintInput(customer, "delivery", "Giao trễ."), now=hn(2, 9)
        )
        assign_complaint(s, agent, view.id, agent.user_id, now=hn(2, 9))
        return view.id


def _pass(db, at):
    with db.session_scope() as s:
        return evaluate_sla(s, at)


def _state(db, cid):
    with db.session_scope() as s:
        c = s.get(Complaint, cid)
        return c.sla_state, c.tier, c.assignee_id


def _count(db, model, *where) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def test_at_risk_at_three_quarters_then_breached_and_escalated_once(db, agent, complaint):
    assert _pass(db, hn(2, 14, 59)).at_risk == 0  # 5 h 59 of 8 h
    assert _state(db, complaint)[0] == SlaState.ON_TRACK

    first = _pass(db, hn(2, 15))  # 6 h of 8 h: 75 %
    assert (first.at_risk, first.breached) == (1, 0)
    assert _state(db, complaint) == (SlaState.AT_RISK, 1, agent.user_id)
    with db.session_scope() as s:
        warning = s.scalars(select(Reminder).where(Reminder.rule == "sla")).one()
        assert warning.assignee_id == agent.user_id
        assert warning.title == "SLA at risk: KN-2026-000001"
    assert _pass(db, hn(2, 16)).at_risk == 0  # said once

    breach = _pass(db, hn(2, 17))
    assert (breach.breached, breach.escalated) == (1, 1)
    assert _state(db, complaint) == (SlaState.BREACHED, 2, None)
    again = _pass(db, hn(2, 17, 30))
    assert (again.breached, again.escalated) == (0, 0)
    assert _count(db, ComplaintEvent, ComplaintEvent.kind == "escalated") == 1


def test_a_second_seat_that_missed_the_breach_does_not_escalate_again(db, complaint):
    _pass(db, hn(2, 17))
    with db.session_scope() as s:
        # What a second seat saw before the first one's change was committed.
        s.get(Complaint, complaint).sla_state = SlaState.AT_RISK
    assert _pass(db, hn(2, 17, 1)).escalated == 0
    assert _state(db, complaint)[1] == 2
    assert _count(db, Reminder, Reminder.rule == "sla") == 1  # the breach, said once


def test_a_wait_for_the_customer_stops_the_clock_and_moves_the_due_time(db, agent, complaint):
    with db.session_scope() as s:
        change_status(s, agent, complaint, "in_progress", now=hn(2, 9))  # first response
        change_status(s, agent, complaint, "waiting_customer", now=hn(2, 10))
    # Resolution due Thursday 5/11 09:00; while waiting the pass leaves it alone.
    assert _pass(db, hn(5, 10)).checked == 0
    with db.session_scope() as s:
        change_status(s, agent, complaint, "in_progress", now=hn(3, 10))
        # 27.5 business hours were left at Monday 10:00; from Tuesday 10:00 that is
        # Friday 6/11 09:00.
        assert s.get(Complaint, complaint).resolution_due == hn(6, 9)
    assert _pass(db, hn(5, 10)).breached == 0
