"""Files a store brings to the import window: Windows-1258 CSV, Excel workbooks, purchases."""

from __future__ import annotations

import io
import unicodedata
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

# Windows-1258 has the letters with a circumflex, breve or horn, and writes the five tone
# marks as combining characters after them, as Vietnamese Windows saves a file.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")

CUSTOMER_HEADINGS = [
    "Mã KH",
    "Họ và tên",
    "Liên lạc",
    "Ngày sinh",
    "Tỉnh/Thành phố",
    "Hạng",
    "Ghi chú",
]
CUSTOMER_ROWS = [
    ["", "Nguyễn Thị Lan", "0912345678", "08/03/1960", "Hà Nội", "Vàng", "Khách quen"],
    ["", "Trần Văn Bình", "+84 903 111 222", "21/07/1988", "Bình Dương", "", ""],
    ["", "Lê Thị Hồng Đào", "01689123456", "31/02/1990", "Đà Nẵng", "Bạc", "Gọi buổi sáng"],
    ["", "Phạm Minh Tuấn", "0283 823 4567", "1985-03-21", "Cần Thơ", "", ""],
]


def windows_1258(text: str) -> bytes:
    """`text` as Vietnamese Windows writes it (code page 1258)."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        out += (base + "".join(c for c in decomposed if c in _TONES)).encode("cp1258")
    return bytes(out)


def csv_text(rows: list[list[str]], separator: str = ";") -> str:
    return "\r\n".join(separator.join(cells) for cells in rows) + "\r\n"


def customer_csv(path: Path, rows: list[list[str]] | None = None) -> Path:
    """The customer list as a Windows-1258 CSV file separated by semicolons."""
    path.write_bytes(windows_1258(csv_text([CUSTOMER_HEADINGS, *(rows or CUSTOMER_ROWS)])))
    return path


def many_customers(count: int) -> list[list[str]]:
    """`count` distinct customers with distinct mobile numbers."""
    return [
        ["", f"Khách Hàng {n:05d}", f"09{n:08d}", "", "Hà Nội", "", ""] for n in range(1, count + 1)
    ]


def workbook(
    rows: list[list[object]],
    *,
    title: str = "",
    sheet: str = "Khách hàng",
    before: dict[str, list[list[object]]] | None = None,
) -> bytes:
    """An .xlsx as Excel saves one: an optional merged title row above the headings, and
    optional sheets `before` the list (an instructions sheet, say)."""
    book = Workbook()
    book.remove(book.active)
    for name, cells in (before or {}).items():
        extra = book.create_sheet(name)
        for row in cells:
            extra.append(row)
    ws = book.create_sheet(sheet)
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    for row in rows:
        ws.append(row)
    for cells in ws.iter_rows():
        for cell in cells:
            if isinstance(cell.value, datetime):
                cell.number_format = "dd/mm/yyyy"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


EXCEL_CUSTOMERS = [
    ["Họ tên", "Số điện thoại", "Ngày sinh", "Điểm"],
    # A date cell, a phone that lost its leading zero, a number.
    ["Phạm Thị Hoa", 912345678, datetime(1985, 3, 21), 1200],
    # A date column that lost its format: the serial number (31107 is 01/03/1985).
    ["Vũ Văn Nam", 987654321, 31107, 15],
]

PURCHASE_CSV = (
    "Mã khách hàng,Số điện thoại,Số hoá đơn,Mã sản phẩm,Tên sản phẩm,Số sê-ri,Ngày mua,"
    "Giá (VND),Bảo hành (tháng)\r\n"
    "KH0000001,,HD-0001,TV-55,Tivi 55 inch,SN55A001,31/01/2024,12.990.000,24\r\n"
    ",0912 345 678,HD-0002,MG-8KG,Máy giặt 8 kg,mg8-0001,02/07/2025,7990000,\r\n"
    ',0999 999 999,HD-0003,MG-8KG,,MG8-0002,01/03/2025,"7,490,000",\r\n'
)
