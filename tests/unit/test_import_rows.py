"""One customer row read cell by cell, as the import preview shows it."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.models import Gender, Tier
from app.services.imports.customer_rows import (
    Columns,
    check_customer_row,
    parse_code,
    parse_gender,
    parse_phones,
    parse_points,
    parse_tier,
)

TODAY = date(2026, 12, 7)
COLUMNS = Columns(
    {0: "code", 1: "full_name", 2: "phone", 3: "birthday", 4: "province", 5: "tier", 6: "tags"},
    ("Mã", "Họ tên", "SĐT", "Ngày sinh", "Tỉnh", "Hạng", "Nhãn"),
)


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Vàng", Tier.GOLD),
        ("HẠNG VÀNG", Tier.GOLD),
        ("bac", Tier.SILVER),
        ("Bạch kim", Tier.PLATINUM),
        ("thành viên", Tier.MEMBER),
        ("Member", Tier.MEMBER),
        ("VIP", Tier.VIP),
        ("Kim cương", Tier.VIP),
        ("diamond", Tier.VIP),
        ("gold", Tier.GOLD),
        ("platinum", Tier.PLATINUM),
        ("silver", Tier.SILVER),
    ],
)
def test_tiers_in_either_language(text, tier):
    assert parse_tier(text) is tier


def test_an_unknown_tier_is_refused_naming_the_choices():
    with pytest.raises(ValidationError) as refused:
        parse_tier(" đồng ")
    assert refused.value.message == (
        "Unknown tier “đồng”: use Member, Silver, Gold, Platinum or VIP (or Thành viên, Bạc, "
        "Vàng, Bạch kim, VIP)."
    )
    assert refused.value.field == "tier"


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Nữ", Gender.FEMALE),
        ("nu", Gender.FEMALE),
        ("F", Gender.FEMALE),
        ("female", Gender.FEMALE),
        ("Bà", Gender.FEMALE),
        ("Chị", Gender.FEMALE),
        ("woman", Gender.FEMALE),
        ("Nam", Gender.MALE),
        ("m", Gender.MALE),
        ("Male", Gender.MALE),
        ("Ông", Gender.MALE),
        ("Anh", Gender.MALE),
        ("man", Gender.MALE),
        ("Khác", Gender.OTHER),
        ("other", Gender.OTHER),
    ],
)
def test_genders_in_either_language(text, gender):
    assert parse_gender(text) is gender


def test_an_unknown_gender_is_refused():
    with pytest.raises(ValidationError) as refused:
        parse_gender("x")
    assert refused.value.field == "gender" and "“x”" in refused.value.message


@pytest.mark.parametrize(("value", "points"), [("0", 0), ("1.200", 1200), (1200.0, 1200), (7, 7)])
def test_points(value, points):
    assert parse_points(value) == points


@pytest.mark.parametrize("value", ["-1", "1,5", "nhiều", 12.5])
def test_points_that_are_no_whole_number_of_0_or_more(value):
    with pytest.raises(ValidationError) as refused:
        parse_points(value)
    assert refused.value.field == "points" and "is not a number of points" in (
        refused.value.message
    )


@pytest.mark.parametrize(
    ("text", "code"), [(" kh0000123 ", "KH0000123"), ("a-1_b", "A-1_B"), ("X" * 20, "X" * 20)]
)
def test_codes(text, code):
    assert parse_code(text) == code


@pytest.mark.parametrize("text", ["X" * 21, "KH 123", "KH#1", "mã"])
def test_codes_that_are_not_codes(text):
    with pytest.raises(ValidationError) as refused:
        parse_code(text)
    assert refused.value.field == "code"


def test_several_numbers_the_first_primary_a_landline_a_home_number():
    phones, notes = parse_phones("0912 345 678; 028 3823 4567 / 0912345678, 01689123456")
    assert [(p.e164, p.label) for p in phones] == [
        ("+84912345678", "mobile"),
        ("+842838234567", "home"),
        ("+84389123456", "mobile"),
    ]
    assert len(notes) == 1 and "0168 912 3456" in notes[0]


def test_a_row_keeps_what_it_stores_what_it_refused_and_what_it_noted():
    cells = [
        "kh7",
        "Nguyễn  Thị Đào",
        "0168 912 3456",
        "31/02/1990",
        "Bình Dương",
        "Vàng",
        "VIP; vip, người già",
    ]
    row = check_customer_row(5, cells, COLUMNS, TODAY)
    assert row.values == {
        "code": "KH7",
        "full_name": "Nguyễn Thị Đào",
        "province": "TP. Hồ Chí Minh",
        "tier": Tier.GOLD,
        "tags": ["VIP", "người già"],
    }
    assert [p.e164 for p in row.phones] == ["+84389123456"]
    assert row.key == "nguyen thi dao"
    assert [(e.row, e.column, e.field) for e in row.errors] == [(5, "Ngày sinh", "birthday")]
    assert row.rejected == {"birthday": "31/02/1990"}
    assert [(n.column, n.field) for n in row.notes] == [("SĐT", "phone"), ("Tỉnh", "province")]
    assert row.raw == (
        "kh7",
        "nguyễn  thị đào",
        "0168 912 3456",
        "31/02/1990",
        "bình dương",
        "vàng",
        "vip; vip, người già",
    )


def test_short_rows_and_blank_cells_leave_fields_out():
    row = check_customer_row(2, ["", "An"], COLUMNS, TODAY)
    assert (row.values, row.phones, row.errors, row.notes) == ({"full_name": "An"}, [], [], [])
    assert row.raw == ("", "an", "", "", "", "", "")
    nameless = check_customer_row(3, ["KH1"], COLUMNS, TODAY)
    assert nameless.key == "" and nameless.values == {"code": "KH1"}


def test_the_refusals_say_what_to_write():
    messages = []
    for check, value in ((parse_code, "KH 1"), (parse_gender, "x"), (parse_points, "-1,5")):
        with pytest.raises(ValidationError) as refused:
            check(value)
        messages.append(refused.value.message)
    assert messages == [
        "“KH 1” is not a customer code: letters and digits, at most 20, such as KH0000123.",
        "Unknown gender “x”: use Nam, Nữ or Khác (or male, female, other), or leave it empty.",
        "“-1,5” is not a number of points: write a whole number of 0 or more, such as 1200.",
    ]


@pytest.mark.parametrize("text", ["KH-1", "KH_1", "A-B_C"])
def test_dashes_and_underscores_are_allowed_in_codes(text):
    assert parse_code(text) == text
