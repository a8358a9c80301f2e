"""Speed KPIs (docs/kpis.md, "Speed") on a hand-built fortnight, worked out by hand.

Period P: Monday 2 to Friday 13 November 2026, read on Friday 13 at 12:00. Business
hours: Monday to Saturday 08:00-17:30. SLA targets (defaults): normal 8 h / 3 business
days (28.5 h), high 4 h / 24 h, low 24 h / 5 business days (47.5 h).
"""

from __future__ import annotations

from datetime import date

import pytest

from app.models import Reminder, ReminderStatus
from app.services.reminders.reminder_actions import complete_reminder
from tests.factories import make_reminder
from tests.unit.kpi_cases import (
    EMPTY,
    Desk,
    assert_empty,
    at,
    complaint,
    contact,
    desk,
    pairs,
    report,
    rows,
)

FR = ("first_response_median", "first_response_p90", "first_response_mean")
RES = ("resolution_median", "resolution_p90", "resolution_mean")
SLA = ("sla_first_response_rate", "sla_resolution_rate")


def story(db) -> Desk:
    """Nine complaints of An's. FR = first response, RES = resolution (business seconds);
    due times as the workflow sets them."""
    d = desk(db)
    yen, khoa, tv, fridge = d.yen, d.khoa, d.tv_sale, d.fridge_sale
    # A: opened Mon 2 09:00, reply 10:00 (FR 1 h = 3600, due 17:00: met), resolved 15:00
    # (RES 6 h = 21600, due Thu 5 09:00: met), closed Tue 3.
    steps = ("2 10:00 reply", "2 10:00 work", "2 15:00 resolve", "3 10:00 close 5 4")
    complaint(db, d, yen, "2 09:00", *steps, purchase=tv)
    # B, high: opened Fri 6 16:00, worked on 16:10 (FR 600, due Sat 7 10:30: met), waiting
    # for the customer from Fri 16:30 over the weekend to Mon 9 09:00, resolved Mon 10:00:
    # RES = 30 min on Friday + 60 min on Monday = 5400 (due Tue 10 11:30, moved by the
    # wait to Wed 11 13:30: met either way).
    steps = ("6 16:10 work", "6 16:30 wait", "9 09:00 work", "9 10:00 resolve")
    complaint(db, d, khoa, "6 16:00", *steps, severity="high", purchase=tv)
    # C: opened Tue 3 09:00, worked on 11:00 (FR 7200, due 17:00: met), resolved 14:00,
    # reopened Wed 4 09:00, resolved again Wed 11:00: counts once, to its last resolution:
    # RES = Tue 09:00-17:30 8.5 h + Wed 08:00-11:00 3 h = 11.5 h = 41400 (due Fri 6 09:00).
    steps = ("3 11:00 work", "3 14:00 resolve", "4 09:00 reopen", "4 09:30 work")
    complaint(db, d, yen, "3 09:00", *steps, "4 11:00 resolve", purchase=tv)
    # D: opened Wed 4 09:00, reply 09:30 (FR 1800), cancelled 10:00: before both its due
    # times (17:00, Sat 7 09:00), so out of both SLA rates; its FR counts.
    complaint(db, d, khoa, "4 09:00", "4 09:30 reply", "4 10:00 cancel", purchase=fridge)
    # E: opened Thu 5 09:00, reply Fri 6 09:00: FR = 8.5 h + 1 h = 34200, after its due
    # time Thu 17:00: missed; never resolved, due Mon 9 09:00: missed.
    complaint(db, d, yen, "5 09:00", "6 09:00 reply", "6 09:30 work", purchase=fridge)
    # F: opened Tue 10 09:00, never answered: FR due Tue 17:00 missed, RES due Fri 13
    # 09:00 (passed at noon) missed.
    complaint(db, d, khoa, "10 09:00", purchase=fridge)
    # G: opened Fri 13 09:00, not answered yet: its FR due time (17:00) has not passed.
    complaint(db, d, yen, "13 09:00")
    # H, low: opened Mon 9 09:00, worked on 09:30 (FR 1800, due Wed 11 14:00: met),
    # resolved 11:00, reopened Tue 10 and still open: not a resolution. RES due Sat 14.
    steps = ("9 09:30 work", "9 11:00 resolve", "10 09:00 reopen")
    complaint(db, d, khoa, "9 09:00", *steps, severity="low", purchase=fridge)
    # I: opened Mon 2 09:00, reply 09:20 (FR 1200, due 17:00: met), cancelled Fri 6 09:00,
    # after its resolution due time (Thu 5 09:00): that one is missed.
    complaint(db, d, khoa, "2 09:00", "2 09:20 reply", "6 09:00 cancel", purchase=fridge)
    return d


