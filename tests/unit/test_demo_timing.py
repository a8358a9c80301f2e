"""Demo complaints are timed by the same rules as real ones: due times from the priority's
targets in business hours, timelines the workflow could have written, and the timings
the KPIs read filled in from them."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.models import ComplaintStatus
from app.services.complaints.complaint_workflow import TRANSITIONS

TODAY = date(2026, 3, 15)
CUSTOMERS = 1500
HCM = ZoneInfo("Asia/Ho_Chi_Minh")
OPENS, CLOSES = time(8), time(17, 30)
DAY = 9.5 * 3600
# Vietnamese public holidays from the history's start to the last due time.
HOLIDAYS = {
    date(2025, 4, 7),
    date(2025, 4, 30),
    date(2025, 5, 1),
    date(2025, 5, 2),
    date(2025, 9, 1),
    date(2025, 9, 2),
    date(2026, 1, 1),
    *(date(2026, 2, d) for d in range(16, 21)),  # Tết: Lunar New Year's Eve to its 4th day
}
HOUR = 3600
# The default targets per priority in business seconds: (first response, resolution).
TARGETS = {
    "critical": (1 * HOUR, 8 * HOUR),
    "high": (4 * HOUR, 24 * HOUR),
    "normal": (8 * HOUR, 3 * DAY),
    "low": (24 * HOUR, 5 * DAY),
}
S = ComplaintStatus


# Business time worked out here, independently of the app's calendar.


def _open(day: date) -> bool:
    return day.weekday() != 6 and day not in HOLIDAYS


def _window(day: date) -> tuple[datetime, datetime]:
    return datetime.combine(day, OPENS, tzinfo=HCM), datetime.combine(day, CLOSES, tzinfo=HCM)


def _between(start: datetime, end: datetime) -> float:
    total, day = 0.0, start.astimezone(HCM).date()
    while day <= end.astimezone(HCM).date():
        if _open(day):
            opens, closes = _window(day)
            total += max(0.0, (min(closes, end) - max(opens, start)).total_seconds())
        day += timedelta(days=1)
    return total


def _add(start: datetime, seconds: float) -> datetime:
    day = start.astimezone(HCM).date()
    while True:
        if _open(day):
            opens, closes = _window(day)
            begin = max(opens, start)
            if begin < closes and begin + timedelta(seconds=seconds) <= closes:
                return (begin + timedelta(seconds=seconds)).astimezone(UTC)
            seconds -= max(0.0, (closes - begin).total_seconds())
        day += timedelta(days=1)


def _waits(events: list[dict]) -> list[tuple[datetime, datetime | None]]:
    found, began = [], None
    for e in events:
        if e["to_status"] == "waiting_customer":
            began = e["at"]
        elif e["from_status"] == "waiting_customer" and began is not None:
            found.append((began, e["at"]))
            began = None
    return found + ([(began, None)] if began else [])


def test_the_calendar_of_these_tests_is_the_business_week():
    saturday = datetime(2026, 3, 7, 15, 0, tzinfo=HCM)  # 2.5 h left that day
    assert _add(saturday, 8 * HOUR) == datetime(2026, 3, 9, 13, 30, tzinfo=HCM)  # Monday
    before_tet = datetime(2026, 2, 14, 17, 0, tzinfo=HCM)  # Saturday; Tết closes 16-20/02
    assert _add(before_tet, HOUR) == datetime(2026, 2, 21, 8, 30, tzinfo=HCM)
    assert _between(before_tet, datetime(2026, 2, 21, 8, 30, tzinfo=HCM)) == HOUR


def test_due_times_fall_in_business_hours(year):
    assert len(year.complaints) > 100
    for c in year.complaints:
        for due in (c["first_response_due"], c["resolution_due"]):
            local = due.astimezone(HCM)
            assert _open(local.date()), (c["number"], local)  # never a Sunday or a holiday
            assert OPENS <= local.time() <= CLOSES, (c["number"], local)  # never at 01:00


def test_due_times_are_the_priority_targets_in_business_time(year):
    for c in year.complaints:
        first, resolution = TARGETS[c["priority"]]
        assert c["first_response_due"] == _add(c["opened_at"], first), c["number"]
        # A wait for the customer moves the resolution due time by the business time waited.
        waited = sum(
            _between(start, end)
            for start, end in _waits(year.events[c["id"]])
            if end is not None and start < c["resolution_due"]
        )
        used = _between(c["opened_at"], c["resolution_due"]) - waited
        assert used == pytest.approx(resolution, abs=1), c["number"]


def test_two_complaints_checked_by_hand(year):
    def local(c: dict) -> datetime:
        return c["opened_at"].astimezone(HCM)

    # A normal complaint opened on a Saturday afternoon: its 8 business hours to the first
    # response run out on Monday, after the hours left on Saturday.
    saturday = next(
        c
        for c in year.complaints
        if c["priority"] == "normal"
        and local(c).weekday() == 5
        and time(14) <= local(c).time() < CLOSES
        and _open(local(c).date() + timedelta(days=2))
    )
    opened = local(saturday)
    left_on_saturday = datetime.combine(opened.date(), CLOSES, tzinfo=HCM) - opened
    monday = opened.date() + timedelta(days=2)
    expected = datetime.combine(monday, OPENS, tzinfo=HCM) + timedelta(hours=8) - left_on_saturday
    assert saturday["first_response_due"] == expected
    assert saturday["first_response_due"].astimezone(HCM).weekday() == 0

    # One opened on a Monday to Wednesday evening, with no wait: the clocks start at 08:00
    # the next day; high is 4 h / 24 h (two 9.5 h days and 5 h), normal 8 h / three days.
    evening = next(
        c
        for c in year.complaints
        if c["priority"] in ("high", "normal")
        and local(c).weekday() <= 2
        and local(c).time() >= CLOSES
        and all(_open(local(c).date() + timedelta(days=d)) for d in (1, 2, 3))
        and not _waits(year.events[c["id"]])
    )
    day = local(evening).date()
    if evening["priority"] == "high":
        first, last = (day + timedelta(days=1), time(12)), (day + timedelta(days=3), time(13))
    else:
        first, last = (day + timedelta(days=1), time(16)), (day + timedelta(days=3), CLOSES)
    assert evening["first_response_due"] == datetime.combine(*first, tzinfo=HCM)
    assert evening["resolution_due"] == datetime.combine(*last, tzinfo=HCM)


def test_timings_are_filled_where_their_moments_are(year):
    for c in year.complaints:
        pauses = _waits(year.events[c["id"]])
        for at, seconds in (
            (c["first_response_at"], c["first_response_seconds"]),
            (c["resolved_at"], c["resolution_seconds"]),
        ):
            assert (at is None) == (seconds is None), c["number"]
            if at is None:
                continue
            waited = sum(_between(s, min(e or at, at)) for s, e in pauses if s < at)
            assert seconds >= 0
            assert seconds == pytest.approx(_between(c["opened_at"], at) - waited, abs=1)
        assert (c["status"] == "cancelled") == (c["cancelled_at"] is not None), c["number"]
        if c["status"] in ("resolved", "closed"):
            met = c["resolved_at"] <= c["resolution_due"]
            assert c["sla_state"] == ("met" if met else "breached"), c["number"]
    assert any(c["resolution_seconds"] for c in year.complaints)
    assert any(_waits(year.events[c["id"]]) for c in year.complaints)


def test_each_timeline_is_one_the_workflow_could_write(year):
    closing_notes = []
    for c in year.complaints:
        events = year.events[c["id"]]
        steps = [e for e in events if e["to_status"] is not None]
        assert steps[0]["kind"] == "opened" and steps[0]["to_status"] == "new"
        for before, after in itertools.pairwise(steps):
            assert after["from_status"] == before["to_status"], c["number"]
            assert S(after["to_status"]) in TRANSITIONS[S(before["to_status"])], c["number"]
        assert steps[-1]["to_status"] == c["status"]
        first = next(
            (e["at"] for e in events if e["kind"] == "reply" or e["from_status"] == "new"), None
        )
        assert c["first_response_at"] == first, c["number"]
        resolutions = [e["at"] for e in events if e["kind"] == "resolved"]
        assert c["resolved_at"] == (resolutions[-1] if resolutions else None)
        assignee, tier = None, 1
        for e in events:
            if e["kind"] == "assigned":
                assert e["data"]["from"] == assignee, c["number"]  # who had it until then
                assignee = e["data"]["to"]
            elif e["kind"] == "escalated":
                tier, assignee = e["data"]["tier"], None
        assert (c["assignee_id"], c["tier"]) == (assignee, tier), c["number"]
        for e in events:
            if e["kind"] == "closed":
                assert e["data"] == {"csat": c["csat"], "ces": c["ces"]}
                assert c["closed_at"] == e["at"]
                if e["note"]:
                    closing_notes.append((c["csat"], e["note"]))
    kinds = {e["kind"] for events in year.events.values() for e in events}
    assert {"reply", "assigned", "escalated", "reopened", "resolved", "closed"} <= kinds
    transfers = [
        e
        for events in year.events.values()
        for e in events
        if e["kind"] == "assigned" and e["data"]["from"] is not None
    ]
    assert transfers
    # What a customer said on closing is a compliment from one who gave 5, in Vietnamese.
    assert closing_notes and {score for score, _ in closing_notes} == {5}
    assert all(not note.isascii() for _, note in closing_notes)
