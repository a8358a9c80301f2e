"""The reminder rules after the desk was closed for thirty days (scenarios.closed_desk):
every reminder whose reason still holds exists once, with its due day, marked late when it
was made after that day; those whose moment passed are not made; running again makes
nothing. Also a first run on imported data, and the limits of how late each is made."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.models import ComplaintStatus, Customer, Reminder, Tier
from app.services.reminders.reminder_inbox import fell_due_while_closed
from app.services.reminders.reminder_rules import generate_reminders
from app.services.settings import get_setting, label, set_setting
from tests import scenarios
from tests.factories import local_noon, make_complaint, make_customer, make_purchase

HN = timedelta(hours=7)
NOTHING = {
    "post_purchase": 0,
    "post_resolution": 0,
    "birthday": 0,
    "warranty_ending": 0,
    "inactive": 0,
    "holiday": 0,
}


def hn(year: int, month: int, day: int, hour: int = 9) -> datetime:
    """A moment given in Hà Nội time."""
    return datetime(year, month, day, hour, tzinfo=UTC) - HN


CLOSED = hn(2026, 11, 15)  # scenarios.CLOSED_ON, 09:00
OPENED = hn(2026, 12, 15)  # scenarios.OPENED_ON, 09:00


def run(db, at: datetime) -> dict[str, int]:
    with db.session_scope() as s:
        return generate_reminders(s, at)


def rows(db) -> list[tuple[str, datetime, bool, datetime]]:
    """(key, due, late, made) of every reminder, by key."""
    with db.session_scope() as s:
        query = select(
            Reminder.unique_key, Reminder.due_at, Reminder.late, Reminder.created_at
        ).order_by(Reminder.unique_key)
        return [tuple(r) for r in s.execute(query)]


@pytest.fixture
def desk(db, admin) -> scenarios.ClosedDesk:
    with db.session_scope() as s:
        return scenarios.closed_desk(s, admin)


def expected(d: scenarios.ClosedDesk, dung_made: datetime | None) -> list[tuple]:
    """Every reminder the closed desk holds once it opened on 15/12 (worked out by hand
    from the settings: check-in 3 days after delivery, up to 20 days late; callback 2
    days after the resolution; warranty word 14 days before the end; quiet after 180
    days; greetings up to 3 days late, listed the day before). Dũng, quiet since 2024, is
    there when a run was already counted on to say so on `dung_made`."""
    late, on_time = True, False
    dung = [(f"inactive:customer:{d.dung}:2024-03-01", hn(2024, 8, 28, 8), late, dung_made)]
    return sorted(
        (dung if dung_made else [])
        + [
            (f"birthday:customer:{d.cuc}:2026-12-16", hn(2026, 12, 16, 8), on_time, OPENED),
            (f"birthday:customer:{d.mai}:2026-12-12", hn(2026, 12, 12, 8), late, OPENED),
            (f"holiday:customer:{d.minh}:2026-12-12", hn(2026, 12, 12, 8), late, OPENED),
            (f"holiday:customer:{d.minh}:2026-12-16", hn(2026, 12, 16, 8), on_time, OPENED),
            (f"inactive:customer:{d.hoa}:2026-05-20", hn(2026, 11, 16, 8), late, OPENED),
            (
                f"post_purchase:purchase:{d.checkin_late}:2026-11-25",
                hn(2026, 11, 25, 8),
                late,
                OPENED,
            ),
            (
                f"post_purchase:purchase:{d.checkin_today}:2026-12-15",
                hn(2026, 12, 15, 8),
                on_time,
                OPENED,
            ),
            (
                f"post_resolution:complaint:{d.unscored}:2026-11-22",
                hn(2026, 11, 22, 8),
                late,
                OPENED,
            ),
            (
                f"warranty_ending:purchase:{d.warranty_later}:2026-12-16",
                hn(2026, 12, 16, 8),
                on_time,
                OPENED,
            ),
            (
                f"warranty_ending:purchase:{d.warranty_today}:2026-12-01",
                hn(2026, 12, 1, 8),
                late,
                OPENED,
            ),
        ]
    )


def test_after_thirty_days_closed_every_reminder_still_worth_making_is_there_once(db, desk):
    # The morning it closed, a first run: Dũng, quiet since 2024, was due long before
    # anyone counted on CareDesk to say so (more than 30 days ago), so he is not raised.
    assert run(db, CLOSED) == NOTHING

    made = run(db, OPENED)

    assert made == {
        "post_purchase": 2,
        "post_resolution": 1,
        "birthday": 2,
        "warranty_ending": 2,
        "inactive": 1,
        "holiday": 2,
    }
    assert rows(db) == expected(desk, dung_made=None)


def test_a_desk_whose_rules_ran_before_it_closed_misses_no_quiet_customer(db, desk):
    # The rules ran (and raised Dũng) on 10/11, while he had just fallen due; then the
    # desk closed from 15/11 to 15/12.
    with db.session_scope() as s:
        s.get(Customer, desk.dung).last_contact_at = hn(2026, 5, 10)
    assert run(db, hn(2026, 11, 10))["inactive"] == 1
    assert run(db, CLOSED)["inactive"] == 0

    assert run(db, OPENED)["inactive"] == 1  # Hoa: due 16/11, the day after it closed

    keys = [key for key, *_ in rows(db) if key.startswith("inactive:")]
    assert keys == [
        f"inactive:customer:{desk.dung}:2026-05-10",
        f"inactive:customer:{desk.hoa}:2026-05-20",
    ]


def test_what_fell_due_while_closed_says_how_many_came_late(db, desk):
    run(db, CLOSED)
    run(db, OPENED)
    with db.session_scope() as s:
        summary = fell_due_while_closed(s, OPENED)
    # Due by 09:00 on 15/12; all but today's check-in call came after their day.
    assert summary.by_rule == {
        "birthday": 1,
        "holiday": 1,
        "inactive": 1,
        "post_purchase": 2,
        "post_resolution": 1,
        "warranty_ending": 1,
    }
    assert (summary.total, summary.late) == (7, 6)


def test_running_again_that_day_or_the_next_makes_nothing(db, desk):
    run(db, CLOSED)
    run(db, OPENED)
    before = rows(db)

    assert run(db, OPENED) == NOTHING
    assert run(db, OPENED + timedelta(hours=3)) == NOTHING
    assert run(db, hn(2026, 12, 16, 7)) == NOTHING

    assert rows(db) == before


def test_a_first_run_on_imported_data_makes_the_same_reminders(db, desk):
    # The rules never ran: every reason still true is found (warranties, callbacks...);
    # quiet customers only as far as 30 days back.
    assert run(db, OPENED)["inactive"] == 1
    assert rows(db) == expected(desk, dung_made=None)
    assert run(db, OPENED) == NOTHING


def test_a_first_run_raises_quiet_customers_due_up_to_thirty_days_ago(db):
    with db.session_scope() as s:
        # Quiet 180 days from 19/05 is due 15/11 (30 days before 15/12); from 18/05, 14/11.
        thirty = make_customer(
            s, "Phan Thị Thu", tier=Tier.GOLD, last_contact_at=local_noon(date(2026, 5, 19))
        ).id
        make_customer(
            s, "Phan Văn Tú", tier=Tier.GOLD, last_contact_at=local_noon(date(2026, 5, 18))
        )
    assert run(db, OPENED)["inactive"] == 1
    assert [(key, late) for key, _, late, _ in rows(db)] == [
        (f"inactive:customer:{thirty}:2026-05-19", True)
    ]


def test_check_in_calls_and_callbacks_are_made_up_to_thirty_days_late(db):
    with db.session_scope() as s:
        an = make_customer(s, "Nguyễn Văn An").id
        # Counter sales: the call is due 3 days later (15/11: 30 days late; 14/11: 31).
        thirty = make_purchase(s, an, purchase_date=date(2026, 11, 12)).id
        make_purchase(s, an, purchase_date=date(2026, 11, 11))
        # Resolved complaints: the callback is due 2 days later.
        unscored = make_complaint(
            s,
            an,
            number="KN-1",
            status=ComplaintStatus.RESOLVED,
            resolved_at=local_noon(date(2026, 11, 13)),
        ).id
        make_complaint(
            s,
            an,
            number="KN-2",
            status=ComplaintStatus.RESOLVED,
            resolved_at=local_noon(date(2026, 11, 12)),
        )
    made = run(db, OPENED)
    assert (made["post_purchase"], made["post_resolution"]) == (1, 1)
    assert [(key, late) for key, _, late, _ in rows(db)] == [
        (f"post_purchase:purchase:{thirty}:2026-11-15", True),
        (f"post_resolution:complaint:{unscored}:2026-11-15", True),
    ]


def test_quiet_customers_are_looked_for_again_when_the_days_change(db, admin):
    with db.session_scope() as s:
        hung = make_customer(
            s, "Lý Văn Hùng", tier=Tier.GOLD, last_contact_at=local_noon(date(2026, 9, 1))
        ).id
    assert run(db, OPENED)["inactive"] == 0  # 105 days: not quiet at 180
    with db.session_scope() as s:
        set_setting(s, admin, "reminder.inactive.days", 90)
    # With 90 days his spell was due on 30/11, before the last run: found all the same.
    assert run(db, OPENED + timedelta(hours=1))["inactive"] == 1
    assert rows(db)[0][:3] == (
        f"inactive:customer:{hung}:2026-09-01",
        hn(2026, 11, 30, 8),
        True,
    )


def test_the_late_limits_are_settings_with_their_names(db, admin):
    with db.session_scope() as s:
        assert get_setting(s, "reminder.greetings.late_days") == 3
        assert get_setting(s, "reminder.post_purchase.late_days") == 30
        assert get_setting(s, "reminder.post_resolution.late_days") == 30
        with pytest.raises(ValidationError, match="from 0 to 3650"):
            set_setting(s, admin, "reminder.greetings.late_days", -1)
    assert label("reminder.greetings.late_days") == (
        "A birthday or holiday greeting missed while the desk was closed is still sent up "
        "to this many days late"
    )


def test_greetings_set_to_zero_days_late_are_made_on_their_day_only(db, admin):
    with db.session_scope() as s:
        set_setting(s, admin, "reminder.greetings.late_days", 0)
        today = make_customer(s, "Trần Thị Mai", birthday=date(1990, 12, 15)).id
        make_customer(s, "Lê Thị Lan", birthday=date(1990, 12, 14))
    assert run(db, OPENED)["birthday"] == 1
    assert [(key, late) for key, _, late, _ in rows(db)] == [
        (f"birthday:customer:{today}:2026-12-15", False)
    ]
