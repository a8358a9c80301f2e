"""Notes and replies, assignment, escalation and priority changes on a complaint."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app.errors import Conflict, PermissionDenied, ValidationError
from app.models import Complaint, ComplaintEvent
from app.services.complaints.complaint_actions import (
    add_note,
    assign_complaint,
    change_priority,
    escalate_complaint,
)
from app.services.complaints.complaint_workflow import cancel_complaint
from app.services.complaints.complaints import ComplaintInput, complaint_detail, open_complaint
from tests.factories import make_customer
from tests.scenarios import staff_member

MONDAY_9 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)  # 09:00 in Hà Nội


@pytest.fixture
def people(db, admin, agent):
    with db.session_scope() as s:
        return {
            "yen": agent,
            "lan": staff_member(s, admin, "lan.nguyen", "Nguyễn Thị Lan"),
            "ha": staff_member(s, admin, "ha.le", "Lê Thu Hà", "supervisor"),
        }


@pytest.fixture
def complaint(db, people):
    with db.session_scope() as s:
        customer = make_customer(s, "Nguyễn Văn An").id
        return open_complaint(
            s,
            people["yen"],
            ComplaintInput(customer, "delivery", "Giao tủ lạnh trễ 3 ngày."),
            now=MONDAY_9,
        )


def _events(db, cid) -> list[tuple[str, str]]:
    with db.session_scope() as s:
        rows = s.execute(
            select(ComplaintEvent.kind, ComplaintEvent.note)
            .where(ComplaintEvent.complaint_id == cid)
            .order_by(ComplaintEvent.id)
        )
        return [tuple(r) for r in rows]


def test_an_agent_takes_an_unassigned_complaint_but_not_a_colleagues(db, people, complaint):
    with db.session_scope() as s, pytest.raises(PermissionDenied):
        assign_complaint(s, people["yen"], complaint.id, people["lan"].user_id)
    with db.session_scope() as s:
        taken = assign_complaint(s, people["yen"], complaint.id, people["yen"].user_id)
    assert taken.assignee_name == "Trần Thị Yến"
    with db.session_scope() as s, pytest.raises(PermissionDenied):
        assign_complaint(s, people["lan"], complaint.id, people["lan"].user_id)
    with db.session_scope() as s:
        moved = assign_complaint(s, people["ha"], complaint.id, people["lan"].user_id)
    assert moved.assignee_name == "Nguyễn Thị Lan"


def test_escalation_climbs_one_tier_at_a_time_into_the_next_queue(db, people, complaint):
    with db.session_scope() as s:
        assign_complaint(s, people["yen"], complaint.id, people["yen"].user_id)
        second = escalate_complaint(s, people["yen"], complaint.id, "Khách đòi gặp quản lý")
        third = escalate_complaint(s, people["ha"], complaint.id, "Cần duyệt bồi thường")
        with pytest.raises(ValidationError, match="top tier"):
            escalate_complaint(s, people["ha"], complaint.id, "Lần nữa")
    assert (second.tier, second.assignee_id) == (2, None)
    assert third.tier == 3
    assert ("escalated", "Khách đòi gặp quản lý") in _events(db, complaint.id)


def test_a_priority_change_needs_a_supervisor_and_a_reason_and_moves_the_due_times(
    db, people, complaint
):
    with db.session_scope() as s:
        with pytest.raises(PermissionDenied):
            change_priority(s, people["yen"], complaint.id, "critical", "Khách VIP")
        with pytest.raises(ValidationError) as refused:
            change_priority(s, people["ha"], complaint.id, "critical", "  ")
        assert refused.value.field == "reason"
        urgent = change_priority(s, people["ha"], complaint.id, "critical", "Báo chí hỏi")
    # Critical: 1 h to respond and 8 h to resolve from Monday 09:00 (10:00 and 17:00).
    assert urgent.priority == "critical"
    assert urgent.first_response_due == datetime(2026, 11, 2, 3, 0, tzinfo=UTC)
    assert urgent.resolution_due == datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def test_a_reply_is_the_first_response_and_a_note_is_not(db, people, complaint):
    with db.session_scope() as s:
        add_note(s, people["yen"], complaint.id, "Đã gọi kho kiểm tra.")
        assert s.get(Complaint, complaint.id).first_response_at is None
        add_note(s, people["yen"], complaint.id, "Xin lỗi anh, mai giao.", reply=True, now=MONDAY_9)
        assert s.get(Complaint, complaint.id).first_response_at == MONDAY_9


def test_a_colleagues_note_makes_an_open_form_stale_and_says_so(db, people, complaint):
    with db.session_scope() as s:
        add_note(s, people["lan"], complaint.id, "Khách gọi lại lần hai.")
    stale = pytest.raises(Conflict, match="Nguyễn Thị Lan added a note to it")
    with stale, db.session_scope() as s:
        cancel_complaint(
            s, people["yen"], complaint.id, "Khách rút", expected_version=complaint.version
        )


def test_nothing_happens_to_a_cancelled_complaint(db, people, complaint):
    with db.session_scope() as s:
        cancel_complaint(s, people["yen"], complaint.id, "Khách rút")
    with db.session_scope() as s, pytest.raises(ValidationError, match="reopen it first"):
        escalate_complaint(s, people["yen"], complaint.id, "Muộn rồi")


def test_the_detail_lists_every_step_with_who_took_it(db, people, complaint):
    with db.session_scope() as s:
        escalate_complaint(s, people["yen"], complaint.id, "Khách đòi gặp quản lý")
        add_note(s, people["ha"], complaint.id, "Đã gọi lại cho khách.", reply=True)
        detail = complaint_detail(s, complaint.id)
    assert [(e.kind, e.actor_name) for e in detail.events] == [
        ("opened", "Trần Thị Yến"),
        ("escalated", "Trần Thị Yến"),
        ("reply", "Lê Thu Hà"),
    ]
    assert detail.complaint.tier == 2 and detail.first_response_at is not None
