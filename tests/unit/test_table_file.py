"""The one table writer every export uses: CSV and XLSX as a spreadsheet reads them back,
text that never runs as a formula, progress as rows stream through, and a file that is
only ever there complete."""

from __future__ import annotations

import errno
from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from app.errors import ValidationError
from app.services.exports.table_file import Column, write_table
from tests.unit.export_reading import Recorder, Stop, csv_table, xlsx_table

COLUMNS = [
    Column("Mã", width=12),
    Column("Ngày sinh", "date"),
    Column("Lần cuối", "datetime"),
    Column("Giá", "money"),
    Column("Điểm", "count"),
    Column("Thời lượng", "duration"),
]
# 16:30 UTC on 19 November is 23:30 the same day in Hà Nội; 17:30 UTC is 00:30 on the 20th.
ROWS = [
    ["KH01", date(1985, 3, 21), datetime(2026, 11, 19, 16, 30, tzinfo=UTC), 12_990_000, 7, 65],
    ["KH02", None, datetime(2026, 11, 19, 17, 30, tzinfo=UTC), 0, None, 3725],
]


def test_a_csv_has_the_bom_and_values_as_people_read_them(tmp_path):
    target = tmp_path / "bang.csv"
    assert write_table(target, COLUMNS, iter(ROWS), 2) == 2
    assert target.read_bytes()[:3] == b"\xef\xbb\xbf"
    assert csv_table(target) == [
        ["Mã", "Ngày sinh", "Lần cuối", "Giá", "Điểm", "Thời lượng"],
        ["KH01", "21/03/1985", "19/11/2026 23:30:00", "12990000", "7", "1:05"],
        ["KH02", "", "20/11/2026 00:30:00", "0", "", "1:02:05"],
    ]


def test_an_xlsx_keeps_dates_money_and_durations_as_values_under_a_bold_header(tmp_path):
    target = tmp_path / "bang.xlsx"
    assert write_table(target, COLUMNS, iter(ROWS), 2, sheet="Khách hàng") == 2
    sheet = load_workbook(target).active
    assert sheet.title == "Khách hàng" and sheet.freeze_panes == "A2"
    assert all(cell.font.b for cell in sheet[1])
    born, last, price, points, duration = (sheet.cell(2, n) for n in range(2, 7))
    assert born.value == datetime(1985, 3, 21) and born.number_format == "dd/mm/yyyy"
    assert last.value == datetime(2026, 11, 19, 23, 30)  # in Hà Nội time
    assert last.number_format.startswith("dd/mm/yyyy")
    assert price.value == 12_990_000 and price.number_format == "#,##0"
    assert isinstance(points.value, int) and points.value == 7
    assert duration.value == timedelta(minutes=1, seconds=5)
    assert sheet.cell(3, 2).value is None and sheet.cell(3, 5).value is None
    # A date column fits dd/mm/yyyy; the code column has the width it asked for.
    assert sheet.column_dimensions["B"].width == 12 and sheet.column_dimensions["A"].width == 12


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_text_a_spreadsheet_would_run_is_written_as_text(tmp_path, fmt, start):
    target = tmp_path / f"bang.{fmt}"
    columns = [Column("Ghi chú"), Column("Số", "count")]
    write_table(target, columns, iter([[f"{start}HYPERLINK(1)", -5], ["Bình thường", 3]]), 2)
    table = csv_table(target) if fmt == "csv" else xlsx_table(target)
    assert [row[0] for row in table[1:]] == [f"'{start}HYPERLINK(1)", "Bình thường"]
    assert [str(row[1]) for row in table[1:]] == ["-5", "3"]  # numbers are not text


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_control_characters_a_workbook_cannot_hold_are_dropped(tmp_path, fmt):
    target = tmp_path / f"bang.{fmt}"
    write_table(target, [Column("Ghi chú")], iter([["Dòng\x01 một\x0b\nDòng hai"]]), 1)
    table = csv_table(target) if fmt == "csv" else xlsx_table(target)
    assert table[1] == ["Dòng một\nDòng hai"]


