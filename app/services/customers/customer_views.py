"""What the services hand out about a customer: frozen views, and the audit snapshot."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from app.models import Customer, CustomerPhone, Tier
from app.services import audit
from app.services.customers.customer_input import display_phone

# What the audit trail keeps of a customer (plus "phones" and "tags" as lists).
AUDITED = (
    "code",
    "full_name",
    "email",
    "birthday",
    "gender",
    "province",
    "ward",
    "address",
    "tier",
    "marketing_consent",
    "store_id",
    "notes",
    "archived_at",
)


@dataclass(frozen=True)
class PhoneView:
    e164: str
    raw: str
    national: str  # "0912345678"
    display: str  # "0912 345 678"
    label: str
    is_primary: bool


@dataclass(frozen=True)
class ImportantDateView:
    id: int
    label: str
    date: date
    yearly: bool


@dataclass(frozen=True)
class CustomerView:
    """What the edit form shows, with the version to send back on save."""

    id: int
    code: str
    full_name: str
    phones: tuple[PhoneView, ...]
    email: str | None
    birthday: date | None
    gender: str | None
    province: str
    ward: str  # phường / xã
    address: str
    tier: str
    points: int
    marketing_consent: bool
    store_id: int | None
    notes: str
    tags: tuple[str, ...]
    important_dates: tuple[ImportantDateView, ...]
    archived_at: datetime | None
    merged_into_id: int | None
    version: int
    # Renumberings applied to the phones just saved ("0168 912 3456 was converted to ..."),
    # and the old province name mapped to today's ("Bình Dương is now part of ...").
    conversion_notes: tuple[str, ...] = ()


def national_of(e164: str) -> str:
    return "0" + e164[3:] if e164.startswith("+84") else e164


def shown_phone(e164: str) -> str:
    """A number as a person reads it ("0912 345 678"), as exports write it: a spreadsheet
    opening a CSV keeps it as text, leading 0 included, where it would turn 0912345678
    into the number 912345678."""
    return display_phone(national_of(e164))


def phone_view(p: CustomerPhone) -> PhoneView:
    national = national_of(p.e164)
    return PhoneView(p.e164, p.raw, national, display_phone(national), p.label, p.is_primary)


def customer_view(customer: Customer, notes: Iterable[str] = ()) -> CustomerView:
    c = customer
    phones = sorted(c.phones, key=lambda p: (not p.is_primary, p.id or 0))
    dates = sorted(c.important_dates, key=lambda d: (d.date.month, d.date.day, d.id or 0))
    return CustomerView(
        id=c.id,
        code=c.code,
        full_name=c.full_name,
        phones=tuple(map(phone_view, phones)),
        email=c.email,
        birthday=c.birthday,
        gender=c.gender.value if c.gender else None,
        province=c.province,
        ward=c.ward,
        address=c.address,
        tier=Tier(c.tier).value,
        points=c.points,
        marketing_consent=c.marketing_consent,
        store_id=c.store_id,
        notes=c.notes,
        tags=tuple(sorted((g.tag for g in c.tags), key=str.casefold)),
        important_dates=tuple(ImportantDateView(d.id, d.label, d.date, d.yearly) for d in dates),
        archived_at=c.archived_at,
        merged_into_id=c.merged_into_id,
        version=c.version,
        conversion_notes=tuple(notes),
    )


def snapshot(customer: Customer) -> dict[str, object]:
    """The audited fields, phones and tags as JSON-ready values."""
    phones = ((p.e164, p.label, p.is_primary) for p in customer.phones)
    return snapshot_of(customer, phones, (g.tag for g in customer.tags))


def snapshot_of(
    fields: object, phones: Iterable[tuple[str, str, bool]], tags: Iterable[str]
) -> dict[str, object]:
    """The same for a customer not loaded as an object (bulk import): `fields` has the
    AUDITED attributes, `phones` are (e164, label, is_primary)."""
    data = audit.snapshot(fields, AUDITED)
    ordered = sorted(phones, key=lambda p: (not p[2], p[0]))
    data["phones"] = [
        {"e164": e164, "label": label, "primary": primary} for e164, label, primary in ordered
    ]
    data["tags"] = sorted(tags, key=str.casefold)
    return data
