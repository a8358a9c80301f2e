"""The warranty check at the counter: a serial, an invoice number or the customer's phone
in, every matching purchase out with its warranty state in words a clerk can read out.

An empty answer means the unit is not registered: the screen offers to register it.
Each lookup is one index seek (serial, invoice, phone), whatever the number of purchases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.errors import ValidationError
from app.models import Claim, Customer, CustomerPhone, Product, Purchase
from app.services.claims.claim_labels import ACTIVE_STATUSES
from app.services.claims.customer_dates import warranty_state
from app.services.claims.purchases import MAX_CHAIN, serial_spellings
from app.text import interpretations, looks_like_phone, nfc
from app.timeutil import local_date, now_utc

MatchedBy = Literal["serial", "invoice", "phone"]
MAX_ROWS = 100


@dataclass(frozen=True)
class WarrantyRow:
    purchase_id: int
    matched_by: MatchedBy
    customer_id: int
    customer_code: str
    customer_name: str
    customer_phone: str | None  # E.164 of the primary number
    customer_archived: bool
    product_id: int
    product_name: str
    serial_no: str | None
    invoice_no: str | None
    purchase_date: date
    warranty_start: date  # delivery if known, else the purchase date
    warranty_end: date
    state: str  # "in_warranty", "ending_soon" (<= 30 days left) or "expired"
    days_left: int  # negative once expired
    return_window_open: bool
    return_days_left: int  # negative once the window closed
    open_claim_number: str | None
    replaced_by_serial: str | None  # exchanged: the unit the customer has now


def _spellings(text: str) -> list[str]:
    typed = nfc(text)
    return list(dict.fromkeys((typed, typed.upper(), typed.lower())))


def _matches(session: Session, text: str) -> dict[int, MatchedBy]:
    """Purchase id -> how it was found, serials first, then invoices, then phones."""
    found: dict[int, MatchedBy] = {}
    for pid in session.scalars(
        select(Purchase.id)
        .where(Purchase.serial_no.in_(serial_spellings(text)))
        .order_by(Purchase.id.desc())
        .limit(MAX_ROWS)
    ):
        found.setdefault(pid, "serial")
    for pid in session.scalars(
        select(Purchase.id)
        .where(Purchase.invoice_no.in_(_spellings(text)))
        .order_by(Purchase.id.desc())
        .limit(MAX_ROWS)
    ):
        found.setdefault(pid, "invoice")
    if looks_like_phone(text):
        try:
            numbers = [reading.e164 for reading in interpretations(text)]
        except ValidationError:
            numbers = []
        if numbers:
            owners = select(CustomerPhone.customer_id).where(CustomerPhone.e164.in_(numbers))
            for pid in session.scalars(
                select(Purchase.id)
                .where(Purchase.customer_id.in_(owners))
                .order_by(Purchase.purchase_date.desc(), Purchase.id.desc())
                .limit(MAX_ROWS)
            ):
                found.setdefault(pid, "phone")
    return found


def _sale_starts(session: Session, ids: list[int]) -> dict[int, tuple[date, int]]:
    """For each purchase: when its sale began (a replacement counts from the original
    sale) and the product's return window in days."""
    starts = {}
    for pid in ids:
        p = session.get(Purchase, pid)
        for _ in range(MAX_CHAIN):
            if p.replaces_purchase_id is None:
                break
            p = session.get(Purchase, p.replaces_purchase_id)
        days = session.scalar(select(Product.return_days).where(Product.id == p.product_id))
        starts[pid] = (p.delivery_date or p.purchase_date, days or 0)
    return starts


def check_warranty(session: Session, query: str, today: date | None = None) -> list[WarrantyRow]:
    """Purchases matching a serial (exact, any case), an invoice number or a phone number
    in any format; [] when nothing matches (unknown: offer to register it)."""
    text = nfc(query or "")[:80]
    if not text:
        return []
    day = today or local_date(now_utc())
    found = _matches(session, text)
    if not found:
        return []
    ids = list(found)[:MAX_ROWS]
    primary = (
        select(CustomerPhone.e164)
        .where(CustomerPhone.customer_id == Customer.id)
        .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
        .limit(1)
        .scalar_subquery()
    )
    successor = aliased(Purchase)
    replaced_by = (
        select(successor.serial_no)
        .where(successor.replaces_purchase_id == Purchase.id)
        .order_by(successor.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    open_claim = (
        select(Claim.number)
        .where(Claim.purchase_id == Purchase.id, Claim.status.in_(ACTIVE_STATUSES))
        .order_by(Claim.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    rows = {
        r[0]: r
        for r in session.execute(
            select(
                Purchase.id,
                Customer.id,
                Customer.code,
                Customer.full_name,
                primary,
                Customer.archived_at,
                Product.id,
                Product.name,
                Purchase.serial_no,
                Purchase.invoice_no,
                Purchase.purchase_date,
                Purchase.delivery_date,
                Purchase.warranty_end,
                open_claim,
                replaced_by,
            )
            .join(Customer, Customer.id == Purchase.customer_id)
            .join(Product, Product.id == Purchase.product_id)
            .where(Purchase.id.in_(ids))
        )
    }
    starts = _sale_starts(session, ids)
    result = []
    for pid in ids:
        (
            _,
            cid,
            code,
            name,
            phone,
            archived,
            product_id,
            product,
            serial,
            invoice,
            bought,
            delivered,
            end,
            claim_no,
            successor_serial,
        ) = rows[pid]
        state, days_left = warranty_state(end, day)
        sale_start, return_days = starts[pid]
        return_left = return_days - (day - sale_start).days
        result.append(
            WarrantyRow(
                purchase_id=pid,
                matched_by=found[pid],
                customer_id=cid,
                customer_code=code,
                customer_name=name,
                customer_phone=phone,
                customer_archived=archived is not None,
                product_id=product_id,
                product_name=product,
                serial_no=serial,
                invoice_no=invoice,
                purchase_date=bought,
                warranty_start=delivered or bought,
                warranty_end=end,
                state=state,
                days_left=days_left,
                return_window_open=return_left >= 0,
                return_days_left=return_left,
                open_claim_number=claim_no,
                replaced_by_serial=successor_serial,
            )
        )
    return result
