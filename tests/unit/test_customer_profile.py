"""The 360° profile as the agent reads it: header, warranty states, timeline, ledger."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event

from app.errors import NotFound
from app.models import Customer, Severity
from app.services.claims.customer_dates import age_on, days_until_birthday, warranty_state
from app.services.customers import customer_profile as profile_service
from app.services.customers.customer_merge import merge_customers
from app.services.customers.customers import CustomerInput, PhoneInput, create_customer
from app.services.loyalty.loyalty import override_tier
from tests.factories import (
    AGENT,
    SUPERVISOR,
    make_claim,
    make_complaint,
    make_history,
    make_interaction,
    make_points,
    make_product,
    make_purchase,
    make_reminder,
    make_store,
    utc_at,
)

TODAY = date(2026, 11, 22)


def _customer(db, name="Nguyễn Thị Đào", birthday=None, **kw) -> int:
    with db.session_scope() as s:
        data = CustomerInput(name, birthday=birthday, **kw)
        return create_customer(s, SUPERVISOR, data).id


def _profile(db, customer_id: int, **kw) -> profile_service.CustomerProfile:
    with db.session_scope() as s:
        return profile_service.customer_profile(s, AGENT, customer_id, today=TODAY, **kw)


@pytest.mark.parametrize(
    ("birthday", "today", "age", "days"),
    [
        (date(1990, 11, 22), TODAY, 36, 0),  # today
        (date(1990, 11, 23), TODAY, 35, 1),
        (date(1990, 1, 1), TODAY, 36, 40),
        (date(1992, 2, 29), date(2027, 2, 27), 34, 1),  # kept on 28/02 in 2027
        (date(1992, 2, 29), date(2027, 2, 28), 35, 0),
        (date(1992, 2, 29), date(2028, 2, 28), 35, 1),  # 2028 has a 29 February
        (date(1992, 2, 29), date(2028, 3, 1), 36, 364),
    ],
)
def test_age_and_days_to_the_birthday(birthday, today, age, days):
    assert (age_on(birthday, today), days_until_birthday(birthday, today)) == (age, days)


@pytest.mark.parametrize(
    ("end", "state", "days"),
    [
        (TODAY + timedelta(days=31), "in_warranty", 31),
        (TODAY + timedelta(days=30), "ending_soon", 30),
        (TODAY, "ending_soon", 0),
        (TODAY - timedelta(days=1), "expired", -1),
    ],
)
def test_warranty_states(end, state, days):
    assert warranty_state(end, TODAY) == (state, days)


def test_the_header_shows_what_the_agent_needs_at_a_glance(db):
    with db.session_scope() as s:
        store_id = make_store(s, "HN01", "Cửa hàng Hà Nội").id
    an = _customer(
        db,
        birthday=date(1960, 12, 2),
        store_id=store_id,
        tags=("VIP", "người già"),
        marketing_consent=True,
        phones=(PhoneInput("028 3823 4567", "home"), PhoneInput("0912345678", is_primary=True)),
    )
    with db.session_scope() as s:
        override_tier(s, SUPERVISOR, an, "gold", "Khách lâu năm")
    header = _profile(db, an).header
    assert [(p.display, p.label, p.is_primary) for p in header.phones] == [
        ("0912 345 678", "mobile", True),
        ("028 3823 4567", "home", False),
    ]
    assert (header.code, header.age, header.days_until_birthday) == ("KH0000001", 65, 10)
    assert (header.tier, header.tier_override.reason) == ("gold", "Khách lâu năm")
    assert header.store_name == "Cửa hàng Hà Nội" and header.tags == ("người già", "VIP")
    assert header.marketing_consent and header.archived_at is None and header.merged_codes == ()


def test_purchases_carry_their_warranty_state_newest_first(db):
    an = _customer(db)
    with db.session_scope() as s:
        fridge = make_product(s, "TL-01", "Tủ lạnh Inverter 300L").id
        for bought, end, serial in [
            (date(2024, 1, 5), date(2025, 1, 5), "SN-OLD"),
            (date(2025, 12, 1), TODAY + timedelta(days=9), "SN-9"),
            (date(2026, 11, 1), date(2028, 11, 1), "SN-NEW"),
        ]:
            make_purchase(
                s,
                an,
                product_id=fridge,
                purchase_date=bought,
                warranty_end=end,
                serial_no=serial,
            )
    lines = _profile(db, an).purchases
    assert [(p.serial_no, p.warranty_state, p.days_left) for p in lines] == [
        ("SN-NEW", "in_warranty", 710),
        ("SN-9", "ending_soon", 9),
        ("SN-OLD", "expired", -686),
    ]
    assert lines[0].product_name == "Tủ lạnh Inverter 300L"


def test_the_timeline_mixes_every_kind_newest_first_and_says_when_there_is_more(db):
    an = _customer(db)
    with db.session_scope() as s:
        bought = make_purchase(s, an, purchase_date=date(2026, 1, 1))
        make_interaction(s, an, started_at=utc_at(date(2026, 5, 1)))
        make_complaint(
            s,
            an,
            number="KN-2026-000001",
            severity=Severity.HIGH,
            opened_at=utc_at(date(2026, 6, 1)),
        )
        make_claim(s, an, bought.id, number="YC-2026-000001", received_at=utc_at(date(2026, 7, 1)))
        make_reminder(s, an, due_at=utc_at(date(2026, 12, 1)))
        make_interaction(s, an, started_at=utc_at(date(2026, 8, 1)), topic="installation")
    items = _profile(db, an).timeline
    assert [(i.kind, i.at.date()) for i in items] == [
        ("reminder", date(2026, 12, 1)),
        ("interaction", date(2026, 8, 1)),
        ("claim", date(2026, 7, 1)),
        ("complaint", date(2026, 6, 1)),
        ("interaction", date(2026, 5, 1)),
    ]
    assert (items[2].number, items[2].claim_kind, items[2].status) == (
        "YC-2026-000001",
        "repair",
        "received",
    )
    assert (items[3].number, items[3].severity, items[3].status) == (
        "KN-2026-000001",
        "high",
        "new",
    )
    assert (items[1].title, items[1].channel, items[1].direction) == ("installation", "phone", "in")
    limited = _profile(db, an, timeline_limit=3)
    assert len(limited.timeline) == 3 and limited.timeline_more
    assert not _profile(db, an, timeline_limit=5).timeline_more


def test_the_ledger_is_newest_first(db):
    an = _customer(db)
    with db.session_scope() as s:
        for n, delta in enumerate((100, -40, 25)):
            make_points(s, an, delta, f"r{n}", created_at=utc_at(date(2026, 1, 1 + n)))
    profile = _profile(db, an, ledger_limit=2)
    assert [line.delta for line in profile.ledger] == [25, -40] and profile.ledger_more


def test_a_merged_customer_opens_as_the_one_kept(db):
    an, dup = _customer(db), _customer(db, "Nguyen Thi Dao")
    with db.session_scope() as s:
        merge_customers(s, SUPERVISOR, an, dup)
    profile = _profile(db, dup)
    assert profile.header.id == an and profile.redirected_from == "KH0000002"
    assert profile.header.merged_codes == ("KH0000002",)
    assert _profile(db, an).redirected_from is None


def test_an_unknown_customer_is_not_found(db):
    with pytest.raises(NotFound):
        _profile(db, 12345)


def test_a_profile_costs_the_same_few_queries_however_long_the_history(db):
    small, big = _customer(db), _customer(db, "Trần Văn Bình")
    with db.session_scope() as s:
        make_history(s, small, "s")
        for n in range(40):
            make_history(s, big, f"b{n}")
    statements: list[str] = []

    def count(*args) -> None:
        statements.append(args[2])

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        _profile(db, small)
        few = len(statements)
        statements.clear()
        profile = _profile(db, big, timeline_limit=50)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(statements) == few <= 15
    assert len(profile.timeline) == 50 and profile.timeline_more
    with db.session_scope() as s:
        assert profile.header.points == s.get(Customer, big).points == 4000
