"""What stores bring: Excel workbooks, old encodings, and files that are not what they seem."""

from __future__ import annotations

import io
import unicodedata
from datetime import date, datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.errors import ValidationError
from app.models import Customer
from app.services.imports.files import ImportFile
from app.services.imports.runner import ImportOptions, inspect_file
from tests.unit.import_helpers import by_name, count, load


def workbook(rows: list[list[object]], *, title_row: str = "", sheet: str = "Khách hàng") -> bytes:
    """An .xlsx as Excel saves one: optional merged title row above the header."""
    book = Workbook()
    ws = book.active
    ws.title = sheet
    if title_row:
        ws.append([title_row])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def windows_1258(text: str) -> bytes:
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


EXCEL_ROWS = [
    ["Mã KH", "Họ tên", "Số điện thoại", "Ngày sinh", "Điểm", "Tỉnh/Thành phố"],
    [None, "Phạm Thị Hoa", 912345678, datetime(1985, 3, 21), 1200, "Hà Nội"],
    [None, "Vũ Văn Nam", "0987654321", 31107, "1.234.567", "Bình Dương"],
    [None, None, None, None, None, None],
    [None, "Đặng Thu", 84903111222, "05/11/1992", 15.0, None],
]


def test_an_excel_workbook_with_a_title_row_loads_as_excel_wrote_it(db):
    content = workbook(EXCEL_ROWS, title_row="DANH SÁCH KHÁCH HÀNG 2024")
    report = load(db, content, name="khach.xlsx")
    assert (report.created, report.skipped, report.errors) == (3, 0, ())
    hoa, nam, thu = by_name(db, "Phạm Thị Hoa"), by_name(db, "Vũ Văn Nam"), by_name(db, "Đặng Thu")
    # A number that lost its leading zero, a number with the country code.
    assert [p.e164 for p in hoa.phones] == ["+84912345678"]
    assert [p.e164 for p in thu.phones] == ["+84903111222"]
    # A date cell, a serial number (31107 days after 30/12/1899 is 01/03/1985), a date
    # typed as text.
    assert (hoa.birthday, nam.birthday, thu.birthday) == (
        date(1985, 3, 21),
        date(1985, 3, 1),
        date(1992, 11, 5),
    )
    # Numbers as numbers and as Vietnamese-grouped text.
    assert (hoa.points, nam.points, thu.points) == (1200, 1234567, 15)
    assert nam.province == "TP. Hồ Chí Minh"
    assert "Excel workbook" in report.source and "Khách hàng" in report.source


def test_a_workbook_saved_with_a_csv_name_is_read_as_a_workbook(db):
    report = load(db, workbook(EXCEL_ROWS), name="khach.csv")
    assert report.created == 3


def test_a_header_split_over_two_rows_takes_the_name_above_a_blank_cell(db):
    rows = [
        ["Họ tên", "Liên hệ", None],
        [None, "Điện thoại", "Email"],
        ["Trương Văn Út", "0905 111 222", "ut@gmail.com"],
    ]
    report = load(db, workbook(rows), name="k.xlsx")
    assert (report.created, report.errors) == (1, ())
    ut = by_name(db, "Trương Văn Út")
    assert (ut.email, ut.phones[0].e164) == ("ut@gmail.com", "+84905111222")


def test_a_workbook_whose_first_row_is_data_is_refused(db):
    rows = [["Nguyễn Văn A", "0912345678", "01/02/1990"], ["Trần B", "0987654321", ""]]
    with pytest.raises(ValidationError, match="The first row holds data .*Nguyễn Văn A"):
        load(db, workbook(rows), name="k.xlsx")
    assert count(db) == 0


