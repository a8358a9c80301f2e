"""Reading a purchases CSV file: its columns in English or Vietnamese, and each cell's rules.

The file is read like a customer file (app.services.customer_csv: UTF-8 with or without a
BOM, "," ";" or tab, headers matched accent- and case-free). A file that names no product
(sku), no purchase date or no way to find the customer is refused whole; a bad cell is a
row error the import reports while the other rows load.
"""

from __future__ import annotations

import re
from datetime import date

from app.errors import ValidationError
from app.i18n import t
from app.services.customer_csv import CsvTable, parse_date, read_csv_table
from app.services.products import normal_sku
from app.services.purchases import normal_serial
from app.text import interpretations, nfc

FIELDS = ("customer_code", "phone", "invoice_no", "sku", "product_name", "serial_no",
          "purchase_date", "price_vnd", "warranty_months", "store_code")  # fmt: skip
# As header_key() leaves a header: folded, punctuation turned to spaces, so "Số hoá đơn",
# "Số hóa đơn", "SO HOA DON" and "so_hoa_don" all match; "Giá (VND)" is "gia vnd".
_ALIASES = {
    "customer_code": ("customer code", "customer", "ma khach hang", "ma kh", "khach hang"),
    "phone": ("phone", "phone number", "so dien thoai", "dien thoai", "sdt"),
    "invoice_no": ("invoice no", "invoice", "invoice number", "so hoa don", "hoa don", "so hd"),
    "sku": ("sku", "product code", "ma san pham", "ma sp", "ma hang"),
    "product_name": ("product name", "product", "ten san pham", "san pham", "ten hang"),
    "serial_no": ("serial no", "serial", "serial number", "so serial", "so se ri", "so seri",
                  "se ri", "seri", "imei"),
    "purchase_date": ("purchase date", "date", "ngay mua", "ngay mua hang"),
    "price_vnd": ("price vnd", "price", "gia", "gia vnd", "gia ban", "gia ban vnd"),
    "warranty_months": ("warranty months", "warranty", "bao hanh thang", "bao hanh",
                        "so thang bao hanh", "thoi gian bao hanh thang"),
    "store_code": ("store code", "store", "ma cua hang", "cua hang", "ma ch"),
}  # fmt: skip
_HEADER_OF = {alias: field for field, aliases in _ALIASES.items() for alias in aliases}

CODE_MAX, SKU_MAX, NAME_MAX, NUMBER_MAX = 20, 40, 200, 60
MONTHS_MAX = 120  # ten years: more is a typing slip (days or a year typed as months)
_GROUPED = re.compile(r"\d{1,3}([.,\s]\d{3})+")
_CURRENCY = re.compile(r"\s*(đ|₫|d|vnd|vnđ|dong|đồng)$", re.IGNORECASE)
_CODE = re.compile(r"[A-Z0-9][A-Z0-9_\-./]*")
_SKU = re.compile(r"[A-Z0-9][A-Z0-9._/-]{0,39}")  # the catalogue's rule (app.services.products)


def read_purchase_csv(content: bytes) -> CsvTable:
    empty = t("The file is empty: its first line must name the columns, such as "
              "phone,sku,serial_no,purchase_date. Nothing was loaded.")  # fmt: skip
    table = read_csv_table(content, _HEADER_OF, empty)
    names = ", ".join(table.header) or "-"
    if "customer_code" not in table.columns and "phone" not in table.columns:
        raise ValidationError(
            t("The file has no column that says whose purchase it is: the first line must "
              "name “customer_code” (Mã khách hàng) or “phone” (Số điện thoại). It names: "
              "{names}. Nothing was loaded.", names=names)
        )  # fmt: skip
    for field, english, vietnamese in (("sku", "sku", "Mã sản phẩm"),
                                       ("purchase_date", "purchase_date", "Ngày mua")):  # fmt: skip
        if field not in table.columns:
            raise ValidationError(
                t("The file has no “{english}” column (“{vietnamese}”): the first line must "
                  "name one. It names: {names}. Nothing was loaded.",
                  english=english, vietnamese=vietnamese, names=names)
            )  # fmt: skip
    return table


def parse_customer_code(text: str) -> str:
    code = text.strip().upper()
    if len(code) > CODE_MAX or not _CODE.fullmatch(code):
        raise ValidationError(
            t("“{code}” is not a customer code: letters and digits, at most {n}, such as "
              "KH0000123.", code=text.strip(), n=CODE_MAX), "customer_code"
        )  # fmt: skip
    return code


