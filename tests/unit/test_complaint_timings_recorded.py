"""What a complaint's steps record for the KPIs: the business seconds to the first response
and to the (last) resolution, waits for the customer left out; when it was cancelled; what
the customer said when it was closed.

Business hours are the default settings: Monday to Saturday 08:00-17:30 in Hà Nội (9.5 h
a day), Sunday closed; no public holiday falls in November 2026 (Monday the 2nd, Friday
the 6th, Saturday the 7th, Monday the 9th).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.models import Complaint, ComplaintEvent
from app.services.complaints.complaint_actions import add_note
from app.services.complaints.complaint_workflow import (
    Resolution,
    cancel_complaint,
    change_status,
    close_complaint,
    reopen_complaint,
    resolve_complaint,
)
from app.services.complaints.complaints import ComplaintInput, open_complaint
from app.services.settings import set_setting

HOUR = 3600
FIX = Resolution("repair", "Đã thay bo mạch, máy chạy êm.")


def hn(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment of November 2026 on the clock in Hà Nội (UTC+7), as UTC."""
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC) - timedelta(hours=7)


def _open(db, actor, customer_id: int, at: datetime) -> int:
    data = ComplaintInput(customer_id, "product_defect", "Máy giặt kêu to khi vắt.")
    with db.session_scope() as s:
        return open_complaint(s, actor, data, now=at).id


def _status(db, actor, cid: int, to: str, at: datetime) -> None:
    with db.session_scope() as s:
        change_status(s, actor, cid, to, now=at)


def _resolve(db, actor, cid: int, at: datetime) -> None:
    with db.session_scope() as s:
        resolve_complaint(s, actor, cid, FIX, now=at)


def _timings(db, cid: int) -> dict:
    with db.session_scope() as s:
        c = s.get(Complaint, cid)
        return {
            "status": c.status.value,
            "first_response_at": c.first_response_at,
            "first_response_seconds": c.first_response_seconds,
            "resolved_at": c.resolved_at,
            "resolution_seconds": c.resolution_seconds,
            "cancelled_at": c.cancelled_at,
            "closed_at": c.closed_at,
        }


def _last_event(db, cid: int) -> tuple:
    with db.session_scope() as s:
        e = s.scalars(
            select(ComplaintEvent)
            .where(ComplaintEvent.complaint_id == cid)
            .order_by(ComplaintEvent.id.desc())
        ).first()
        return e.kind, e.from_status, e.to_status, e.at, e.note, e.data


NOTHING_YET = {
    "first_response_at": None,
    "first_response_seconds": None,
    "resolved_at": None,
    "resolution_seconds": None,
    "cancelled_at": None,
    "closed_at": None,
}


def test_a_new_complaint_has_no_timings_yet(db, agent, an):
    cid = _open(db, agent, an, hn(2, 9))
    assert _timings(db, cid) == {"status": "new", **NOTHING_YET}


def test_starting_work_is_the_first_response(db, agent, an):
    # Opened Monday 09:00, work started 11:30: 2.5 h = 9,000 s.
    cid = _open(db, agent, an, hn(2, 9))
    _status(db, agent, cid, "in_progress", hn(2, 11, 30))
    assert _timings(db, cid) == {
        **NOTHING_YET,
        "status": "in_progress",
        "first_response_at": hn(2, 11, 30),
        "first_response_seconds": 9_000,
    }
    assert _last_event(db, cid)[:4] == ("status", "new", "in_progress", hn(2, 11, 30))
    # Later steps do not move it: waiting and working again keep the first response.
    _status(db, agent, cid, "waiting_customer", hn(2, 14))
    _status(db, agent, cid, "in_progress", hn(3, 9))
    timings = _timings(db, cid)
    assert (timings["first_response_at"], timings["first_response_seconds"]) == (
        hn(2, 11, 30),
        9_000,
    )


def test_a_first_response_over_the_weekend_counts_saturday_but_not_sunday(db, agent, an):
    # Opened Friday 16:00, work started Monday 08:30: Friday 1.5 h + Saturday 9.5 h +
    # Monday 0.5 h = 11.5 h = 41,400 s.
    cid = _open(db, agent, an, hn(6, 16))
    _status(db, agent, cid, "in_progress", hn(9, 8, 30))
    assert _timings(db, cid)["first_response_seconds"] == 41_400


def test_a_closed_day_set_by_the_administrator_is_left_out(db, admin, agent, an):
    # Saturday 7/11 closed in the settings: Friday 1.5 h + Monday 0.5 h = 2 h = 7,200 s.
    with db.session_scope() as s:
        set_setting(s, admin, "sla.closed_days", "07/11/2026")
    cid = _open(db, agent, an, hn(6, 16))
    _status(db, agent, cid, "in_progress", hn(9, 8, 30))
    assert _timings(db, cid)["first_response_seconds"] == 7_200


