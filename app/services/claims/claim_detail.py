"""Everything the claim screen shows: the claim with its labels, the customer, the unit,
the purchase it was sold on, and the timeline of steps, oldest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.models import Claim, ClaimEvent, Customer, CustomerPhone, Purchase, Store, User
from app.services.claims.claim_labels import (
    event_name,
    kind_name,
    rejection_name,
    status_name,
    warranty_reason_text,
)
from app.services.claims.claim_workflow import next_statuses
from app.services.claims.claims import ClaimView, claim_view
from app.services.claims.purchases import PurchaseView, original_sale, purchase_view


@dataclass(frozen=True)
class ClaimEventView:
    id: int
    at: datetime
    kind: str  # opened, status, rejected, exchanged, refunded, note, assigned, quote
    what: str  # the step in words: "took it in", "rejected it"...
    actor_name: str | None
    from_status: str | None
    to_status: str | None
    to_status_label: str | None
    note: str
    data: dict | None


@dataclass(frozen=True)
class ClaimDetail:
    claim: ClaimView
    kind_label: str
    status_label: str
    warranty_reason_text: str
    customer_code: str
    customer_phone: str | None  # E.164 of the primary number
    customer_address: str
    customer_archived: bool
    purchase: PurchaseView
    price_paid_vnd: int  # for a replacement: what was paid for the original sale
    store_name: str | None
    created_by_name: str | None
    approved_by_name: str | None  # a return past the window: the supervisor who allowed it
    fault_description: str
    condition_on_receipt: str
    accessories: str
    rejection_code: str | None
    rejection_label: str
    rejection_reason: str | None
    refund_vnd: int | None
    replacement_serial: str | None
    replacement_purchase_id: int | None
    closed_at: datetime | None
    expected_return_date: date | None
    # Only an out-of-warranty repair needs an accepted quote before it is repaired.
    needs_quote: bool
    next_statuses: tuple[str, ...]
    events: tuple[ClaimEventView, ...]  # oldest first


def claim_detail(session: Session, claim_id: int) -> ClaimDetail:
    view = claim_view(session, claim_id)
    c = session.get(Claim, claim_id)
    purchase = purchase_view(session, c.purchase_id)
    customer = session.get(Customer, c.customer_id)
    phone = session.scalar(
        select(CustomerPhone.e164)
        .where(CustomerPhone.customer_id == c.customer_id)
        .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
        .limit(1)
    )
    paid = original_sale(session, session.get(Purchase, c.purchase_id)).price_vnd

    def name(user_id: int | None) -> str | None:
        return session.scalar(select(User.full_name).where(User.id == user_id)) if user_id else None

    store = session.scalar(select(Store.name).where(Store.id == c.store_id)) if c.store_id else None
    actor = aliased(User)
    events = session.execute(
        select(ClaimEvent, actor.full_name)
        .outerjoin(actor, actor.id == ClaimEvent.actor_id)
        .where(ClaimEvent.claim_id == claim_id)
        .order_by(ClaimEvent.at, ClaimEvent.id)
    ).all()
    return ClaimDetail(
        claim=view,
        kind_label=kind_name(c.kind),
        status_label=status_name(c.status),
        warranty_reason_text=warranty_reason_text(c.warranty_reason),
        customer_code=customer.code,
        customer_phone=phone,
        customer_address=customer.address,
        customer_archived=customer.archived_at is not None,
        purchase=purchase,
        price_paid_vnd=paid,
        store_name=store,
        created_by_name=name(c.created_by_id),
        approved_by_name=name(c.approved_by_id),
        fault_description=c.fault_description,
        condition_on_receipt=c.condition_on_receipt,
        accessories=c.accessories,
        rejection_code=c.rejection_code,
        rejection_label=rejection_name(c.rejection_code),
        rejection_reason=c.rejection_reason,
        refund_vnd=c.refund_vnd,
        replacement_serial=c.replacement_serial,
        replacement_purchase_id=c.replacement_purchase_id,
        closed_at=c.closed_at,
        expected_return_date=c.expected_return_date,
        needs_quote=view.kind == "repair" and not c.in_warranty,
        next_statuses=next_statuses(c.kind, c.status),
        events=tuple(
            ClaimEventView(
                e.id,
                e.at,
                e.kind,
                event_name(e.kind),
                who,
                e.from_status,
                e.to_status,
                status_name(e.to_status) if e.to_status else None,
                e.note,
                e.data,
            )
            for e, who in events
        ),
    )
