"""Importing customers from CSV: good rows load, bad rows are reported, a bad file loads nothing."""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import func, select

from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry, Customer, CustomerPhone, PointsEntry, Role
from app.services.actor import Actor
from app.services.customer_import import ImportResult, import_customers
from app.services.customers import CustomerInput, PhoneInput, create_customer
from app.services.numbering import next_customer_code

ADMIN = Actor.os_user()

VIETNAMESE = """Họ tên,Số điện thoại,Ngày sinh,Địa chỉ,Tỉnh/Thành phố,Hạng,Điểm,Nhãn,Ghi chú
Nguyễn Thị Đào,0912 345 678;028 3823 4567,21/03/1985,12 Lê Lợi,TP. Hồ Chí Minh,Vàng,1.200,VIP;người già,Gọi buổi sáng
Trần Văn Bình,0168 912 3456,1990-07-02,,Hà Nội,bạc,0,,
"""  # noqa: E501


def _load(db, text: str | bytes, dry_run: bool = False) -> ImportResult:
    content = text.encode() if isinstance(text, str) else text
    with db.session_scope() as s:
        return import_customers(s, ADMIN, content, dry_run=dry_run)


def _count(db, model=Customer) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(model))


def _by_name(db, name: str) -> Customer:
    with db.session_scope() as s:
        customer = s.scalar(select(Customer).where(Customer.full_name == name))
        _ = customer.phones, customer.tags  # loaded while the session is open
        return customer


def test_vietnamese_headers_load_every_column(db):
    result = _load(db, VIETNAMESE)
    assert (result.created, result.updated, result.skipped, result.errors) == (2, 0, 0, ())
    dao = _by_name(db, "Nguyễn Thị Đào")
    assert (dao.code, dao.birthday.isoformat(), dao.address, dao.province, dao.tier, dao.points,
            dao.notes) == ("KH0000001", "1985-03-21", "12 Lê Lợi", "TP. Hồ Chí Minh", "gold",
                           1200, "Gọi buổi sáng")  # fmt: skip
    assert sorted((p.e164, p.label, p.is_primary) for p in dao.phones) == [
        ("+842838234567", "home", False), ("+84912345678", "mobile", True)]  # fmt: skip
    assert sorted(t.tag for t in dao.tags) == ["VIP", "người già"]
    binh = _by_name(db, "Trần Văn Bình")
    assert (binh.tier, binh.phones[0].e164) == ("silver", "+84389123456")
    with db.session_scope() as s:  # one ledger row explains the imported balance
        assert s.scalar(select(func.sum(PointsEntry.delta))) == 1200
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "customer")))
        assert actions == ["create", "create"]


@pytest.mark.parametrize(
    "header",
    ["full_name,phone,birthday", "HO TEN,SO DIEN THOAI,NGAY SINH", "Họ và tên;Điện thoại;Ngày sinh",
     "ho_ten\tsdt\tngay_sinh", "Full Name,Phones,Date of birth"],
)  # fmt: skip
def test_column_names_in_either_language_with_or_without_accents(db, header):
    separator = ";" if ";" in header else "\t" if "\t" in header else ","
    result = _load(db, f"{header}\nLê Văn Cường{separator}0987654321{separator}02/01/1970\n")
    assert (result.created, result.errors) == (1, ())
    assert _by_name(db, "Lê Văn Cường").birthday.isoformat() == "1970-01-02"


def test_a_utf8_bom_is_accepted(db):
    assert _load(db, b"\xef\xbb\xbf" + "full_name\nĐỗ Thị Em\n".encode()).created == 1


def test_bad_rows_are_reported_and_skipped_while_good_rows_load(db):
    with db.session_scope() as s:
        create_customer(s, ADMIN, CustomerInput("Chủ Số Cũ", phones=(PhoneInput("0903123456"),)))
    result = _load(db, "full_name,phone,email,birthday,tier,points\n"
                       "Tốt Một,0911111111,,,,\n"
                       ",0922222222,,,,\n"
                       "Số Lạ,0912 ABC 678,,,,\n"
                       "Hai Cách,08 3812 3456,,,,\n"
                       "Trùng Số,+84 903 123 456,,,,\n"
                       "Ngày Sai,,x@y,31/02/1990,kim cương,-5\n"
                       "Tương Lai,,,01/01/2999,,\n"
                       "Tốt Hai,0933333333;0911111111,,,,\n"
                       "Tốt Ba,0944444444,,,,\n")  # fmt: skip
    assert (result.created, result.updated, result.skipped) == (2, 0, 7)
    found = {(e.row, e.column) for e in result.errors}
    assert found == {(3, "full_name"), (4, "phone"), (5, "phone"), (6, "phone"), (7, "email"),
                     (7, "birthday"), (7, "tier"), (7, "points"), (8, "birthday"),
                     (9, "phone")}  # fmt: skip
    messages = {(e.row, e.column): e.message for e in result.errors}
    assert "Chủ Số Cũ (KH0000001)" in messages[(6, "phone")]
    assert "also on row 2" in messages[(9, "phone")]
    assert "can be read two ways" in messages[(5, "phone")]
    assert _count(db) == 3