def test_a_reply_to_the_customer_is_the_first_response_and_a_note_is_not(db, agent, an):
    cid = _open(db, agent, an, hn(2, 9))
    with db.session_scope() as s:
        add_note(s, agent, cid, "Đã kiểm tra bảo hành: còn hạn.", now=hn(2, 10))
    assert _timings(db, cid) == {**NOTHING_YET, "status": "new"}
    # The reply at 13:15: 09:00 -> 13:15 = 4.25 h = 15,300 s; the status stays New.
    with db.session_scope() as s:
        add_note(s, agent, cid, "Dạ, kỹ thuật sẽ gọi anh chiều nay.", reply=True, now=hn(2, 13, 15))
    assert _timings(db, cid) == {
        **NOTHING_YET,
        "status": "new",
        "first_response_at": hn(2, 13, 15),
        "first_response_seconds": 15_300,
    }
    kind, _, _, at, note, _ = _last_event(db, cid)
    assert (kind, at, note) == ("reply", hn(2, 13, 15), "Dạ, kỹ thuật sẽ gọi anh chiều nay.")
    # A second reply, and then starting work, leave the first response where it was.
    with db.session_scope() as s:
        add_note(s, agent, cid, "Kỹ thuật đang trên đường.", reply=True, now=hn(2, 15))
    _status(db, agent, cid, "in_progress", hn(2, 16))
    timings = _timings(db, cid)
    assert (timings["first_response_at"], timings["first_response_seconds"]) == (
        hn(2, 13, 15),
        15_300,
    )


def test_a_wait_for_the_customer_over_the_weekend_is_not_resolution_time(db, agent, an):
    # Opened Friday 14:00, work 15:00 (first response 1 h), waiting Friday 16:00, the
    # customer answered Monday 09:00, resolved Monday 11:00. Counted: Friday 14:00-16:00
    # (2 h) + Monday 09:00-11:00 (2 h) = 4 h = 14,400 s; the wait (Friday 1.5 h +
    # Saturday 9.5 h + Monday 1 h) is left out.
    cid = _open(db, agent, an, hn(6, 14))
    _status(db, agent, cid, "in_progress", hn(6, 15))
    _status(db, agent, cid, "waiting_customer", hn(6, 16))
    _status(db, agent, cid, "in_progress", hn(9, 9))
    _resolve(db, agent, cid, hn(9, 11))
    assert _timings(db, cid) == {
        **NOTHING_YET,
        "status": "resolved",
        "first_response_at": hn(6, 15),
        "first_response_seconds": 1 * HOUR,
        "resolved_at": hn(9, 11),
        "resolution_seconds": 14_400,
    }
    kind, before, after, at, note, data = _last_event(db, cid)
    assert (kind, before, after, at, note) == (
        "resolved",
        "in_progress",
        "resolved",
        hn(9, 11),
        "Đã thay bo mạch, máy chạy êm.",
    )
    assert data["type"] == "repair"


def test_resolved_while_still_waiting_the_wait_ends_at_the_resolution(db, agent, an):
    # As above, but resolved Monday 11:00 straight from waiting (the customer's answer was
    # the solution): only Friday 14:00-16:00 counts, 2 h = 7,200 s.
    cid = _open(db, agent, an, hn(6, 14))
    _status(db, agent, cid, "in_progress", hn(6, 15))
    _status(db, agent, cid, "waiting_customer", hn(6, 16))
    _resolve(db, agent, cid, hn(9, 11))
    timings = _timings(db, cid)
    assert (timings["resolved_at"], timings["resolution_seconds"]) == (hn(9, 11), 7_200)


def test_reopened_and_resolved_again_counts_from_the_opening_to_the_last_resolution(db, agent, an):
    # Opened Monday 2/11 09:00, work 09:30, resolved 12:00: 3 h = 10,800 s.
    cid = _open(db, agent, an, hn(2, 9))
    _status(db, agent, cid, "in_progress", hn(2, 9, 30))
    _resolve(db, agent, cid, hn(2, 12))
    assert _timings(db, cid)["resolution_seconds"] == 10_800
    # Reopened Tuesday 09:00, work 10:00, waiting 11:00 -> 14:00, resolved 15:00.
    # Monday 09:00-17:30 (8.5 h) + Tuesday 08:00-15:00 (7 h) = 15.5 h, less the 3 h
    # wait = 12.5 h = 45,000 s. The time between the two resolutions is not left out.
    with db.session_scope() as s:
        reopen_complaint(s, agent, cid, "Máy lại kêu to", now=hn(3, 9))
    _status(db, agent, cid, "in_progress", hn(3, 10))
    _status(db, agent, cid, "waiting_customer", hn(3, 11))
    _status(db, agent, cid, "in_progress", hn(3, 14))
    _resolve(db, agent, cid, hn(3, 15))
    assert _timings(db, cid) == {
        **NOTHING_YET,
        "status": "resolved",
        "first_response_at": hn(2, 9, 30),
        "first_response_seconds": 1_800,
        "resolved_at": hn(3, 15),
        "resolution_seconds": 45_000,
    }


