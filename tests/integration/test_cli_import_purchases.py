"""`python main.py import purchases FILE` as an administrator meets it, on both databases."""

from __future__ import annotations

import getpass
import io
import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.models import AuditEntry, Product, Purchase
from tests import scenarios

GOOD_AND_BAD = """\ufeffMã khách hàng;Số điện thoại;Số hóa đơn;Mã sản phẩm;Tên sản phẩm;Số sê-ri;Ngày mua;Giá (VND);Bảo hành (tháng);Mã cửa hàng
KH0000001;;HD-0001;TV-55;;SN55A001;31/01/2024;12.990.000;;HN01
;0903 123 456;HD-0002;MG-8KG;Máy giặt 8 kg;MG8-0001;2025-07-02;7990000;24;HN01
;0988 777 666;HD-0003;TV-55;;SN55A002;01/02/2025;1000000;;
KH0000001;;HD-0004;TV-55;;SN55A003;01/01/2999;-5;;DN99
KH0000001;;HD-0005;TV-55;;sn55a001;01/02/2025;0;;
"""  # noqa: E501


@pytest.fixture
def shop(db) -> None:
    with db.session_scope() as s:
        scenarios.import_shop(s)


def _file(tmp_path: Path, content: str | bytes, name: str = "don-mua.csv") -> str:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


def _count(db, model=Purchase) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_json_reports_counts_and_each_bad_row(cli, db, shop, tmp_path):
    code, out, err = cli("import", "purchases", _file(tmp_path, GOOD_AND_BAD), "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert list(report) == ["created", "updated", "skipped", "errors", "notes", "products_created"]
    assert (report["created"], report["updated"], report["skipped"]) == (2, 0, 3)
    assert (report["notes"], report["products_created"]) == ([], 1)
    assert [(e["row"], e["column"]) for e in report["errors"]] == [
        (4, "Số điện thoại"),
        (5, "Ngày mua"),
        (5, "Giá (VND)"),
        (5, "Mã cửa hàng"),
        (6, "Số sê-ri"),
    ]
    assert report["errors"][-1]["message"] == (
        "Serial SN55A001 of TV-55 is also on row 2 of this file."
    )
    with db.session_scope() as s:
        rows = s.execute(
            select(Purchase.serial_no, Purchase.warranty_end).order_by(Purchase.id)
        ).all()
        actors = set(s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "create")))
        washer = s.scalar(select(Product.name).where(Product.sku == "MG-8KG"))
    assert rows == [("SN55A001", date(2026, 1, 31)), ("MG8-0001", date(2027, 7, 2))]
    assert (washer, actors) == ("Máy giặt 8 kg", {f"os:{getpass.getuser()}"})


def test_text_output_names_row_column_and_fix(cli, shop, tmp_path):
    code, out, _ = cli("import", "purchases", _file(tmp_path, GOOD_AND_BAD))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        "Row 4, Số điện thoại: No customer has the number 0988 777 666: import "
        "the customer first, or add a customer_code column."
    )
    assert lines[1] == (
        "Row 5, Ngày mua: The purchase date 01/01/2999 is in the future: check "
        "the day and the year."
    )
    assert lines[-2:] == [
        "Read as: CSV, UTF-8, separator “;”.",
        "Purchases created: 2, new products: 1; rows skipped: 3.",
    ]


def test_in_vietnamese(cli, shop, tmp_path):
    code, out, _ = cli("import", "purchases", _file(tmp_path, GOOD_AND_BAD), lang="vi")
    assert code == 0
    assert out.splitlines()[-1] == "Đã tạo 2 đơn mua hàng, 1 sản phẩm mới; bỏ qua 3 dòng."


def test_a_second_run_refuses_the_serials_already_loaded(cli, shop, tmp_path):
    path = _file(tmp_path, GOOD_AND_BAD)
    cli("import", "purchases", path)
    code, out, _ = cli("import", "purchases", path, "--json")
    report = json.loads(out)
    assert (code, report["created"], report["skipped"]) == (0, 0, 5)
    assert "already registered to Nguyễn Văn An (KH0000001)" in report["errors"][0]["message"]


