"""The customer list: every customer, filtered and sorted as the columns say, rows by page."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.errors import ValidationError
from app.models import ComplaintStatus, Tier
from app.services.customers.customer_list import (
    CustomerListFilter,
    CustomerListSort,
    customer_filter_choices,
    customer_ids,
    customer_rows,
)
from tests.factories import make_complaint, make_customer, make_store, mark_merged


def day(n: int) -> datetime:
    return datetime(2026, 3, n, 9, tzinfo=UTC)


@pytest.fixture
def base(db):
    """Six listed customers, one archived and one merged away."""
    with db.session_scope() as s:
        hn, hcm = make_store(s, "HN01", "Cửa hàng Hà Nội"), make_store(s, "HCM01", "Cửa hàng Q1")
        make_customer(
            s,
            "Đỗ Văn Bình",
            code="C03",
            tier=Tier.GOLD,
            points=500,
            province="Hà Nội",
            store_id=hn.id,
            birthday=date(1985, 3, 9),
            last_contact_at=day(3),
            phones=["0912 000 003", "0987 000 003"],
            tags=["vip", "business"],
        )
        ann = make_customer(
            s,
            "Nguyễn An",
            code="C01",
            tier=Tier.MEMBER,
            points=10,
            province="TP. Hồ Chí Minh",
            store_id=hcm.id,
            birthday=date(1990, 7, 1),
            last_contact_at=day(5),
            tags=["elderly"],
        )
        make_customer(
            s,
            "Ánh Dương",
            code="C05",
            tier=Tier.VIP,
            points=9000,
            province="Hà Nội",
            store_id=hn.id,
            birthday=date(2000, 3, 28),
        )
        make_customer(
            s,
            "Trần Chi",
            code="C02",
            tier=Tier.SILVER,
            points=120,
            province="Đà Nẵng",
            last_contact_at=day(1),
            tags=["elderly"],
        )
        make_customer(
            s,
            "Bạch Yến",
            code="C04",
            tier=Tier.PLATINUM,
            points=3000,
            province="Hà Nội",
            store_id=hcm.id,
            birthday=date(1970, 12, 31),
            last_contact_at=day(5),
        )
        make_customer(s, "Lý Ba", code="C06", tier=Tier.MEMBER, points=0, province="Huế")
        make_customer(s, "Khách Cũ", code="C07", archived=True, last_contact_at=day(9))
        merged = make_customer(s, "Nguyễn An", code="C08", last_contact_at=day(8))
        mark_merged(s, merged.id, ann.id)
        make_complaint(s, ann.id, status=ComplaintStatus.NEW)
        make_complaint(s, ann.id, status=ComplaintStatus.WAITING_CUSTOMER)
        make_complaint(s, ann.id, status=ComplaintStatus.RESOLVED)
        make_complaint(s, _by_code(s, "C02").id, status=ComplaintStatus.CLOSED)
    return db


def _by_code(s, code: str):
    from app.models import Customer

    return s.query(Customer).filter_by(code=code).one()


def listed(db, f: CustomerListFilter | None = None, column: str = "code", desc: bool = False):
    with db.session_scope() as s:
        ids = customer_ids(s, f or CustomerListFilter(), CustomerListSort(column, desc))
        return [row.code for row in customer_rows(s, ids)]


# --- sorting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "ascending"),
    [
        ("code", ["C01", "C02", "C03", "C04", "C05", "C06"]),
        # By the accent-free key: Anh, Bach, Do, Ly, Nguyen, Tran.
        ("full_name", ["C05", "C04", "C03", "C06", "C01", "C02"]),
        # Member, Silver, Gold, Platinum, VIP: the order of the tiers, not of their names.
        ("tier", ["C01", "C06", "C02", "C03", "C04", "C05"]),
        ("points", ["C06", "C01", "C02", "C03", "C04", "C05"]),
    ],
)
def test_sorts_and_their_reverse(base, column, ascending):
    assert listed(base, column=column) == ascending
    assert listed(base, column=column, desc=True) == ascending[::-1]


def test_sort_by_province_groups_each_province_in_the_order_added(base):
    by_province = listed(base, column="province")
    start = by_province.index("C03")
    assert by_province[start : start + 3] == ["C03", "C05", "C04"]  # Hà Nội, ids ascending
    assert listed(base, column="province", desc=True) == by_province[::-1]


def test_customers_without_a_value_come_last_both_ways(base):
    # Last contact: C01 and C04 on the 5th (tie broken by id), C03 the 3rd, C02 the 1st.
    assert listed(base, column="last_contact_at") == ["C02", "C03", "C01", "C04", "C05", "C06"]
    assert listed(base, column="last_contact_at", desc=True) == [
        "C04",
        "C01",
        "C03",
        "C02",
        "C06",
        "C05",
    ]
    assert listed(base, column="birthday") == ["C04", "C03", "C01", "C05", "C02", "C06"]
    assert listed(base, column="birthday", desc=True)[:4] == ["C05", "C01", "C03", "C04"]


def test_unknown_sort_column_is_refused():
    with pytest.raises(ValueError):
        CustomerListSort("address")


# --- filters ---------------------------------------------------------------------------------


def test_filters(base):
    with base.session_scope() as s:
        hn = _store_id(s, "HN01")
    assert listed(base, CustomerListFilter(tier=Tier.MEMBER)) == ["C01", "C06"]
    assert listed(base, CustomerListFilter(tag="elderly")) == ["C01", "C02"]
    assert listed(base, CustomerListFilter(tag="nobody")) == []
    assert listed(base, CustomerListFilter(store_id=hn)) == ["C03", "C05"]
    assert listed(base, CustomerListFilter(province="Hà Nội")) == ["C03", "C04", "C05"]
    assert listed(base, CustomerListFilter(birthday_month=3)) == ["C03", "C05"]
    assert listed(base, CustomerListFilter(birthday_month=12)) == ["C04"]
    assert listed(base, CustomerListFilter(birthday_month=6)) == []
    assert listed(base, CustomerListFilter(has_open_complaints=True)) == ["C01"]
    assert listed(base, CustomerListFilter(has_open_complaints=False)) == [
        "C02",
        "C03",
        "C04",
        "C05",
        "C06",
    ]


def test_filters_combine_with_each_other_and_with_sorting(base):
    f = CustomerListFilter(province="Hà Nội", birthday_month=3)
    assert listed(base, f, column="points", desc=True) == ["C05", "C03"]
    assert listed(base, CustomerListFilter(tag="elderly", tier=Tier.SILVER)) == ["C02"]


def test_archived_and_merged_are_listed_only_when_asked(base):
    assert "C07" not in listed(base) and "C08" not in listed(base)
    everyone = listed(base, CustomerListFilter(include_archived=True))
    assert everyone == ["C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08"]
    recent_first = listed(base, CustomerListFilter(include_archived=True), "last_contact_at", True)
    assert recent_first[:2] == ["C07", "C08"]


@pytest.mark.parametrize("month", [0, 13, -1])
def test_birthday_month_must_be_a_month(month):
    with pytest.raises(ValidationError, match="month"):
        CustomerListFilter(birthday_month=month)


# --- filter choices --------------------------------------------------------------------------


def test_filter_choices_list_each_province_and_tag_once_in_vietnamese_order(base):
    with base.session_scope() as s:
        make_customer(s, "Phan Bắc", code="C09", province="Bắc Ninh", tags=["vip"])
    with base.session_scope() as s:
        choices = customer_filter_choices(s)
    # Vietnamese order: "Đà Nẵng" after the Ds, "TP. Hồ Chí Minh" filed under H (Hồ < Huế).
    assert choices.provinces == ("Bắc Ninh", "Đà Nẵng", "Hà Nội", "TP. Hồ Chí Minh", "Huế")
    assert choices.tags == ("business", "elderly", "vip")
    assert [(c.code, c.name) for c in choices.stores] == [
        ("HCM01", "Cửa hàng Q1"),
        ("HN01", "Cửa hàng Hà Nội"),
    ]


def test_filter_choices_leave_out_values_only_hidden_customers_have(base):
    with base.session_scope() as s:
        make_customer(s, "Cũ Một", code="C10", province="Bình Định", tags=["cũ"], archived=True)
        make_customer(s, "Cũ Hai", code="C11", province="Hà Nội", tags=["vip"], archived=True)
        gone = make_customer(s, "Gộp", code="C12", province="Cà Mau", tags=["gộp"])
        mark_merged(s, gone.id, _by_code(s, "C01").id)
    with base.session_scope() as s:
        choices = customer_filter_choices(s)
    assert "Bình Định" not in choices.provinces and "Cà Mau" not in choices.provinces
    assert "cũ" not in choices.tags and "gộp" not in choices.tags
    # A value an archived customer shares with a listed one is still offered.
    assert "Hà Nội" in choices.provinces and "vip" in choices.tags


def test_filter_choices_of_an_empty_database(db):
    with db.session_scope() as s:
        choices = customer_filter_choices(s)
    assert (choices.provinces, choices.tags, choices.stores) == ((), (), ())


# --- rows ------------------------------------------------------------------------------------


def test_rows_come_in_the_order_asked_and_skip_unknown_ids(base):
    with base.session_scope() as s:
        ids = customer_ids(s)
        wanted = [ids[4], ids[0], 999_999, ids[2]]
        rows = customer_rows(s, wanted)
    assert [r.code for r in rows] == ["C05", "C01", "C03"]
    with base.session_scope() as s:
        assert customer_rows(s, []) == []


def test_row_shows_the_list_columns(base):
    with base.session_scope() as s:
        (binh,) = customer_rows(s, [_by_code(s, "C03").id])
        (an,) = customer_rows(s, [_by_code(s, "C01").id])
    assert binh.full_name == "Đỗ Văn Bình" and binh.tier == Tier.GOLD and binh.points == 500
    assert binh.primary_phone == "+84912000003"
    assert binh.birthday == date(1985, 3, 9) and binh.province == "Hà Nội"
    assert binh.store_code == "HN01" and binh.last_contact_at == day(3)
    assert binh.tags == ("business", "vip") and binh.open_complaints == 0
    assert an.open_complaints == 2 and an.primary_phone is None and an.tags == ("elderly",)


def test_every_page_of_a_longer_list(db):
    with db.session_scope() as s:
        for i in range(450):
            make_customer(s, f"Khách {i:03d}", code=f"P{i:03d}")
    with db.session_scope() as s:
        ids = customer_ids(s, CustomerListFilter(), CustomerListSort("full_name"))
        pages = [customer_rows(s, ids[i : i + 200]) for i in range(0, len(ids), 200)]
    assert [len(p) for p in pages] == [200, 200, 50]
    assert [r.code for page in pages for r in page] == [f"P{i:03d}" for i in range(450)]


def _store_id(s, code: str) -> int:
    from app.models import Store

    return s.query(Store).filter_by(code=code).one().id
