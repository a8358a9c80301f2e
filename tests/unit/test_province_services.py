"""Provinces and wards where customers and stores are saved: old names become today's, the
agent is told, an unknown name is refused, and the list's filter offers each place once."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from app.errors import ValidationError
from app.models import AuditEntry, Customer, Store
from app.services.access import stores
from app.services.customers import customers
from app.services.customers.customer_changes import field_label
from app.services.customers.customer_list import customer_filter_choices
from app.services.customers.customer_merge import merge_customers
from app.services.customers.customers import CustomerInput, PhoneInput
from app.services.slips import slips
from tests.factories import AGENT, SUPERVISOR, make_customer, make_product, make_purchase

HCMC = "TP. Hồ Chí Minh"
BINH_DUONG_NOTE = "Bình Dương is now part of TP. Hồ Chí Minh (since 1 July 2025)."


def _new(db, name: str = "Nguyễn Thị Đào", **fields) -> customers.CustomerView:
    with db.session_scope() as s:
        return customers.create_customer(s, AGENT, CustomerInput(name, **fields))


def _edit(db, view: customers.CustomerView, **fields) -> customers.CustomerView:
    data = CustomerInput(view.full_name, **fields)
    with db.session_scope() as s:
        return customers.update_customer(s, AGENT, view.id, data, expected_version=view.version)


def _stored(db, customer_id: int) -> tuple[str, str, str]:
    with db.session_scope() as s:
        row = s.get(Customer, customer_id)
        return row.province, row.ward, row.address


def test_a_new_customer_with_an_old_province_gets_todays_name_and_a_note(db):
    view = _new(db, province="Bình Dương", ward=" Phường  Thủ Dầu Một ", address="5 Yersin")

    assert (view.province, view.ward) == (HCMC, "Phường Thủ Dầu Một")
    assert view.conversion_notes == (BINH_DUONG_NOTE,)
    assert _stored(db, view.id) == (HCMC, "Phường Thủ Dầu Một", "5 Yersin")
    with db.session_scope() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "create"))
        assert (entry.after["province"], entry.after["ward"]) == (HCMC, "Phường Thủ Dầu Một")
        assert "district" not in entry.after


def test_the_province_note_follows_the_phone_notes(db):
    view = _new(db, phones=(PhoneInput("0168 912 3456"),), province="Quảng Nam")

    assert view.province == "Đà Nẵng"
    assert view.conversion_notes == (
        "0168 912 3456 was converted to 038 912 3456 (2018 renumbering).",
        "Quảng Nam is now part of Đà Nẵng (since 1 July 2025).",
    )


def test_todays_names_and_their_spellings_need_no_note(db):
    first = _new(db, "An", province="TP.HCM")
    second = _new(db, "Bình", province="hà nội")

    assert (first.province, first.conversion_notes) == (HCMC, ())
    assert (second.province, second.conversion_notes) == ("Hà Nội", ())


def test_an_edit_maps_an_old_name_too_and_says_so_once(db):
    view = _new(db, province="Đà Nẵng")

    moved = _edit(db, view, province="Thừa Thiên Huế")
    assert moved.province == "Huế"
    assert moved.conversion_notes == ("Thừa Thiên Huế is now called Huế.",)
    again = _edit(db, moved, province="Huế")
    assert (again.province, again.conversion_notes) == ("Huế", ())
    assert _stored(db, view.id)[0] == "Huế"


def test_an_unknown_province_is_refused_and_nothing_is_saved(db):
    with pytest.raises(ValidationError) as refused:
        _new(db, province="Lào")
    assert refused.value.field == "province"
    assert refused.value.message == (
        "“Lào” is not a province of Vietnam: choose one of the 34 provinces and cities."
    )
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0

    view = _new(db, province="Cần Thơ")
    with pytest.raises(ValidationError, match="“Sài Gòn cũ” is not a province"):
        _edit(db, view, province="Sài Gòn cũ")
    assert _stored(db, view.id)[0] == "Cần Thơ"


def test_no_province_and_no_ward_are_allowed(db):
    view = _new(db, province="  ", ward="")

    assert (view.province, view.ward, view.conversion_notes) == ("", "", ())


def test_a_ward_too_long_is_refused_under_its_field(db):
    with pytest.raises(ValidationError) as refused:
        _new(db, ward="x" * 101)
    assert refused.value.field == "ward"
    assert _new(db, "Chi", ward="y" * 100).ward == "y" * 100


def test_the_filter_lists_each_province_once_in_vietnamese_order(db):
    typed = [
        "Bình Dương",
        "TP.HCM",
        HCMC,
        "Sài Gòn",
        "Bà Rịa - Vũng Tàu",
        "Quảng Nam",
        "Đà Nẵng",
        "da nang",
        "Cần Thơ",
        "Hậu Giang",
        "Cao Bằng",
        "Bạc Liêu",
        "Cà Mau",
        "Hà Nội",
        "HN",
        "ha noi",
    ]
    for i, province in enumerate(typed):
        _new(db, f"Khách {i}", province=province)

    with db.session_scope() as s:
        choices = customer_filter_choices(s)

    assert choices.provinces == ("Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Hà Nội", HCMC)


def test_the_filter_orders_values_it_does_not_know_among_the_others(db):
    # Written before the provinces were checked (an old import): still listed, in order.
    with db.session_scope() as s:
        for code, province in (
            ("K1", "Dak To"),
            ("K2", "Đà Nẵng"),
            ("K3", "Cần Thơ"),
            ("K4", HCMC),
            ("K5", "Hải Dương"),
        ):
            make_customer(s, code, code=code, province=province)

    with db.session_scope() as s:
        provinces = customer_filter_choices(s).provinces

    assert provinces == ("Cần Thơ", "Dak To", "Đà Nẵng", "Hải Dương", HCMC)


def test_a_merge_fills_in_the_ward_the_kept_record_lacks(db):
    kept = _new(db, "Nguyễn An", province="Hà Nội")
    other = _new(db, "Nguyen An", province="Hà Nội", ward="Phường Cửa Nam")

    with db.session_scope() as s:
        result = merge_customers(s, SUPERVISOR, kept.id, other.id)

    assert (result.kept.province, result.kept.ward) == ("Hà Nội", "Phường Cửa Nam")


def test_the_trail_names_the_ward_and_still_the_district_of_older_entries():
    assert field_label("ward") == "ward / commune"
    assert field_label("district") == "district"


def test_a_slip_prints_the_two_level_address(db, admin):
    view = _new(db, province="Bình Dương", ward="Phường Dĩ An", address="12 Lý Thường Kiệt")
    with db.session_scope() as s:
        item = make_product(s, "TV-1", "Tivi Sony 55 inch", brand="Sony")
        bought = make_purchase(
            s,
            view.id,
            product_id=item.id,
            purchase_date=date(2026, 1, 5),
            price_vnd=15_000_000,
            warranty_months=24,
            warranty_end=date(2028, 1, 5),
        )
        slip = slips.issue_slip(
            s, admin, "warranty", bought.id, now=datetime(2026, 1, 6, 3, 0, tzinfo=UTC)
        )
        payload = slips.slip_payload(s, slip.id)

    assert payload.customer_address == "12 Lý Thường Kiệt, Phường Dĩ An, TP. Hồ Chí Minh"


def test_a_store_with_an_old_province_gets_todays_name_and_a_note(db, admin):
    with db.session_scope() as s:
        added = stores.add_store(
            s,
            admin,
            "BD01",
            "Cửa hàng Dĩ An",
            "5 Trần Hưng Đạo, Phường Dĩ An",
            province="Bình Dương",
        )
    assert (added.province, added.notes) == (HCMC, (BINH_DUONG_NOTE,))

    with db.session_scope() as s:
        kept = stores.update_store(
            s,
            admin,
            added.id,
            code="BD01",
            name="Cửa hàng Dĩ An",
            province="TP HCM",
            expected_version=added.version,
        )
        cleared = stores.update_store(
            s,
            admin,
            added.id,
            code="BD01",
            name="Cửa hàng Dĩ An",
            province="",
            expected_version=kept.version,
        )
        row = s.get(Store, added.id)
        assert row.province == ""
    assert (kept.province, kept.notes) == (HCMC, ())
    assert (cleared.province, cleared.notes) == ("", ())


def test_a_store_in_an_unknown_province_is_refused(db, admin):
    with db.session_scope() as s, pytest.raises(ValidationError) as refused:
        stores.add_store(s, admin, "VT01", "Cửa hàng Viêng Chăn", province="Viêng Chăn")
    assert refused.value.field == "province"
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Store)) == 0
        store = stores.add_store(s, admin, "HN01", "Cửa hàng Hà Nội", province="Hà Nội")
    with db.session_scope() as s, pytest.raises(ValidationError, match="“Quận 1” is not"):
        stores.update_store(
            s, admin, store.id, code="HN01", name="Cửa hàng Hà Nội", province="Quận 1"
        )
    with db.session_scope() as s:
        assert s.get(Store, store.id).province == "Hà Nội"
