"""The reminder rules: each rule's due day in Vietnam whatever the machine's zone, one
reminder per subject and day however often (and from how many seats) they run, and a
seat closed for days catches up once."""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from sqlalchemy import func, select

from app.errors import ValidationError
from app.models import (
    ComplaintStatus,
    Customer,
    Gender,
    Purchase,
    Reminder,
    Tier,
)
from app.services.reminders.greeting_rules import birthdays_on
from app.services.reminders.reminder_inbox import due_scan, fell_due_while_closed, mark_notified
from app.services.reminders.reminder_rules import generate_reminders
from app.services.settings import get_setting, set_setting
from tests.factories import make_complaint, make_customer, make_purchase, make_store

HN = timedelta(hours=7)
LOS_ANGELES = ZoneInfo("America/Los_Angeles")


def hn(year: int, month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    """A moment given in Hà Nội time."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC) - HN


def buy(
    s,
    customer: Customer,
    bought: date,
    delivered: date | None = None,
    warranty_end: date = date(2028, 1, 1),
) -> int:
    """A Tivi Sony 55 inch (the factories' TV-55) bought on `bought`; its id."""
    return make_purchase(
        s,
        customer.id,
        purchase_date=bought,
        delivery_date=delivered,
        warranty_end=warranty_end,
    ).id


def run(db, at: datetime) -> dict[str, int]:
    with db.session_scope() as s:
        return generate_reminders(s, at)


def reminders(db, rule: str | None = None) -> list[tuple[str, datetime, str]]:
    with db.session_scope() as s:
        query = select(Reminder.unique_key, Reminder.due_at, Reminder.title).order_by(
            Reminder.unique_key
        )
        if rule:
            query = query.where(Reminder.rule == rule)
        return [tuple(r) for r in s.execute(query)]


@pytest.fixture(autouse=True)
def _machine_in_los_angeles(monkeypatch):
    """The machine's own zone is far from Vietnam: local days must not come from it."""
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_check_in_call_three_days_after_delivery(db):
    with db.session_scope() as s:
        an = make_customer(s, "Nguyễn Văn An", store_id=make_store(s).id)
        delivered = buy(s, an, date(2026, 11, 14), delivered=date(2026, 11, 17))
        counter = buy(s, an, date(2026, 11, 16))  # taken home the same day
        store_id = an.store_id
    assert run(db, hn(2026, 11, 19))["post_purchase"] == 1  # the counter sale, due today
    assert run(db, hn(2026, 11, 20))["post_purchase"] == 1
    assert reminders(db, "post_purchase") == [
        (
            f"post_purchase:purchase:{delivered}:2026-11-20",
            hn(2026, 11, 20, 8),
            "Check-in call after the purchase: Tivi Sony 55 inch",
        ),
        (
            f"post_purchase:purchase:{counter}:2026-11-19",
            hn(2026, 11, 19, 8),
            "Check-in call after the purchase: Tivi Sony 55 inch",
        ),
    ]
    with db.session_scope() as s:
        row = s.scalars(select(Reminder)).first()
        assert (row.assignee_id, row.store_id) == (None, store_id)  # the store's pool


def test_the_number_of_days_is_the_admins(db, admin):
    with db.session_scope() as s:
        set_setting(s, admin, "reminder.post_purchase.days", 7)
        buy(s, make_customer(s, "Nguyễn Văn An"), date(2026, 11, 13))
    assert run(db, hn(2026, 11, 19))["post_purchase"] == 0
    assert run(db, hn(2026, 11, 20))["post_purchase"] == 1


def test_a_rule_switched_off_raises_nothing(db, admin):
    with db.session_scope() as s:
        set_setting(s, admin, "reminder.birthday.enabled", False)
        make_customer(s, "Nguyễn Văn An", birthday=date(1990, 11, 20))
    assert run(db, hn(2026, 11, 20))["birthday"] == 0
    assert reminders(db) == []


def test_a_callback_two_days_after_the_local_day_a_complaint_was_resolved(db):
    with db.session_scope() as s:
        an = make_customer(s, "Nguyễn Văn An")
        # 17:30 UTC on the 18th is 00:30 on the 19th in Hà Nội: due the 21st, not the 20th.
        late = make_complaint(
            s,
            an.id,
            number="KN-1",
            category="delivery",
            description="Giao trễ",
            status=ComplaintStatus.CLOSED,
            resolved_at=datetime(2026, 11, 18, 17, 30, tzinfo=UTC),
        )
        make_complaint(
            s,
            an.id,
            number="KN-2",
            category="delivery",
            description="Giao trễ",
            status=ComplaintStatus.REOPENED,
            resolved_at=datetime(2026, 11, 18, 3, 0, tzinfo=UTC),
        )
        late_id = late.id
    assert run(db, hn(2026, 11, 20))["post_resolution"] == 0
    assert run(db, hn(2026, 11, 21))["post_resolution"] == 1
    assert reminders(db, "post_resolution") == [
        (
            f"post_resolution:complaint:{late_id}:2026-11-21",
            hn(2026, 11, 21, 8),
            "Callback after complaint KN-1 was resolved",
        ),
    ]


def test_a_birthday_on_1_january_is_due_on_1_january_in_vietnam(db):
    with db.session_scope() as s:
        cid = make_customer(s, "Trần Thị Mai", birthday=date(1990, 1, 1)).id
    # 30 December in Hà Nội: too early. The 31st: listed the day before.
    assert run(db, hn(2026, 12, 30))["birthday"] == 0
    # 31/12 10:00 in Hà Nội is still the 30th on the machine's clock in Los Angeles.
    # (A destination in a ZoneInfo zone makes time-machine set the machine's zone too.)
    with time_machine.travel(hn(2026, 12, 31, 10).astimezone(LOS_ANGELES), tick=False):
        assert datetime.now().day == 30
        assert generate_reminders_now(db)["birthday"] == 1
    assert reminders(db, "birthday") == [
        (
            f"birthday:customer:{cid}:2027-01-01",
            hn(2027, 1, 1, 8),
            "Birthday greeting: Trần Thị Mai",
        ),
    ]
    assert run(db, hn(2027, 1, 1, 0, 30))["birthday"] == 0  # the next run: already there


def generate_reminders_now(db) -> dict[str, int]:
    with db.session_scope() as s:
        return generate_reminders(s)


@pytest.mark.parametrize(("year", "due"), [(2027, date(2027, 2, 28)), (2028, date(2028, 2, 29))])
def test_a_29_february_birthday_falls_on_28_february_in_other_years(db, year, due):
    with db.session_scope() as s:
        cid = make_customer(s, "Lê Văn Nhuận", birthday=date(2000, 2, 29)).id
    for day in range(20, 29):
        run(db, hn(year, 2, day))
    run(db, hn(year, 3, 1))
    assert [key for key, _, _ in reminders(db)] == [f"birthday:customer:{cid}:{due}"]


def test_birthdays_on_lists_every_birth_year():
    assert date(1990, 2, 28) in birthdays_on(date(2027, 2, 28))
    assert date(2000, 2, 29) in birthdays_on(date(2027, 2, 28))
    assert date(2000, 2, 29) not in birthdays_on(date(2028, 2, 28))
    assert date(1955, 7, 4) in birthdays_on(date(2026, 7, 4))


def test_a_word_fourteen_days_before_a_warranty_ends(db):
    with db.session_scope() as s:
        an = make_customer(s, "Nguyễn Văn An")
        pid = buy(s, an, date(2025, 12, 4), warranty_end=date(2026, 12, 4))
    run(db, hn(2026, 11, 18))
    assert reminders(db, "warranty_ending") == []
    run(db, hn(2026, 11, 19))  # listed from the day before
    assert reminders(db, "warranty_ending") == [
        (
            f"warranty_ending:purchase:{pid}:2026-11-20",
            hn(2026, 11, 20, 8),
            "The warranty of Tivi Sony 55 inch ends on 04/12/2026",
        ),
    ]


def test_an_exchanged_unit_gets_its_warranty_word_once_on_the_replacement(db):
    with db.session_scope() as s:
        an = make_customer(s, "Nguyễn Văn An")
        old = buy(s, an, date(2025, 12, 4), warranty_end=date(2026, 12, 4))
        new = buy(s, an, date(2025, 12, 4), warranty_end=date(2026, 12, 4))
        s.get(Purchase, new).replaces_purchase_id = old
    run(db, hn(2026, 11, 19))
    assert [key for key, _, _ in reminders(db, "warranty_ending")] == [
        f"warranty_ending:purchase:{new}:2026-11-20"
    ]


def test_a_quiet_customer_gets_one_reminder_per_quiet_spell(db):
    with db.session_scope() as s:
        # Last contact 24/05 in Hà Nội (23:30 UTC on the 23rd): quiet 180 days on 20/11.
        quiet = make_customer(
            s,
            "Phạm Thị Hoa",
            tier=Tier.GOLD,
            last_contact_at=datetime(2026, 5, 23, 23, 30, tzinfo=UTC),
        ).id
        # Silent as long, but the purchase since then keeps him a customer.
        make_customer(
            s, "Vũ Văn Bảo", tier=Tier.GOLD, last_contact_at=datetime(2026, 5, 24, 3, tzinfo=UTC)
        )
        buy(
            s,
            s.scalar(select(Customer).where(Customer.full_name == "Vũ Văn Bảo")),
            date(2026, 9, 1),
        )
        # A member: not a tier the rule is for.
        make_customer(s, "Đỗ Thị Cúc", last_contact_at=datetime(2026, 5, 24, 3, tzinfo=UTC))
        # Bought on 24/05 and never heard of since.
        bought = make_customer(s, "Hoàng Văn Dũng", tier=Tier.VIP)
        buy(s, bought, date(2026, 5, 24))
        bought_id = bought.id
    assert run(db, hn(2026, 11, 19))["inactive"] == 0
    assert run(db, hn(2026, 11, 20))["inactive"] == 2
    for day in (21, 22, 25):
        assert run(db, hn(2026, 11, day))["inactive"] == 0
    assert reminders(db, "inactive") == [
        (
            f"inactive:customer:{quiet}:2026-05-24",
            hn(2026, 11, 20, 8),
            "No purchase or contact for 180 days: Phạm Thị Hoa",
        ),
        (
            f"inactive:customer:{bought_id}:2026-05-24",
            hn(2026, 11, 20, 8),
            "No purchase or contact for 180 days: Hoàng Văn Dũng",
        ),
    ]


def test_holiday_greetings_for_the_chosen_tiers_and_tags(db, admin):
    with db.session_scope() as s:
        set_setting(s, admin, "reminder.holiday.tags", "doanh nghiệp")
        set_setting(s, admin, "reminder.holiday.dates", "14/02")
        lan = make_customer(s, "Nguyễn Thị Lan", tier=Tier.GOLD)
        lan.gender = Gender.FEMALE
        minh = make_customer(s, "Trần Văn Minh", tier=Tier.VIP)
        minh.gender = Gender.MALE
        tagged = make_customer(s, "Lê Thị Hạnh", tags=["doanh nghiệp"]).id
        make_customer(s, "Phan Văn Tèo")  # a member without the tag: no greeting
        ids = {"lan": lan.id, "minh": minh.id}
    assert run(db, hn(2026, 10, 20))["holiday"] == 2  # Women's Day: not for Minh
    assert run(db, hn(2027, 2, 6))["holiday"] == 3  # the first day of Tết 2027
    assert run(db, hn(2027, 2, 14))["holiday"] == 3
    keys = [key for key, _, _ in reminders(db, "holiday")]
    assert f"holiday:customer:{ids['lan']}:2026-10-20" in keys
    assert f"holiday:customer:{tagged}:2026-10-20" in keys
    assert f"holiday:customer:{ids['minh']}:2026-10-20" not in keys
    assert f"holiday:customer:{ids['minh']}:2027-02-06" in keys
    assert len(keys) == 8


def test_archived_customers_get_nothing(db):
    with db.session_scope() as s:
        make_customer(s, "Lê Văn Cũ", birthday=date(1980, 11, 20), archived=True)
    assert sum(run(db, hn(2026, 11, 20)).values()) == 0


def _world(db) -> None:
    with db.session_scope() as s:
        an = make_customer(
            s, "Nguyễn Văn An", birthday=date(1985, 11, 18), store_id=make_store(s).id
        )
        buy(s, an, date(2026, 11, 16))  # check-in due 19/11
        buy(s, an, date(2025, 12, 4), warranty_end=date(2026, 12, 4))  # warning due 20/11


def test_running_twice_creates_nothing_the_second_time(db):
    _world(db)
    first = run(db, hn(2026, 11, 20))
    assert first["post_purchase"] == first["warranty_ending"] == first["birthday"] == 1
    assert sum(run(db, hn(2026, 11, 20)).values()) == 0
    assert len(reminders(db)) == 3


def test_two_seats_running_at_once_create_each_reminder_once(db):
    _world(db)
    start, results, errors = threading.Barrier(2), [], []

    def seat() -> None:
        try:
            start.wait()
            results.append(run(db, hn(2026, 11, 20)))
        except Exception as exc:  # reported below: a thread's exception is otherwise lost
            errors.append(exc)

    threads = [threading.Thread(target=seat) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert sum(sum(r.values()) for r in results) == 3
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Reminder)) == 3


def test_closed_for_three_days_everything_due_is_there_once(db):
    _world(db)
    run(db, hn(2026, 11, 17))  # the birthday is listed the day before
    with db.session_scope() as s:
        assert due_scan(s, hn(2026, 11, 17)) == ()
    # Closed on the 17th in the evening, opened again on the 20th at 09:00.
    opened = hn(2026, 11, 20)
    created = run(db, opened)
    assert (created["birthday"], created["post_purchase"], created["warranty_ending"]) == (0, 1, 1)
    with db.session_scope() as s:
        summary = fell_due_while_closed(s, opened)
        due = due_scan(s, opened)
    assert summary.total == 3
    assert summary.by_rule == {"birthday": 1, "post_purchase": 1, "warranty_ending": 1}
    assert [d.rule for d in due] == ["birthday", "post_purchase", "warranty_ending"]
    with db.session_scope() as s:
        assert mark_notified(s, [d.id for d in due], opened) == 3
    with db.session_scope() as s:
        assert mark_notified(s, [d.id for d in due], opened) == 0  # announced once
        assert due_scan(s, opened + timedelta(minutes=1)) == ()
        assert fell_due_while_closed(s, opened).total == 0
    assert sum(run(db, opened + timedelta(hours=1)).values()) == 0


def test_the_due_scan_of_one_seat_is_its_user_and_store_pool(db, admin):
    _world(db)
    run(db, hn(2026, 11, 20))
    with db.session_scope() as s:
        store_id = s.scalar(select(Customer.store_id))
        assert len(due_scan(s, hn(2026, 11, 20), user_id=99, store_id=store_id)) == 3
        assert due_scan(s, hn(2026, 11, 20), user_id=99, store_id=store_id + 1) == ()


def test_a_negative_number_of_days_is_refused(db, admin):
    with db.session_scope() as s:
        with pytest.raises(ValidationError, match="from 0 to 3650"):
            set_setting(s, admin, "reminder.warranty_ending.days", -3)
        assert get_setting(s, "reminder.warranty_ending.days") == 14


def test_a_template_with_an_unknown_placeholder_is_refused_naming_it(db, admin):
    with db.session_scope() as s:
        with pytest.raises(ValidationError) as refused:
            set_setting(
                s,
                admin,
                "reminder.birthday.template",
                "Chúc mừng sinh nhật {salutation} {ten}, tặng {qua}!",
            )
        assert "{qua}, {ten} cannot be filled in" in refused.value.message
        assert "{name}" in refused.value.message
        with pytest.raises(ValidationError, match="no partner"):
            set_setting(s, admin, "reminder.birthday.template", "Chúc mừng {name")
        assert "{salutation} {name}" in str(get_setting(s, "reminder.birthday.template"))


def test_tiers_and_greeting_days_are_checked(db, admin):
    with db.session_scope() as s:
        with pytest.raises(ValidationError, match="“kim cương” is not a tier"):
            set_setting(s, admin, "reminder.inactive.tiers", "gold, kim cương")
        with pytest.raises(ValidationError, match="“31/02” is not a day of the year"):
            set_setting(s, admin, "reminder.holiday.dates", "14/02, 31/02")
        set_setting(s, admin, "reminder.holiday.dates", "1/6,14/2")
        assert get_setting(s, "reminder.holiday.dates") == "01/06, 14/02"