def test_progress_follows_the_rows_as_they_stream(tmp_path):
    read = []

    def rows():
        for n in range(2500):
            read.append(n)
            yield [f"KH{n}"]

    seen = []

    class Control:
        def progress(self, percent, message=""):
            seen.append((percent, message, len(read)))

    written = write_table(tmp_path / "bang.csv", [Column("Mã")], rows(), 2500, control=Control())
    assert written == 2500
    # Each report comes when that many rows were read, not after reading them all.
    assert seen == [
        (40, "1,000 of 2,500 rows", 1000),
        (80, "2,000 of 2,500 rows", 2000),
        (100, "2,500 of 2,500 rows", 2500),
    ]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_cancelled_export_leaves_no_file_and_keeps_the_older_one(tmp_path, fmt):
    folder = tmp_path / "xuat"
    folder.mkdir()
    target = folder / f"bang.{fmt}"
    target.write_bytes(b"ban cu")
    temp_files_before = list(openpyxl_writer.ALL_TEMP_FILES)
    rows = ([f"KH{n}"] for n in range(3000))
    with pytest.raises(Stop):
        write_table(target, [Column("Mã")], rows, 3000, control=Recorder(stop_at=2))
    assert target.read_bytes() == b"ban cu"
    assert [p.name for p in folder.iterdir()] == [f"bang.{fmt}"]
    # openpyxl's own temporary file for the sheet's rows is gone too, not left until exit.
    assert temp_files_before == openpyxl_writer.ALL_TEMP_FILES


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_full_disk_is_reported_as_it_came_and_leaves_nothing(tmp_path, fmt):
    target = tmp_path / f"bang.{fmt}"

    def rows():
        yield ["KH01"]
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        write_table(target, [Column("Mã")], rows(), 2)
    assert list(tmp_path.iterdir()) == []


def test_a_file_the_folder_cannot_take_is_an_os_error_and_the_older_file_stays(
    tmp_path, monkeypatch
):
    target = tmp_path / "bang.csv"
    target.write_text("ban cu", encoding="utf-8")

    def locked(src, dst):  # Excel has the file open (Windows refuses the rename)
        raise PermissionError(errno.EACCES, "The file is open in another program")

    monkeypatch.setattr("app.services.exports.table_file.os.replace", locked)
    with pytest.raises(PermissionError):
        write_table(target, [Column("Mã")], iter([["KH01"]]), 1)
    assert target.read_text(encoding="utf-8") == "ban cu"
    assert [p.name for p in tmp_path.iterdir()] == ["bang.csv"]


@pytest.mark.parametrize("name", ["bang.pdf", "bang", "bang.xls"])
def test_a_name_that_is_not_csv_or_xlsx_is_refused(tmp_path, name):
    with pytest.raises(ValidationError, match=r"\.csv or \.xlsx"):
        write_table(tmp_path / name, [Column("Mã")], iter([]), 0)
    assert list(tmp_path.iterdir()) == []


def test_the_format_given_wins_over_the_name_and_case_does_not_matter(tmp_path):
    write_table(tmp_path / "BANG.CSV", [Column("Mã")], iter([["KH01"]]), 1)
    write_table(tmp_path / "bang.txt", [Column("Mã")], iter([["KH01"]]), 1, fmt="xlsx")
    assert csv_table(tmp_path / "BANG.CSV") == [["Mã"], ["KH01"]]
    assert xlsx_table(tmp_path / "bang.txt") == [["Mã"], ["KH01"]]


def test_a_folder_that_does_not_exist_is_refused_by_name(tmp_path):
    missing = tmp_path / "khong-co"
    with pytest.raises(ValidationError, match="khong-co does not exist"):
        write_table(missing / "bang.csv", [Column("Mã")], iter([]), 0)
    assert not missing.exists()


def test_a_sheet_name_excel_would_refuse_is_made_acceptable(tmp_path):
    target = tmp_path / "bang.xlsx"
    write_table(target, [Column("Mã")], iter([]), 0, sheet="Cuộc gọi: 01/11 [bản nháp] rất dài")
    title = load_workbook(target).active.title
    assert len(title) <= 31 and not set(title) & set("[]:*?/\\")
    assert title.startswith("Cuộc gọi")
