"""What each kind of import can fill in, and how a file's column names are recognised.

A header is compared by `header_key`: folded (no accents, lower case) with punctuation
turned to spaces, so "Họ tên", "HO TEN", "ho_ten" and "Họ  tên" are one name and
"Tỉnh/Thành phố" is "tinh thanh pho". Each field knows its English and Vietnamese names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.i18n import t
from app.text import fold

CUSTOMERS, PURCHASES, CALLS = "customers", "purchases", "calls"
KINDS = (CUSTOMERS, PURCHASES, CALLS)


@dataclass(frozen=True)
class Field:
    name: str  # as the report and --json name it: "full_name", "purchase_date"
    aliases: tuple[str, ...]  # header keys that mean this field
    required: bool = False


CUSTOMER_FIELDS: tuple[Field, ...] = (
    Field("code", ("code", "customer code", "ma", "ma kh", "ma khach hang", "ma khach")),
    Field(
        "full_name",
        (
            "full name",
            "name",
            "ho ten",
            "ho va ten",
            "ten khach hang",
            "ten khach",
            "khach hang",
            "customer name",
            "customer",
        ),
        required=True,
    ),
    Field(
        "phone",
        (
            "phone",
            "phones",
            "phone number",
            "mobile",
            "so dien thoai",
            "dien thoai",
            "sdt",
            "so dt",
            "di dong",
            "dtdd",
        ),
    ),
    Field("email", ("email", "e mail", "thu dien tu")),
    Field("birthday", ("birthday", "date of birth", "dob", "birth date", "ngay sinh", "sinh nhat")),
    Field("gender", ("gender", "sex", "gioi tinh")),
    Field("address", ("address", "street", "dia chi", "so nha")),
    Field("ward", ("ward", "commune", "ward commune", "phuong", "xa", "phuong xa")),
    Field(
        "province",
        (
            "province",
            "city",
            "province city",
            "tinh thanh pho",
            "tinh thanh",
            "tinh",
            "thanh pho",
            "tinh tp",
        ),
    ),
    Field("tier", ("tier", "member tier", "hang", "hang thanh vien", "hang the")),
    Field("points", ("points", "diem", "diem tich luy")),
    Field("tags", ("tags", "tag", "nhan", "the")),
    Field("notes", ("notes", "note", "ghi chu")),
)

PURCHASE_FIELDS: tuple[Field, ...] = (
    Field(
        "customer_code",
        ("customer code", "customer", "ma khach hang", "ma kh", "khach hang", "ma khach"),
    ),
    Field("phone", ("phone", "phone number", "so dien thoai", "dien thoai", "sdt", "so dt")),
    Field(
        "invoice_no", ("invoice no", "invoice", "invoice number", "so hoa don", "hoa don", "so hd")
    ),
    Field("sku", ("sku", "product code", "ma san pham", "ma sp", "ma hang"), required=True),
    Field("product_name", ("product name", "product", "ten san pham", "san pham", "ten hang")),
    Field(
        "serial_no",
        (
            "serial no",
            "serial",
            "serial number",
            "so serial",
            "so se ri",
            "so seri",
            "se ri",
            "seri",
            "imei",
        ),
    ),
    Field(
        "purchase_date",
        ("purchase date", "date", "ngay mua", "ngay mua hang", "ngay ban"),
        required=True,
    ),
    Field(
        "price_vnd",
        ("price vnd", "price", "gia", "gia vnd", "gia ban", "gia ban vnd", "thanh tien"),
    ),
    Field(
        "warranty_months",
        (
            "warranty months",
            "warranty",
            "bao hanh thang",
            "bao hanh",
            "so thang bao hanh",
            "thoi gian bao hanh thang",
            "thoi gian bao hanh",
        ),
    ),
    Field("store_code", ("store code", "store", "ma cua hang", "cua hang", "ma ch")),
)

# Asterisk's Master.csv has no header: its columns are fixed (call_rows.CDR_COLUMNS), and
# each field below is the one column of that name; the other columns are read for them.
CALL_FIELDS: tuple[Field, ...] = (
    Field("caller", ("src",)),
    Field("dialled", ("dst",)),
    Field("queue", ("dcontext",)),
    Field("extension", ("dstchannel",)),
    Field("started_at", ("start",), required=True),
    Field("answered_at", ("answer",)),
    Field("ended_at", ("end",), required=True),
    Field("duration", ("duration",), required=True),
    Field("talk_seconds", ("billsec",), required=True),
    Field("disposition", ("disposition",), required=True),
    Field("unique_id", ("uniqueid",)),
)

FIELDS = {CUSTOMERS: CUSTOMER_FIELDS, PURCHASES: PURCHASE_FIELDS, CALLS: CALL_FIELDS}
_PUNCTUATION = re.compile(r"[\s_\-/.():]+")


def header_key(name: object) -> str:
    return " ".join(_PUNCTUATION.sub(" ", fold(str(name or ""))).split())


def field_names(kind: str) -> tuple[str, ...]:
    return tuple(f.name for f in FIELDS[kind])


def field_of(kind: str, header: object) -> str | None:
    """The field a column name stands for, or None."""
    key = header_key(header)
    return next((f.name for f in FIELDS[kind] if key in f.aliases), None)


def suggest_mapping(kind: str, headers: Sequence[object]) -> dict[int, str]:
    """Column index -> field for every recognised column name.

    Two columns with names of the same field are both kept: which one holds the data is
    for the person to say (the import refuses the file until they do).
    """
    return {i: name for i, header in enumerate(headers) if (name := field_of(kind, header))}


def field_label(name: str) -> str:
    """A field's name on screens and in reports, in the current language."""
    return {
        "code": t("Customer code"),
        "full_name": t("Full name"),
        "phone": t("Phone"),
        "email": t("E-mail"),
        "birthday": t("Birthday"),
        "gender": t("Gender"),
        "address": t("Address"),
        "ward": t("Ward / commune"),
        "province": t("Province / city"),
        "tier": t("Member tier"),
        "points": t("Points"),
        "tags": t("Tags"),
        "notes": t("Notes"),
        "customer_code": t("Customer code"),
        "invoice_no": t("Invoice number"),
        "sku": t("Product code (SKU)"),
        "product_name": t("Product name"),
        "serial_no": t("Serial number"),
        "purchase_date": t("Purchase date"),
        "price_vnd": t("Price (VND)"),
        "warranty_months": t("Warranty (months)"),
        "store_code": t("Store code"),
        "caller": t("Caller"),
        "dialled": t("Number dialled"),
        "queue": t("Queue"),
        "extension": t("Extension"),
        "started_at": t("Call started"),
        "answered_at": t("Answered at"),
        "ended_at": t("Call ended"),
        "duration": t("Duration (s)"),
        "talk_seconds": t("Talk time (s)"),
        "disposition": t("Outcome (Asterisk)"),
        "unique_id": t("Asterisk unique ID"),
    }.get(name, name)
