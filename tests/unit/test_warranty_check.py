"""The warranty check at the counter: by serial, invoice or phone, with the state in words."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.services.claims.warranty_check import check_warranty
from tests.unit import claim_fixtures
from tests.unit.claim_fixtures import TODAY, sell, take_in

counter = claim_fixtures.counter  # the fixture: staff, a customer and a TV at the counter


@pytest.mark.parametrize(
    "query",
    [
        "SN55A0001",
        "sn55a0001",
        " sn55A0001 ",
        "HD2026-0001",
        "hd2026-0001",
        "0912 345 678",
        "+84 912 345 678",
        "0912.345.678",
        "84912345678",
    ],
)
def test_found_by_serial_invoice_or_phone_in_any_form(db, counter, query):
    pid = sell(db, counter, date(2026, 10, 25))
    with db.session_scope() as s:
        [row] = check_warranty(s, query, today=TODAY)
    assert row.purchase_id == pid
    assert (row.customer_name, row.customer_phone) == ("Nguyễn Văn An", "+84912345678")
    assert (row.product_name, row.serial_no, row.invoice_no) == (
        "Tivi Sony 55 inch",
        "SN55A0001",
        "HD2026-0001",
    )
    assert row.matched_by == (
        "serial" if "sn" in query.lower() else "invoice" if "hd" in query.lower() else "phone"
    )


def test_an_unknown_number_finds_nothing(db, counter):
    sell(db, counter, date(2026, 10, 25))
    with db.session_scope() as s:
        assert check_warranty(s, "SN99X0000", today=TODAY) == []
        assert check_warranty(s, "0987 654 321", today=TODAY) == []
        assert check_warranty(s, "   ", today=TODAY) == []


@pytest.mark.parametrize(
    ("end_in_days", "state"),
    [(31, "in_warranty"), (30, "ending_soon"), (0, "ending_soon"), (-1, "expired")],
)
def test_the_state_and_days_left(db, counter, end_in_days, state):
    # 12 months from the purchase: the day a year later is the last day covered.
    end = TODAY + timedelta(days=end_in_days)
    sell(db, counter, end.replace(year=end.year - 1), warranty_months=12)
    with db.session_scope() as s:
        [row] = check_warranty(s, "SN55A0001", today=TODAY)
    assert (row.warranty_end, row.state, row.days_left) == (end, state, end_in_days)


def test_the_return_window_counts_from_delivery(db, counter):
    # 15 days to return: bought 20 days ago, delivered 15 days ago -> still open today.
    sell(db, counter, TODAY - timedelta(days=20), delivery_date=TODAY - timedelta(days=15))
    sell(db, counter, TODAY - timedelta(days=16), serial="SN55A0002", invoice_no="HD-2")
    with db.session_scope() as s:
        [delivered] = check_warranty(s, "SN55A0001", today=TODAY)
        [late] = check_warranty(s, "SN55A0002", today=TODAY)
    assert delivered.warranty_start == TODAY - timedelta(days=15)
    assert (delivered.return_window_open, delivered.return_days_left) == (True, 0)
    assert (late.return_window_open, late.return_days_left) == (False, -1)


def test_a_unit_in_for_repair_shows_its_claim(db, counter):
    pid = sell(db, counter, date(2026, 10, 25))
    claim = take_in(db, counter.agent, pid)
    with db.session_scope() as s:
        [row] = check_warranty(s, "0912345678", today=TODAY)
    assert row.open_claim_number == claim.number == "YC-2026-000001"
