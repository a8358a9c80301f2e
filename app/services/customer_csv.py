"""Reading a customer CSV file: encoding, the header row in English or Vietnamese, cells.

Whatever makes the whole file unusable (not UTF-8, no header, no full-name column) is one
ValidationError before anything is loaded; a bad cell is the caller's per-row error.
read_csv_table() is the part every import shares (app.services.purchase_csv uses it too).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from app.errors import ValidationError
from app.i18n import t
from app.models import Tier
from app.text import fold

FIELDS = ("code", "full_name", "phone", "email", "birthday", "address", "province", "tier",
          "points", "tags", "notes")  # fmt: skip
REQUIRED = "full_name"
# Header names as fold() leaves them with punctuation turned to spaces, so "Họ tên",
# "HO TEN", "ho_ten" and "Họ  tên" all match; "Tỉnh/Thành phố" is "tinh thanh pho".
_ALIASES = {
    "code": ("code", "customer code", "ma", "ma kh", "ma khach hang"),
    "full_name": ("full name", "name", "ho ten", "ho va ten", "ten khach hang"),
    "phone": ("phone", "phones", "phone number", "so dien thoai", "dien thoai", "sdt"),
    "email": ("email", "e mail"),
    "birthday": ("birthday", "date of birth", "ngay sinh"),
    "address": ("address", "dia chi"),
    "province": ("province", "tinh thanh pho", "tinh thanh", "tinh", "thanh pho"),
    "tier": ("tier", "hang", "hang thanh vien"),
    "points": ("points", "diem", "diem tich luy"),
    "tags": ("tags", "tag", "nhan"),
    "notes": ("notes", "note", "ghi chu"),
}
_HEADER_OF = {alias: field for field, aliases in _ALIASES.items() for alias in aliases}
_TIER_NAMES = {
    "member": Tier.MEMBER, "thanh vien": Tier.MEMBER, "silver": Tier.SILVER, "bac": Tier.SILVER,
    "gold": Tier.GOLD, "vang": Tier.GOLD, "platinum": Tier.PLATINUM, "bach kim": Tier.PLATINUM,
    "vip": Tier.VIP,
}  # fmt: skip
_PUNCTUATION = re.compile(r"[\s_\-/.()]+")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_GROUPED = re.compile(r"\d{1,3}([.,\s]\d{3})+")


@dataclass(frozen=True)
class CsvTable:
    columns: dict[str, tuple[int, str]]  # field -> (cell index, header as written)
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, header = 1; cells)
    width: int  # cells in the header
    ignored: tuple[str, ...]  # header names that are no known column
    header: tuple[str, ...] = ()  # every filled header name as written


def header_key(name: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", fold(name)).split())


def _decode(content: bytes) -> str:
    wrong = t("The file is not UTF-8 text (it may have been saved as Windows-1258, ANSI or "
              "UTF-16). In Excel choose Save As > “CSV UTF-8 (Comma delimited)” and import "
              "that file. Nothing was loaded.")  # fmt: skip
    try:
        text = content.decode("utf-8-sig")  # Excel's "CSV UTF-8" starts with a BOM
    except UnicodeDecodeError:
        raise ValidationError(wrong) from None
    # UTF-16 without a BOM decodes as "valid" UTF-8 full of NUL bytes: no CSV has those.
    if "\x00" in text:
        raise ValidationError(wrong)
    return text


def _delimiter(first_line: str) -> str:
    # Excel writes ";" where the list separator is ";" (Vietnamese and many European
    # settings) and "," elsewhere; the header line says which one this file uses.
    return max((",", ";", "\t"), key=first_line.count)


def read_csv_table(content: bytes, header_of: Mapping[str, str], empty: str) -> CsvTable:
    """The rows of a CSV file and its header matched to fields (`header_of`: header_key ->
    field). Shared by every import, so they read the same encodings and separators; `empty`
    is the message for a file without a header line."""
    text = _decode(content)
    first = text.lstrip("\r\n").split("\n", 1)[0]
    if not first.strip():
        raise ValidationError(empty)
    reader = csv.reader(io.StringIO(text.lstrip("\r\n"), newline=""), delimiter=_delimiter(first))
    try:
        header = next(reader)
        rows = [(number, cells) for number, cells in enumerate(reader, start=2)]
    except csv.Error as exc:
        raise ValidationError(
            t("The file is not a readable CSV file ({reason}). Nothing was loaded.",
              reason=exc)
        ) from None  # fmt: skip
    columns: dict[str, tuple[int, str]] = {}
    ignored: list[str] = []
    for index, name in enumerate(header):
        field = header_of.get(header_key(name))
        if field is None:
            if name.strip():
                ignored.append(name.strip())
            continue
        if field in columns:
            raise ValidationError(
                t("The columns “{first}” and “{second}” are the same column: keep one of "
                  "them. Nothing was loaded.", first=columns[field][1], second=name.strip())
            )  # fmt: skip
        columns[field] = (index, name.strip())
    names = tuple(h.strip() for h in header if h.strip())
    return CsvTable(columns, rows, len(header), tuple(ignored), names)


def read_customer_csv(content: bytes) -> CsvTable:
    empty = t("The file is empty: its first line must name the columns, such as "
              "full_name,phone,email. Nothing was loaded.")  # fmt: skip
    table = read_csv_table(content, _HEADER_OF, empty)
    if REQUIRED not in table.columns:
        raise ValidationError(
            t("The file has no full name column: the first line must name one “full_name” "
              "or “Họ tên”. It names: {names}. Nothing was loaded.",
              names=", ".join(table.header) or "-")
        )  # fmt: skip
    return table


def parse_date(text: str) -> date:
    value = text.strip()
    iso, day_first = _ISO_DATE.fullmatch(value), _DAY_FIRST.fullmatch(value)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if day_first:
            return date(int(day_first[3]), int(day_first[2]), int(day_first[1]))
    except ValueError:
        pass  # 31/02/1990: a date-shaped text that is no date
    raise ValidationError(
        t("“{value}” is not a date: write it as 1985-03-21 or 21/03/1985.", value=value),
        "birthday",
    )


def parse_tier(text: str) -> Tier:
    key = header_key(text).removeprefix("hang ")
    if key in _TIER_NAMES:
        return _TIER_NAMES[key]
    raise ValidationError(
        t("Unknown tier “{value}”: use Member, Silver, Gold, Platinum or VIP (or Thành viên, "
          "Bạc, Vàng, Bạch kim, VIP).", value=text.strip()),
        "tier",
    )  # fmt: skip


def parse_points(text: str) -> int:
    value = text.strip()
    digits = re.sub(r"[.,\s]", "", value) if _GROUPED.fullmatch(value) else value
    if not digits.isascii() or not digits.isdigit():
        raise ValidationError(
            t("“{value}” is not a number of points: write a whole number of 0 or more, "
              "such as 1200.", value=value),
            "points",
        )  # fmt: skip
    return int(digits)


def split_list(text: str) -> list[str]:
    """Several values in one cell, separated by ";" ("0912 345 678; 028 3823 4567")."""
    return [part.strip() for part in text.split(";") if part.strip()]
