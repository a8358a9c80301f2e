"""A checked value as a person reads it: the way the rest of CareDesk shows it once stored."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from app.formatting import format_count, format_date, format_datetime, format_vnd
from app.services.customers.customer_input import display_phone
from ui.customer_text import phone_display
from ui.labels import customer_tier_labels, gender_labels, label

MONEY_FIELDS = frozenset({"price_vnd"})
NUMBER_FIELDS = frozenset({"points", "warranty_months", "duration", "talk_seconds"})


def stored_text(field: str, row: object) -> str:
    """The value `row` will store for `field`, formatted ("" when the cell was empty)."""
    if field == "phone":
        return phones_text(row)
    values: dict = getattr(row, "values", {})
    if field not in values:
        return ""
    return value_text(field, values[field])


def value_text(field: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):  # a call's times, stored in UTC: shown on the store's clock
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if field == "tier":
        return label(customer_tier_labels(), str(value))
    if field == "gender":
        return label(gender_labels(), str(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return format_vnd(value) if field in MONEY_FIELDS else format_count(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def phones_text(row: object) -> str:
    """A customer row's numbers ("0912 345 678; 028 3823 4567"), or the readings of a
    purchase row's number."""
    phones = getattr(row, "phones", None)
    if phones is not None:
        return "; ".join(display_phone(p.national) for p in phones)
    readings: Iterable[str] = getattr(row, "values", {}).get("phone", ())
    return "; ".join(phone_display(e164) for e164 in readings)
