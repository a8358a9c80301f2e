"""How long a complaint took in business time: the waits for the customer read from a
timeline, and the business seconds between two moments with those waits left out.

The calendar is the default week (Monday to Saturday, 08:00-17:30 in Hà Nội, 9.5 h a
day, Sunday closed) with no holidays: in November 2026, Friday is the 6th, Saturday the
7th, Sunday the 8th, Monday the 9th and Tuesday the 10th.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.services.complaints.business_hours import BusinessCalendar
from app.services.complaints.complaint_timing import business_seconds, waits

HOUR = 3600
WAITING = "waiting_customer"
WORKING = "in_progress"
CALENDAR = BusinessCalendar()


def hn(day: int, hour: int, minute: int = 0, second: float = 0) -> datetime:
    """A moment of November 2026 on the clock in Hà Nội (UTC+7), as UTC."""
    whole = int(second)
    micro = round((second - whole) * 1_000_000)
    local = datetime(2026, 11, day, hour, minute, whole, micro, tzinfo=UTC)
    return local - timedelta(hours=7)


FRI_16 = hn(6, 16)
MON_10 = hn(9, 10)


# --- waits(): the waits for the customer in a timeline ---------------------------------


def test_a_timeline_without_a_wait_has_none():
    moves = [
        (hn(2, 9), None, "new"),
        (hn(2, 10), "new", WORKING),
        (hn(2, 11), None, None),  # a note: no status at all
        (hn(2, 12), WORKING, "resolved"),
    ]
    assert waits(moves) == []
    assert waits([]) == []


def test_a_wait_answered_by_the_customer_runs_from_its_start_to_the_answer():
    moves = [
        (hn(2, 10), "new", WORKING),
        (hn(2, 11), WORKING, WAITING),
        (hn(2, 12), None, None),  # a note while waiting does not end the wait
        (hn(2, 15), WAITING, WORKING),
        (hn(2, 16), WORKING, "resolved"),
    ]
    assert waits(moves) == [(hn(2, 11), hn(2, 15))]


def test_a_wait_ended_by_the_resolution_ends_there():
    moves = [(hn(2, 11), WORKING, WAITING), (hn(3, 9), WAITING, "resolved")]
    assert waits(moves) == [(hn(2, 11), hn(3, 9))]


def test_two_waits_given_out_of_order_come_back_in_time_order():
    # As rows may come from the database: the second wait first, each row on its own.
    moves = [
        (hn(3, 14), WAITING, WORKING),
        (hn(3, 10), WORKING, WAITING),
        (hn(2, 15), WAITING, WORKING),
        (hn(2, 9), "new", WORKING),
        (hn(2, 11), WORKING, WAITING),
    ]
    assert waits(moves) == [(hn(2, 11), hn(2, 15)), (hn(3, 10), hn(3, 14))]


def test_steps_at_the_same_moment_keep_the_order_they_were_given_in():
    # An imported complaint: opened, worked on and put on hold in the same second, and
    # its opening step has no status before it. Only the moment orders the steps.
    same = hn(2, 10)
    moves = [
        (same, None, "new"),
        (same, "new", WORKING),
        (same, WORKING, WAITING),
        (hn(2, 14), WAITING, WORKING),
    ]
    assert waits(moves) == [(same, hn(2, 14))]


def test_a_wait_still_open_has_no_end():
    moves = [
        (hn(2, 9), "new", WORKING),
        (hn(2, 10), WORKING, WAITING),
        (hn(2, 13), WAITING, WORKING),
        (hn(3, 10), WORKING, WAITING),
    ]
    assert waits(moves) == [(hn(2, 10), hn(2, 13)), (hn(3, 10), None)]
    assert waits([(hn(3, 10), "reopened", WAITING)]) == [(hn(3, 10), None)]


def test_a_second_step_to_waiting_while_already_waiting_does_not_restart_the_wait():
    # Two seats put it on hold a minute apart (the second from a stale form, or a step
    # recorded waiting -> waiting): the wait began at the first one and ends at the answer.
    moves = [
        (hn(2, 10), WORKING, WAITING),
        (hn(2, 10, 1), WORKING, WAITING),
        (hn(2, 10, 2), WAITING, WAITING),
        (hn(2, 15), WAITING, WORKING),
    ]
    assert waits(moves) == [(hn(2, 10), hn(2, 15))]
    still = [(hn(2, 10), WORKING, WAITING), (hn(2, 11), WAITING, WAITING)]
    assert waits(still) == [(hn(2, 10), None)]


def test_a_step_out_of_waiting_without_a_start_is_not_a_wait():
    # A timeline whose step into waiting was lost: nothing to leave out.
    assert waits([(hn(2, 15), WAITING, WORKING), (hn(2, 16), WORKING, "resolved")]) == []


# --- business_seconds(): open time from opening to a moment, the waits left out ---------


def test_no_time_has_passed_at_the_opening_or_before_it():
    assert business_seconds(CALENDAR, FRI_16, FRI_16, []) == 0
    assert business_seconds(CALENDAR, FRI_16, FRI_16 - timedelta(hours=1), []) == 0
    # Even with a wait around it, never below zero.
    assert business_seconds(CALENDAR, FRI_16, hn(6, 15), [(hn(6, 14), None)]) == 0


def test_one_hour_on_a_weekday_afternoon():
    # Friday 14:00 -> 15:00: one open hour.
    assert business_seconds(CALENDAR, hn(6, 14), hn(6, 15), []) == 1 * HOUR


def test_friday_afternoon_to_monday_morning_counts_saturday_but_not_sunday():
    # Friday 16:00-17:30 = 1.5 h, Saturday (open by default) 08:00-17:30 = 9.5 h,
    # Sunday closed, Monday 08:00-10:00 = 2 h: 13 h = 46,800 s.
    assert business_seconds(CALENDAR, FRI_16, MON_10, []) == 46_800


def test_a_closed_saturday_leaves_the_weekend_out():
    # Open Monday to Friday only: Friday 1.5 h + Monday 2 h = 3.5 h = 12,600 s.
    weekdays = BusinessCalendar(open_days=frozenset(range(5)))
    assert business_seconds(weekdays, FRI_16, MON_10, []) == 12_600


def test_a_wait_over_the_weekend_is_left_out():
    # Waiting Friday 16:30 -> Monday 09:00: Friday 1 h + Saturday 9.5 h + Monday 1 h =
    # 11.5 h of open time waited. Counted: Friday 16:00-16:30 (0.5 h) + Monday 09:00-10:00
    # (1 h) = 1.5 h = 5,400 s (13 h - 11.5 h).
    wait = (hn(6, 16, 30), hn(9, 9))
    assert business_seconds(CALENDAR, FRI_16, MON_10, [wait]) == 5_400


def test_two_waits_are_both_left_out():
    # Waits Friday 16:30-17:00 (0.5 h) and Saturday 10:00-12:00 (2 h):
    # 13 h - 2.5 h = 10.5 h = 37,800 s.
    pauses = [(hn(6, 16, 30), hn(6, 17)), (hn(7, 10), hn(7, 12))]
    assert business_seconds(CALENDAR, FRI_16, MON_10, pauses) == 37_800


def test_a_wait_that_began_before_the_opening_counts_from_the_opening():
    # Waiting Friday 15:00 -> 17:00, opened at 16:00: only 16:00-17:00 (1 h) is left out,
    # not the 2 h of the whole wait: 13 h - 1 h = 12 h = 43,200 s.
    wait = (hn(6, 15), hn(6, 17))
    assert business_seconds(CALENDAR, FRI_16, MON_10, [wait]) == 43_200


def test_a_wait_still_open_counts_until_the_moment_asked():
    # Waiting since Saturday 10:00, asked on Monday 10:00: Saturday 10:00-17:30 (7.5 h) +
    # Monday 08:00-10:00 (2 h) = 9.5 h waited; counted: Friday 1.5 h + Saturday 08:00-10:00
    # 2 h = 3.5 h = 12,600 s.
    assert business_seconds(CALENDAR, FRI_16, MON_10, [(hn(7, 10), None)]) == 12_600


def test_a_wait_that_ends_after_the_moment_asked_counts_until_that_moment():
    # The same wait, answered only on Tuesday 09:00: as above, 12,600 s on Monday 10:00.
    wait = (hn(7, 10), hn(10, 9))
    assert business_seconds(CALENDAR, FRI_16, MON_10, [wait]) == 12_600


@pytest.mark.parametrize(
    "wait",
    [
        (hn(6, 9), hn(6, 11)),  # over before the opening
        (hn(6, 9), FRI_16),  # ends exactly at the opening
        (MON_10, hn(9, 12)),  # begins exactly at the moment asked
        (hn(9, 11), None),  # begins after it, still open
    ],
)
def test_a_wait_outside_the_span_changes_nothing(wait):
    assert business_seconds(CALENDAR, FRI_16, MON_10, [wait]) == 46_800


def test_a_wait_over_closed_time_only_takes_nothing_off():
    # Waiting Saturday 17:30 -> Monday 08:00: only closed time (evening, Sunday, night).
    wait = (hn(7, 17, 30), hn(9, 8))
    assert business_seconds(CALENDAR, FRI_16, MON_10, [wait]) == 46_800


def test_waits_covering_the_whole_span_leave_zero():
    # Overlapping waits (a timeline that waits() would never give) do not go negative:
    # 13 h counted, 13 h + 13 h waited -> 0, not -13 h.
    pauses = [(hn(6, 12), None), (hn(6, 15), hn(9, 11))]
    assert business_seconds(CALENDAR, FRI_16, MON_10, pauses) == 0


def test_a_fraction_of_a_second_is_rounded_to_the_nearest_second():
    # Opened at 16:00:00.4 -> 46,799.6 s -> 46,800; at 16:00:00.6 -> 46,799.4 -> 46,799.
    assert business_seconds(CALENDAR, hn(6, 16, 0, 0.4), MON_10, []) == 46_800
    assert business_seconds(CALENDAR, hn(6, 16, 0, 0.6), MON_10, []) == 46_799
    assert isinstance(business_seconds(CALENDAR, hn(6, 16, 0, 0.4), MON_10, []), int)


def test_a_holiday_is_not_business_time():
    # Saturday closed by the administrator: Friday 1.5 h + Monday 2 h = 12,600 s.
    closed = BusinessCalendar(closed_dates=frozenset({date(2026, 11, 7)}))
    assert business_seconds(closed, FRI_16, MON_10, []) == 12_600