def test_a_row_whose_code_exists_updates_that_customer(db):
    _load(db, VIETNAMESE)
    result = _load(db, "code,full_name,phone,email,points,tags,notes\n"
                       "kh0000001,,0987 000 111,dao@gmail.com,1500,khách sỉ,\n"
                       "KH0000002,Trần Văn Bính,,,,,\n")  # fmt: skip
    assert (result.created, result.updated, result.skipped) == (0, 2, 0)
    dao = _by_name(db, "Nguyễn Thị Đào")  # an empty cell keeps what was there
    assert (dao.email, dao.points, dao.notes) == ("dao@gmail.com", 1500, "Gọi buổi sáng")
    assert len(dao.phones) == 3
    assert sorted(t.tag for t in dao.tags) == ["VIP", "khách sỉ", "người già"]
    assert _by_name(db, "Trần Văn Bính").code == "KH0000002"
    with db.session_scope() as s:
        ledger = s.scalar(select(func.sum(PointsEntry.delta)).where(
            PointsEntry.customer_id == dao.id))  # fmt: skip
        updates = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "update"))  # fmt: skip
    assert ledger == 1500 and updates == 2


def test_a_new_code_is_kept_and_later_codes_follow_it(db):
    result = _load(db, "code,full_name\nKH0000500,Khách Cũ Hệ Thống Khác\n,Khách Mới\n")
    assert result.created == 2
    assert _by_name(db, "Khách Mới").code == "KH0000501"


def test_a_dry_run_changes_nothing(db):
    result = _load(db, VIETNAMESE, dry_run=True)
    assert (result.created, result.dry_run) == (2, True)
    assert _count(db) == _count(db, AuditEntry) == _count(db, CustomerPhone) == 0
    with db.session_scope() as s:
        assert next_customer_code(s) == "KH0000001"  # no number was used up


def _windows_1258(text: str) -> bytes:
    """As Vietnamese Windows saves it: base letters precomposed, tone marks combining."""
    out = b""
    for ch in text:
        nfd = unicodedata.normalize("NFD", ch)
        for form in (ch, nfd, unicodedata.normalize("NFC", nfd[:2]) + nfd[2:]):
            try:
                out += form.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
    return out


@pytest.mark.parametrize(
    "content",
    [
        _windows_1258("Họ tên,Địa chỉ\nNguyễn Văn Ánh,Đà Nẵng\n"),
        "full_name\nJosé Müller\n".encode("cp1252"),
        "Họ tên\nNguyễn\n".encode("utf-16"),
        "Họ tên\nNguyễn\n".encode("utf-16-le"),
    ],
    ids=["windows-1258", "windows-1252", "utf-16", "utf-16-without-bom"],
)
def test_a_file_in_another_encoding_is_one_clear_message_and_nothing_loads(db, content):
    with pytest.raises(ValidationError, match="not UTF-8 text.*CSV UTF-8"):
        _load(db, content)
    assert _count(db) == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("phone,email\n0912345678,a@b.vn\n", "no full name column.*It names: phone, email"),
        ("", "The file is empty"),
        ("Họ tên,full_name\nA,B\n", "“Họ tên” and “full_name” are the same column"),
    ],
)
def test_a_file_without_the_required_column_loads_nothing(db, text, message):
    with pytest.raises(ValidationError, match=message):
        _load(db, text)
    assert _count(db) == 0


def test_unknown_columns_are_named_and_a_shifted_row_is_reported(db):
    result = _load(db, "full_name,Sở thích,province\nAn,đọc sách,Huế\nBình,Hà Nội, Q1,x\n")
    assert result.ignored_columns == ("Sở thích",) and result.created == 1
    [error] = result.errors
    assert (error.row, error.column) == (3, "") and "4 cells but the header has 3" in error.message


def test_only_an_administrator_imports(db):
    agent = Actor(user_id=None, username="lan", full_name="Lan", role=Role.AGENT)
    with pytest.raises(PermissionDenied, match="load data"), db.session_scope() as s:
        import_customers(s, agent, b"full_name\nA\n")


def test_a_file_larger_than_one_batch_loads_whole(db):
    lines = ["full_name,phone"] + [f"Khách {n},09{n:08d}" for n in range(1, 1201)]
    lines.append("Trùng,0900000001")  # the number of row 2, 1,200 rows and two batches later
    result = _load(db, "\n".join(lines) + "\n")
    assert (result.created, result.skipped) == (1200, 1)
    assert result.errors[0].row == 1202 and "also on row 2" in result.errors[0].message
    with db.session_scope() as s:
        codes = s.scalars(select(Customer.code).order_by(Customer.id)).all()
    assert codes[0] == "KH0000001" and codes[-1] == "KH0001200" and len(set(codes)) == 1200
