"""Customer KPIs (docs/kpis.md, "Customers"): active, new and gone-quiet customers, with
archived and merged customers left out, worked out by hand.

Period P: Monday 2 to Friday 13 November 2026. "Gone quiet" is the reminder rules'
default, 180 days: quiet at the end of P means a last contact before about 16 May 2026;
at the end of the previous period (1 November), before about 5 May.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.services.customers.customer_merge import merge_customers
from tests.factories import make_customer, make_interaction
from tests.unit.kpi_cases import (
    EMPTY,
    Desk,
    assert_empty,
    contact,
    desk,
    moment,
    pairs,
    report,
    rows,
    sale,
)

CUSTOMERS = ("customers_active", "customers_new", "customers_quiet")
LONG_AGO = datetime(2025, 6, 1, 5, 0, tzinfo=UTC)  # when the older customers were added


def story(db) -> tuple[Desk, dict[str, int]]:
    d = desk(db)
    yen, khoa = d.yen, d.khoa
    people: dict[str, int] = {}
    with db.session_scope() as s:
        for name, store, created in [
            ("An", d.hn, LONG_AGO),
            ("Bình", d.hcm, LONG_AGO),
            ("Chi", d.hn, LONG_AGO),
            ("Dũng", d.hn, moment("3 09:00")),
            ("Em", d.hn, LONG_AGO),
            ("Hải", d.hcm, LONG_AGO),
            ("Khánh", d.hcm, LONG_AGO),
            ("Lan", d.hn, LONG_AGO),
            ("Minh", d.hn, LONG_AGO),
            ("Phúc", d.hn, moment("10 09:00")),
            ("Quang", d.hcm, moment("12 09:00")),
        ]:
            people[name] = make_customer(s, f"Nguyễn {name}", store_id=store, created_at=created).id
        # Giang: added, called and archived in P (entered by mistake): counted nowhere.
        giang = make_customer(
            s,
            "Trần Giang",
            store_id=d.hn,
            created_at=moment("5 09:00"),
            archived_at=moment("7 09:00"),
        ).id
        make_interaction(s, giang, started_at=moment("6 09:00"), agent_id=yen.user_id)
    # Their last contacts before P, as logged then (2026).
    for name, when in [
        ("An", "1/4 10:00"),
        ("Bình", "1/6 10:00"),
        ("Chi", "1/5 10:00"),
        ("Em", "1/8 10:00"),
        ("Hải", "1/3 10:00"),
        ("Khánh", "1/3 10:00"),
        ("Lan", "10/2 10:00"),
        ("Minh", "10/6 10:00"),
    ]:
        contact(db, yen, moment(when), "information_given", customer=people[name])
    # In P: Chi comes back; the new Dũng, Phúc and Quang call; Em buys without calling;
    # Hải buys, then is merged into Bình (the purchase moves with him).
    for name, when in [("Chi", "3 10:00"), ("Dũng", "4 10:00"), ("Phúc", "10 10:00")]:
        contact(db, yen, moment(when), "information_given", customer=people[name])
    contact(db, khoa, moment("12 10:00"), "information_given", customer=people["Quang"])
    sale(db, yen, people["Em"], d.tv, date(2026, 11, 6), "SN-TV-2001")
    sale(db, khoa, people["Hải"], d.fridge, date(2026, 11, 7), "SN-TL-2001")
    with db.session_scope() as s:
        merge_customers(s, d.admin, people["Bình"], people["Hải"])
    return d, people


def test_active_new_and_quiet_customers(db):
    d, _ = story(db)
    found = report(db, d)
    # Active: Chi, Dũng, Phúc, Quang (contacts), Em and Bình (purchases; Hải's is Bình's
    # now, and Hải counts no more) = 6. New: Dũng, Phúc, Quang = 3. Quiet (last contact
    # before mid-May): An (1/4), Khánh (1/3), Lan (10/2) = 3; Hải was quiet but is merged.
    assert pairs(found, *CUSTOMERS) == {
        "customers_active": (6, 6),
        "customers_new": (3, 3),
        "customers_quiet": (3, 3),
    }
    # Previous period: nobody active or new; quiet before early May: An, Khánh, Lan.
    # Chi's last contact was 1/5 then, but she came back on 3/11: not counted.
    before = {key: found.values[key].previous for key in CUSTOMERS}
    assert before == {"customers_active": None, "customers_new": None, "customers_quiet": 3}


def test_customer_kpis_by_store(db):
    d, _ = story(db)
    stores = rows(report(db, d, by="store"))
    # HN01: active Chi, Dũng, Em, Phúc; new Dũng, Phúc; quiet An, Lan.
    # HCM01: active Bình, Quang; new Quang; quiet Khánh.
    assert pairs(stores[str(d.hn)], *CUSTOMERS) == {
        "customers_active": (4, 4),
        "customers_new": (2, 2),
        "customers_quiet": (2, 2),
    }
    assert pairs(stores[str(d.hcm)], *CUSTOMERS) == {
        "customers_active": (2, 2),
        "customers_new": (1, 1),
        "customers_quiet": (1, 1),
    }
    only_hcm = report(db, d, store_id=d.hcm)
    assert only_hcm.values["customers_active"].value == 2


def test_customer_kpis_of_a_period_with_nothing_are_empty(db):
    d, _ = story(db)
    # January 2026: nobody added (the older ones came in June 2025), nobody in touch, and
    # nobody's last contact (all in 2026) is before early August 2025.
    assert_empty(report(db, d, EMPTY), *CUSTOMERS)
