"""Quality of what was sold (docs/kpis.md): complaints and returns per 100 purchases and
warranty repairs taken in, with sales, complaints and claims made through the services.

Period P: Monday 2 to Friday 13 November 2026; the previous period is 21 October to
1 November.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.services.claims.claims import ClaimInput, open_claim
from tests.factories import make_claim, make_complaint
from tests.unit.kpi_cases import (
    EMPTY,
    Desk,
    assert_empty,
    complaint,
    desk,
    moment,
    pairs,
    report,
    rows,
    sale,
)

QUALITY = ("complaints_per_100_purchases", "returns_per_100_purchases", "warranty_claims")


def _claim(db, by, purchase: int, kind: str, when: str) -> None:
    with db.session_scope() as s:
        data = ClaimInput(purchase, kind, "Máy không lên nguồn.", "Còn mới", "Điều khiển")
        open_claim(s, by, data, now=moment(when))


def story(db) -> Desk:
    d = desk(db)
    yen, khoa, an, binh = d.yen, d.khoa, d.an, d.binh
    # Sold in P: 8 TVs at HN01 (2-9 November), 2 fridges at HCM01; a TV on 25/10 before.
    tvs = [
        sale(db, yen, an if n % 2 else binh, d.tv, date(2026, 11, 2 + n), f"SN-TV-1{n:03d}")
        for n in range(8)
    ]
    fridges = [
        sale(db, khoa, binh, d.fridge, date(2026, 11, 3 + n), f"SN-TL-1{n:03d}") for n in range(2)
    ]
    october = sale(db, yen, an, d.tv, date(2026, 10, 25), "SN-TV-0900")
    # Complaints in P: two about TVs (one bought in P, one An bought on 1/10), one about a
    # fridge, one about no purchase; one about a TV in October; one archived.
    complaint(db, d, yen, "5 09:00", purchase=tvs[1], customer=an)
    complaint(db, d, yen, "6 09:00", purchase=d.tv_sale)
    complaint(db, d, khoa, "6 10:00", purchase=fridges[0], customer=binh)
    complaint(db, d, khoa, "9 09:00")
    complaint(db, d, yen, "28/10 09:00", purchase=d.tv_sale)
    # Claims in P: a TV returned, a fridge exchanged, a repair of each; a repair before P;
    # an archived repair.
    _claim(db, yen, tvs[0], "return", "6 10:00")
    _claim(db, khoa, fridges[1], "exchange", "7 10:00")
    _claim(db, yen, d.tv_sale, "repair", "9 10:00")
    _claim(db, khoa, d.fridge_sale, "repair", "10 10:00")
    _claim(db, yen, october, "repair", "28/10 10:00")
    with db.session_scope() as s:
        archived = moment("11 09:00")
        make_claim(s, an, d.tv_sale, received_at=moment("10 09:00"), archived_at=archived)
        make_complaint(
            s,
            an,
            purchase_id=tvs[2],
            opened_at=moment("10 09:00"),
            archived_at=archived,
            store_id=yen.store_id,
        )
    return d


def test_complaints_and_returns_per_100_purchases_and_repairs(db):
    d = story(db)
    found = report(db, d)
    # 4 complaints over 10 purchases: 40 per 100. A return and an exchange over 10: 20.
    # Repairs taken in: 2. Each rate counts the purchases it is per.
    assert pairs(found, *QUALITY) == {
        "complaints_per_100_purchases": (40, 10),
        "returns_per_100_purchases": (20, 10),
        "warranty_claims": (2, 2),
    }
    # Before: the October complaint over the TV sold on 25/10: 100; no return of it: 0
    # (a rate of 0 over one purchase, not empty); the October repair.
    previous = {key: found.values[key].previous for key in QUALITY}
    assert previous == {
        "complaints_per_100_purchases": 100,
        "returns_per_100_purchases": 0,
        "warranty_claims": 1,
    }


def test_quality_by_product_counts_only_complaints_about_a_purchase_of_it(db):
    d = story(db)
    products = rows(report(db, d, by="product"))
    # The TV: 2 complaints, 1 return, 1 repair over 8 sold: 25, 12.5. The fridge: 1
    # complaint, 1 exchange, 1 repair over 2 sold: 50, 50. The complaint about no
    # purchase is in neither.
    assert pairs(products[str(d.tv)], *QUALITY) == {
        "complaints_per_100_purchases": (25, 8),
        "returns_per_100_purchases": (12.5, 8),
        "warranty_claims": (1, 1),
    }
    assert pairs(products[str(d.fridge)], *QUALITY) == {
        "complaints_per_100_purchases": (50, 2),
        "returns_per_100_purchases": (50, 2),
        "warranty_claims": (1, 1),
    }
    categories = rows(report(db, d, by="category"))  # the product's category
    assert categories["tv"]["complaints_per_100_purchases"].value == 25
    assert categories["fridge"]["returns_per_100_purchases"].value == 50
    # Filtered to the TV: the same as its row.
    only_tv = report(db, d, product_id=d.tv)
    assert only_tv.values["complaints_per_100_purchases"].value == 25
    assert pairs(only_tv, "warranty_claims") == {"warranty_claims": (1, 1)}


def test_quality_by_store(db):
    d = story(db)
    stores = rows(report(db, d, by="store"))
    # HN01 (Yến): 2 complaints over its 8 TVs sold: 25; HCM01 (Khoa): 2 over 2: 100.
    assert stores[str(d.hn)]["complaints_per_100_purchases"].value == 25
    assert stores[str(d.hcm)]["complaints_per_100_purchases"].value == 100
    assert stores[str(d.hcm)]["returns_per_100_purchases"].value == 50
    assert stores[str(d.hn)]["returns_per_100_purchases"].value == pytest.approx(12.5)


def test_quality_of_a_period_with_no_sales_or_claims_is_empty(db):
    d = story(db)
    assert_empty(report(db, d, EMPTY), *QUALITY)
