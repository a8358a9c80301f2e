"""Purchases: what each customer bought, where, and until when it is under warranty.

Most in the last year, crowding before Tết (story.py); the rest in the three years before.
"""

from __future__ import annotations

from datetime import date

from app.models import OPEN_CLAIM_STATUSES, ClaimKind, ClaimStatus
from app.services.claims.customer_dates import add_months
from app.services.demo import catalog
from app.services.demo.builder_base import BuilderBase
from app.services.demo.records import Bought, Cust, Product
from app.services.demo.story import HOT_SHARE, YEAR

K = ClaimKind
LAST_YEAR_SHARE = 0.62


class PurchaseRows(BuilderBase):
    """A customer's purchases, the one a planned claim is about coming first."""

    def purchases(self, c: Cust, plan: tuple[ClaimKind, ClaimStatus] | None) -> list[Bought]:
        rng = self.rng
        count = self.pick("PURCHASES_PER_CUSTOMER")
        bought = []
        if plan:
            # The claimed purchase comes first, dated so that the claim makes sense.
            kind, status = plan
            is_open = status in OPEN_CLAIM_STATUSES
            c.claim_day = self.t - (rng.randint(1, 12) if is_open else rng.randint(15, YEAR))
            product = self.pick("PRODUCTS")
            if kind is K.REPAIR:
                day = max(self.t - 1460, c.claim_day - rng.randint(20, 900))
            else:
                day = c.claim_day - rng.randint(1, max(1, product.return_days - 5))
            bought.append(self.purchase(c, day, product))
            count -= 1
        for _ in range(count):
            if self.random() < LAST_YEAR_SHARE:
                day = self.story.purchase_day(self.random)
            else:
                day = rng.randint(self.t - 4 * YEAR, self.t - YEAR - 1)
            bought.append(self.purchase(c, day))
        return bought

    def purchase(self, c: Cust, day: int, product: Product | None = None) -> Bought:
        p = product or self.pick("PRODUCTS")
        if product is None and self.story.sells_hot(day) and self.random() < HOT_SHARE:
            p = self.defect or p  # the promoted model, before its defect showed
        pid = self.next_id("purchases")
        delivered = p.category in catalog.DELIVERED and self.random() < 0.75
        start = min(day + self.below(5), self.t - 1) if delivered else day
        extended = self.one((12, 24)) if delivered and self.random() < 0.12 else 0
        warranty_end = add_months(date.fromordinal(start), p.warranty_months + extended)
        price = int(p.price * (0.88 + 0.12 * self.random())) // 10_000 * 10_000
        year = date.fromordinal(day).year
        self.invoices[year] += 1
        store_id = c.store_id if self.random() < 0.85 else self.one(self.counters)
        self.rows["purchases"].append(
            {
                "id": pid,
                "customer_id": c.id,
                "product_id": p.id,
                "store_id": store_id,
                "serial_no": f"SN{p.serial_prefix}{year % 100:02d}{pid:08d}{self.below(10)}",
                "invoice_no": f"HD{year}{self.invoices[year]:07d}",
                "purchase_date": date.fromordinal(day),
                "delivery_date": date.fromordinal(start) if delivered else None,
                "price_vnd": price,
                "warranty_months": p.warranty_months,
                "extended_warranty_months": extended,
                "warranty_end": warranty_end,
                "replaces_purchase_id": None,
                **self.stamps(self.moment(day)),
            }
        )
        return Bought(pid, p, store_id, day, start, warranty_end, price)
