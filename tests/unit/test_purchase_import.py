"""Importing purchases from CSV and Excel: good rows load, bad rows are reported, a bad file
loads nothing, and a cancelled import leaves nothing behind."""

from __future__ import annotations

import io
import unicodedata
from datetime import date, datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.errors import PermissionDenied, ValidationError
from app.models import (
    AuditEntry,
    Customer,
    ImportChunk,
    ImportRun,
    Product,
    Purchase,
    Role,
    Store,
)
from app.services.actor import Actor
from app.services.imports import purchase_plan
from app.services.imports.files import ImportFile
from app.services.imports.report import ImportReport, RowIssue
from app.services.imports.runner import ImportOptions, run_import
from tests import scenarios
from tests.factories import make_customer, make_purchase
from tests.unit.import_helpers import rows_per_transaction

ADMIN = Actor.os_user()
TODAY = date(2026, 3, 15)
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng

VIETNAMESE = """Mã khách hàng,Số điện thoại,Số hoá đơn,Mã sản phẩm,Tên sản phẩm,Số sê-ri,Ngày mua,Giá (VND),Bảo hành (tháng),Mã cửa hàng
KH0000001,,HD-0001,TV-55,,SN55A001,31/01/2024,12.990.000,,HN01
,+84 903 123 456,HD-0002,MG-8KG,Máy giặt 8 kg,mg8-0001,2025-07-02,7990000,24,hcm01
,0903123456,HD-0003,MG-8KG,,MG8-0002,01/03/2026,\"7,490,000\",,
"""  # noqa: E501


@pytest.fixture
def shop(db) -> dict[str, int]:
    """Two stores, a television in the catalogue, An (KH0000001) and Bình (KH0000002)."""
    with db.session_scope() as s:
        return scenarios.import_shop(s)


def _load(
    db,
    content: str | bytes,
    dry_run: bool = False,
    actor: Actor = ADMIN,
    name: str = "don-mua.csv",
    control=None,
) -> ImportReport:
    data = content.encode() if isinstance(content, str) else content
    return run_import(
        db,
        actor,
        ImportFile.from_bytes(data, name),
        ImportOptions("purchases", today=TODAY),
        dry_run=dry_run,
        control=control,
    )


def _count(db, model=Purchase) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(model))


def _purchases(db) -> list[tuple]:
    with db.session_scope() as s:
        return s.execute(
            select(
                Customer.code,
                Product.sku,
                Purchase.serial_no,
                Purchase.invoice_no,
                Purchase.purchase_date,
                Purchase.price_vnd,
                Purchase.warranty_months,
                Purchase.warranty_end,
                Purchase.store_id,
            )
            .join(Customer, Customer.id == Purchase.customer_id)
            .join(Product, Product.id == Purchase.product_id)
            .order_by(Purchase.id)
        ).all()


def _errors(result: ImportReport) -> dict[tuple[int, str], str]:
    return {(e.row, e.column): e.message for e in result.errors}


