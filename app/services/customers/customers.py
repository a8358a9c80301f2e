"""Customers: create, edit, archive and restore, important dates.

The checks themselves are in customer_input.py (shared with the CSV import); merging is
customer_merge.py, points and tiers loyalty.py, the 360° view customer_profile.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound, ValidationError
from app.i18n import t
from app.models import Customer, CustomerPhone, CustomerTag, ImportantDate, Store, Tier, utcnow
from app.provinces import check_province
from app.services import audit
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.changes import writes
from app.services.customers.customer_changes import stale_message
from app.services.customers.customer_input import (
    CleanPhone,
    CustomerInput,
    PhoneInput,
    PhoneOwner,
    PhoneReading,
    SharedNumber,
    SharedPhone,
    check_birthday,
    check_email,
    check_full_name,
    check_gender,
    check_notes,
    check_phones,
    check_tags,
    check_text,
    check_tier,
    display_phone,
    phone_readings,
)
from app.services.customers.customer_views import (
    CustomerView,
    ImportantDateView,
    PhoneView,
    customer_view,
    snapshot,
)
from app.services.customers.name_index import reindex_customer_names
from app.services.numbering import next_customer_code
from app.text import fold
from app.timeutil import local_date, now_utc

__all__ = [
    "CustomerInput",
    "CustomerView",
    "ImportantDateView",
    "PhoneInput",
    "PhoneOwner",
    "PhoneReading",
    "PhoneView",
    "SharedPhone",
    "add_important_date",
    "archive_customer",
    "create_customer",
    "get_customer",
    "phone_readings",
    "remove_important_date",
    "restore_customer",
    "update_customer",
]


def get_customer_row(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(t("That customer does not exist."))
    return customer


def check_editable(session: Session, customer: Customer) -> None:
    if customer.merged_into_id is not None:
        kept = session.get(Customer, customer.merged_into_id)
        raise ValidationError(
            t(
                "{code} was merged into {kept}: open that customer instead.",
                code=customer.code,
                kept=kept.code if kept else "?",
            )
        )
    if customer.archived_at is not None:
        raise ValidationError(
            t("{code} is archived: restore it before changing it.", code=customer.code)
        )


def check_version(session: Session, customer: Customer, expected: int | None) -> None:
    if expected is not None and customer.version != expected:
        raise Conflict(stale_message(session, customer, expected))


def phone_owners(
    session: Session, e164s: Iterable[str], except_id: int | None = None
) -> dict[str, tuple[PhoneOwner, ...]]:
    """e164 -> every active customer other than `except_id` who has it, oldest first.

    A number may belong to several customers (a household); numbers nobody else has are
    left out.
    """
    wanted = list(dict.fromkeys(e164s))
    if not wanted:
        return {}
    rows = session.execute(
        select(CustomerPhone.e164, Customer.id, Customer.code, Customer.full_name)
        .join(Customer, Customer.id == CustomerPhone.customer_id)
        .where(CustomerPhone.e164.in_(wanted), Customer.archived_at.is_(None))
        .where(Customer.id != (except_id or -1))
        .order_by(Customer.id)
    )
    owners: dict[str, list[PhoneOwner]] = {}
    for e164, cid, code, name in rows:
        found = owners.setdefault(e164, [])
        if cid not in (o.customer_id for o in found):  # the same number twice on one record
            found.append(PhoneOwner(cid, code, name))
    return {e164: tuple(found) for e164, found in owners.items()}


def refuse_taken(
    phones: Iterable[CleanPhone],
    owners: dict[str, tuple[PhoneOwner, ...]],
    shared: Iterable[str] = (),
) -> None:
    """Raise SharedPhone for the numbers other customers have, unless confirmed as `shared`.

    A household shares a landline or a parent's mobile, so a number held by someone else
    is not an error; but it is often a duplicate record, so the agent must say which.
    """
    confirmed = set(shared)
    numbers = tuple(
        SharedNumber(p.e164, display_phone(p.national), owners[p.e164])
        for p in phones
        if owners.get(p.e164) and p.e164 not in confirmed
    )
    if numbers:
        raise SharedPhone(numbers)


def set_phones(customer: Customer, phones: list[CleanPhone]) -> None:
    """Make the customer's numbers exactly `phones`, keeping the rows of numbers kept."""
    existing = {p.e164: p for p in customer.phones}
    rows = []
    for clean in phones:
        row = existing.pop(clean.e164, None) or CustomerPhone(e164=clean.e164)
        row.raw, row.label, row.is_primary = clean.raw, clean.label, clean.is_primary
        row.digits_rev = clean.digits_rev
        rows.append(row)
    customer.phones = rows


def set_tags(customer: Customer, tags: list[str]) -> None:
    existing = {g.tag.casefold(): g for g in customer.tags}
    rows = []
    for tag in tags:
        row = existing.pop(tag.casefold(), None) or CustomerTag()
        row.tag = tag
        rows.append(row)
    customer.tags = rows


def _store(session: Session, store_id: int | None) -> int | None:
    if store_id is not None and session.get(Store, store_id) is None:
        raise NotFound(t("That store does not exist any more."))
    return store_id


