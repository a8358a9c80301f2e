"""A store counter for the claims UI tests: a store, a supervisor, a product with a known
warranty and return window, a customer, and sales made through the services, dated from
today (the screens judge the warranty on the real local day)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from app.models import Role
from app.services.access import stores
from app.services.actor import Actor
from app.services.claims import products, purchases
from app.services.claims.claims import ClaimInput, ClaimView, open_claim
from app.timeutil import local_date, now_utc
from tests.ui.customer_data import add_customer

PRICE = 15_000_000


@dataclass(frozen=True)
class Shop:
    store_id: int
    product_id: int  # Tivi Sony 55 inch: 24 months' warranty, 15 days to return it
    customer_id: int
    supervisor: Actor
    today: date


@pytest.fixture(name="shop")
def shop_fixture(sqlite_db, seat_admin, add_staff) -> Shop:
    """The counter; test modules import it as `shop_fixture` and ask for `shop`."""
    with sqlite_db.session_scope() as s:
        store = stores.add_store(s, seat_admin, "HN01", "Cửa hàng Hà Nội", "1 Tràng Tiền")
        tv = products.create_product(
            s,
            seat_admin,
            products.ProductInput(
                "TV-55",
                "Tivi Sony 55 inch",
                "Sony",
                "tv",
                warranty_months=24,
                return_days=15,
                list_price_vnd=PRICE,
            ),
        )
    user = add_staff("ha.le", "Lê Thu Hà", "supervisor")
    boss = Actor(user.id, user.username, user.full_name, Role.SUPERVISOR, user.tier, user.store_id)
    customer = add_customer(
        sqlite_db,
        seat_admin,
        "Nguyễn Văn An",
        "0912 345 678",
        address="12 Hàng Bài, Hoàn Kiếm, Hà Nội",
    )
    return Shop(store.id, tv.id, customer.id, boss, local_date(now_utc()))


def sell(
    db, actor: Actor, shop: Shop, serial: str, days_ago: int = 30, price: int = PRICE, **changes
) -> int:  # noqa: ANN001
    """A sale `days_ago` days before today; returns the purchase id."""
    values = dict(
        customer_id=shop.customer_id,
        product_id=shop.product_id,
        purchase_date=shop.today - timedelta(days=days_ago),
        serial_no=serial,
        invoice_no=f"HD-{serial}",
        store_id=shop.store_id,
        price_vnd=price,
    )
    values.update(changes)
    with db.session_scope() as s:
        return purchases.register_purchase(s, actor, purchases.PurchaseInput(**values))


def take_in(db, actor: Actor, purchase_id: int, kind: str = "repair", **changes) -> ClaimView:  # noqa: ANN001
    values = dict(
        purchase_id=purchase_id, kind=kind, fault_description="Tivi có tiếng nhưng không lên hình."
    )
    values.update(changes)
    with db.session_scope() as s:
        return open_claim(s, actor, ClaimInput(**values))