def parse_phone(text: str) -> tuple[str, ...]:
    """Every E.164 reading of the number, read like a customer's phone (any format, old
    numbers mapped). An old Ho Chi Minh City "08" + 8 digits has two: the file only finds
    a customer, so the reading a customer has is the one meant."""
    try:
        return tuple(p.e164 for p in interpretations(text))
    except ValidationError as exc:
        raise ValidationError(exc.message, "phone") from None


def parse_sku(text: str) -> str:
    """Upper case without spaces, as the catalogue stores it (products.normal_sku)."""
    sku = normal_sku(text)
    if not _SKU.fullmatch(sku):
        raise ValidationError(
            t("“{sku}” is not a product code (SKU): 1 to {n} letters A-Z, digits, dots, dashes "
              "or slashes, such as TV-55.", sku=text.strip(), n=SKU_MAX), "sku"
        )  # fmt: skip
    return sku


def parse_serial(text: str) -> str:
    """As a purchase stores it (purchases.normal_serial): "sn 123 abc" is SN123ABC."""
    serial = normal_serial(text)
    if len(serial) > NUMBER_MAX:
        raise ValidationError(
            t("“{value}” is too long: at most {n} characters.", value=serial, n=NUMBER_MAX),
            "serial_no",
        )
    return serial


def parse_product_name(text: str) -> str:
    name = nfc(text)
    if len(name) > NAME_MAX:
        raise ValidationError(
            t("The product name is too long: at most {n} characters.", n=NAME_MAX), "product_name"
        )
    return name


def parse_invoice(text: str) -> str:
    """An invoice number as printed on it."""
    value = nfc(text)
    if len(value) > NUMBER_MAX:
        raise ValidationError(
            t("“{value}” is too long: at most {n} characters.", value=value, n=NUMBER_MAX),
            "invoice_no",
        )
    return value


def parse_purchase_date(text: str, today: date) -> date:
    try:
        day = parse_date(text)
    except ValidationError:
        raise ValidationError(
            t("“{value}” is not a date: write it as 21/03/2025 or 2025-03-21.",
              value=text.strip()), "purchase_date"
        ) from None  # fmt: skip
    if day > today:
        raise ValidationError(
            t("The purchase date {day} is in the future: check the day and the year.",
              day=day.strftime("%d/%m/%Y")), "purchase_date"
        )  # fmt: skip
    return day


def parse_price(text: str) -> int:
    """Whole đồng: "12990000", "12.990.000", "12,990,000", "12 990 000 đ"."""
    value = text.strip()
    bare = _CURRENCY.sub("", value).strip()
    negative = bare.startswith("-")
    digits = bare.removeprefix("-").strip()
    if _GROUPED.fullmatch(digits):
        digits = re.sub(r"[.,\s]", "", digits)
    if not digits.isascii() or not digits.isdigit():
        raise ValidationError(
            t("“{value}” is not a price: write whole đồng, such as 12990000 or 12.990.000.",
              value=value), "price_vnd"
        )  # fmt: skip
    if negative and int(digits):
        raise ValidationError(
            t("The price {value} is negative: write 0 or more.", value=value), "price_vnd"
        )
    return int(digits)


def parse_months(text: str) -> int:
    value = text.strip()
    digits = value.removeprefix("-").strip()
    if not digits.isascii() or not digits.isdigit():
        raise ValidationError(
            t("“{value}” is not a number of months: write a whole number such as 12 or 24.",
              value=value), "warranty_months"
        )  # fmt: skip
    months = int(digits)
    if value.startswith("-") and months:
        raise ValidationError(
            t("The warranty of {value} months is negative: write 0 or more.", value=value),
            "warranty_months",
        )
    if months > MONTHS_MAX:
        raise ValidationError(
            t("A warranty of {value} months is too long: at most {n} months.", value=value,
              n=MONTHS_MAX), "warranty_months"
        )  # fmt: skip
    return months


def parse_store_code(text: str) -> str:
    code = text.strip().upper()
    if len(code) > CODE_MAX or not _CODE.fullmatch(code):
        raise ValidationError(
            t("“{code}” is not a store code: letters and digits, at most {n}, such as HN01.",
              code=text.strip(), n=CODE_MAX), "store_code"
        )  # fmt: skip
    return code
