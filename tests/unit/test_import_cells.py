"""Cells as Excel and CSV files hold them, read as what the person meant."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from app.errors import ValidationError
from app.services.imports.cells import (
    cell_date,
    cell_text,
    cell_whole_number,
    is_blank,
    serial_date,
    split_list,
)
from app.services.imports.fields import field_label, field_names, header_key, suggest_mapping
from app.services.imports.header import find_header
from app.services.imports.sheets import RawTable, TableSource

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("  Lê Lợi  ", "Lê Lợi"),
        ('="0912345678"', "0912345678"),
        ("'0912345678", "0912345678"),
        ("  '  0912  ", "0912"),
        ("=SUM(A1:A2)", "=SUM(A1:A2)"),
        (912345678.0, "912345678"),
        (12.5, "12.5"),
        (1200, "1200"),
        (True, "TRUE"),
        (False, "FALSE"),
        (date(1985, 3, 21), "21/03/1985"),
        (datetime(1985, 3, 21), "21/03/1985"),
        (datetime(1985, 3, 21, 14, 5), "21/03/1985 14:05"),
        (time(8, 30), "08:30"),
    ],
)
def test_a_cell_reads_as_the_sheet_shows_it(value, text):
    assert cell_text(value) == text


def test_blank_cells():
    assert is_blank(None) and is_blank("   ") and is_blank("''") is False
    assert not is_blank(0) and not is_blank("0")


@pytest.mark.parametrize(
    ("serial", "day"),
    [
        (61, date(1900, 3, 1)),
        (31107, date(1985, 3, 1)),
        (46363, date(2026, 12, 7)),
        (2_958_465, date(9999, 12, 31)),
        (46363.75, date(2026, 12, 7)),
    ],
)
def test_excel_day_numbers(serial, day):
    assert serial_date(serial) == day
    assert cell_date(serial, "birthday", today=TODAY) == day


@pytest.mark.parametrize("serial", [60, 0, -1, 2_958_466])
def test_day_numbers_outside_what_excel_counts_are_refused(serial):
    with pytest.raises(ValidationError, match="is not a date") as refused:
        cell_date(serial, "purchase_date", today=TODAY)
    assert refused.value.field == "purchase_date"


@pytest.mark.parametrize(
    ("value", "day"),
    [
        (date(1985, 3, 21), date(1985, 3, 21)),
        (datetime(1985, 3, 21, 23, 59), date(1985, 3, 21)),
        ("21/03/1985", date(1985, 3, 21)),
        ("1985-03-21", date(1985, 3, 21)),
        ("31107", date(1985, 3, 1)),  # a serial that lost its date format on the way to CSV
        ("2026", date(1905, 7, 18)),  # four digits are a serial too, not a year
        ("", None),
    ],
)
def test_date_cells(value, day):
    assert cell_date(value, "birthday", today=TODAY) == day


def test_a_bad_date_cell_names_its_field():
    with pytest.raises(ValidationError) as refused:
        cell_date("31/02/1990", "birthday", today=TODAY)
    assert refused.value.field == "birthday" and "February 1990 has 28 days" in (
        refused.value.message
    )
    with pytest.raises(ValidationError):
        cell_date(True, "birthday", today=TODAY)


@pytest.mark.parametrize(
    ("value", "number"),
    [
        (1200, 1200),
        (1200.0, 1200),
        ("1200", 1200),
        ("1.234.567", 1234567),
        ("1,234,567", 1234567),
        ("1 234 567", 1234567),
        ("-5", -5),
        ("+7", 7),
        ("0", 0),
        (12.5, None),
        ("12.5", None),
        ("1.2345", None),
        ("mười", None),
        ("", None),
        (True, None),
        ("١٢", None),
    ],
)
def test_whole_numbers_written_every_usual_way(value, number):
    assert cell_whole_number(value) == number


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("0912 345 678; 028 3823 4567", ["0912 345 678", "028 3823 4567"]),
        ("0912345678/0987654321", ["0912345678", "0987654321"]),
        ("VIP, người già", ["VIP", "người già"]),
        ("a\nb;;", ["a", "b"]),
        (912345678.0, ["912345678"]),
        (None, []),
    ],
)
def test_several_values_in_one_cell(value, parts):
    assert split_list(value) == parts


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Họ tên", "ho ten"),
        ("HO_TEN", "ho ten"),
        ("Tỉnh/Thành phố", "tinh thanh pho"),
        ("  Số  điện thoại: ", "so dien thoai"),
        ("Giá (VND)", "gia vnd"),
        (None, ""),
    ],
)
def test_header_names_compare_without_accents_case_or_punctuation(name, key):
    assert header_key(name) == key


def test_columns_are_suggested_from_their_names_in_either_language():
    names = ["STT", "Họ và tên", "SĐT", "E-mail", "Ngày sinh", "Phường/Xã", "Ghi chú khác"]
    assert suggest_mapping("customers", names) == {
        1: "full_name",
        2: "phone",
        3: "email",
        4: "birthday",
        5: "ward",
    }
    assert suggest_mapping("purchases", ["Mã KH", "Mã SP", "Ngày mua", "Giá bán"]) == {
        0: "customer_code",
        1: "sku",
        2: "purchase_date",
        3: "price_vnd",
    }


def _table(rows: list[list[object]]) -> RawTable:
    return RawTable(TableSource("xlsx"), [(n, r) for n, r in enumerate(rows, start=1)])


def test_the_header_is_the_row_naming_most_columns_under_a_title():
    header = find_header(
        _table([["DANH SÁCH KHÁCH HÀNG"], ["Họ tên", "SĐT"], ["An", "09"]]), "customers"
    )
    assert (header.row, header.names, header.position) == (2, ("Họ tên", "SĐT"), 1)


def test_of_two_rows_naming_as_many_the_first_is_the_header():
    header = find_header(_table([["Họ tên", "SĐT"], ["Họ tên", "SĐT"]]), "customers")
    assert header.row == 1


def test_a_header_cell_merged_down_takes_the_name_above_it():
    rows = [["Họ tên", "Liên hệ", None], [None, "Điện thoại", "Email"], ["An", "09", ""]]
    header = find_header(_table(rows), "customers")
    assert (header.row, header.names) == (2, ("Họ tên", "Điện thoại", "Email"))


def test_names_no_field_knows_still_make_the_header():
    header = find_header(_table([["Cột A", "Cột B"], ["An", "x"]]), "customers")
    assert (header.row, header.names) == (1, ("Cột A", "Cột B"))


@pytest.mark.parametrize(
    "first", [["An", "0912 345 678"], ["An", "21/03/1985"], ["an@gmail.com", "An"]]
)
def test_a_first_row_of_data_is_refused(first):
    with pytest.raises(ValidationError, match="The first row holds data"):
        find_header(_table([first, ["Bình", "0987654321"]]), "customers")


def test_every_field_has_its_name_on_screen():
    assert [field_label(n) for n in field_names("customers")] == [
        "Customer code",
        "Full name",
        "Phone",
        "E-mail",
        "Birthday",
        "Gender",
        "Address",
        "Ward / commune",
        "Province / city",
        "Member tier",
        "Points",
        "Tags",
        "Notes",
    ]
    assert [field_label(n) for n in field_names("purchases")] == [
        "Customer code",
        "Phone",
        "Invoice number",
        "Product code (SKU)",
        "Product name",
        "Serial number",
        "Purchase date",
        "Price (VND)",
        "Warranty (months)",
        "Store code",
    ]
    assert field_label("unknown") == "unknown"


def test_a_cell_of_another_kind_reads_as_its_text():
    assert cell_text(Decimal("12.50")) == "12.50"


@pytest.mark.parametrize(("value", "shown"), [(60, "60"), ("00012", "00012"), (12.0, "12")])
def test_a_day_number_before_excel_counts_names_what_was_written(value, shown):
    with pytest.raises(ValidationError) as refused:
        cell_date(value, "birthday", today=TODAY)
    assert refused.value.message == (
        f"“{shown}” is not a date: write it as 21/03/1985 or 1985-03-21."
    )
    assert refused.value.field == "birthday"


def test_a_two_digit_year_follows_the_field():
    assert cell_date("21/3/30", "birthday", today=TODAY, past_only=True) == date(1930, 3, 21)
    assert cell_date("21/3/30", "purchase_date", today=TODAY) == date(2030, 3, 21)
    assert cell_date("1/1/27", "x", today=date(2026, 12, 7)) == date(2027, 1, 1)


def test_an_empty_sheet_has_no_header():
    with pytest.raises(ValidationError) as refused:
        find_header(_table([]), "customers")
    assert refused.value.message == (
        "The file is empty: its first line must name the columns, such as "
        "full_name,phone,email. Nothing was loaded."
    )


def test_the_refusal_of_a_first_row_of_data_quotes_its_first_three_cells():
    rows = [["An", "0912 345 678", "21/03/1985", "Huế"], ["Tên", "Số"]]
    with pytest.raises(ValidationError) as refused:
        find_header(_table(rows), "customers")
    assert refused.value.message == (
        "The first row holds data (“An”, “0912 345 678”, “21/03/1985”), not column names: add "
        "a first row that names each column (such as Họ tên, Số điện thoại, Ngày sinh) and "
        "import the file again. Nothing was loaded."
    )


def test_a_blank_name_in_the_first_row_stays_blank():
    header = find_header(_table([["Họ tên", ""], ["An", "x"]]), "customers")
    assert header.names == ("Họ tên", "")


def test_a_header_wider_than_the_row_above_keeps_its_blank_cells():
    header = find_header(
        _table([["DANH SÁCH"], ["Họ tên", "", "SĐT"], ["An", "", "09"]]), "customers"
    )
    assert header.names == ("Họ tên", "", "SĐT")
