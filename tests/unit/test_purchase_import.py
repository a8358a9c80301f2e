"""Importing purchases from CSV: good rows load, bad rows are reported, a bad file loads nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry, Customer, Product, Purchase, Role, User
from app.services import purchase_import, users
from app.services.actor import Actor
from app.services.purchase_import import PurchaseImportResult, import_purchases
from tests.customer_records import add_customer, add_store

ADMIN = Actor.os_user()
TODAY = date(2026, 3, 15)

VIETNAMESE = """Mã khách hàng,Số điện thoại,Số hoá đơn,Mã sản phẩm,Tên sản phẩm,Số sê-ri,Ngày mua,Giá (VND),Bảo hành (tháng),Mã cửa hàng
KH0000001,,HD-0001,TV-55,,SN55A001,31/01/2024,12.990.000,,HN01
,+84 903 123 456,HD-0002,MG-8KG,Máy giặt 8 kg,mg8-0001,2025-07-02,7990000,24,hcm01
,0903123456,HD-0003,MG-8KG,,MG8-0002,01/03/2026,\"7,490,000\",,
"""  # noqa: E501


@pytest.fixture
def shop(db) -> dict[str, int]:
    """Two stores, a television in the catalogue, An (KH0000001) and Bình (KH0000002)."""
    with db.session_scope() as s:
        hn, hcm = add_store(s, "HN01"), add_store(s, "HCM01", "Cửa hàng Quận 1")
        tv = Product(sku="TV-55", name="Tivi 55 inch", name_key="tivi 55 inch",
                     warranty_months=24)  # fmt: skip
        s.add(tv)
        an = add_customer(s, "Nguyễn Văn An", code="KH0000001", phones=["0912 345 678"])
        binh = add_customer(s, "Trần Thị Bình", code="KH0000002", phones=["0903 123 456"])
        s.flush()
        return {"HN01": hn.id, "HCM01": hcm.id, "tv": tv.id, "an": an.id, "binh": binh.id}


def _load(db, text: str | bytes, dry_run: bool = False, actor=ADMIN) -> PurchaseImportResult:
    content = text.encode() if isinstance(text, str) else text
    with db.session_scope() as s:
        return import_purchases(s, actor, content, dry_run=dry_run, today=TODAY)


def _count(db, model=Purchase) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(model))


def _purchases(db) -> list[tuple]:
    with db.session_scope() as s:
        return s.execute(
            select(Customer.code, Product.sku, Purchase.serial_no, Purchase.invoice_no,
                   Purchase.purchase_date, Purchase.price_vnd, Purchase.warranty_months,
                   Purchase.warranty_end, Purchase.store_id)
            .join(Customer, Customer.id == Purchase.customer_id)
            .join(Product, Product.id == Purchase.product_id)
            .order_by(Purchase.id)
        ).all()  # fmt: skip


def _errors(result: PurchaseImportResult) -> dict[tuple[int, str], str]:
    return {(e.row, e.column): e.message for e in result.errors}


def test_vietnamese_headers_load_every_column(db, shop):
    result = _load(db, VIETNAMESE)
    assert (result.created, result.products_created, result.skipped, result.errors) == (
        3, 1, 0, ())  # fmt: skip
    assert _purchases(db) == [
        # Warranty from the catalogue (24 months); 31 January + 24 months ends 31/01/2026.
        ("KH0000001", "TV-55", "SN55A001", "HD-0001", date(2024, 1, 31), 12_990_000, 24,
         date(2026, 1, 31), shop["HN01"]),
        # A phone in any format finds Bình; the new product takes the row's 24 months;
        # serials are kept in capitals, as the counter registers them.
        ("KH0000002", "MG-8KG", "MG8-0001", "HD-0002", date(2025, 7, 2), 7_990_000, 24,
         date(2027, 7, 2), shop["HCM01"]),
        # The product named on an earlier row: its 24 months are its default now.
        ("KH0000002", "MG-8KG", "MG8-0002", "HD-0003", date(2026, 3, 1), 7_490_000, 24,
         date(2028, 3, 1), None),
    ]  # fmt: skip
    with db.session_scope() as s:
        washer = s.scalar(select(Product).where(Product.sku == "MG-8KG"))
        assert (washer.name, washer.name_key, washer.warranty_months, washer.return_days) == (
            "Máy giặt 8 kg", "may giat 8 kg", 24, 7)  # fmt: skip
        trail = s.execute(select(AuditEntry.entity, AuditEntry.action, AuditEntry.actor)
                          .order_by(AuditEntry.id)).all()  # fmt: skip
    assert sorted(trail) == [("product", "create", ADMIN.audit_name)] + [
        ("purchase", "create", ADMIN.audit_name)] * 3  # fmt: skip


@pytest.mark.parametrize(
    "header",
    ["phone,sku,serial_no,purchase_date,price_vnd,warranty_months,store_code",
     "Số điện thoại;Mã sản phẩm;Số serial;Ngày mua;Giá;Bảo hành (tháng);Mã cửa hàng",
     "SO DIEN THOAI\tSKU\tSO SE RI\tNGAY MUA\tGIA (VND)\tBAO HANH\tMA CUA HANG",
     "sdt,ma_san_pham,so_seri,ngay_mua,gia_vnd,bao_hanh_thang,ma_cua_hang"],
)  # fmt: skip
def test_column_names_in_either_language_with_or_without_accents(db, shop, header):
    sep = ";" if ";" in header else "\t" if "\t" in header else ","
    row = sep.join(["0912.345.678", "tv-55", "X1", "02/01/2026", "5000000", "6", "hn01"])
    result = _load(db, f"{header}\n{row}\n")
    assert (result.created, result.errors, result.ignored_columns) == (1, (), ())
    assert _purchases(db) == [("KH0000001", "TV-55", "X1", None, date(2026, 1, 2), 5_000_000,
                               6, date(2026, 7, 2), shop["HN01"])]  # fmt: skip


def test_an_unknown_sku_without_a_product_name_is_a_row_error(db, shop):
    result = _load(db, "phone,sku,product_name,purchase_date\n"
                       "0912345678,NOI-COM,,01/02/2026\n"
                       "0912345678,LO-VI-SONG,Lò vi sóng,01/02/2026\n")  # fmt: skip
    assert (result.created, result.products_created, result.skipped) == (1, 1, 1)
    assert "Unknown product NOI-COM" in _errors(result)[(2, "sku")]
    with db.session_scope() as s:
        oven = s.scalar(select(Product).where(Product.sku == "LO-VI-SONG"))
        assert (oven.name, oven.warranty_months, oven.return_days) == ("Lò vi sóng", 12, 7)
        assert s.scalar(select(Product).where(Product.sku == "NOI-COM")) is None


def test_a_row_may_use_a_product_named_further_down_the_file(db, shop):
    result = _load(db, "phone,sku,product_name,serial_no,purchase_date\n"
                       "0912345678,QUAT-01,,Q1,01/02/2026\n"
                       "0903123456,quat-01,Quạt đứng,Q2,02/02/2026\n")  # fmt: skip
    assert (result.created, result.products_created, result.errors) == (2, 1, ())
    assert [p[1] for p in _purchases(db)] == ["QUAT-01", "QUAT-01"]


def test_unknown_customers_and_stores_are_row_errors(db, shop):
    with db.session_scope() as s:
        add_customer(s, "Lê Văn Cũ", code="KH0000009", phones=["0977 000 111"], archived=True)
    result = _load(db, "customer_code,phone,sku,purchase_date,store_code\n"
                       "KH0000404,,TV-55,01/02/2026,HN01\n"
                       ",0988 777 666,TV-55,01/02/2026,HN01\n"
                       "KH0000001,,TV-55,01/02/2026,DN99\n"
                       "KH0000009,,TV-55,01/02/2026,\n"
                       ",0977000111,TV-55,01/02/2026,\n"
                       "KH0000001,0903123456,TV-55,01/02/2026,\n"
                       ",,TV-55,01/02/2026,\n"
                       "KH0000001,,TV-55,01/02/2026,hn01\n")  # fmt: skip
    assert (result.created, result.skipped) == (1, 7)
    errors = _errors(result)
    assert set(errors) == {(2, "customer_code"), (3, "phone"), (4, "store_code"),
                           (5, "customer_code"), (6, "phone"), (7, "phone"),
                           (8, "customer_code")}  # fmt: skip
    assert "No customer has the code KH0000404" in errors[(2, "customer_code")]
    assert "No customer has the number 0988 777 666" in errors[(3, "phone")]
    assert errors[(4, "store_code")] == "Unknown store DN99: the stores are HCM01, HN01."
    assert "Lê Văn Cũ (KH0000009) is archived" in errors[(5, "customer_code")]
    assert "is archived" in errors[(6, "phone")]
    assert "belongs to Trần Thị Bình (KH0000002), not to KH0000001" in errors[(7, "phone")]
    assert errors[(8, "customer_code")] == (
        "Fill in the customer code or the phone number of the buyer.")  # fmt: skip


def test_an_old_ho_chi_minh_city_number_finds_whichever_reading_a_customer_has(db, shop):
    with db.session_scope() as s:
        add_customer(s, "Phạm Văn Cường", code="KH0000005", phones=["028 3812 3456"])
        add_customer(s, "Võ Thị Dung", code="KH0000006", phones=["083 999 1234"])
    result = _load(db, "phone,sku,purchase_date\n"
                       "08 3812 3456,TV-55,01/02/2026\n"
                       "08 3999 1234,TV-55,01/02/2026\n")  # fmt: skip
    assert (result.created, result.errors) == (2, ())
    assert [p[0] for p in _purchases(db)] == ["KH0000005", "KH0000006"]


def test_a_merged_customer_points_to_the_one_kept(db, shop):
    with db.session_scope() as s:
        old = add_customer(s, "Nguyễn Văn An", code="KH0000007")
        old.merged_into_id = shop["an"]
    result = _load(db, "customer_code,sku,purchase_date\nKH0000007,TV-55,01/02/2026\n")
    assert result.created == 0
    assert _errors(result)[(2, "customer_code")] == (
        "KH0000007 was merged into KH0000001: use KH0000001.")  # fmt: skip


def test_a_number_shared_by_two_customers_needs_a_code(db, shop):
    with db.session_scope() as s:
        add_customer(s, "Nguyễn Thị An", code="KH0000003", phones=["0912 345 678"])
    result = _load(db, "phone,sku,purchase_date\n0912345678,TV-55,01/02/2026\n")
    assert result.created == 0
    assert "belongs to several customers (KH0000001, KH0000003)" in _errors(result)[(2, "phone")]


def test_bad_cells_name_their_column_and_value(db, shop):
    result = _load(db, "Mã khách hàng,Mã sản phẩm,Ngày mua,Giá,Bảo hành (tháng)\n"
                       "KH0000001,TV-55,16/03/2026,1000000,12\n"
                       "KH0000001,TV-55,31/02/2026,-5000,-1\n"
                       "KH0000001,TV-55,hôm qua,mười triệu,mười hai\n"
                       "KH0000001,TV-55,,12.5,121\n"
                       "KH0000001,TV-55,2026-03-15,0,0\n"
                       "KH0000001,TV-55,15/03/2026,12 990 000 đ,36\n")  # fmt: skip
    assert (result.created, result.skipped) == (2, 4)
    errors = _errors(result)
    assert errors[(2, "Ngày mua")] == (
        "The purchase date 16/03/2026 is in the future: check the day and the year."
    )
    assert errors[(3, "Ngày mua")].startswith("“31/02/2026” is not a date")
    assert errors[(3, "Giá")] == "The price -5000 is negative: write 0 or more."
    assert errors[(3, "Bảo hành (tháng)")] == (
        "The warranty of -1 months is negative: write 0 or more."
    )
    assert errors[(4, "Ngày mua")].startswith("“hôm qua” is not a date")
    assert errors[(4, "Giá")].startswith("“mười triệu” is not a price")
    assert errors[(4, "Bảo hành (tháng)")].startswith("“mười hai” is not a number of months")
    assert errors[(5, "Ngày mua")] == "Fill in the purchase date."
    assert errors[(5, "Giá")].startswith("“12.5” is not a price")
    assert "at most 120 months" in errors[(5, "Bảo hành (tháng)")]
    assert [p[4:8] for p in _purchases(db)] == [  # today is not the future; 0 is a price
        (date(2026, 3, 15), 0, 0, date(2026, 3, 15)),
        (date(2026, 3, 15), 12_990_000, 36, date(2029, 3, 15))]  # fmt: skip


def test_a_serial_registered_already_or_twice_in_the_file_is_refused(db, shop):
    with db.session_scope() as s:
        # An older row keeps the case it came with.
        s.add(Purchase(customer_id=shop["an"], product_id=shop["tv"], serial_no="sn-old-1",
                       purchase_date=date(2025, 1, 5), warranty_end=date(2027, 1, 5)))  # fmt: skip
    result = _load(db, "phone,sku,product_name,serial_no,purchase_date\n"
                       "0903123456,TV-55,,SN-OLD-1,01/02/2026\n"
                       "0903123456,TV-55,,SN NEW 1,01/02/2026\n"
                       "0912345678,tv-55,,sn new 1,02/02/2026\n"
                       "0912345678,QUAT-01,Quạt,SN-OLD-1,02/02/2026\n"
                       "0912345678,QUAT-01,,SN-OLD-1,03/02/2026\n")  # fmt: skip
    assert (result.created, result.skipped) == (2, 3)
    errors = _errors(result)
    assert errors[(2, "serial_no")] == (
        "Serial SN-OLD-1 of TV-55 is already registered to "
        "Nguyễn Văn An (KH0000001), bought on 05/01/2025."
    )
    assert errors[(4, "serial_no")] == "Serial SNNEW1 of TV-55 is also on row 3 of this file."
    assert errors[(6, "serial_no")] == "Serial SN-OLD-1 of QUAT-01 is also on row 5 of this file."
    # The same serial on another product is another item.
    assert [(p[1], p[2]) for p in _purchases(db)] == [("TV-55", "sn-old-1"),
                                                      ("TV-55", "SNNEW1"),
                                                      ("QUAT-01", "SN-OLD-1")]  # fmt: skip


def test_a_bad_row_does_not_claim_its_serial(db, shop):
    result = _load(db, "phone,sku,serial_no,purchase_date\n"
                       "0900000000,TV-55,S1,01/02/2026\n"
                       "0912345678,TV-55,S1,01/02/2026\n")  # fmt: skip
    assert (result.created, result.skipped) == (1, 1)
    assert set(_errors(result)) == {(2, "phone")}


def test_rows_across_batches_share_new_products_and_serials(db, shop, monkeypatch):
    monkeypatch.setattr(purchase_import, "BATCH", 2)
    lines = ["phone,sku,product_name,serial_no,purchase_date"]
    lines += [f"0912345678,BEP-{i % 2},Bếp từ {i % 2},B{i},01/02/2026" for i in range(7)]
    lines.append("0903123456,bep-1,,B5,02/02/2026")  # row 9: B5 of BEP-1 is on row 7
    result = _load(db, "\n".join(lines) + "\n")
    assert (result.created, result.products_created, result.skipped) == (7, 2, 1)
    assert _errors(result) == {(9, "serial_no"): "Serial B5 of BEP-1 is also on row 7 of this "
                                                 "file."}  # fmt: skip
    assert _count(db, Product) == 3


def test_a_dry_run_writes_nothing(db, shop):
    before = _count(db, AuditEntry)
    result = _load(db, VIETNAMESE, dry_run=True)
    assert (result.created, result.products_created, result.dry_run) == (3, 1, True)
    assert result.as_json() == {"created": 3, "updated": 0, "skipped": 0, "errors": []}
    assert _count(db) == 0 and _count(db, Product) == 1 and _count(db, AuditEntry) == before


def test_only_an_administrator_loads_data(db, shop, admin):
    with db.session_scope() as s:
        view = users.add_user(s, admin, "yen.tran", "Trần Thị Yến", "agent", "mat-khau-2")
        agent = Actor.of(s.get(User, view.id))
    assert agent.role == Role.AGENT
    with pytest.raises(PermissionDenied):
        _load(db, VIETNAMESE, actor=agent)
    assert _count(db) == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("phone,sku,purchase_date\n".encode("utf-16"), "not UTF-8 text"),
        (b"M\xe3 kh\xe1ch,sku\n", "not UTF-8 text"),
        ("sku,purchase_date\nTV-55,01/02/2026\n", "“customer_code” (Mã khách hàng) or “phone”"),
        ("phone,purchase_date\n0912345678,01/02/2026\n", "no “sku” column (“Mã sản phẩm”)"),
        # "Ngày" alone could be any date: the purchase date must be named as such.
        ("phone,sku,Ngày\n0912345678,TV-55,01/02/2026\n", "It names: phone, sku, Ngày."),
        ("phone,sku\n0912345678,TV-55\n", "no “purchase_date” column (“Ngày mua”)"),
        ("\n\n", "The file is empty"),
        ("phone,Số điện thoại,sku,purchase_date\n", "are the same column"),
    ],
    ids=["utf-16", "windows-1258", "no-customer", "no-sku", "date-alias", "no-date", "empty",
         "twice"],
)  # fmt: skip
def test_an_unusable_file_is_one_message_and_nothing_loaded(db, shop, content, expected):
    with pytest.raises(ValidationError) as raised:
        _load(db, content)
    assert expected in raised.value.message and "Nothing was loaded" in raised.value.message
    assert _count(db) == 0


def test_too_many_cells_and_unknown_columns(db, shop):
    result = _load(db, "phone,sku,purchase_date,Ghi chú\n"
                       "0912345678,TV-55,01/02/2026,quà tặng\n"
                       "0912345678,TV-55,01/02/2026,a,b\n")  # fmt: skip
    assert (result.created, result.ignored_columns) == (1, ("Ghi chú",))
    assert _errors(result)[(3, "")].startswith("This row has 5 cells but the header has 4")
