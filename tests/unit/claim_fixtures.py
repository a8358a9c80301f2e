"""The counter the purchase and claim tests work at: staff, a customer, a product and a
sale, all made through the services, at a fixed moment in Hà Nội."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from app.models import User
from app.services.access import stores, users
from app.services.actor import Actor
from app.services.claims import products, purchases
from app.services.claims.claims import ClaimInput, ClaimView, open_claim
from tests.customer_records import add_customer

# Monday 2 November 2026, 09:00 in Hà Nội: "today" at the counter.
NOW = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
TODAY = date(2026, 11, 2)


@dataclass
class Counter:
    admin: Actor
    agent: Actor
    supervisor: Actor
    store_id: int
    customer_id: int
    product_id: int  # TV: 24 months' warranty, 15 days to return it


def _actor(s, view) -> Actor:
    return Actor.of(s.get(User, view.id))


@pytest.fixture
def counter(db, admin) -> Counter:
    with db.session_scope() as s:
        store = stores.add_store(s, admin, "HN01", "Cửa hàng Hà Nội", "1 Tràng Tiền")
        agent = users.add_user(
            s, admin, "yen.tran", "Trần Thị Yến", "agent", "mat-khau-2", store_id=store.id
        )
        sup = users.add_user(
            s, admin, "ha.le", "Lê Thu Hà", "supervisor", "mat-khau-3", store_id=store.id
        )
        customer = add_customer(s, "Nguyễn Văn An", phones=["0912 345 678"])
        tv = products.create_product(
            s,
            admin,
            products.ProductInput(
                "tv-55",
                "Tivi Sony 55 inch",
                "Sony",
                "tv",
                warranty_months=24,
                return_days=15,
                list_price_vnd=15_990_000,
            ),
        )
        return Counter(admin, _actor(s, agent), _actor(s, sup), store.id, customer.id, tv.id)


def sell(db, c: Counter, bought: date, serial: str = "SN55A0001", **changes) -> int:
    """A purchase registered at the counter on TODAY; returns its id."""
    values = dict(
        customer_id=c.customer_id,
        product_id=c.product_id,
        purchase_date=bought,
        serial_no=serial,
        invoice_no="HD2026-0001",
        store_id=c.store_id,
        price_vnd=15_000_000,
    )
    values.update(changes)
    with db.session_scope() as s:
        return purchases.register_purchase(
            s, c.agent, purchases.PurchaseInput(**values), today=TODAY
        )


def take_in(db, actor: Actor, purchase_id: int, kind: str = "repair", **changes) -> ClaimView:
    values = dict(
        purchase_id=purchase_id,
        kind=kind,
        fault_description="Tivi có tiếng nhưng không lên hình.",
        condition_on_receipt="Trầy xước nhẹ ở cạnh.",
        accessories="Điều khiển",
    )
    values.update(changes)
    with db.session_scope() as s:
        return open_claim(s, actor, ClaimInput(**values), now=NOW)
