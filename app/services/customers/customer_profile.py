"""The 360° profile: one customer's whole relationship, read in a handful of queries.

Every section is one indexed query over the customer's own rows (no query per row), and
the timeline reads at most `timeline_limit + 1` rows from each source: a profile costs
the same for a customer with ten calls as for one with ten thousand.

A merged customer's profile is the kept customer's, with `redirected_from` naming the
code that was opened: the agent who typed the old code lands on the living record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.i18n import t
from app.models import (
    Complaint,
    Customer,
    CustomerPhone,
    CustomerTag,
    ImportantDate,
    PointsEntry,
    Product,
    Purchase,
    Store,
    Tier,
    User,
)
from app.services.actor import Actor
from app.services.claims.customer_dates import age_on, days_until_birthday, warranty_state
from app.services.customers.customer_timeline import TimelineItem, timeline
from app.services.customers.customer_views import ImportantDateView, PhoneView, phone_view
from app.services.loyalty.ledger_text import ledger_reason
from app.services.loyalty.loyalty import TierOverride, tier_override
from app.timeutil import local_date, now_utc

PURCHASES_LIMIT = 200
_MAX_HOPS = 10  # merges are flattened, so one hop is the rule; this guards a bad record


@dataclass(frozen=True)
class ProfileHeader:
    id: int
    code: str
    full_name: str
    tier: str
    tier_override: TierOverride | None
    points: int
    phones: tuple[PhoneView, ...]  # primary first
    birthday: date | None
    age: int | None
    days_until_birthday: int | None
    gender: str | None
    email: str | None
    address: str
    ward: str
    province: str
    store_id: int | None
    store_name: str | None
    tags: tuple[str, ...]
    marketing_consent: bool
    notes: str
    last_contact_at: datetime | None
    archived_at: datetime | None
    merged_codes: tuple[str, ...]  # older records merged into this one
    version: int


@dataclass(frozen=True)
class PurchaseLine:
    id: int
    product_name: str
    serial_no: str | None
    invoice_no: str | None
    purchase_date: date
    price_vnd: int
    warranty_end: date
    warranty_state: str  # "in_warranty", "ending_soon" (<= 30 days) or "expired"
    days_left: int  # negative once expired


@dataclass(frozen=True)
class LedgerLine:
    id: int
    at: datetime
    delta: int
    reason: str  # in the reader's language when the app gave it (ledger_text)
    source_type: str | None
    source_id: int | None
    by_name: str | None


@dataclass(frozen=True)
class CustomerProfile:
    header: ProfileHeader
    purchases: tuple[PurchaseLine, ...]  # newest first
    purchases_more: bool
    timeline: tuple[TimelineItem, ...]  # newest first
    timeline_more: bool
    ledger: tuple[LedgerLine, ...]  # newest first
    ledger_more: bool
    important_dates: tuple[ImportantDateView, ...]  # in calendar order
    redirected_from: str | None  # the merged code that was opened, if any


def _living(session: Session, customer_id: int) -> tuple[Customer, str | None]:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(t("That customer does not exist."))
    opened = customer.code
    for _ in range(_MAX_HOPS):
        if customer.merged_into_id is None:
            break
        customer = session.get(Customer, customer.merged_into_id)
    return customer, (opened if opened != customer.code else None)


def _header(session: Session, c: Customer, today: date) -> ProfileHeader:
    store_name = (
        session.scalar(select(Store.name).where(Store.id == c.store_id)) if (c.store_id) else None
    )
    phones = session.scalars(
        select(CustomerPhone)
        .where(CustomerPhone.customer_id == c.id)
        .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
    )
    tags = session.scalars(select(CustomerTag.tag).where(CustomerTag.customer_id == c.id))
    merged = session.scalars(
        select(Customer.code).where(Customer.merged_into_id == c.id).order_by(Customer.code)
    )
    b = c.birthday
    return ProfileHeader(
        id=c.id,
        code=c.code,
        full_name=c.full_name,
        tier=Tier(c.tier).value,
        tier_override=tier_override(session, c.id),
        points=c.points,
        phones=tuple(map(phone_view, phones)),
        birthday=b,
        age=age_on(b, today) if b else None,
        days_until_birthday=days_until_birthday(b, today) if b else None,
        gender=c.gender.value if c.gender else None,
        email=c.email,
        address=c.address,
        ward=c.ward,
        province=c.province,
        store_id=c.store_id,
        store_name=store_name,
        tags=tuple(sorted(tags, key=str.casefold)),
        marketing_consent=c.marketing_consent,
        notes=c.notes,
        last_contact_at=c.last_contact_at,
        archived_at=c.archived_at,
        merged_codes=tuple(merged),
        version=c.version,
    )


def _purchases(session: Session, customer_id: int, today: date) -> list[PurchaseLine]:
    rows = session.execute(
        select(
            Purchase.id,
            Product.name,
            Purchase.serial_no,
            Purchase.invoice_no,
            Purchase.purchase_date,
            Purchase.price_vnd,
            Purchase.warranty_end,
        )
        .join(Product, Product.id == Purchase.product_id)
        .where(Purchase.customer_id == customer_id)
        .order_by(Purchase.purchase_date.desc(), Purchase.id.desc())
        .limit(PURCHASES_LIMIT + 1)
    )
    return [
        PurchaseLine(pid, name, serial, invoice, bought, price, end, *warranty_state(end, today))
        for pid, name, serial, invoice, bought, price, end in rows
    ]


def _ledger(session: Session, customer_id: int, limit: int) -> list[LedgerLine]:
    rows = session.execute(
        select(
            PointsEntry.id,
            PointsEntry.created_at,
            PointsEntry.delta,
            PointsEntry.reason,
            PointsEntry.source_type,
            PointsEntry.source_id,
            User.full_name,
            Complaint.number,
        )
        .outerjoin(User, User.id == PointsEntry.created_by_id)
        .outerjoin(
            Complaint,
            and_(PointsEntry.source_type == "complaint", Complaint.id == PointsEntry.source_id),
        )
        .where(PointsEntry.customer_id == customer_id)
        .order_by(PointsEntry.created_at.desc(), PointsEntry.id.desc())
        .limit(limit + 1)
    )
    return [
        LedgerLine(iid, at, delta, ledger_reason(kind, delta, reason, number), kind, sid, by)
        for iid, at, delta, reason, kind, sid, by, number in rows
    ]


def customer_profile(
    session: Session,
    actor: Actor,
    customer_id: int,
    timeline_limit: int = 50,
    ledger_limit: int = 50,
    today: date | None = None,
) -> CustomerProfile:
    """Everything about one customer for the profile screen (any signed-in user may look)."""
    day = today or local_date(now_utc())
    customer, opened_code = _living(session, customer_id)
    header = _header(session, customer, day)
    purchases = _purchases(session, customer.id, day)
    items = timeline(session, customer.id, timeline_limit)
    ledger = _ledger(session, customer.id, ledger_limit)
    dates = session.scalars(select(ImportantDate).where(ImportantDate.customer_id == customer.id))
    return CustomerProfile(
        header=header,
        purchases=tuple(purchases[:PURCHASES_LIMIT]),
        purchases_more=len(purchases) > PURCHASES_LIMIT,
        timeline=tuple(items[:timeline_limit]),
        timeline_more=len(items) > timeline_limit,
        ledger=tuple(ledger[:ledger_limit]),
        ledger_more=len(ledger) > ledger_limit,
        important_dates=tuple(
            ImportantDateView(d.id, d.label, d.date, d.yearly)
            for d in sorted(dates, key=lambda d: (d.date.month, d.date.day, d.id))
        ),
        redirected_from=opened_code,
    )


__all__ = [
    "CustomerProfile",
    "LedgerLine",
    "ProfileHeader",
    "PurchaseLine",
    "TimelineItem",
    "customer_profile",
]
