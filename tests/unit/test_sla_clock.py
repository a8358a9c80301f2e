"""SLA clocks in business hours, against due times worked out by hand.

The default week is Monday to Saturday, 08:00 to 17:30 (9.5 hours a day) in Hà Nội
time. 2026 holidays from the `holidays` data used below: Tết Monday 16 to Friday
20 February, and Vietnam Cultural Day on Tuesday 24 November.
"""

from __future__ import annotations

import time as clock
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.services.complaints.business_hours import BusinessCalendar, vietnamese_holidays
from app.services.complaints.sla_clock import DEFAULT_TARGETS, SlaTarget, sla_clock

HN = ZoneInfo("Asia/Ho_Chi_Minh")
CALENDAR = BusinessCalendar.vietnam([2026, 2027])


def hn(month: int, day: int, hour: int, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=HN)


def due(start: datetime, target: SlaTarget, pauses=()) -> datetime | None:
    return sla_clock(CALENDAR, start.astimezone(UTC), target, now=start, pauses=pauses).due_at


def test_the_holiday_data_has_tet_and_the_new_cultural_day():
    days = vietnamese_holidays([2026])
    assert {date(2026, 2, d) for d in range(16, 21)} <= days
    assert date(2026, 11, 24) in days


@pytest.mark.parametrize(
    ("start", "target", "expected"),
    [
        # Saturday is open: 16:30-17:30 is 1 h, Sunday is closed, Monday 08:00 + 3 h.
        (hn(11, 21, 16, 30), SlaTarget(hours=4), hn(11, 23, 11)),
        # Monday 16:00-17:30 is 1.5 h, Tuesday 24/11 is Cultural Day, Wednesday 08:00 + 6.5 h.
        (hn(11, 23, 16), SlaTarget(hours=8), hn(11, 25, 14, 30)),
        # Across Tết: Saturday 14/2 10:00-17:30 is 7.5 h; Sunday and 16-20/2 closed;
        # Saturday 21/2 08:00 + 0.5 h.
        (hn(2, 14, 10), SlaTarget(hours=8), hn(2, 21, 8, 30)),
        # Opened after closing time: the clock starts at the next opening.
        (hn(11, 2, 20), SlaTarget(hours=1), hn(11, 3, 9)),
        # Opened before opening time, the same.
        (hn(11, 2, 6, 15), SlaTarget(hours=1), hn(11, 2, 9)),
        # Opened on a Sunday: Monday 08:00 + 8 h.
        (hn(11, 1, 10), SlaTarget(hours=8), hn(11, 2, 16)),
        # Three business days (normal resolution) from Wednesday 25/11 09:00: 8.5 h on
        # Wednesday, 9.5 h Thursday, 9.5 h Friday, then 1 h on Saturday 28/11.
        (hn(11, 25, 9), SlaTarget(days=3), hn(11, 28, 9)),
        # Exactly at closing time: the clock is met at 17:30, not at the next opening.
        (hn(11, 2, 16, 30), SlaTarget(hours=1), hn(11, 2, 17, 30)),
    ],
)
def test_due_times_count_business_hours_only(start, target, expected):
    assert due(start, target) == expected


def test_waiting_for_the_customer_stops_the_clock():
    # Monday 2/11 09:00, 4 h target, waiting 10:00-15:00 (5 h): 9 h of business time in
    # all, 8.5 h on Monday and 0.5 h on Tuesday.
    start = hn(11, 2, 9)
    pauses = [(hn(11, 2, 10), hn(11, 2, 15))]
    assert due(start, SlaTarget(hours=4), pauses) == hn(11, 3, 8, 30)
    # While it still waits there is no due time, and the time used stands still.
    waiting = [(hn(11, 2, 10), None)]
    at_noon = sla_clock(CALENDAR, start, SlaTarget(hours=4), hn(11, 2, 12), waiting)
    at_four = sla_clock(CALENDAR, start, SlaTarget(hours=4), hn(11, 2, 16), waiting)
    assert at_noon.due_at is None and at_noon.paused
    assert at_noon.used_seconds == at_four.used_seconds == 3600


def test_a_wait_after_the_breach_does_not_move_the_due_time():
    start = hn(11, 2, 9)
    pauses = [(hn(11, 2, 12), hn(11, 2, 14))]
    assert due(start, SlaTarget(hours=1), pauses) == hn(11, 2, 10)


def test_the_clock_turns_at_risk_at_three_quarters_and_breached_at_the_target():
    start, target = hn(11, 2, 8), DEFAULT_TARGETS["critical"][0]  # 1 h to first response
    states = [sla_clock(CALENDAR, start, target, hn(11, 2, 8, m)).state for m in (44, 45, 59)]
    assert states == ["on_track", "at_risk", "at_risk"]
    assert sla_clock(CALENDAR, start, target, hn(11, 2, 9)).state == "breached"


def test_the_machine_zone_does_not_matter(monkeypatch):
    expected = due(hn(11, 21, 16, 30), SlaTarget(hours=4))
    try:
        for machine_zone in ("America/New_York", "UTC", "Asia/Tokyo"):
            monkeypatch.setenv("TZ", machine_zone)
            clock.tzset()
            # The same moment, written in UTC: the answer is the same moment.
            start = hn(11, 21, 16, 30).astimezone(UTC)
            assert sla_clock(CALENDAR, start, SlaTarget(hours=4), start).due_at == expected
            assert datetime.now().astimezone().tzname() != "+07"  # the zone really changed
    finally:
        monkeypatch.undo()
        clock.tzset()


def test_a_day_the_admin_closes_is_skipped():
    closed = BusinessCalendar.vietnam([2026], extra_closed=[date(2026, 11, 3)])
    start = hn(11, 2, 17)  # Monday: 0.5 h; Tuesday closed by the admin; Wednesday + 0.5 h
    assert sla_clock(closed, start, SlaTarget(hours=1), start).due_at == hn(11, 4, 8, 30)
