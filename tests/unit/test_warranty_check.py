"""The warranty check at the counter: by serial, invoice or phone, with the state in words."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.services.claims.warranty_check import check_warranty


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
    pid = counter.sell(db, date(2026, 10, 25))
    with db.session_scope() as s:
        [row] = check_warranty(s, query, today=counter.today)
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
    counter.sell(db, date(2026, 10, 25))
    with db.session_scope() as s:
        assert check_warranty(s, "SN99X0000", today=counter.today) == []
        assert check_warranty(s, "0987 654 321", today=counter.today) == []
        assert check_warranty(s, "   ", today=counter.today) == []


@pytest.mark.parametrize(
    ("end_in_days", "state"),
    [(31, "in_warranty"), (30, "ending_soon"), (0, "ending_soon"), (-1, "expired")],
)
def test_the_state_and_days_left(db, counter, end_in_days, state):
    # 12 months from the purchase: the day a year later is the last day covered.
    end = counter.today + timedelta(days=end_in_days)
    counter.sell(db, end.replace(year=end.year - 1), warranty_months=12)
    with db.session_scope() as s:
        [row] = check_warranty(s, "SN55A0001", today=counter.today)
    assert (row.warranty_end, row.state, row.days_left) == (end, state, end_in_days)


def test_the_return_window_counts_from_delivery(db, counter):
    # 15 days to return: bought 20 days ago, delivered 15 days ago -> still open today.
    today = counter.today
    counter.sell(db, today - timedelta(days=20), delivery_date=today - timedelta(days=15))
    counter.sell(db, today - timedelta(days=16), serial="SN55A0002", invoice_no="HD-2")
    with db.session_scope() as s:
        [delivered] = check_warranty(s, "SN55A0001", today=counter.today)
        [late] = check_warranty(s, "SN55A0002", today=counter.today)
    assert delivered.warranty_start == counter.today - timedelta(days=15)
    assert (delivered.return_window_open, delivered.return_days_left) == (True, 0)
    assert (late.return_window_open, late.return_days_left) == (False, -1)


def test_a_unit_in_for_repair_shows_its_claim(db, counter):
    pid = counter.sell(db, date(2026, 10, 25))
    claim = counter.take_in(db, pid)
    with db.session_scope() as s:
        [row] = check_warranty(s, "0912345678", today=counter.today)
    assert row.open_claim_number == claim.number == "YC-2026-000001"