@pytest.mark.parametrize(
    "content",
    [
        windows_1258("Họ tên;Địa chỉ\nNguyễn Văn Ánh;Đà Nẵng\n"),
        "Họ tên\tĐịa chỉ\nNguyễn Văn Ánh\tĐà Nẵng\n".encode("utf-16"),
        "Họ tên,Địa chỉ\nNguyễn Văn Ánh,Đà Nẵng\n".encode("utf-16-le"),
        b"\xef\xbb\xbf" + "Họ tên,Địa chỉ\nNguyễn Văn Ánh,Đà Nẵng\n".encode(),
    ],
    ids=["windows-1258", "utf-16", "utf-16-without-bom", "utf-8-bom"],
)
def test_text_files_in_each_encoding_excel_writes_load(db, content):
    report = load(db, content)
    assert (report.created, report.errors) == (1, ())
    anh = by_name(db, "Nguyễn Văn Ánh")
    assert anh.address == "Đà Nẵng"


def test_a_legacy_vni_file_loads_when_its_encoding_is_chosen(db):
    # "Họ tên,Địa chỉ\nNguyễn Văn Ánh,Đà Nẵng" as a VNI-Windows font file stores it.
    vni = b"Ho\xef te\xe2n,\xd1\xf2a ch\xe6\nNguye\xe3n Va\xean A\xd9nh,\xd1a\xf8 Na\xfcng\n"
    report = load(db, vni, encoding="vni")
    assert report.created == 1
    assert by_name(db, "Nguyễn Văn Ánh").address == "Đà Nẵng"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "neither a CSV file nor an Excel workbook"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "neither a CSV file nor an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "Excel 97-2003 workbook"),
        (b"\x00\x01\x02\x03\x04\x05binary\x06\x07\x08" * 40, "neither a CSV file nor an Excel"),
    ],
    ids=["pdf", "png", "xls", "binary"],
)
def test_a_file_that_is_no_table_is_one_message(db, content, message):
    with pytest.raises(ValidationError, match=message):
        load(db, content)
    assert count(db) == 0


def test_a_file_too_large_is_refused_before_it_is_read(db, tmp_path):
    huge = tmp_path / "khach.csv"
    with huge.open("wb") as stream:
        stream.write("Họ tên\nAn\n".encode())
        stream.truncate(2 * 1024**3)  # 2 GB, sparse: nothing is written to the disk
    with pytest.raises(ValidationError, match="The file is 2,048 MB; .* up to 100 MB"):
        ImportFile.from_path(huge)


def test_a_table_of_200_columns_is_one_message(db):
    header = ",".join(["Họ tên"] + [f"Cột {n}" for n in range(2, 201)])
    with pytest.raises(ValidationError, match="The table has 200 columns.*at most 100"):
        load(db, header + "\nAn" + "," * 199 + "\n")
    assert count(db) == 0


def test_a_runaway_quote_is_reported_with_its_row_and_column(db):
    text = 'Họ tên,Ghi chú\nAn,"mở ngoặc\n' + ("dòng dài " * 5000) + "\nBình,ok\n"
    report = load(db, text)
    assert report.created == 0
    [error] = report.errors
    assert (error.row, error.column) == (2, "Ghi chú")
    assert "at most 32,767" in error.message


def test_the_inspection_shows_how_the_file_reads_before_anything_is_loaded(db):
    content = windows_1258("Họ tên;SĐT;Ghi chú khác\nNguyễn Văn Ánh;0905111222;x\n")
    seen = inspect_file(ImportFile.from_bytes(content, "k.csv"), ImportOptions("customers"))
    assert (seen.source.kind, seen.source.encoding.encoding, seen.source.delimiter) == (
        "csv",
        "cp1258",
        ";",
    )
    assert seen.header.names == ("Họ tên", "SĐT", "Ghi chú khác")
    assert seen.mapping == {0: "full_name", 1: "phone"}
    assert seen.sample == ((2, ("Nguyễn Văn Ánh", "0905111222", "x")),)
    assert count(db) == 0


def test_a_mapping_chosen_by_the_person_is_used(db):
    text = "Tên,Cột B,Cột C\nAn,0905111222,an@gmail.com\n"
    mapping = {0: "full_name", 1: "phone", 2: "email"}
    report = load(db, text, mapping=mapping)
    assert report.created == 1
    with db.session_scope() as s:
        customer = s.scalar(select(Customer))
        assert (customer.full_name, customer.email) == ("An", "an@gmail.com")
