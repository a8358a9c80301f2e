"""Complaints: intake checks, priority and SLA due times, every transition, stale saves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import product

import pytest
from sqlalchemy import select

from app.errors import CareDeskError, Conflict, ValidationError
from app.models import Complaint, ComplaintEvent, ComplaintStatus, Customer, PointsEntry, Tier
from app.services.complaints.complaint_workflow import (
    TRANSITIONS,
    Resolution,
    cancel_complaint,
    change_status,
    close_complaint,
    reopen_complaint,
    resolve_complaint,
)
from app.services.complaints.complaints import ComplaintInput, open_complaint
from tests.factories import make_customer

S = ComplaintStatus
# Monday 2 November 2026, 09:00 in Hà Nội.
MONDAY_9 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
FIX = Resolution("repair", "Đã thay bo mạch, khách kiểm tra máy chạy êm.")


def _open(db, actor, an, **changes):
    values = dict(
        customer_id=an,
        category="product_defect",
        description="Máy giặt kêu to khi vắt.",
        severity="normal",
    )
    values.update(changes)
    with db.session_scope() as s:
        return open_complaint(s, actor, ComplaintInput(**values), now=MONDAY_9)


def test_a_complaint_gets_a_yearly_number_a_priority_and_due_times(db, agent, an):
    first = _open(db, agent, an)
    second = _open(db, agent, an, severity="high")
    assert (first.number, second.number) == ("KN-2026-000001", "KN-2026-000002")
    assert (first.status, first.priority, first.tier) == ("new", "normal", 1)
    # Normal: first response 8 business hours (Monday 09:00-17:30 is 8.5 h: 17:00),
    # resolution 3 business days (28.5 h: Thursday 5/11 09:00).
    assert first.first_response_due == datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
    assert first.resolution_due == datetime(2026, 11, 5, 2, 0, tzinfo=UTC)
    # High: 4 h and 24 h.
    assert second.first_response_due == datetime(2026, 11, 2, 6, 0, tzinfo=UTC)


def test_a_vip_raises_the_priority_one_step(db, agent):
    with db.session_scope() as s:
        vip = make_customer(s, "Lê Thị Vy", tier=Tier.VIP).id
    assert _open(db, agent, vip, severity="high").priority == "critical"
    assert _open(db, agent, vip, severity="critical").priority == "critical"


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"customer_id": None}, "customer", "choose the customer"),
        ({"category": "removed_since"}, "category", "no longer offered"),
        ({"description": "x" * 100_000}, "description", "100,000 characters"),
        ({"description": "   "}, "description", "describe"),
        ({"severity": "urgent"}, "severity", "severity"),
    ],
)
def test_bad_intake_is_refused_and_nothing_is_written(db, agent, an, changes, field, words):
    with pytest.raises(ValidationError) as refused:
        _open(db, agent, an, **changes)
    assert refused.value.field == field
    assert words in refused.value.message.lower()
    with db.session_scope() as s:
        assert s.scalars(select(Complaint)).all() == []


def _at(db, actor, an, status: ComplaintStatus) -> int:
    """A complaint brought to `status` through legal steps."""
    cid = _open(db, actor, an).id
    path = {
        S.NEW: [],
        S.IN_PROGRESS: ["work"],
        S.WAITING_CUSTOMER: ["work", "wait"],
        S.RESOLVED: ["work", "resolve"],
        S.CLOSED: ["work", "resolve", "close"],
        S.REOPENED: ["work", "resolve", "reopen"],
        S.CANCELLED: ["cancel"],
    }[status]
    for step in path:
        _step(db, actor, cid, step)
    return cid


def _step(db, actor, cid, step, now=None):
    with db.session_scope() as s:
        match step:
            case "work":
                return change_status(s, actor, cid, "in_progress", now=now)
            case "wait":
                return change_status(s, actor, cid, "waiting_customer", "Chờ khách gửi ảnh")
            case "resolve":
                return resolve_complaint(s, actor, cid, FIX, now=now)
            case "close":
                return close_complaint(s, actor, cid, True, 5, 2, now=now)
            case "reopen":
                return reopen_complaint(s, actor, cid, "Máy lại kêu to", now=now)
            case "cancel":
                return cancel_complaint(s, actor, cid, "Khách rút khiếu nại", now=now)


STEPS = {
    "work": S.IN_PROGRESS,
    "wait": S.WAITING_CUSTOMER,
    "resolve": S.RESOLVED,
    "close": S.CLOSED,
    "reopen": S.REOPENED,
    "cancel": S.CANCELLED,
}
CASES = list(product(list(S), STEPS))


@pytest.mark.parametrize(("start", "step"), CASES, ids=[f"{a}-{b}" for a, b in CASES])
def test_every_transition_is_allowed_or_refused_as_the_workflow_says(db, agent, an, start, step):
    cid = _at(db, agent, an, start)
    target = STEPS[step]
    if target in TRANSITIONS[start]:
        assert _step(db, agent, cid, step).status == target.value
        with db.session_scope() as s:
            event = s.scalars(
                select(ComplaintEvent)
                .where(ComplaintEvent.complaint_id == cid)
                .order_by(ComplaintEvent.id.desc())
            ).first()
            assert (event.from_status, event.to_status) == (start.value, target.value)
    else:
        with pytest.raises(ValidationError, match="cannot become"):
            _step(db, agent, cid, step)
        with db.session_scope() as s:
            assert s.get(Complaint, cid).status == start


def test_a_resolution_with_negative_compensation_is_refused(db, agent, an):
    cid = _at(db, agent, an, S.IN_PROGRESS)
    with pytest.raises(ValidationError, match="cannot be negative"), db.session_scope() as s:
        resolve_complaint(s, agent, cid, Resolution("points", "x", compensation_points=-1))
    with pytest.raises(ValidationError, match="cannot be negative"), db.session_scope() as s:
        resolve_complaint(s, agent, cid, Resolution("refund", "x", compensation_vnd=-50_000))


def test_closing_needs_the_customers_confirmation_and_both_scores(db, agent, an):
    cid = _at(db, agent, an, S.RESOLVED)
    with db.session_scope() as s:
        with pytest.raises(ValidationError, match="confirmed"):
            close_complaint(s, agent, cid, False, 5, 1)
        with pytest.raises(ValidationError, match="1 to 5") as refused:
            close_complaint(s, agent, cid, True, 5, None)
        assert refused.value.field == "ces"
        closed = close_complaint(s, agent, cid, True, 2, 4)
    assert closed.status == "closed"


def test_reopening_is_possible_only_within_the_window(db, agent, an):
    cid = _open(db, agent, an).id
    _step(db, agent, cid, "work", now=MONDAY_9)
    _step(db, agent, cid, "resolve", now=MONDAY_9)
    with pytest.raises(ValidationError, match="more than 30 days"):
        _step(db, agent, cid, "reopen", now=MONDAY_9 + timedelta(days=31))
    assert _step(db, agent, cid, "reopen", now=MONDAY_9 + timedelta(days=29)).status == "reopened"


def test_a_stale_save_names_who_changed_what(db, agent, admin, an):
    view = _open(db, agent, an)
    with db.session_scope() as s:
        change_status(s, admin, view.id, "in_progress", expected_version=view.version)
    with pytest.raises(Conflict) as refused, db.session_scope() as s:
        cancel_complaint(s, agent, view.id, "Khách rút", expected_version=view.version)
    message = refused.value.message
    assert "Quản Trị Viên changed its status" in message
    assert view.number in message and "in progress" in message.lower()
    with db.session_scope() as s:
        assert s.get(Complaint, view.id).status == S.IN_PROGRESS


def test_an_agent_cannot_work_on_a_colleagues_complaint(db, agent, admin, an):
    cid = _open(db, agent, an).id
    with db.session_scope() as s:
        s.get(Complaint, cid).assignee_id = admin.user_id
    with pytest.raises(CareDeskError, match="Only supervisors and administrators"):
        _step(db, agent, cid, "work")


def test_points_given_as_compensation_go_to_the_customers_ledger(db, agent, an):
    cid = _at(db, agent, an, S.IN_PROGRESS)
    with db.session_scope() as s:
        resolve_complaint(
            s, agent, cid, Resolution("points", "Tặng điểm xin lỗi", compensation_points=50)
        )
        entry = s.scalars(select(PointsEntry).where(PointsEntry.customer_id == an)).one()
        assert (entry.delta, entry.source_type, entry.source_id) == (50, "complaint", cid)
        assert entry.reason == "Compensation for complaint KN-2026-000001"
        assert s.get(Customer, an).points == 50
