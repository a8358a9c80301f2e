"""One row of a customer file checked cell by cell with the customer form's own rules.

Each filled cell becomes the value that will be stored (a phone in E.164, a province by
its 2025 name, a date) or an error naming its column; what was changed on the way (an
old number converted, an old province mapped) is a note. Nothing here reads the
database: matching rows to existing customers is customer_plan.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from app.errors import ValidationError
from app.i18n import language, t
from app.models import Gender, Tier
from app.provinces import check_province
from app.services.customers.customer_input import (
    CleanPhone,
    PhoneInput,
    check_birthday,
    check_email,
    check_full_name,
    check_notes,
    check_phone,
    check_tags,
    check_text,
)
from app.services.imports.cells import Cell, cell_date, cell_text, cell_whole_number, split_list
from app.services.imports.fields import header_key
from app.services.imports.report import RowIssue
from app.text import fold

CODE_MAX = 20
_TIER_NAMES = {
    "member": Tier.MEMBER,
    "thanh vien": Tier.MEMBER,
    "silver": Tier.SILVER,
    "bac": Tier.SILVER,
    "gold": Tier.GOLD,
    "vang": Tier.GOLD,
    "platinum": Tier.PLATINUM,
    "bach kim": Tier.PLATINUM,
    "vip": Tier.VIP,
    "kim cuong": Tier.VIP,
    "diamond": Tier.VIP,
}
_GENDERS = {
    "female": Gender.FEMALE,
    "f": Gender.FEMALE,
    "nu": Gender.FEMALE,
    "woman": Gender.FEMALE,
    "ba": Gender.FEMALE,
    "chi": Gender.FEMALE,
    "male": Gender.MALE,
    "m": Gender.MALE,
    "nam": Gender.MALE,
    "man": Gender.MALE,
    "ong": Gender.MALE,
    "anh": Gender.MALE,
    "other": Gender.OTHER,
    "khac": Gender.OTHER,
}


@dataclass
class CustomerRow:
    number: int
    values: dict[str, object] = field(default_factory=dict)  # field -> value as stored
    phones: list[CleanPhone] = field(default_factory=list)
    errors: list[RowIssue] = field(default_factory=list)
    notes: list[RowIssue] = field(default_factory=list)
    raw: tuple[str, ...] = ()  # the mapped cells as text: two equal rows are one row twice
    key: str = ""  # fold(full name), when the row names one
    rejected: dict[str, str] = field(default_factory=dict)  # field -> the text it refused


@dataclass(frozen=True)
class Columns:
    """Which cell holds which field, with the names the file gives its columns."""

    mapping: dict[int, str]  # cell index -> field
    names: tuple[str, ...]  # the header, one name per cell ("" when unnamed)

    def name(self, field_name: str) -> str:
        index = next((i for i, f in self.mapping.items() if f == field_name), None)
        return "" if index is None else self.names[index]


def check_customer_row(
    number: int, cells: list[Cell], columns: Columns, today: date
) -> CustomerRow:
    row = CustomerRow(number)
    checks = _checks(today)
    seen = []
    for index, name in columns.mapping.items():
        value = cells[index] if index < len(cells) else None
        text = cell_text(value)
        seen.append(text.casefold())
        if not text:
            continue
        header = columns.names[index]
        try:
            stored = checks[name](value, text)
        except ValidationError as exc:
            row.errors.append(RowIssue(number, header, exc.message, name))
            row.rejected[name] = text
            continue
        if type(stored) is Noted:
            row.notes += [RowIssue(number, header, note, name) for note in stored.notes]
            stored = stored.value
        row.values[name] = stored
    row.raw = tuple(seen)
    row.phones = row.values.pop("phone", [])  # type: ignore[assignment]
    if "full_name" in row.values:
        row.key = fold(str(row.values["full_name"]))
    return row


class Noted(NamedTuple):
    """A value stored, with what was changed on the way to it (an old number converted)."""

    value: object
    notes: list[str]


# (the cell, its text) -> the value to store, or Noted; ValidationError when it is wrong
Check = Callable[[Cell, str], object]


@lru_cache(maxsize=4)
def _checks(today: date) -> dict[str, Check]:
    def birthday(value: Cell, _text: str) -> date | None:
        return check_birthday(cell_date(value, "birthday", today=today, past_only=True), today)

    def province(_value: Cell, text: str) -> object:
        name, note = _province(text, language())
        return Noted(name, [note]) if note else name

    def phones(value: Cell, _text: str) -> object:
        found, notes = parse_phones(value)
        return Noted(found, notes) if notes else found

    return {
        "code": lambda _v, text: parse_code(text),
        "full_name": lambda _v, text: check_full_name(text),
        "phone": phones,
        "email": lambda _v, text: check_email(text),
        "birthday": birthday,
        "gender": lambda _v, text: parse_gender(text),
        "address": lambda _v, text: check_text(text, "address", 400),
        "ward": lambda _v, text: check_text(text, "ward", 100),
        "province": province,
        "tier": lambda _v, text: parse_tier(text),
        "points": lambda value, _text: parse_points(value),
        "tags": lambda value, _text: check_tags(split_list(value)),
        "notes": lambda _v, text: check_notes(text),
    }


@lru_cache(maxsize=4096)
def _province(text: str, _language: str) -> tuple[str, str | None]:
    # A file names a few dozen places thousands of times; the note is in the UI language.
    return check_province(text)


def parse_code(text: str) -> str:
    code = text.strip().upper()
    bare = code.replace("-", "").replace("_", "")
    if len(code) > CODE_MAX or not (bare.isascii() and bare.isalnum()):
        raise ValidationError(
            t(
                "“{code}” is not a customer code: letters and digits, at most {n}, such as "
                "KH0000123.",
                code=text.strip(),
                n=CODE_MAX,
            ),
            "code",
        )
    return code


def parse_phones(value: Cell) -> tuple[list[CleanPhone], list[str]]:
    """Every number of the cell; the first is the primary one, a landline is "home"."""
    phones: list[CleanPhone] = []
    for part in split_list(value):
        clean = check_phone(PhoneInput(part))
        if clean.national.startswith("02"):
            clean = replace(clean, label="home")
        if clean.e164 not in {p.e164 for p in phones}:
            phones.append(clean)
    return phones, [p.note for p in phones if p.note]


@lru_cache(maxsize=256)
def _tier_key(text: str) -> str:
    return header_key(text).removeprefix("hang ")


def parse_tier(text: str) -> Tier:
    key = _tier_key(text)
    if key in _TIER_NAMES:
        return _TIER_NAMES[key]
    raise ValidationError(
        t(
            "Unknown tier “{value}”: use Member, Silver, Gold, Platinum or VIP (or Thành viên, "
            "Bạc, Vàng, Bạch kim, VIP).",
            value=text.strip(),
        ),
        "tier",
    )


def parse_gender(text: str) -> Gender:
    key = header_key(text)
    if key in _GENDERS:
        return _GENDERS[key]
    raise ValidationError(
        t(
            "Unknown gender “{value}”: use Nam, Nữ or Khác (or male, female, other), or leave "
            "it empty.",
            value=text.strip(),
        ),
        "gender",
    )


def parse_points(value: Cell) -> int:
    points = cell_whole_number(value)
    if points is None or points < 0:
        raise ValidationError(
            t(
                "“{value}” is not a number of points: write a whole number of 0 or more, "
                "such as 1200.",
                value=cell_text(value),
            ),
            "points",
        )
    return points