def _apply(session: Session, actor: Actor, customer: Customer, data: CustomerInput) -> list[str]:
    """Check every field of `data`, then write them; returns what the agent is told (phone
    renumberings, an old province name mapped to today's)."""
    today = local_date(now_utc())
    name = check_full_name(data.full_name)
    phones = check_phones(data.phones)
    province, province_note = check_province(data.province)
    values = dict(
        email=check_email(data.email),
        birthday=check_birthday(data.birthday, today),
        gender=check_gender(data.gender),
        province=province,
        ward=check_text(data.ward, "ward", 100),
        address=check_text(data.address, "address", 400),
        marketing_consent=bool(data.marketing_consent),
        store_id=_store(session, data.store_id),
        notes=check_notes(data.notes),
    )
    tags = check_tags(data.tags)
    if data.tier is not None and check_tier(data.tier) != (customer.tier or Tier.MEMBER):
        require(actor, "tier.override")
        values["tier"] = check_tier(data.tier)
    owners = phone_owners(session, (p.e164 for p in phones), customer.id)
    # A number the customer already has was confirmed when it was added: an edit of one
    # member of a household does not ask again.
    held = [p.e164 for p in customer.phones]
    refuse_taken(phones, owners, [*data.shared_phones, *held])
    customer.full_name, customer.name_key = name, fold(name)
    for field, value in values.items():
        setattr(customer, field, value)
    set_phones(customer, phones)
    set_tags(customer, tags)
    return [p.note for p in phones if p.note] + ([province_note] if province_note else [])


@writes("customer")
def create_customer(session: Session, actor: Actor, data: CustomerInput) -> CustomerView:
    require(actor, "customer.edit")
    customer = Customer(tier=Tier.MEMBER, points=0)
    notes = _apply(session, actor, customer, data)
    customer.code = next_customer_code(session)
    session.add(customer)
    session.flush()
    reindex_customer_names(session, [customer.id])
    audit.record(session, actor, "customer", customer.id, "create", None, snapshot(customer))
    return customer_view(customer, notes)


@writes("customer")
def update_customer(
    session: Session,
    actor: Actor,
    customer_id: int,
    data: CustomerInput,
    expected_version: int | None = None,
) -> CustomerView:
    """Save the edit form: every field of `data` replaces the stored one (phones, tags too)."""
    require(actor, "customer.edit")
    customer = get_customer_row(session, customer_id)
    check_editable(session, customer)
    check_version(session, customer, expected_version)
    before = snapshot(customer)
    renamed = customer.full_name != check_full_name(data.full_name)
    notes = _apply(session, actor, customer, data)
    after = snapshot(customer)
    if after != before:
        # Phones and tags are rows of their own: touching the customer row bumps its version
        # for them too, so a seat still holding the old version cannot overwrite them.
        customer.updated_at = utcnow()
        session.flush()
        if renamed:
            reindex_customer_names(session, [customer.id])
        audit.record(session, actor, "customer", customer.id, "update", before, after)
    return customer_view(customer, notes)


def get_customer(session: Session, actor: Actor, customer_id: int) -> CustomerView:
    """The customer as the edit form shows it (any signed-in user may look)."""
    return customer_view(get_customer_row(session, customer_id))


def _set_archived(
    session: Session, actor: Actor, customer: Customer, archived: bool, action: str
) -> CustomerView:
    before = snapshot(customer)
    customer.archived_at = utcnow() if archived else None
    session.flush()
    audit.record(session, actor, "customer", customer.id, action, before, snapshot(customer))
    return customer_view(customer)


@writes("customer")
def archive_customer(
    session: Session, actor: Actor, customer_id: int, expected_version: int | None = None
) -> CustomerView:
    """Hide a customer from search and lists; nothing of theirs is deleted."""
    require(actor, "customer.archive")
    customer = get_customer_row(session, customer_id)
    check_version(session, customer, expected_version)
    if customer.archived_at is not None:
        return customer_view(customer)  # already archived: a second click changes nothing
    return _set_archived(session, actor, customer, True, "archive")


@writes("customer")
def restore_customer(session: Session, actor: Actor, customer_id: int) -> CustomerView:
    require(actor, "customer.archive")
    customer = get_customer_row(session, customer_id)
    if customer.merged_into_id is not None:
        check_editable(session, customer)  # says which customer it was merged into
    if customer.archived_at is None:
        return customer_view(customer)
    # Its numbers may have been given to someone else meanwhile: a number may be shared
    # (a household), so that does not stop the restore.
    return _set_archived(session, actor, customer, False, "restore")


def _dates(customer: Customer) -> list[dict[str, object]]:
    return [
        {"label": d.label, "date": d.date.isoformat(), "yearly": d.yearly}
        for d in sorted(customer.important_dates, key=lambda d: (d.date, d.label))
    ]


def add_important_date(
    session: Session,
    actor: Actor,
    customer_id: int,
    label: str,
    day: date,
    yearly: bool = True,
) -> CustomerView:
    """A date worth a call (wedding anniversary, a child's birth...)."""
    require(actor, "customer.edit")
    customer = get_customer_row(session, customer_id)
    check_editable(session, customer)
    text = check_text(label, "label", 100)
    if not text:
        raise ValidationError(t("Say what the date is, such as “Wedding anniversary”."), "label")
    if day is None or day.year < 1900:
        raise ValidationError(t("Choose a date from 1900 on."), "date")
    before = _dates(customer)
    customer.important_dates.append(ImportantDate(label=text, date=day, yearly=bool(yearly)))
    session.flush()
    audit.record(
        session,
        actor,
        "customer",
        customer.id,
        "add_date",
        {"important_dates": before},
        {"important_dates": _dates(customer)},
    )
    return customer_view(customer)


def remove_important_date(
    session: Session, actor: Actor, customer_id: int, date_id: int
) -> CustomerView:
    require(actor, "customer.edit")
    customer = get_customer_row(session, customer_id)
    check_editable(session, customer)
    found = next((d for d in customer.important_dates if d.id == date_id), None)
    if found is None:
        raise NotFound(t("That date is not on this customer any more."))
    before = _dates(customer)
    customer.important_dates.remove(found)
    session.flush()
    audit.record(
        session,
        actor,
        "customer",
        customer.id,
        "remove_date",
        {"important_dates": before},
        {"important_dates": _dates(customer)},
    )
    return customer_view(customer)
