"""The customer list exported: the customers a filter lets through, in the list's order,
with the columns a manager reads, in CSV and XLSX."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook

from app.errors import ValidationError
from app.models import ComplaintStatus, Gender, Tier
from app.services.customers.customer_export import export_customers
from app.services.customers.customer_list import CustomerListFilter, CustomerListSort
from tests.factories import make_complaint, make_customer, make_store
from tests.unit.export_reading import Recorder, Stop, column, csv_table, xlsx_table

SINCE = datetime(2025, 1, 15, 3, 0, tzinfo=UTC)  # 10:00 on 15/01/2025 in Hà Nội


@pytest.fixture
def shop(db):
    """Three listed customers (C02 Trần Chi, C01 Nguyễn An, C03 Đỗ Văn Bình with two
    phones and one open complaint) and one archived (C04)."""
    with db.session_scope() as s:
        hn, q1 = make_store(s, "HN01", "Cửa hàng Hà Nội"), make_store(s, "HCM01", "Cửa hàng Q1")
        make_customer(
            s,
            "Trần Chi",
            code="C02",
            tier=Tier.SILVER,
            points=120,
            province="Đà Nẵng",
            phones=["0905 111 222"],
            tags=["elderly"],
            gender=Gender.FEMALE,
            created_at=SINCE,
        )
        make_customer(
            s,
            "Nguyễn An",
            code="C01",
            points=10,
            province="TP. Hồ Chí Minh",
            store_id=q1.id,
            birthday=date(1990, 7, 1),
            tags=["elderly"],
            created_at=SINCE,
        )
        binh = make_customer(
            s,
            "Đỗ Văn Bình",
            code="C03",
            tier=Tier.GOLD,
            points=500,
            province="Hà Nội",
            ward="Phường Cửa Nam",
            address="12 Lý Thường Kiệt",
            email="binh@example.com",
            gender=Gender.MALE,
            birthday=date(1985, 3, 9),
            store_id=hn.id,
            marketing_consent=True,
            last_contact_at=datetime(2026, 3, 3, 9, 0, tzinfo=UTC),  # 16:00 in Hà Nội
            phones=["0912 000 003", "0987 000 003"],
            tags=["vip", "business"],
            created_at=SINCE,
        ).id
        make_customer(s, "Lê Cũ", code="C04", archived=True, created_at=SINCE)
        make_complaint(s, binh, status=ComplaintStatus.IN_PROGRESS)
        make_complaint(s, binh, status=ComplaintStatus.CLOSED)


HEADER = [
    "Code",
    "Full name",
    "Phone",
    "Other phones",
    "Email",
    "Gender",
    "Birthday",
    "Address",
    "Ward or commune",
    "Province",
    "Tier",
    "Points",
    "Store code",
    "Store",
    "Last contact",
    "Open complaints",
    "Tags",
    "Accepts marketing",
    "Customer since",
]


def test_every_listed_customer_in_code_order_with_what_a_manager_reads(db, shop, tmp_path):
    target = tmp_path / "khach-hang.csv"
    with db.session_scope() as s:
        assert export_customers(s, None, None, target) == 3
    assert csv_table(target) == [
        HEADER,
        [
            "C01",
            "Nguyễn An",
            "",
            "",
            "",
            "",
            "01/07/1990",
            "",
            "",
            "TP. Hồ Chí Minh",
            "Member",
            "10",
            "HCM01",
            "Cửa hàng Q1",
            "",
            "0",
            "elderly",
            "No",
            "15/01/2025",
        ],
        [
            "C02",
            "Trần Chi",
            "0905 111 222",
            "",
            "",
            "Female",
            "",
            "",
            "",
            "Đà Nẵng",
            "Silver",
            "120",
            "",
            "",
            "",
            "0",
            "elderly",
            "No",
            "15/01/2025",
        ],
        [
            "C03",
            "Đỗ Văn Bình",
            "0912 000 003",
            "0987 000 003",
            "binh@example.com",
            "Male",
            "09/03/1985",
            "12 Lý Thường Kiệt",
            "Phường Cửa Nam",
            "Hà Nội",
            "Gold",
            "500",
            "HN01",
            "Cửa hàng Hà Nội",
            "03/03/2026 16:00:00",
            "1",
            "business; vip",
            "Yes",
            "15/01/2025",
        ],
    ]


def test_the_filter_and_the_sort_of_the_list_decide_rows_and_order(db, shop, tmp_path):
    target = tmp_path / "khach-hang.csv"
    with db.session_scope() as s:
        by_name_down = CustomerListSort("full_name", descending=True)
        assert export_customers(s, CustomerListFilter(tag="elderly"), by_name_down, target) == 2
        assert column(csv_table(target), "Code") == ["C02", "C01"]  # Trần before Nguyễn
        by_points = CustomerListSort("points", descending=True)
        export_customers(s, CustomerListFilter(include_archived=True), by_points, target)
        assert column(csv_table(target), "Code") == ["C03", "C02", "C01", "C04"]
        export_customers(s, CustomerListFilter(tier=Tier.PLATINUM), None, target)
    assert csv_table(target) == [HEADER]


def test_an_xlsx_has_dates_times_and_numbers_as_values(db, shop, tmp_path):
    target = tmp_path / "khach-hang.xlsx"
    with db.session_scope() as s:
        export_customers(s, CustomerListFilter(province="Hà Nội"), None, target)
    table = xlsx_table(target)
    assert table[0] == HEADER and len(table) == 2
    row = dict(zip(HEADER, table[1], strict=True))
    assert row["Birthday"] == datetime(1985, 3, 9)
    assert row["Last contact"] == datetime(2026, 3, 3, 16, 0)
    assert row["Points"] == 500 and row["Open complaints"] == 1
    assert row["Phone"] == "0912 000 003"  # as read aloud: text, the leading 0 stays
    sheet = load_workbook(target).active
    assert sheet.title == "Customers" and sheet["A1"].font.b


def test_progress_counts_customers_and_a_cancel_leaves_no_file(db, shop, tmp_path):
    folder = tmp_path / "xuat"
    folder.mkdir()
    control = Recorder()
    with db.session_scope() as s:
        export_customers(s, None, None, folder / "khach-hang.csv", control=control)
    assert control.reports == [(100, "3 of 3 customers")]
    with db.session_scope() as s, pytest.raises(Stop):
        export_customers(s, None, None, folder / "lan-2.xlsx", control=Recorder(1))
    assert [p.name for p in folder.iterdir()] == ["khach-hang.csv"]


def test_a_wrong_file_name_is_refused_before_anything_is_read(db, shop, tmp_path):
    with db.session_scope() as s, pytest.raises(ValidationError, match=r"\.csv or \.xlsx"):
        export_customers(s, None, None, tmp_path / "khach-hang.pdf")