def test_dry_run_changes_nothing(cli, db, shop, tmp_path):
    before = _count(db, AuditEntry)
    code, out, _ = cli("import", "purchases", _file(tmp_path, GOOD_AND_BAD), "--dry-run")
    assert code == 0
    assert out.splitlines()[-1] == (
        "Dry run, nothing was changed: 2 purchases would be created, 1 new product, 3 rows skipped."
    )
    assert (_count(db), _count(db, Product), _count(db, AuditEntry)) == (0, 1, before)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "neither a CSV file nor an Excel workbook"),
        ("phone,Ngày mua\n0912345678,01/02/2025\n", "no “sku” column"),
        ("sku,purchase_date\nTV-55,01/02/2025\n", "“customer_code” (Mã khách hàng) or “phone”"),
        # UTF-16 is read (Excel's "Unicode text"): what it lacks is said as for UTF-8.
        (
            "Mã sản phẩm,Ngày mua\nTV-55,01/02/2025\n".encode("utf-16-le"),
            "It names: Mã sản phẩm, Ngày mua.",
        ),
    ],
    ids=["pdf", "missing-sku", "missing-customer", "utf-16-missing-customer"],
)
def test_an_unreadable_file_is_one_line_exit_1_and_nothing_loaded(
    cli, db, shop, tmp_path, content, expected
):
    for extra in ((), ("--json",)):
        code, out, err = cli("import", "purchases", _file(tmp_path, content), *extra)
        assert (code, out) == (1, "")
        assert len(err.strip().splitlines()) == 1 and expected in err
    assert _count(db) == 0


def test_a_workbook_sheet_chosen_by_name(cli, db, shop, tmp_path):
    book = Workbook()
    book.active.title = "Tháng 2"
    book.active.append(["Mã khách hàng", "Mã sản phẩm", "Ngày mua"])
    book.active.append(["KH0000002", "TV-55", date(2025, 2, 1)])
    march = book.create_sheet("Tháng 3")
    march.append(["Số điện thoại", "Mã sản phẩm", "Ngày mua", "Giá (VND)"])
    march.append([912345678, "TV-55", date(2025, 3, 2), 12990000])
    out = io.BytesIO()
    book.save(out)
    path = _file(tmp_path, out.getvalue(), "don-mua.xlsx")
    code, out_text, err = cli("import", "purchases", path, "--sheet", "Tháng 3")
    assert (code, err) == (0, "")
    assert out_text.splitlines() == [
        "Read as: Excel workbook, sheet “Tháng 3”.",
        "Purchases created: 1, new products: 0; rows skipped: 0.",
    ]
    with db.session_scope() as s:
        bought = s.execute(select(Purchase.purchase_date, Purchase.price_vnd)).all()
    assert bought == [(date(2025, 3, 2), 12_990_000)]


def test_the_encoding_may_be_chosen(cli, db, shop, tmp_path):
    # "Số điện thoại;Mã sản phẩm;Ngày mua;Tên sản phẩm" and a row, as VNI-Windows writes it.
    vni = (
        b"So\xe1 \xf1ie\xe4n thoa\xefi;Ma\xf5 sa\xfbn pha\xe5m;Nga\xf8y mua;"
        b"Te\xe2n sa\xfbn pha\xe5m\n"
        b"0912345678;NOI-01;01/02/2025;No\xe0i c\xf4m\n"
    )
    code, out, err = cli("import", "purchases", _file(tmp_path, vni), "--encoding", "vni")
    assert (code, err) == (0, "")
    assert out.splitlines()[-2:] == [
        "Read as: CSV, VNI, separator “;”.",
        "Purchases created: 1, new products: 1; rows skipped: 0.",
    ]
    with db.session_scope() as s:
        assert s.scalar(select(Product.name).where(Product.sku == "NOI-01")) == "Nồi cơm"


def test_a_missing_file_and_a_missing_argument(cli, tmp_path):
    code, _, err = cli("import", "purchases", str(tmp_path / "khong-co.csv"))
    assert code == 1 and "There is no file" in err
    code, _, err = cli("import", "purchases")
    assert code == 2 and "FILE" in err
