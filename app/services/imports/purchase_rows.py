"""One row of a purchase file checked cell by cell: codes, phone, date, price, warranty.

Each filled cell becomes the value that will be stored (an SKU and a serial in capitals,
the phone as every E.164 reading it has, whole đồng) or an error naming its column. Cells
are read through cells.py first, so an Excel date or serial number, a price typed as
"12.990.000" and a phone that lost its leading zero in Excel all mean what was meant.
Nothing here reads the database: finding the buyer, the product and the store is
purchase_plan.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from app.errors import ValidationError
from app.i18n import t
from app.services.claims.products import normal_sku
from app.services.claims.purchases import normal_serial, serial_spellings
from app.services.imports.cells import Cell, cell_date, cell_text, cell_whole_number
from app.services.imports.report import RowIssue
from app.text import interpretations, nfc

CODE_MAX, SKU_MAX, NAME_MAX, NUMBER_MAX = 20, 40, 200, 60
MONTHS_MAX = 120  # ten years: more is a typing slip (days or a year typed as months)
_CURRENCY = re.compile(r"\s*(đ|₫|d|vnd|vnđ|dong|đồng)$", re.IGNORECASE)
_CODE = re.compile(r"[A-Z0-9][A-Z0-9_\-./]*")
# The catalogue's rule (app.services.claims.products).
_SKU = re.compile(r"[A-Z0-9][A-Z0-9._/-]{0,39}")


@dataclass
class PurchaseRow:
    number: int
    values: dict[str, object] = field(default_factory=dict)  # field -> value as stored
    errors: list[RowIssue] = field(default_factory=list)
    notes: list[RowIssue] = field(default_factory=list)
    serials: tuple[str, ...] = ()  # the spellings an older row may hold the serial in
    misaligned: bool = False  # more cells than the header: no cell can be trusted
    rejected: dict[str, str] = field(default_factory=dict)  # field -> the text it refused


def check_purchase_row(
    number: int, cells: list[Cell], mapping: dict[int, str], names: tuple[str, ...], today: date
) -> PurchaseRow:
    row = PurchaseRow(number)
    checks = _checks(today)
    for index, name in mapping.items():
        value = cells[index] if index < len(cells) else None
        if value is None or value == "" or cell_text(value) == "":
            continue
        header = names[index] if index < len(names) else ""
        try:
            row.values[name] = checks[name](value)
        except ValidationError as exc:
            row.errors.append(RowIssue(number, header, exc.message, name))
            row.rejected[name] = cell_text(value)
            continue
        if name == "serial_no":
            row.serials = tuple(serial_spellings(cell_text(value)))
    return row


@lru_cache(maxsize=4)
def _checks(today: date) -> dict[str, Callable[[Cell], object]]:
    return {
        "customer_code": lambda v: parse_customer_code(cell_text(v)),
        "phone": lambda v: parse_phone(cell_text(v)),
        "invoice_no": lambda v: parse_invoice(cell_text(v)),
        "sku": lambda v: parse_sku(cell_text(v)),
        "product_name": lambda v: parse_product_name(cell_text(v)),
        "serial_no": lambda v: parse_serial(cell_text(v)),
        "purchase_date": lambda v: parse_purchase_date(v, today),
        "price_vnd": parse_price,
        "warranty_months": parse_months,
        "store_code": lambda v: parse_store_code(cell_text(v)),
    }


def parse_customer_code(text: str) -> str:
    code = text.strip().upper()
    if len(code) > CODE_MAX or not _CODE.fullmatch(code):
        raise ValidationError(
            t(
                "“{code}” is not a customer code: letters and digits, at most {n}, such as "
                "KH0000123.",
                code=text.strip(),
                n=CODE_MAX,
            ),
            "customer_code",
        )
    return code


@lru_cache(maxsize=65_536)
def parse_phone(text: str) -> tuple[str, ...]:
    """Every E.164 reading of the number, read like a customer's phone (any format, old
    numbers mapped, a mobile that lost its leading 0 in Excel). An old Ho Chi Minh City
    "08" + 8 digits has two: the file only finds a customer, so the reading a customer
    has is the one meant. Cached: a customer's number comes back on each purchase."""
    try:
        return tuple(p.e164 for p in interpretations(text))
    except ValidationError as exc:
        raise ValidationError(exc.message, "phone") from None


def parse_sku(text: str) -> str:
    """Upper case without spaces, as the catalogue stores it (products.normal_sku)."""
    sku = normal_sku(text)
    if not _SKU.fullmatch(sku):
        raise ValidationError(
            t(
                "“{sku}” is not a product code (SKU): 1 to {n} letters A-Z, digits, dots, dashes "
                "or slashes, such as TV-55.",
                sku=text.strip(),
                n=SKU_MAX,
            ),
            "sku",
        )
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


def parse_purchase_date(value: Cell, today: date) -> date:
    """An Excel date, a serial number or a typed date; a two-digit year is in the past."""
    day = cell_date(value, "purchase_date", today=today, past_only=True)
    assert day is not None  # a blank cell is never checked
    if day > today:
        raise ValidationError(
            t(
                "The purchase date {day} is in the future: check the day and the year.",
                day=day.strftime("%d/%m/%Y"),
            ),
            "purchase_date",
        )
    return day


def parse_price(value: Cell) -> int:
    """Whole đồng: 12990000 (an Excel number), "12990000", "12.990.000", "12,990,000",
    "12 990 000 đ"."""
    shown = cell_text(value)
    if isinstance(value, str):
        value = _CURRENCY.sub("", shown).strip()
    price = cell_whole_number(value)
    if price is None:
        raise ValidationError(
            t(
                "“{value}” is not a price: write whole đồng, such as 12990000 or 12.990.000.",
                value=shown,
            ),
            "price_vnd",
        )
    if price < 0:
        raise ValidationError(
            t("The price {value} is negative: write 0 or more.", value=shown), "price_vnd"
        )
    return price


def parse_months(value: Cell) -> int:
    shown = cell_text(value)
    months = cell_whole_number(value)
    if months is None:
        raise ValidationError(
            t(
                "“{value}” is not a number of months: write a whole number such as 12 or 24.",
                value=shown,
            ),
            "warranty_months",
        )
    if months < 0:
        raise ValidationError(
            t("The warranty of {value} months is negative: write 0 or more.", value=shown),
            "warranty_months",
        )
    if months > MONTHS_MAX:
        raise ValidationError(
            t(
                "A warranty of {value} months is too long: at most {n} months.",
                value=shown,
                n=MONTHS_MAX,
            ),
            "warranty_months",
        )
    return months


def parse_store_code(text: str) -> str:
    code = text.strip().upper()
    if len(code) > CODE_MAX or not _CODE.fullmatch(code):
        raise ValidationError(
            t(
                "“{code}” is not a store code: letters and digits, at most {n}, such as HN01.",
                code=text.strip(),
                n=CODE_MAX,
            ),
            "store_code",
        )
    return code
