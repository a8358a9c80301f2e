"""The claim list exported: the claims a filter lets through, newest first, with the money
a manager counts, in CSV and XLSX."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.errors import ValidationError
from app.models import ClaimKind, ClaimStatus
from app.services.claims.claim_export import export_claims
from app.services.claims.claim_list import ClaimFilter
from tests.factories import make_claim, make_customer, make_purchase, make_store, make_user
from tests.unit.export_reading import Recorder, column, csv_table, xlsx_table

NOW = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)  # 09:00 in Hà Nội


@pytest.fixture
def claims(db):
    """An's repair (ready, Yến has it), Bình's refunded return and Bình's repair out of
    warranty, a day apart; and an archived claim the list leaves out."""
    with db.session_scope() as s:
        hn = make_store(s).id
        yen = make_user(s).id
        an = make_customer(s, "Nguyễn Văn An", code="KH01", phones=["0912 345 678"]).id
        binh = make_customer(s, "Trần Thị Bình", code="KH02", phones=["0987 654 321"]).id

        def bought(customer: int, serial: str) -> int:
            return make_purchase(
                s, customer, serial_no=serial, price_vnd=15_000_000, store_id=hn
            ).id

        ready = {"assignee_id": yen, "expected_return_date": date(2026, 11, 9)}
        plan = [
            (1, an, "repair", "ready", True, "Màn hình sọc", ready),
            (2, binh, "return", "refunded", True, "Đổi ý", {"refund_vnd": 14_500_000}),
            (
                3,
                binh,
                "repair",
                "received",
                False,
                "Không lên nguồn",
                {"quoted_cost_vnd": 1_200_000},
            ),
            (4, an, "repair", "received", True, "", {"archived_at": NOW}),
        ]
        for n, customer, kind, status, covered, fault, more in plan:
            make_claim(
                s,
                customer,
                bought(customer, f"SN{n}"),
                number=f"YC-T-{n}",
                kind=ClaimKind(kind),
                status=ClaimStatus(status),
                in_warranty=covered,
                fault_description=fault,
                store_id=hn,
                received_at=NOW - timedelta(days=4 - n),
                **more,
            )


HEADER = [
    "Number",
    "Received",
    "Customer code",
    "Customer",
    "Phone",
    "Product",
    "Serial",
    "Kind",
    "Status",
    "Warranty",
    "Expected back",
    "Store",
    "Assignee",
    "Price paid",
    "Quoted repair cost",
    "Amount refunded",
    "Fault as described",
]


def test_every_claim_newest_first_with_prices_as_whole_dong(db, claims, tmp_path):
    target = tmp_path / "bao-hanh.csv"
    with db.session_scope() as s:
        assert export_claims(s, None, target) == 3
    tv, store = "Tivi Sony 55 inch", "Cửa hàng Hà Nội"
    assert csv_table(target) == [
        HEADER,
        ["YC-T-3", "01/11/2026 09:00:00", "KH02", "Trần Thị Bình", "0987 654 321", tv, "SN3",
         "Warranty repair", "Received", "Out of warranty", "", store, "", "15000000",
         "1200000", "", "Không lên nguồn"],
        ["YC-T-2", "31/10/2026 09:00:00", "KH02", "Trần Thị Bình", "0987 654 321", tv, "SN2",
         "Return and refund", "Refunded", "In warranty", "", store, "", "15000000", "",
         "14500000", "Đổi ý"],
        ["YC-T-1", "30/10/2026 09:00:00", "KH01", "Nguyễn Văn An", "0912 345 678", tv, "SN1",
         "Warranty repair", "Ready for pickup", "In warranty", "09/11/2026", store,
         "Trần Thị Yến", "15000000", "", "", "Màn hình sọc"],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("f", "numbers"),
    [
        (ClaimFilter(kind="repair"), ["YC-T-3", "YC-T-1"]),
        (ClaimFilter(search="0987 654 321"), ["YC-T-3", "YC-T-2"]),
        (ClaimFilter(search="nguyen van an"), ["YC-T-1"]),
        (ClaimFilter(group="closed"), ["YC-T-2"]),
        (ClaimFilter(status="diagnosing"), []),
    ],
)
def test_the_filter_of_the_list_decides_the_rows(db, claims, tmp_path, f, numbers):
    target = tmp_path / "bao-hanh.csv"
    with db.session_scope() as s:
        assert export_claims(s, f, target) == len(numbers)
    assert column(csv_table(target), "Number") == numbers


def test_an_xlsx_has_money_as_numbers_and_pages_through_the_whole_list(
    db, claims, tmp_path, monkeypatch
):
    monkeypatch.setattr("app.services.claims.claim_export.BATCH", 2)  # two pages
    target = tmp_path / "bao-hanh.xlsx"
    control = Recorder()
    with db.session_scope() as s:
        assert export_claims(s, None, target, control=control) == 3
    table = xlsx_table(target)
    assert column(table, "Number") == ["YC-T-3", "YC-T-2", "YC-T-1"]
    assert column(table, "Quoted repair cost") == [1_200_000, None, None]
    assert column(table, "Amount refunded") == [None, 14_500_000, None]
    assert column(table, "Expected back")[2] == datetime(2026, 11, 9)
    assert control.reports == [(100, "3 of 3 claims")]


def test_a_wrong_file_name_is_refused(db, claims, tmp_path):
    with db.session_scope() as s, pytest.raises(ValidationError, match=r"\.csv or \.xlsx"):
        export_claims(s, None, tmp_path / "bao-hanh.docx")