def test_first_response_times_count_each_complaint_answered_in_the_period(db):
    d = story(db)
    found = report(db, d)
    # FR: A 3600, B 600, C 7200, D 1800 (cancelled: included), E 34200, H 1800, I 1200.
    # Sorted: 600 1200 1800 [1800] 3600 7200 34200: median 1800; 90th percentile: rank
    # ceil(0.9 x 7) = 7 -> 34200; mean 50400 / 7 = 7200. F and G were never answered.
    assert pairs(found, *FR) == {
        "first_response_median": (1800, 7),
        "first_response_p90": (34200, 7),
        "first_response_mean": (pytest.approx(7200), 7),
    }


def test_resolution_leaves_out_the_weekend_wait_and_counts_a_reopened_one_once(db):
    d = story(db)
    found = report(db, d)
    # A 21600, B 5400 (the weekend wait left out), C 41400 (to its last resolution).
    # H is reopened (not resolved any more), D and I cancelled. Median 21600; rank
    # ceil(2.7) = 3 -> 41400; mean 68400 / 3 = 22800.
    assert pairs(found, *RES, "complaints_resolved") == {
        "resolution_median": (21600, 3),
        "resolution_p90": (41400, 3),
        "resolution_mean": (pytest.approx(22800), 3),
        "complaints_resolved": (3, 3),
    }
    high = rows(report(db, d, by="priority"))["high"]  # B alone
    assert pairs(high, "first_response_median", "resolution_median") == {
        "first_response_median": (600, 1),
        "resolution_median": (5400, 1),
    }


def test_speed_breaks_down_by_agent_product_and_priority(db):
    d = story(db)
    agents = rows(report(db, d, by="agent"))
    # Yến: A 3600, C 7200, E 34200 -> median 7200, mean 15000; RES A, C -> (21600 +
    # 41400) / 2 = 31500, rank ceil(1.8) = 2 -> 41400.
    assert pairs(agents[str(d.yen.user_id)], *FR, *RES) == {
        "first_response_median": (7200, 3),
        "first_response_p90": (34200, 3),
        "first_response_mean": (pytest.approx(15000), 3),
        "resolution_median": (31500, 2),
        "resolution_p90": (41400, 2),
        "resolution_mean": (pytest.approx(31500), 2),
    }
    # Khoa: B 600, I 1200, D 1800, H 1800 -> median (1200 + 1800) / 2 = 1500, rank
    # ceil(3.6) = 4 -> 1800, mean 5400 / 4 = 1350; RES: B 5400.
    assert pairs(agents[str(d.khoa.user_id)], *FR, "resolution_median") == {
        "first_response_median": (1500, 4),
        "first_response_p90": (1800, 4),
        "first_response_mean": (pytest.approx(1350), 4),
        "resolution_median": (5400, 1),
    }
    products = rows(report(db, d, by="product"))
    # TV: A 3600, B 600, C 7200 -> median 3600, mean 3800. Fridge: I 1200, D 1800,
    # H 1800, E 34200 -> median 1800, mean 39000 / 4 = 9750.
    tv, fridge = products[str(d.tv)], products[str(d.fridge)]
    assert pairs(tv, "first_response_median", "first_response_mean") == {
        "first_response_median": (3600, 3),
        "first_response_mean": (pytest.approx(3800), 3),
    }
    assert pairs(fridge, "first_response_median", "first_response_mean") == {
        "first_response_median": (1800, 4),
        "first_response_mean": (pytest.approx(9750), 4),
    }
    priorities = rows(report(db, d, by="priority"))
    # Normal: I 1200, D 1800, A 3600, C 7200, E 34200 -> median 3600, mean 9600.
    # Low: H 1800; its resolution was undone by the reopening: empty.
    assert pairs(priorities["normal"], "first_response_median", "first_response_mean") == {
        "first_response_median": (3600, 5),
        "first_response_mean": (pytest.approx(9600), 5),
    }
    assert pairs(priorities["low"], "first_response_median", "resolution_median") == {
        "first_response_median": (1800, 1),
        "resolution_median": (None, 0),
    }


