"""Complaints as their screens read them: the clock a complaint's window shows, a queue
page with its time left, the filter lists and the purchases a complaint can be about."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.services.complaints.complaint_queue import QueueFilter
from app.services.complaints.complaint_reads import (
    complaint_purchases,
    load_complaint,
    queue_choices,
)
from app.services.complaints.complaint_workflow import (
    Resolution,
    change_status,
    resolve_complaint,
)
from app.services.complaints.complaints import ComplaintInput, open_complaint
from app.services.complaints.queue_reads import queue_lines
from app.services.settings import set_setting
from tests.factories import make_store

# Monday 2 November 2026, 09:00 in Hà Nội.
MONDAY_9 = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
HOUR = 3600.0


def _open(db, actor, customer_id: int, severity: str = "normal") -> int:
    data = ComplaintInput(customer_id, "product_defect", "Máy giặt kêu to khi vắt.", severity)
    with db.session_scope() as s:
        return open_complaint(s, actor, data, now=MONDAY_9).id


def test_a_new_complaint_shows_its_first_response_clock_in_business_hours(db, agent, an):
    complaint_id = _open(db, agent, an)  # normal: first response by Monday 17:00
    with db.session_scope() as s:
        detail, reading = load_complaint(s, complaint_id, now=MONDAY_9 + timedelta(hours=2))

    assert detail.complaint.id == complaint_id
    assert reading.clock == "first_response"
    assert reading.due == datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
    assert reading.seconds_left == 6 * HOUR  # 11:00 to 17:00
    assert not reading.paused


def test_an_overdue_clock_counts_below_zero_and_the_admins_hours_are_used(db, admin, agent, an):
    complaint_id = _open(db, agent, an)
    with db.session_scope() as s:
        set_setting(s, admin, "sla.closes", "18:00")  # the desk now closes at 18:00
    tuesday_10 = datetime(2026, 11, 3, 3, 0, tzinfo=UTC)
    with db.session_scope() as s:
        _detail, reading = load_complaint(s, complaint_id, now=tuesday_10)

    # Due Monday 17:00; business time since: 17:00-18:00 Monday and 08:00-10:00 Tuesday.
    assert reading.clock == "first_response"
    assert reading.seconds_left == -3 * HOUR


def test_waiting_for_the_customer_stops_the_clock_where_the_wait_began(db, agent, an):
    complaint_id = _open(db, agent, an)
    with db.session_scope() as s:
        change_status(s, agent, complaint_id, "in_progress", now=MONDAY_9 + timedelta(hours=1))
        change_status(s, agent, complaint_id, "waiting_customer", now=MONDAY_9 + timedelta(hours=2))
    with db.session_scope() as s:
        _detail, reading = load_complaint(s, complaint_id, now=MONDAY_9 + timedelta(days=1))

    assert reading.clock == "resolution"  # the first response was given when work began
    assert reading.paused
    assert reading.seconds_left > 0  # still what was left at 11:00 on Monday


def test_a_resolved_complaint_runs_no_clock(db, agent, an):
    complaint_id = _open(db, agent, an)
    with db.session_scope() as s:
        change_status(s, agent, complaint_id, "in_progress", now=MONDAY_9)
        resolve_complaint(
            s, agent, complaint_id, Resolution("repair", "Đã thay bo mạch."), now=MONDAY_9
        )
    with db.session_scope() as s:
        _detail, reading = load_complaint(s, complaint_id)

    assert (reading.clock, reading.due, reading.seconds_left) == (None, None, 0.0)


def test_a_queue_page_carries_each_rows_time_left(db, admin, agent, an):
    urgent = _open(db, agent, an, severity="high")  # first response by 13:00
    normal = _open(db, agent, an)  # by 17:00
    with db.session_scope() as s:
        lines = queue_lines(s, admin, "all", QueueFilter(), 0, 50, now=MONDAY_9)

    assert [line.row.id for line in lines] == [urgent, normal]  # least time left first
    assert [line.seconds_left for line in lines] == [4 * HOUR, 8 * HOUR]
    assert all(line.first_response and line.state == "on_track" for line in lines)


def test_the_queue_filters_offer_the_open_stores(db, agent):
    with db.session_scope() as s:
        make_store(s, "HN01", "Cửa hàng Hà Nội")
        make_store(s, "DN01", "Cửa hàng Đà Nẵng", is_active=False)
    with db.session_scope() as s:
        stores, choices = queue_choices(s)

    assert [store.code for store in stores] == ["HN01"]
    assert choices is not None


def test_a_complaint_can_be_about_any_of_the_customers_purchases_newest_first(db, counter):
    older = counter.sell(db, serial="SN55OLD", days_ago=200)
    newer = counter.sell(db, serial="SN55NEW", days_ago=3)
    with db.session_scope() as s:
        purchases = complaint_purchases(s, counter.agent, counter.customer_id)

    assert [p.id for p in purchases] == [newer, older]
    assert {p.serial_no for p in purchases} == {"SN55OLD", "SN55NEW"}
