"""Importing customers: good rows load, bad rows are reported, a bad file loads nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry, Customer, CustomerPhone, PointsEntry, Role
from app.services.actor import Actor
from app.services.customers.customer_merge import merge_customers
from app.services.customers.customer_search import search_customers
from app.services.customers.customer_views import snapshot
from app.services.customers.customers import (
    CustomerInput,
    PhoneInput,
    archive_customer,
    create_customer,
)
from app.services.imports.files import ImportFile
from app.services.imports.report import write_report_csv
from app.services.imports.runner import ImportOptions, analyse, run_import
from app.services.numbering import next_customer_code
from tests.unit.import_helpers import ADMIN, TODAY, by_name, count, load

VIETNAMESE = """Họ tên,Số điện thoại,Ngày sinh,Địa chỉ,Tỉnh/Thành phố,Hạng,Điểm,Nhãn,Ghi chú
Nguyễn Thị Đào,0912 345 678;028 3823 4567,21/03/1985,12 Lê Lợi,TP. Hồ Chí Minh,Vàng,1.200,VIP;người già,Gọi buổi sáng
Trần Văn Bình,0168 912 3456,1990-07-02,,Hà Nội,bạc,0,,
"""  # noqa: E501


def test_vietnamese_headers_load_every_column(db):
    report = load(db, VIETNAMESE)
    assert (report.created, report.updated, report.skipped, report.errors) == (2, 0, 0, ())
    dao = by_name(db, "Nguyễn Thị Đào")
    assert (dao.code, dao.birthday, dao.address, dao.province, dao.tier, dao.points, dao.notes) == (
        "KH0000001",
        date(1985, 3, 21),
        "12 Lê Lợi",
        "TP. Hồ Chí Minh",
        "gold",
        1200,
        "Gọi buổi sáng",
    )
    assert sorted((p.e164, p.label, p.is_primary) for p in dao.phones) == [
        ("+842838234567", "home", False),
        ("+84912345678", "mobile", True),
    ]
    assert sorted(t.tag for t in dao.tags) == ["VIP", "người già"]
    binh = by_name(db, "Trần Văn Bình")
    assert (binh.tier, binh.phones[0].e164) == ("silver", "+84389123456")
    with db.session_scope() as s:  # one ledger row explains the imported balance
        assert s.scalar(select(func.sum(PointsEntry.delta))) == 1200
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "customer")))
        assert actions == ["create", "create"]
    # What was converted on the way is a note on its cell.
    assert [(n.row, n.column) for n in report.notes] == [(3, "Số điện thoại")]
    assert "0168 912 3456" in report.notes[0].message and "038 912 3456" in report.notes[0].message


@pytest.mark.parametrize(
    "header",
    [
        "full_name,phone,birthday",
        "HO TEN,SO DIEN THOAI,NGAY SINH",
        "Họ và tên;Điện thoại;Ngày sinh",
        "ho_ten\tsdt\tngay_sinh",
        "Full Name,Phones,Date of birth",
        "Tên khách hàng|SĐT|Sinh nhật",
    ],
)
def test_column_names_in_either_language_with_or_without_accents(db, header):
    separator = next((s for s in ";\t|" if s in header), ",")
    report = load(db, f"{header}\nLê Văn Cường{separator}0987654321{separator}02/01/1970\n")
    assert (report.created, report.errors) == (1, ())
    assert by_name(db, "Lê Văn Cường").birthday == date(1970, 1, 2)


def test_bad_rows_are_reported_and_skipped_while_good_rows_load(db):
    with db.session_scope() as s:
        create_customer(s, ADMIN, CustomerInput("Chủ Số Cũ", phones=(PhoneInput("0903123456"),)))
    report = load(
        db,
        "full_name,phone,email,birthday,tier,points\n"
        "Tốt Một,0911111111,,,,\n"
        ",0922222222,,,,\n"
        "Số Lạ,0912 ABC 678,,,,\n"
        "Số Cụt,0912 345,,,,\n"
        "Ngày Sai,,x@y,31/02/1990,kim loại,-5\n"
        "Tương Lai,,,01/01/2999,,\n"
        "Tốt Hai,0944444444,,,,\n",
    )
    assert (report.created, report.updated, report.skipped) == (2, 0, 5)
    found = {(e.row, e.column) for e in report.errors}
    assert found == {
        (3, "full_name"),
        (4, "phone"),
        (5, "phone"),
        (6, "email"),
        (6, "birthday"),
        (6, "tier"),
        (6, "points"),
        (7, "birthday"),
    }
    messages = {(e.row, e.column): e.message for e in report.errors}
    assert "February 1990 has 28 days" in messages[(6, "birthday")]
    assert "in the future" in messages[(7, "birthday")]
    assert "too short" in messages[(5, "phone")]
    assert count(db) == 3


def test_every_08_mobile_loads_as_a_mobile(db):
    rows = "\n".join(
        f"Khách {p},{p}1 234 567"
        for p in ("081", "082", "083", "084", "085", "086", "087", "088", "089")
    )
    report = load(db, "full_name,phone\n" + rows + "\n")
    assert (report.created, report.errors) == (9, ())
    with db.session_scope() as s:
        numbers = sorted(s.scalars(select(CustomerPhone.e164)))
    assert numbers == [
        f"+84{p}1234567" for p in ("81", "82", "83", "84", "85", "86", "87", "88", "89")
    ]


def test_a_row_whose_code_exists_updates_that_customer(db):
    load(db, VIETNAMESE)
    report = load(
        db,
        "code,full_name,phone,email,points,tags,notes\n"
        "kh0000001,,0987 000 111,dao@gmail.com,1500,khách sỉ,\n"
        "KH0000002,Trần Văn Bính,,,,,\n",
    )
    assert (report.created, report.updated, report.skipped) == (0, 2, 0)
    dao = by_name(db, "Nguyễn Thị Đào")  # an empty cell keeps what was there
    assert (dao.email, dao.points, dao.notes) == ("dao@gmail.com", 1500, "Gọi buổi sáng")
    assert len(dao.phones) == 3
    assert sorted(t.tag for t in dao.tags) == ["VIP", "khách sỉ", "người già"]
    assert by_name(db, "Trần Văn Bính").code == "KH0000002"
    with db.session_scope() as s:
        ledger = s.scalar(
            select(func.sum(PointsEntry.delta)).where(PointsEntry.customer_id == dao.id)
        )
        updates = s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "update")
        )
    assert ledger == 1500 and updates == 2


def test_a_row_without_a_code_finds_its_customer_by_phone_and_name(db):
    load(db, VIETNAMESE)
    again = "Họ tên,Số điện thoại,Email\nNGUYEN THI DAO,0912.345.678,dao@gmail.com\n"
    report = load(db, again)
    assert (report.created, report.updated) == (0, 1)
    assert by_name(db, "Nguyễn Thị Đào").email == "dao@gmail.com"
    assert count(db) == 2


def test_existing_customers_are_left_alone_when_the_person_chose_skip(db):
    load(db, VIETNAMESE)
    report = load(
        db, "code,full_name,email\nKH0000001,,dao@gmail.com\n,Khách Mới,\n", update_existing=False
    )
    assert (report.created, report.updated, report.skipped) == (1, 0, 1)
    assert by_name(db, "Nguyễn Thị Đào").email is None
    [note] = report.notes
    assert (note.row, note.column) == (2, "code") and "skipped, as chosen" in note.message


def test_a_household_shares_a_phone_and_both_are_found_by_it(db):
    with db.session_scope() as s:
        create_customer(s, ADMIN, CustomerInput("Lê Văn Tám", phones=(PhoneInput("0903123456"),)))
    report = load(db, "Họ tên,SĐT\nLê Thị Chín,0903 123 456\nLê Văn Mười,0903123456\n")
    assert (report.created, report.errors) == (2, ())
    assert [(n.row, n.column) for n in report.notes] == [(2, "SĐT"), (3, "SĐT"), (3, "SĐT")]
    assert "Lê Văn Tám" in report.notes[0].message
    assert "Lê Thị Chín on row 2" in report.notes[2].message
    with db.session_scope() as s:
        found = search_customers(s, "0903 123 456")
    assert sorted(h.full_name for h in found) == ["Lê Thị Chín", "Lê Văn Mười", "Lê Văn Tám"]


def test_a_row_given_twice_is_loaded_once(db):
    report = load(db, "full_name,phone\nAn,0911111111\n,\nAn,0911111111\nAn,0911111111,\n")
    assert (report.created, report.skipped, report.errors) == (1, 2, ())
    assert [(n.row, n.message) for n in report.notes] == [
        (4, "Row 2 says the same: skipped."),
        (5, "Row 2 says the same: skipped."),
    ]


def test_the_same_person_twice_with_different_details_is_an_error(db):
    report = load(db, "full_name,phone,email\nAn,0911111111,\nAn,0911 111 111,an@gmail.com\n")
    assert (report.created, report.skipped) == (1, 1)
    [error] = report.errors
    assert (error.row, error.column) == (3, "phone") and "Row 2 has the same name and phone" in (
        error.message
    )


def test_a_new_code_is_kept_and_later_codes_follow_it(db):
    report = load(db, "code,full_name\nKH0000500,Khách Cũ Hệ Thống Khác\n,Khách Mới\n")
    assert report.created == 2
    assert by_name(db, "Khách Mới").code == "KH0000501"


def test_a_dry_run_changes_nothing(db):
    report = load(db, VIETNAMESE, dry_run=True)
    assert (report.created, report.dry_run) == (2, True)
    assert count(db) == count(db, AuditEntry) == count(db, CustomerPhone) == 0
    with db.session_scope() as s:
        assert next_customer_code(s) == "KH0000001"  # no number was used up


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
        load(db, text)
    assert count(db) == 0


def test_unknown_columns_are_named_and_a_shifted_row_is_reported(db):
    report = load(db, "full_name,Sở thích,province\nAn,đọc sách,Huế\nBình,Hà Nội, Q1,x\n")
    assert report.ignored_columns == ("Sở thích",) and report.created == 1
    [error] = report.errors
    assert (error.row, error.column) == (3, "") and "4 cells but the header has 3" in error.message


def test_old_province_names_are_mapped_with_a_note(db):
    report = load(db, "Họ tên,Tỉnh\nAn,Bình Dương\nBình,tp hcm\nChi,Lào\n")
    assert (report.created, report.skipped) == (2, 1)
    assert by_name(db, "An").province == by_name(db, "Bình").province == "TP. Hồ Chí Minh"
    assert [n.row for n in report.notes] == [2]
    assert "Bình Dương" in report.notes[0].message
    assert [(e.row, e.column) for e in report.errors] == [(4, "Tỉnh")]


def test_only_an_administrator_imports(db):
    agent = Actor(user_id=None, username="lan", full_name="Lan", role=Role.AGENT)
    file = ImportFile.from_bytes(b"full_name\nA\n", "a.csv")
    with pytest.raises(PermissionDenied, match="load data"):
        run_import(db, agent, file, ImportOptions("customers"))
    assert count(db) == 0


def test_a_file_larger_than_one_transaction_loads_whole(db):
    lines = ["full_name,phone"] + [f"Khách {n},09{n:08d}" for n in range(1, 1201)]
    lines.append("Khách 1,0900000001")  # row 2 again, 1,200 rows and two transactions later
    report = load(db, "\n".join(lines) + "\n")
    assert (report.created, report.skipped) == (1200, 1)
    with db.session_scope() as s:
        codes = s.scalars(select(Customer.code).order_by(Customer.id)).all()
    assert codes[0] == "KH0000001" and codes[-1] == "KH0001200" and len(set(codes)) == 1200


def test_each_imported_customer_is_audited_as_the_form_would_record_it(db):
    load(db, VIETNAMESE)
    with db.session_scope() as s:
        for customer in s.scalars(select(Customer)):
            entry = s.scalar(select(AuditEntry).where(AuditEntry.entity_id == str(customer.id)))
            assert entry.after == snapshot(customer) | {"points": customer.points}


def test_the_report_saves_as_a_spreadsheet(db, tmp_path):
    report = load(db, "full_name,phone\nAn,0168 912 3456\n,0911111111\n")
    path = tmp_path / "bao-cao.csv"
    write_report_csv(report, path)
    text = path.read_bytes().decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "Row,Column,Kind,Message"
    assert lines[1].startswith("2,phone,Note,")
    assert lines[2] == "3,full_name,Error,Type the customer's full name."
    assert lines[4:] == ["Created,1", "Updated,0", "Skipped,1"]
    assert not (tmp_path / "bao-cao.csv.part").exists()


def plan(db, text: str, **options):
    """What each row of `text` would do, and the rows with their errors and notes."""
    file = ImportFile.from_bytes(text.encode(), "k.csv")
    with db.session_scope() as s:
        checked = analyse(s, ADMIN, file, ImportOptions("customers", today=TODAY, **options))
    return [d.action for d in checked.decisions], checked.rows


def test_a_code_named_twice_is_refused_on_its_second_row(db):
    actions, rows = plan(db, "Mã,Họ tên\nKH0000007,An\nkh0000007,Bình\n")
    assert actions == ["create", "error"]
    [error] = rows[1].errors
    assert (error.row, error.column, error.field, error.message) == (
        3,
        "Mã",
        "code",
        "KH0000007 is also on row 2 of this file.",
    )


def test_a_merged_or_archived_customer_is_not_updated(db):
    with db.session_scope() as s:
        merged = create_customer(s, ADMIN, CustomerInput("Cũ"))
        kept = create_customer(s, ADMIN, CustomerInput("Mới"))
        gone = create_customer(s, ADMIN, CustomerInput("Xưa", phones=(PhoneInput("0905111222"),)))
        archive_customer(s, ADMIN, gone.id)
    with db.session_scope() as s:
        merge_customers(s, ADMIN, kept.id, merged.id)
    actions, rows = plan(db, "Mã,Họ tên,SĐT\nKH0000001,,\n,Xưa,0905 111 222\n")
    assert actions == ["error", "error"]
    assert [(e.column, e.field, e.message) for r in rows for e in r.errors] == [
        ("Mã", "code", "KH0000001 was merged into another customer: use that customer's code."),
        (
            "SĐT",
            "phone",
            "Xưa (KH0000003) is archived: restore the customer first, then import this row again.",
        ),
    ]


def test_an_archived_customer_named_by_code_is_refused_on_the_code(db):
    with db.session_scope() as s:
        gone = create_customer(s, ADMIN, CustomerInput("Cũ"))
        archive_customer(s, ADMIN, gone.id)
    actions, rows = plan(db, "code,email\nKH0000001,cu@gmail.com\n")
    assert actions == ["error"]
    assert [(e.column, e.field) for e in rows[0].errors] == [("code", "code")]


def test_the_active_one_of_two_with_the_same_name_and_phone_is_updated(db):
    with db.session_scope() as s:
        old = create_customer(s, ADMIN, CustomerInput("An", phones=(PhoneInput("0905111222"),)))
        archive_customer(s, ADMIN, old.id)
        create_customer(
            s,
            ADMIN,
            CustomerInput(
                "An", phones=(PhoneInput("0905111222"),), shared_phones=("+84905111222",)
            ),
        )
    actions, rows = plan(db, "Họ tên,SĐT,Email\nAn,0905111222,an@gmail.com\n")
    assert actions == ["update"] and rows[0].errors == rows[0].notes == []
    report = load(db, "Họ tên,SĐT,Email\nAn,0905111222,an@gmail.com\n")
    assert report.updated == 1
    with db.session_scope() as s:
        emails = dict(s.execute(select(Customer.code, Customer.email)).all())
    assert emails == {"KH0000001": None, "KH0000002": "an@gmail.com"}


def test_skipping_an_existing_customer_is_noted_on_the_column_that_found_it(db):
    load(db, "full_name,phone\nAn,0905111222\nBình,0905333444\n")
    actions, rows = plan(
        db, "code,full_name,phone\nKH0000001,,\n,Bình,0905 333 444\n", update_existing=False
    )
    assert actions == ["skip", "skip"]
    assert [(n.column, n.field, n.message) for r in rows for n in r.notes] == [
        ("code", "code", "An (KH0000001) is already a customer: skipped, as chosen."),
        ("phone", "phone", "Bình (KH0000002) is already a customer: skipped, as chosen."),
    ]


def test_household_notes_name_the_others_and_leave_out_archived_ones(db):
    with db.session_scope() as s:
        tam = create_customer(s, ADMIN, CustomerInput("Tám", phones=(PhoneInput("0905111222"),)))
        chin = create_customer(
            s,
            ADMIN,
            CustomerInput(
                "Chín", phones=(PhoneInput("0905111222"),), shared_phones=("+84905111222",)
            ),
        )
        archive_customer(s, ADMIN, chin.id)
    text = "Mã,Họ tên,SĐT\n,Mười,0905.111.222\nKH0000001,,0905111222;0911000111\n,Một,0911000111\n"
    actions, rows = plan(db, text)
    assert actions == ["create", "update", "create"]
    assert [(n.row, n.column, n.field, n.message) for r in rows for n in r.notes] == [
        (
            2,
            "SĐT",
            "phone",
            "0905 111 222 is also the number of Tám (KH0000001): both keep it (same household).",
        ),
        (
            3,
            "SĐT",
            "phone",
            "0905 111 222 is also the number of Mười on row 2: both keep it (same household).",
        ),
        (
            4,
            "SĐT",
            "phone",
            "0911 000 111 is also the number of Tám on row 3: both keep it (same household).",
        ),
    ]
    assert tam.id != chin.id


def test_a_row_given_twice_is_noted_on_the_whole_row(db):
    actions, rows = plan(db, "full_name\nAn\nAN\n")
    assert actions == ["create", "skip"]
    assert [(n.row, n.column, n.field) for n in rows[1].notes] == [(3, "", "")]


def test_the_same_person_by_code_and_again_by_phone_is_an_error(db):
    load(db, "full_name,phone\nAn,0905111222\n")
    actions, rows = plan(
        db,
        "code,full_name,phone,email\nKH0000001,,0905111222,\n"
        ",An,0905 111 222,an@gmail.com\n,Bình,,x@y\n",
    )
    assert actions == ["update", "error", "error"]
    assert [(e.column, e.field, e.message) for e in rows[1].errors] == [
        (
            "phone",
            "phone",
            "Row 2 has the same name and phone with other details: merge the two rows into one.",
        )
    ]
    assert [e.field for e in rows[2].errors] == ["email"]
