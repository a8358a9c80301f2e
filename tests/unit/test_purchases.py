"""Registering a purchase: the warranty end on awkward dates, and bad input refused."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import time_machine
from sqlalchemy import func, select

from app.errors import ValidationError
from app.models import AuditEntry, Customer, Purchase
from app.services.claims import products
from app.services.claims.purchases import PurchaseInput, purchase_view, register_purchase


@pytest.mark.parametrize(
    ("bought", "delivered", "months", "extended", "end"),
    [
        (date(2026, 1, 31), None, 1, 0, date(2026, 2, 28)),  # month end: no 31 February
        (date(2024, 1, 31), None, 1, 0, date(2024, 2, 29)),  # leap year
        (date(2024, 2, 29), None, 12, 0, date(2025, 2, 28)),  # 29 February + a year
        (date(2024, 2, 29), None, 48, 0, date(2028, 2, 29)),  # ... + four years
        (date(2025, 5, 10), None, 12, 12, date(2027, 5, 10)),  # extended warranty adds on
        (date(2026, 3, 30), date(2026, 4, 2), 24, 0, date(2028, 4, 2)),  # from delivery
        (date(2026, 3, 20), date(2026, 3, 31), 1, 0, date(2026, 4, 30)),  # delivery month end
        (date(2025, 12, 15), date(2026, 1, 5), 12, 6, date(2027, 7, 5)),  # both
        (date(2026, 6, 1), None, 0, 0, date(2026, 6, 1)),  # no warranty: the day itself
    ],
)
def test_the_warranty_end_is_counted_from_delivery_in_calendar_months(
    db, counter, bought, delivered, months, extended, end
):
    pid = counter.sell(
        db,
        bought,
        delivery_date=delivered,
        warranty_months=months,
        extended_warranty_months=extended,
    )
    with db.session_scope() as s:
        view = purchase_view(s, pid)
    assert view.warranty_end == end
    assert view.warranty_start == (delivered or bought)


def test_the_product_gives_the_default_warranty_and_the_serial_is_kept_in_capitals(db, counter):
    pid = counter.sell(db, date(2026, 10, 1), serial=" sn 55a 0001 ")
    with db.session_scope() as s:
        view = purchase_view(s, pid)
        entries = s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "purchase")
        )
    assert (view.warranty_months, view.warranty_end) == (24, date(2028, 10, 1))
    assert view.serial_no == "SN55A0001" and view.customer_name == "Nguyễn Văn An"
    assert view.store_name == "Cửa hàng Hà Nội" and view.price_vnd == 15_000_000
    assert entries == 1


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"purchase_date": date(2026, 11, 3)}, "purchase_date", "03/11/2026 is in the future"),
        ({"purchase_date": None}, "purchase_date", "give the purchase date"),
        ({"warranty_months": -1}, "warranty_months", "from 0 to 120"),
        ({"warranty_months": 121}, "warranty_months", "from 0 to 120"),
        ({"extended_warranty_months": -6}, "extended_warranty_months", "extended warranty"),
        ({"delivery_date": date(2026, 9, 30)}, "delivery_date", "before the purchase date"),
        ({"price_vnd": -1}, "price_vnd", "0 or more"),
        ({"customer_id": None}, "customer", "choose the customer"),
        ({"product_id": None}, "product", "choose the product"),
    ],
)
def test_bad_purchases_are_refused_and_nothing_is_written(db, counter, changes, field, words):
    with pytest.raises(ValidationError) as refused:
        counter.sell(db, date(2026, 10, 1), **changes)
    assert refused.value.field == field
    assert words in refused.value.message.lower()
    with db.session_scope() as s:
        assert s.scalars(select(Purchase)).all() == []


@time_machine.travel(datetime(2026, 11, 1, 18, 0, tzinfo=UTC))  # 01:00 on the 2nd in Hà Nội
def test_today_is_the_local_day_in_vietnam(db, counter):
    with db.session_scope() as s:
        pid = register_purchase(
            s,
            counter.agent,
            PurchaseInput(counter.customer_id, counter.product_id, date(2026, 11, 2)),
        )
        assert purchase_view(s, pid).purchase_date == date(2026, 11, 2)
    with (
        pytest.raises(ValidationError, match="03/11/2026 is in the future"),
        db.session_scope() as s,
    ):
        register_purchase(
            s,
            counter.agent,
            PurchaseInput(counter.customer_id, counter.product_id, date(2026, 11, 3)),
        )


def test_a_serial_sold_to_someone_else_is_refused_naming_the_customer(db, counter):
    counter.sell(db, date(2026, 10, 1), serial="SN55A0001")
    with db.session_scope() as s:
        s.get(Customer, counter.customer_id).code = "KH0000042"
    with pytest.raises(ValidationError) as refused:
        counter.sell(db, date(2026, 10, 5), serial="sn55a0001")
    assert refused.value.field == "serial_no"
    assert "Nguyễn Văn An (KH0000042)" in refused.value.message
    # Another product may carry the same serial.
    with db.session_scope() as s:
        other = products.create_product(
            s,
            counter.agent,
            products.ProductInput("TL-322", "Tủ lạnh Panasonic 322 lít", warranty_months=12),
        ).id
    assert counter.sell(db, date(2026, 10, 5), serial="SN55A0001", product_id=other)


def test_archived_customers_and_retired_products_take_no_purchase(db, counter):
    with db.session_scope() as s:
        products.retire_product(s, counter.supervisor, counter.product_id)
    with pytest.raises(ValidationError, match="Tivi Sony 55 inch is no longer sold"):
        counter.sell(db, date(2026, 10, 1))
    with db.session_scope() as s:
        products.restore_product(s, counter.supervisor, counter.product_id)
        s.get(Customer, counter.customer_id).archived_at = datetime(2026, 1, 1, tzinfo=UTC)
    with pytest.raises(ValidationError, match="is archived; restore the customer") as refused:
        counter.sell(db, date(2026, 10, 1))
    assert refused.value.field == "customer"