def test_complaints_about_no_purchase_have_their_own_row_listed_last(db):
    d = story(db)
    # J, about no purchase (as G): opened Wed 11 09:00, reply 10:00: FR 3600.
    complaint(db, d, d.yen, "11 09:00", "11 10:00 reply")
    found = report(db, d, by="product")
    assert [(row.key, row.label) for row in found.breakdown] == [
        (str(d.tv), "Tivi Sony 55 inch"),
        (str(d.fridge), "Tủ lạnh Toshiba 300 lít"),
        ("", "No product named"),
    ]
    # G (not answered yet) and J were opened; J alone was answered.
    assert pairs(rows(found)[""], *FR, "complaints_opened") == {
        "first_response_median": (3600, 1),
        "first_response_p90": (3600, 1),
        "first_response_mean": (pytest.approx(3600), 1),
        "complaints_opened": (2, 2),
    }


def test_sla_rates_count_the_due_times_passed_in_the_period(db):
    d = story(db)
    # First response: met A, B, C, H, I; missed E (late), F (never answered); D cancelled
    # before its due time, G not due yet: 5 / 7. Resolution: met A, B, C; missed E, F and
    # I (cancelled after its due time); D cancelled before, G and H due later: 3 / 6.
    assert pairs(report(db, d), *SLA) == {
        "sla_first_response_rate": (pytest.approx(500 / 7), 7),
        "sla_resolution_rate": (50, 6),
    }
    priorities = rows(report(db, d, by="priority"))
    # Normal: FR A C I met, E F missed: 3 / 5; RES A C met, E F I missed: 2 / 5.
    assert pairs(priorities["normal"], *SLA) == {
        "sla_first_response_rate": (60, 5),
        "sla_resolution_rate": (40, 5),
    }
    assert pairs(priorities["high"], *SLA) == {  # B
        "sla_first_response_rate": (100, 1),
        "sla_resolution_rate": (100, 1),
    }
    assert pairs(priorities["low"], *SLA) == {  # H: resolution due Sat 14, after P
        "sla_first_response_rate": (100, 1),
        "sla_resolution_rate": (None, 0),
    }
    # Reminders have no priority: no such figure in a priority row (shown "—").
    assert "reminders_on_time_rate" not in priorities["normal"]
    agents = rows(report(db, d, by="agent"))
    # Yến: FR A C met, E missed; RES A C met, E missed. Khoa: FR B H I met, F missed;
    # RES B met, F I missed.
    assert pairs(agents[str(d.yen.user_id)], *SLA) == {
        "sla_first_response_rate": (pytest.approx(200 / 3), 3),
        "sla_resolution_rate": (pytest.approx(200 / 3), 3),
    }
    assert pairs(agents[str(d.khoa.user_id)], *SLA) == {
        "sla_first_response_rate": (75, 4),
        "sla_resolution_rate": (pytest.approx(100 / 3), 3),
    }


def test_a_filter_narrows_speed_to_one_store(db):
    d = story(db)
    # HCM01 is Khoa's store: his complaints B, D, F, H, I only.
    found = report(db, d, store_id=d.hcm)
    assert pairs(found, "first_response_median", "resolution_median", "sla_resolution_rate") == {
        "first_response_median": (1500, 4),
        "resolution_median": (5400, 1),
        "sla_resolution_rate": (pytest.approx(100 / 3), 3),
    }


def test_the_90th_percentile_is_the_nearest_rank(db):
    d = desk(db)
    # Ten complaints opened Mon 2 09:00, answered after 10, 20 ... 100 minutes: FR 600,
    # 1200 ... 6000. Rank ceil(0.9 x 10) = 9 -> 5400 (not the largest, 6000); median
    # (3000 + 3600) / 2 = 3300; mean 33000 / 10 = 3300.
    for n in range(1, 11):
        complaint(db, d, d.yen, "2 09:00", f"2 {9 + n // 6}:{n % 6}0 reply")
    assert pairs(report(db, d), *FR) == {
        "first_response_median": (3300, 10),
        "first_response_p90": (5400, 10),
        "first_response_mean": (pytest.approx(3300), 10),
    }