def test_cancelling_records_when(db, agent, an):
    # Opened Monday 09:00, work 10:00 (first response 3,600 s), cancelled 14:20.
    cid = _open(db, agent, an, hn(2, 9))
    _status(db, agent, cid, "in_progress", hn(2, 10))
    with db.session_scope() as s:
        cancel_complaint(s, agent, cid, "Khách rút khiếu nại", now=hn(2, 14, 20))
    assert _timings(db, cid) == {
        **NOTHING_YET,
        "status": "cancelled",
        "first_response_at": hn(2, 10),
        "first_response_seconds": 3_600,
        "cancelled_at": hn(2, 14, 20),
    }
    assert _last_event(db, cid)[:5] == (
        "cancelled",
        "in_progress",
        "cancelled",
        hn(2, 14, 20),
        "Khách rút khiếu nại",
    )


def test_cancelling_a_new_complaint_is_its_first_step_out_of_new(db, agent, an):
    # The KPIs count the first step out of New as the first response, cancelled ones
    # included: opened 09:00, cancelled 10:30 -> 1.5 h = 5,400 s.
    cid = _open(db, agent, an, hn(2, 9))
    with db.session_scope() as s:
        cancel_complaint(s, agent, cid, "Trùng với KN trước", now=hn(2, 10, 30))
    assert _timings(db, cid) == {
        **NOTHING_YET,
        "status": "cancelled",
        "first_response_at": hn(2, 10, 30),
        "first_response_seconds": 5_400,
        "cancelled_at": hn(2, 10, 30),
    }


def _resolved(db, agent, an) -> int:
    cid = _open(db, agent, an, hn(2, 9))
    _status(db, agent, cid, "in_progress", hn(2, 10))
    _resolve(db, agent, cid, hn(2, 15))
    return cid


def test_the_customers_comment_on_closing_is_the_closed_steps_note(db, agent, an):
    cid = _resolved(db, agent, an)
    with db.session_scope() as s:
        close_complaint(
            s, agent, cid, True, 5, 4, now=hn(3, 9), comment="  Cảm ơn chị Yến rất nhiệt tình!\n"
        )
    kind, before, after, at, note, data = _last_event(db, cid)
    assert (kind, before, after, at) == ("closed", "resolved", "closed", hn(3, 9))
    assert note == "Cảm ơn chị Yến rất nhiệt tình!"
    assert data == {"csat": 5, "ces": 4}
    with db.session_scope() as s:
        c = s.get(Complaint, cid)
        assert (c.status.value, c.closed_at, c.csat, c.ces) == ("closed", hn(3, 9), 5, 4)
        # Closing does not touch the resolution's timing.
        assert (c.resolved_at, c.resolution_seconds) == (hn(2, 15), 6 * HOUR)


@pytest.mark.parametrize("comment", ["", "   \n  "])
def test_closing_without_a_comment_leaves_the_note_empty(db, agent, an, comment):
    cid = _resolved(db, agent, an)
    with db.session_scope() as s:
        close_complaint(s, agent, cid, True, 3, 3, now=hn(3, 9), comment=comment)
    kind, _, _, at, note, _ = _last_event(db, cid)
    assert (kind, at, note) == ("closed", hn(3, 9), "")


def test_a_comment_longer_than_the_limit_is_refused_and_nothing_changes(db, agent, an):
    cid = _resolved(db, agent, an)
    # 20,000 characters fit; 20,001 do not.
    with pytest.raises(ValidationError) as refused, db.session_scope() as s:
        close_complaint(s, agent, cid, True, 5, 5, now=hn(3, 9), comment="ạ" * 20_001)
    assert refused.value.field == "comment"
    assert refused.value.message == (
        "The text is 20,001 characters long; at most 20,000 fit. Shorten it: "
        "nothing you typed is lost."
    )
    timings = _timings(db, cid)
    assert (timings["status"], timings["closed_at"]) == ("resolved", None)
    assert _last_event(db, cid)[0] == "resolved"
    with db.session_scope() as s:
        close_complaint(s, agent, cid, True, 5, 5, now=hn(3, 9), comment="ạ" * 20_000)
    assert _last_event(db, cid)[4] == "ạ" * 20_000