def _workbook(rows: list[list[object]], *, title: str = "", sheet: str = "Đơn mua") -> bytes:
    """An .xlsx as Excel saves one, with an optional title row above the header."""
    book = Workbook()
    ws = book.active
    ws.title = sheet
    if title:
        ws.append([title])
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _windows_1258(text: str) -> bytes:
    """As Vietnamese Windows saves text: base letters precomposed (â, ư, đ...), tone marks
    as combining characters after them."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        marks = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in marks if m in _TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(m for m in marks if m not in _TONE_MARKS))
        out += (base + tones).encode("cp1258")
    return out


def test_vietnamese_headers_load_every_column(db, shop):
    result = _load(db, VIETNAMESE)
    assert (result.created, result.updated, result.products_created, result.skipped) == (
        3,
        0,
        1,
        0,
    )
    assert (result.errors, result.notes, result.dry_run) == ((), (), False)
    assert result.source == "CSV, UTF-8, separator “,”"
    assert _purchases(db) == [
        # Warranty from the catalogue (24 months); 31 January + 24 months ends 31/01/2026.
        (
            "KH0000001",
            "TV-55",
            "SN55A001",
            "HD-0001",
            date(2024, 1, 31),
            12_990_000,
            24,
            date(2026, 1, 31),
            shop["HN01"],
        ),
        # A phone in any format finds Bình; the new product takes the row's 24 months;
        # serials are kept in capitals, as the counter registers them.
        (
            "KH0000002",
            "MG-8KG",
            "MG8-0001",
            "HD-0002",
            date(2025, 7, 2),
            7_990_000,
            24,
            date(2027, 7, 2),
            shop["HCM01"],
        ),
        # The product named on an earlier row: its 24 months are its default now.
        (
            "KH0000002",
            "MG-8KG",
            "MG8-0002",
            "HD-0003",
            date(2026, 3, 1),
            7_490_000,
            24,
            date(2028, 3, 1),
            None,
        ),
    ]
    with db.session_scope() as s:
        washer = s.scalar(select(Product).where(Product.sku == "MG-8KG"))
        assert (washer.name, washer.name_key, washer.warranty_months, washer.return_days) == (
            "Máy giặt 8 kg",
            "may giat 8 kg",
            24,
            7,
        )
        trail = s.execute(
            select(AuditEntry.entity, AuditEntry.action, AuditEntry.actor, AuditEntry.after)
            .where(AuditEntry.entity.in_(["product", "purchase"]))
            .order_by(AuditEntry.id)
        ).all()
        washer_id = washer.id
    assert (
        sorted(e[:3] for e in trail)
        == [("product", "create", ADMIN.audit_name)]
        + [("purchase", "create", ADMIN.audit_name)] * 3
    )
    assert [e.after for e in trail if e.entity == "product"] == [
        {"sku": "MG-8KG", "name": "Máy giặt 8 kg", "warranty_months": 24, "return_days": 7}
    ]
    assert [e.after for e in trail if e.entity == "purchase"][1] == {
        "customer_id": shop["binh"],
        "product_id": washer_id,
        "store_id": shop["HCM01"],
        "serial_no": "MG8-0001",
        "invoice_no": "HD-0002",
        "purchase_date": "2025-07-02",
        "price_vnd": 7_990_000,
        "warranty_months": 24,
        "warranty_end": "2027-07-02",
    }
    with db.session_scope() as s:  # the run landed whole: its journal is gone
        run = s.scalar(select(ImportRun))
        assert (run.kind, run.file_name, run.status, run.created) == (
            "purchases",
            "don-mua.csv",
            "done",
            3,
        )
    assert _count(db, ImportChunk) == 0


@pytest.mark.parametrize(
    "header",
    [
        "phone,sku,serial_no,purchase_date,price_vnd,warranty_months,store_code",
        "Số điện thoại;Mã sản phẩm;Số serial;Ngày mua;Giá;Bảo hành (tháng);Mã cửa hàng",
        "SO DIEN THOAI\tSKU\tSO SE RI\tNGAY MUA\tGIA (VND)\tBAO HANH\tMA CUA HANG",
        "sdt,ma_san_pham,so_seri,ngay_mua,gia_vnd,bao_hanh_thang,ma_cua_hang",
    ],
)
def test_column_names_in_either_language_with_or_without_accents(db, shop, header):
    sep = ";" if ";" in header else "\t" if "\t" in header else ","
    row = sep.join(["0912.345.678", "tv-55", "X1", "02/01/2026", "5000000", "6", "hn01"])
    result = _load(db, f"{header}\n{row}\n")
    assert (result.created, result.errors, result.ignored_columns) == (1, (), ())
    assert _purchases(db) == [
        (
            "KH0000001",
            "TV-55",
            "X1",
            None,
            date(2026, 1, 2),
            5_000_000,
            6,
            date(2026, 7, 2),
            shop["HN01"],
        )
    ]


def test_an_unknown_sku_without_a_product_name_is_a_row_error(db, shop):
    result = _load(
        db,
        "phone,sku,product_name,purchase_date\n"
        "0912345678,NOI-COM,,01/02/2026\n"
        "0912345678,LO-VI-SONG,Lò vi sóng,01/02/2026\n",
    )
    assert (result.created, result.products_created, result.skipped) == (1, 1, 1)
    assert _errors(result) == {
        (2, "sku"): "Unknown product NOI-COM: fill in product_name to add it to the catalogue, "
        "or check the code."
    }
    with db.session_scope() as s:
        oven = s.scalar(select(Product).where(Product.sku == "LO-VI-SONG"))
        assert (oven.name, oven.warranty_months, oven.return_days) == ("Lò vi sóng", 12, 7)
        assert s.scalar(select(Product).where(Product.sku == "NOI-COM")) is None


def test_a_row_may_use_a_product_named_further_down_the_file(db, shop):
    result = _load(
        db,
        "phone,sku,product_name,serial_no,purchase_date\n"
        "0912345678,QUAT-01,,Q1,01/02/2026\n"
        "0903123456,quat-01,Quạt đứng,Q2,02/02/2026\n",
    )
    assert (result.created, result.products_created, result.errors) == (2, 1, ())
    assert [p[1] for p in _purchases(db)] == ["QUAT-01", "QUAT-01"]


def test_unknown_customers_and_stores_are_row_errors(db, shop):
    with db.session_scope() as s:
        make_customer(s, "Lê Văn Cũ", code="KH0000009", phones=["0977 000 111"], archived=True)
    result = _load(
        db,
        "customer_code,phone,sku,purchase_date,store_code\n"
        "KH0000404,,TV-55,01/02/2026,HN01\n"
        ",0988 777 666,TV-55,01/02/2026,HN01\n"
        "KH0000001,,TV-55,01/02/2026,DN99\n"
        "KH0000009,,TV-55,01/02/2026,\n"
        ",0977000111,TV-55,01/02/2026,\n"
        "KH0000001,0903123456,TV-55,01/02/2026,\n"
        ",,TV-55,01/02/2026,\n"
        "KH0000001,,TV-55,01/02/2026,hn01\n",
    )
    assert (result.created, result.skipped) == (1, 7)
    archived = (
        "Lê Văn Cũ (KH0000009) is archived: restore the customer first, then import this row again."
    )
    assert _errors(result) == {
        (2, "customer_code"): "No customer has the code KH0000404: check it, or import the "
        "customer first (import customers).",
        (3, "phone"): "No customer has the number 0988 777 666: import the customer first, or "
        "add a customer_code column.",
        (4, "store_code"): "Unknown store DN99: the stores are HCM01, HN01.",
        (5, "customer_code"): archived,
        (6, "phone"): archived,
        (7, "phone"): "0903 123 456 belongs to Trần Thị Bình (KH0000002), not to KH0000001: "
        "check which customer bought this.",
        (8, "customer_code"): "Fill in the customer code or the phone number of the buyer.",
    }
    assert [p[0] for p in _purchases(db)] == ["KH0000001"]


def test_an_old_ho_chi_minh_city_number_finds_whichever_reading_a_customer_has(db, shop):
    with db.session_scope() as s:
        make_customer(s, "Phạm Văn Cường", code="KH0000005", phones=["028 3812 3456"])
        make_customer(s, "Võ Thị Dung", code="KH0000006", phones=["083 999 1234"])
    result = _load(
        db,
        "phone,sku,purchase_date\n08 3812 3456,TV-55,01/02/2026\n08 3999 1234,TV-55,01/02/2026\n",
    )
    assert (result.created, result.errors) == (2, ())
    assert [p[0] for p in _purchases(db)] == ["KH0000005", "KH0000006"]


def test_a_merged_customer_points_to_the_one_kept(db, shop):
    with db.session_scope() as s:
        old = make_customer(s, "Nguyễn Văn An", code="KH0000007", phones=["0911 000 222"])
        old.merged_into_id = shop["an"]
    result = _load(
        db,
        "customer_code,phone,sku,purchase_date\n"
        "KH0000007,,TV-55,01/02/2026\n"
        ",0911000222,TV-55,01/02/2026\n",
    )
    assert result.created == 0
    assert _errors(result) == {
        (2, "customer_code"): "KH0000007 was merged into KH0000001: use KH0000001.",
        (3, "phone"): "KH0000007 was merged into KH0000001: use KH0000001.",
    }


def test_a_number_shared_by_two_customers_needs_a_code(db, shop):
    with db.session_scope() as s:
        make_customer(s, "Nguyễn Thị An", code="KH0000003", phones=["0912 345 678"])
    result = _load(
        db,
        "customer_code,phone,sku,purchase_date\n"
        ",0912345678,TV-55,01/02/2026\n"
        "KH0000003,0912345678,TV-55,01/02/2026\n",
    )
    assert result.created == 1
    assert _errors(result) == {
        (2, "phone"): "0912 345 678 belongs to several customers (KH0000001, KH0000003): add a "
        "customer_code column to say which one."
    }
    assert [p[0] for p in _purchases(db)] == ["KH0000003"]


def test_one_archived_sharer_of_a_number_leaves_the_other(db, shop):
    with db.session_scope() as s:
        make_customer(s, "Nguyễn Thị An", code="KH0000003", phones=["0912 345 678"], archived=True)
    result = _load(db, "phone,sku,purchase_date\n0912345678,TV-55,01/02/2026\n")
    assert (result.created, result.errors) == (1, ())
    assert [p[0] for p in _purchases(db)] == ["KH0000001"]


def test_bad_cells_name_their_column_and_value(db, shop):
    result = _load(
        db,
        "Mã khách hàng,Mã sản phẩm,Ngày mua,Giá,Bảo hành (tháng)\n"
        "KH0000001,TV-55,16/03/2026,1000000,12\n"
        "KH0000001,TV-55,31/02/2026,-5000,-1\n"
        "KH0000001,TV-55,hôm qua,mười triệu,mười hai\n"
        "KH0000001,TV-55,,12.5,121\n"
        "KH0000001,TV-55,2026-03-15,0,0\n"
        "KH0000001,TV-55,15/03/2026,12 990 000 đ,36\n"
        "KH0000001,TV-55,14/03/26,1.000,120\n"
        # A date column that lost its format: Excel's day numbers, 16/03 and 15/03/2026.
        "KH0000001,TV-55,46097,500,24\n"
        "KH0000001,TV-55,46096,500,24\n",
    )
    assert (result.created, result.skipped) == (4, 5)
    assert _errors(result) == {
        (2, "Ngày mua"): "The purchase date 16/03/2026 is in the future: check the day and the "
        "year.",
        (3, "Ngày mua"): "“31/02/2026” is not a date: February 2026 has 28 days.",
        (3, "Giá"): "The price -5000 is negative: write 0 or more.",
        (3, "Bảo hành (tháng)"): "The warranty of -1 months is negative: write 0 or more.",
        (4, "Ngày mua"): "“hôm qua” is not a date. Type the date as dd/mm/yyyy, such as "
        "21/03/1985.",
        (4, "Giá"): "“mười triệu” is not a price: write whole đồng, such as 12990000 or "
        "12.990.000.",
        (4, "Bảo hành (tháng)"): "“mười hai” is not a number of months: write a whole number "
        "such as 12 or 24.",
        (5, "Ngày mua"): "Fill in the purchase date.",
        (5, "Giá"): "“12.5” is not a price: write whole đồng, such as 12990000 or 12.990.000.",
        (5, "Bảo hành (tháng)"): "A warranty of 121 months is too long: at most 120 months.",
        (9, "Ngày mua"): "The purchase date 16/03/2026 is in the future: check the day and the "
        "year.",
    }
    # A row's errors come in the order of its columns.
    assert [e.column for e in result.errors if e.row == 3] == [
        "Ngày mua",
        "Giá",
        "Bảo hành (tháng)",
    ]
    # Today is not the future; 0 is a price and a warranty; 120 months is the longest.
    assert [p[4:8] for p in _purchases(db)] == [
        (date(2026, 3, 15), 0, 0, date(2026, 3, 15)),
        (date(2026, 3, 15), 12_990_000, 36, date(2029, 3, 15)),
        (date(2026, 3, 14), 1_000, 120, date(2036, 3, 14)),
        (date(2026, 3, 15), 500, 24, date(2028, 3, 15)),
    ]


def test_a_serial_registered_already_or_twice_in_the_file_is_refused(db, shop):
    with db.session_scope() as s:
        # An older row keeps the case it came with.
        make_purchase(
            s,
            shop["an"],
            product_id=shop["tv"],
            serial_no="sn-old-1",
            purchase_date=date(2025, 1, 5),
            warranty_end=date(2027, 1, 5),
        )
    result = _load(
        db,
        "phone,sku,product_name,serial_no,purchase_date\n"
        "0903123456,TV-55,,SN-OLD-1,01/02/2026\n"
        "0903123456,TV-55,,SN NEW 1,01/02/2026\n"
        "0912345678,tv-55,,sn new 1,02/02/2026\n"
        "0912345678,QUAT-01,Quạt,SN-OLD-1,02/02/2026\n"
        "0912345678,QUAT-01,,SN-OLD-1,03/02/2026\n",
    )
    assert (result.created, result.skipped) == (2, 3)
    assert _errors(result) == {
        (2, "serial_no"): "Serial SN-OLD-1 of TV-55 is already registered to "
        "Nguyễn Văn An (KH0000001), bought on 05/01/2025.",
        (4, "serial_no"): "Serial SNNEW1 of TV-55 is also on row 3 of this file.",
        (6, "serial_no"): "Serial SN-OLD-1 of QUAT-01 is also on row 5 of this file.",
    }
    # The same serial on another product is another item.
    assert [(p[1], p[2]) for p in _purchases(db)] == [
        ("TV-55", "sn-old-1"),
        ("TV-55", "SNNEW1"),
        ("QUAT-01", "SN-OLD-1"),
    ]


def test_a_bad_row_does_not_claim_its_serial(db, shop):
    result = _load(
        db,
        "phone,sku,serial_no,purchase_date\n"
        "0900000000,TV-55,S1,01/02/2026\n"
        "0912345678,TV-55,S1,01/02/2026\n",
    )
    assert (result.created, result.skipped) == (1, 1)
    assert set(_errors(result)) == {(2, "phone")}


def test_rows_across_transactions_share_new_products_and_serials(db, shop, monkeypatch):
    rows_per_transaction(monkeypatch, 2)
    monkeypatch.setattr(purchase_plan, "_LOOKUP", 2)
    lines = ["phone,sku,product_name,serial_no,purchase_date"]
    lines += [f"0912345678,BEP-{i % 2},Bếp từ {i % 2},B{i},01/02/2026" for i in range(7)]
    lines.append("0903123456,bep-1,,B5,02/02/2026")  # row 9: B5 of BEP-1 is on row 7
    result = _load(db, "\n".join(lines) + "\n")
    assert (result.created, result.products_created, result.skipped) == (7, 2, 1)
    assert _errors(result) == {
        (9, "serial_no"): "Serial B5 of BEP-1 is also on row 7 of this file."
    }
    assert _count(db, Product) == 3
    assert [(p[1], p[2]) for p in _purchases(db)] == [(f"BEP-{i % 2}", f"B{i}") for i in range(7)]
    with db.session_scope() as s:
        audited = s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "product")
        )
        run = s.scalar(select(ImportRun))
    assert audited == 2  # each new product once, in the first transaction that needs it
    assert (run.status, run.created) == ("done", 7)


def test_a_dry_run_writes_nothing(db, shop):
    before = _count(db, AuditEntry)
    result = _load(db, VIETNAMESE, dry_run=True)
    assert (result.created, result.products_created, result.dry_run) == (3, 1, True)
    assert result.as_json() == {
        "created": 3,
        "updated": 0,
        "skipped": 0,
        "errors": [],
        "notes": [],
        "products_created": 1,
    }
    assert (_count(db), _count(db, Product), _count(db, AuditEntry)) == (0, 1, before)
    assert _count(db, ImportRun) == 0


def test_a_dry_run_counts_only_the_products_good_rows_need(db, shop):
    result = _load(
        db,
        "phone,sku,product_name,purchase_date\n"
        "0988000000,NOI-COM,Nồi cơm,01/02/2026\n"  # nobody has this number
        "0912345678,QUAT-01,Quạt,01/02/2026\n",
        dry_run=True,
    )
    assert (result.created, result.products_created, result.skipped) == (1, 1, 1)


def test_only_an_administrator_loads_data(db, shop, agent):
    assert agent.role == Role.AGENT
    for dry_run in (True, False):
        with pytest.raises(PermissionDenied):
            _load(db, VIETNAMESE, dry_run=dry_run, actor=agent)
    assert _count(db) == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("sku,purchase_date\nTV-55,01/02/2026\n", "“customer_code” (Mã khách hàng) or “phone”"),
        ("phone,purchase_date\n0912345678,01/02/2026\n", "no “sku” column (“Mã sản phẩm”)"),
        # "Ngày" alone could be any date: the purchase date must be named as such.
        ("phone,sku,Ngày\n0912345678,TV-55,01/02/2026\n", "It names: phone, sku, Ngày."),
        ("phone,sku\n0912345678,TV-55\n", "no “purchase_date” column (“Ngày mua”)"),
        # Windows-1258 is read as such: the message names the columns as written.
        (
            b"M\xe3 kh\xe1ch,sku\n",
            "no “purchase_date” column (“Ngày mua”): the first line must "
            "name one. It names: Mã khách, sku.",
        ),
        ("\n\n", "The file is empty"),
        ("phone,Số điện thoại,sku,purchase_date\n", "are the same column"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "neither a CSV file nor an Excel workbook"),
    ],
    ids=["no-customer", "no-sku", "date-alias", "no-date", "windows-1258", "empty", "twice", "pdf"],
)
def test_an_unusable_file_is_one_message_and_nothing_loaded(db, shop, content, expected):
    with pytest.raises(ValidationError) as raised:
        _load(db, content)
    assert expected in raised.value.message and "Nothing was loaded" in raised.value.message
    assert _count(db) == 0


def test_too_many_cells_and_unknown_columns(db, shop):
    result = _load(
        db,
        "phone,sku,purchase_date,Ghi chú\n"
        "0912345678,TV-55,01/02/2026,quà tặng\n"
        "0912345678,TV-55,01/02/2026,a,b\n"
        "0912345678,TV-55,02/02/2026,,\n",  # an empty cell more is no value more
    )
    assert (result.created, result.skipped, result.ignored_columns) == (2, 1, ("Ghi chú",))
    # Shifted cells cannot be trusted: the row has that one error, not one per column.
    assert result.errors == (
        RowIssue(
            3,
            "",
            "This row has 5 cells but the header has 4: put a value that contains the "
            "separator in double quotes.",
        ),
    )


def test_an_excel_workbook_reads_dates_prices_and_phones_as_excel_keeps_them(db, shop):
    content = _workbook(
        [
            [
                "Mã khách hàng",
                "Số điện thoại",
                "Mã sản phẩm",
                "Tên sản phẩm",
                "Số sê-ri",
                "Ngày mua",
                "Giá (VND)",
                "Bảo hành (tháng)",
                "Mã cửa hàng",
            ],
            # A phone typed as a number loses its 0; a date cell; a price as a number.
            [
                None,
                912345678,
                "TV-55",
                None,
                "SN-X1",
                datetime(2026, 1, 31),
                12990000,
                None,
                "HN01",
            ],
            # A numeric serial; a date as Excel's day number (10/12/2025); a price as text.
            [
                "KH0000002",
                None,
                "MG-8KG",
                "Máy giặt 8 kg",
                123456789,
                46001,
                "12.990.000",
                24,
                "hcm01",
            ],
            [None, 903123456.0, "mg-8kg", None, "MG8-2", date(2026, 3, 15), 7490000.0, 12.0, None],
            [None, 912345678, "TV-55", None, None, date(2026, 3, 16), 100, None, None],
            [None, 912345678, "TV-55", None, None, 46097, 100, None, None],
            [None, 912345678, "TV-55", None, None, 46096, 12.5, None, None],
        ],
        title="DANH SÁCH ĐƠN MUA THÁNG 3/2026",
    )
    result = _load(db, content, name="don-mua.xlsx")
    assert result.source == "Excel workbook, sheet “Đơn mua”"
    assert (result.created, result.products_created, result.skipped) == (3, 1, 3)
    future = "The purchase date 16/03/2026 is in the future: check the day and the year."
    assert _errors(result) == {
        (6, "Ngày mua"): future,
        (7, "Ngày mua"): future,
        (8, "Giá (VND)"): "“12.5” is not a price: write whole đồng, such as 12990000 or "
        "12.990.000.",
    }
    assert _purchases(db) == [
        (
            "KH0000001",
            "TV-55",
            "SN-X1",
            None,
            date(2026, 1, 31),
            12_990_000,
            24,
            date(2028, 1, 31),
            shop["HN01"],
        ),
        (
            "KH0000002",
            "MG-8KG",
            "123456789",
            None,
            date(2025, 12, 10),
            12_990_000,
            24,
            date(2027, 12, 10),
            shop["HCM01"],
        ),
        (
            "KH0000002",
            "MG-8KG",
            "MG8-2",
            None,
            date(2026, 3, 15),
            7_490_000,
            12,
            date(2027, 3, 15),
            None,
        ),
    ]


def test_a_windows_1258_file_loads_its_vietnamese_text(db, shop):
    content = _windows_1258(
        "Mã khách hàng;Mã sản phẩm;Tên sản phẩm;Số sê-ri;Ngày mua;Giá (VND)\n"
        "KH0000001;NOI-COM;Nồi cơm điện tử;NC-01;01/02/2026;1.490.000\n"
        "KH0000002;QUAT-01;Quạt đứng Đài Loan;;02/02/2026;890.000\n"
    )
    assert b"\xcc\x81" not in content and "ồ".encode() not in content  # not UTF-8
    result = _load(db, content)
    assert result.source == "CSV, Windows-1258 (Vietnamese ANSI), separator “;”"
    assert (result.created, result.products_created, result.errors) == (2, 2, ())
    with db.session_scope() as s:
        names = s.execute(
            select(Product.sku, Product.name, Product.name_key)
            .where(Product.sku != "TV-55")
            .order_by(Product.sku)
        ).all()
    assert names == [
        ("NOI-COM", "Nồi cơm điện tử", "noi com dien tu"),
        ("QUAT-01", "Quạt đứng Đài Loan", "quat dung dai loan"),
    ]
    assert all(unicodedata.is_normalized("NFC", n[1]) for n in names)
    assert [p[:6] for p in _purchases(db)] == [
        ("KH0000001", "NOI-COM", "NC-01", None, date(2026, 2, 1), 1_490_000),
        ("KH0000002", "QUAT-01", None, None, date(2026, 2, 2), 890_000),
    ]


def test_an_excel_unicode_text_file_loads(db, shop):
    content = "Số điện thoại\tMã sản phẩm\tNgày mua\n0912 345 678\tTV-55\t01/02/2026\n"
    result = _load(db, content.encode("utf-16"))
    assert (result.created, result.errors) == (1, ())
    assert result.source == "CSV, UTF-16 (Excel “Unicode text”), separator “tab”"


class _Cancelled(Exception):
    pass


class _CancelAfterFirstSave:
    """Presses Cancel when the second transaction is about to start."""

    def __init__(self, db) -> None:
        self.db, self.saves = db, []
        self.seen: tuple[int, int] | None = None

    def progress(self, percent: int, message: str = "") -> None:
        if not message.startswith("Saving purchases"):
            return
        self.saves.append((percent, message))
        if len(self.saves) == 2:
            self.seen = (_count(self.db), _count(self.db, Product))
            raise _Cancelled


def test_a_cancelled_import_leaves_nothing_behind(db, shop, monkeypatch):
    rows_per_transaction(monkeypatch, 2)
    before = _count(db, AuditEntry)
    control = _CancelAfterFirstSave(db)
    with pytest.raises(_Cancelled):
        _load(
            db,
            "phone,sku,product_name,serial_no,purchase_date\n"
            "0912345678,QUAT-01,Quạt đứng,Q1,01/02/2026\n"
            "0903123456,TV-55,,T1,01/02/2026\n"
            "0903123456,QUAT-01,,Q2,02/02/2026\n"
            "0912345678,TV-55,,T2,03/02/2026\n"
            "0912345678,LO-01,Lò nướng,L1,03/02/2026\n",
            control=control,
        )
    # The first transaction had landed: two purchases and the new fan.
    assert control.seen == (2, 2)
    assert control.saves == [(0, "Saving purchases: 0 of 5…"), (40, "Saving purchases: 2 of 5…")]
    assert (_count(db), _count(db, Product), _count(db, AuditEntry)) == (0, 1, before)
    with db.session_scope() as s:
        assert s.scalar(select(Product.sku)) == "TV-55"
        assert s.scalar(select(ImportRun.status)) == "undone"
    assert _count(db, ImportChunk) == 0
    # Nothing else was touched, and the same file loads afterwards.
    assert _count(db, Store) == 2
    assert (
        _load(db, "phone,sku,serial_no,purchase_date\n0912345678,TV-55,T2,03/02/2026\n").created
        == 1
    )