def _callback(db, by, day: int, due: str, done: str | None, dismissed: bool = False) -> None:
    """A call logged on `day` at 09:00 with a callback promised at `due`, made at `done`."""
    phone, promised = "0987 654 321", at(day, due)
    view = contact(db, by, at(day, "09:00"), "callback_needed", phone=phone, callback=promised)
    with db.session_scope() as s:
        if dismissed:  # no service dismisses a reminder yet: as the inbox would leave it
            s.get(Reminder, view.callback_reminder_id).status = ReminderStatus.DISMISSED
        elif done:
            complete_reminder(s, by, view.callback_reminder_id, "reached", now=at(day, done))


def test_reminders_on_their_day_and_callbacks_by_the_promised_time(db):
    d = desk(db)
    yen, khoa = d.yen, d.khoa
    with db.session_scope() as s:

        def remind(who, rule, due, done=None, status=ReminderStatus.OPEN):
            mine = {"assignee_id": who.user_id, "store_id": who.store_id}
            make_reminder(s, d.an, rule=rule, due_at=due, done_at=done, status=status, **mine)

        done = ReminderStatus.DONE
        remind(yen, "birthday", at(2, "10:00"), at(2, "16:00"), done)  # same day: on time
        # Done at 06:30 on Wed 4 in Hà Nội (still Tue 3 in UTC): a day late.
        remind(yen, "post_purchase", at(3, "09:00"), at(4, "06:30"), done)
        remind(khoa, "warranty_ending", at(5, "09:00"), at(5, "23:30"), done)  # on time
        remind(khoa, "manual", at(6, "09:00"))  # never done: late
        remind(khoa, "manual", at(7, "09:00"), status=ReminderStatus.DISMISSED)  # left out
        remind(yen, "manual", at(13, "15:00"))  # not due yet at noon: left out
        remind(khoa, "manual", at(13, "08:00"), at(13, "09:00"), done)  # on time
        remind(yen, "manual", at(30, "09:00", 10), at(2, "09:00"), done)  # due before P
        remind(khoa, "inactive", at(10, "09:00"), at(9, "15:00"), done)  # early: on time
    # Callbacks: Yến's made 10 minutes early and 30 minutes late (the same day: on time
    # as a reminder); Khoa's one dismissed, one never made.
    _callback(db, yen, 2, "15:00", "14:50")
    _callback(db, yen, 3, "10:00", "10:30")
    _callback(db, khoa, 4, "10:00", None, dismissed=True)
    _callback(db, khoa, 5, "10:00", None)
    # Reminders, callbacks among them: Yến 3 of 4 (post_purchase late), Khoa 3 of 5
    # (manual Fri 6 and the callback never made late): 6 / 9. Callbacks: 1 / 3.
    assert pairs(report(db, d), "reminders_on_time_rate", "callbacks_on_time_rate") == {
        "reminders_on_time_rate": (pytest.approx(200 / 3), 9),
        "callbacks_on_time_rate": (pytest.approx(100 / 3), 3),
    }
    both = ("reminders_on_time_rate", "callbacks_on_time_rate")
    for by, key in (("agent", "user_id"), ("store", "store_id")):
        found = rows(report(db, d, by=by))
        assert pairs(found[str(getattr(yen, key))], *both) == {
            "reminders_on_time_rate": (75, 4),
            "callbacks_on_time_rate": (50, 2),
        }
        assert pairs(found[str(getattr(khoa, key))], *both) == {
            "reminders_on_time_rate": (60, 5),
            "callbacks_on_time_rate": (0, 1),
        }


def test_speed_in_a_period_with_nothing_is_empty_not_zero(db):
    d = story(db)
    found = report(db, d, EMPTY)
    assert_empty(found, *FR, *RES, *SLA, "reminders_on_time_rate", "callbacks_on_time_rate")
    assert found.period.start == date(2026, 1, 1)
