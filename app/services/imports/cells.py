"""One cell of a file as the row checks read it, whatever the file made of it.

A CSV cell is text. An Excel cell may be a number, a date or text, and Excel changes what
people typed: a phone loses its leading zero (912345678), a date becomes a serial number
(31107) when its column is not formatted as a date, a code typed as a number comes back
as 1234.0. Here each cell becomes what was meant before the field's own rule sees it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from app.date_input import parse_typed_date
from app.errors import ValidationError
from app.i18n import t

Cell = str | int | float | bool | date | datetime | time | None

# Excel counts days from 30/12/1899 (its day 60 is a 29/02/1900 that never was; nothing
# before 1 March 1900 is read as a serial, so that bug never shows).
_EXCEL_EPOCH = date(1899, 12, 30)
SERIAL_MIN, SERIAL_MAX = 61, 2_958_465  # 01/03/1900 .. 31/12/9999
# "=""0912345678""" is how some programs keep Excel from dropping a leading zero.
_FORMULA_TEXT = re.compile(r'^="(.*)"$', re.DOTALL)
_GROUPED = re.compile(r"[+-]?\d{1,3}([.,\s]\d{3})+")
_LIST_SEPARATORS = re.compile(r"[;,/\n]")


def cell_text(value: Cell) -> str:
    """The cell as text, as a person would read it in the sheet."""
    if type(value) is str:  # most cells: the quick way first
        text = value.strip()
        if text[:1] not in ("=", "'"):
            return text
        unwrapped = _FORMULA_TEXT.match(text)
        return unwrapped[1].strip() if unwrapped else text.removeprefix("'").strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return cell_text(str(value))


def is_blank(value: Cell) -> bool:
    return cell_text(value) == ""


def serial_date(serial: float) -> date:
    """An Excel day number as the date it stands for."""
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def cell_date(value: Cell, field: str, *, today: date, past_only: bool = False) -> date | None:
    """A date cell: an Excel date, a serial number, or text typed as the date fields take it.

    Raises ValidationError naming `field` for anything else.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(value, cell_text(value), field)
    text = cell_text(value)
    if not text:
        return None
    if text.isdigit() and len(text) in (4, 5):
        # A date column that lost its date format in a CSV export: the serial as text.
        return _serial(int(text), text, field)
    try:
        return parse_typed_date(text, today=today, past_only=past_only)
    except ValidationError as exc:
        raise ValidationError(exc.message, field) from None


def _serial(number: float, shown: str, field: str) -> date:
    if SERIAL_MIN <= number <= SERIAL_MAX:
        return serial_date(number)  # a fraction is the time of day: the date is the day
    raise ValidationError(
        t("“{value}” is not a date: write it as 21/03/1985 or 1985-03-21.", value=shown), field
    )


def cell_whole_number(value: Cell) -> int | None:
    """A whole number written any usual way ("1200", "1.200", "1,200", 1200.0), else None.

    None when the cell is not a whole number: the caller says why in the field's words.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = cell_text(value)
    if text.isdigit() and text.isascii():
        return int(text)
    if _GROUPED.fullmatch(text):
        text = re.sub(r"[.,\s]", "", text)
    digits = text.removeprefix("-").removeprefix("+")
    if not digits.isascii() or not digits.isdigit():
        return None
    return -int(digits) if text.startswith("-") else int(digits)


def split_list(value: Cell) -> list[str]:
    """Several values in one cell: "0912 345 678; 028 3823 4567", "VIP, người già"."""
    return [part.strip() for part in _LIST_SEPARATORS.split(cell_text(value)) if part.strip()]
