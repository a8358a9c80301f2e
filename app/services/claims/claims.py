"""Taking a claim in at the counter: a warranty repair, an exchange or a return/refund.

Whether the unit is in warranty is decided at intake (local today) and stored with its
reason, so a later look at the claim shows what the clerk was told then. A return past
the product's return window needs a supervisor, who is recorded as the approver.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, PermissionDenied, ValidationError
from app.i18n import t, tn
from app.models import Claim, ClaimEvent, ClaimKind, ClaimStatus, Customer, Product, Purchase, User
from app.services import audit
from app.services.access.permissions import allowed, require
from app.services.actor import Actor
from app.services.changes import writes
from app.services.claims.claim_labels import ACTIVE_STATUSES, warranty_reason
from app.services.claims.customer_dates import warranty_state
from app.services.claims.purchases import original_sale
from app.services.complaints.complaints import clean_text
from app.services.contacts.interactions import paragraphs
from app.services.numbering import next_number
from app.timeutil import local_date, now_utc

TEXT_MAX = 20_000
SHORT_MAX = 2_000
MAX_QUOTE_VND = 10**12


@dataclass(frozen=True)
class ClaimInput:
    purchase_id: int | None
    kind: str
    fault_description: str  # as the customer describes it (for a return: why)
    condition_on_receipt: str = ""
    accessories: str = ""
    expected_return_date: date | None = None
    # An out-of-warranty repair: the price quoted, and whether the customer accepted it.
    quoted_cost_vnd: int | None = None
    quote_accepted: bool | None = None


@dataclass(frozen=True)
class ClaimView:
    id: int
    number: str
    kind: str
    status: str
    customer_id: int
    customer_name: str
    purchase_id: int
    product_name: str
    serial_no: str | None
    in_warranty: bool
    warranty_reason: str  # a code: claim_labels.warranty_reason_text gives the words
    received_at: datetime
    expected_return_date: date | None
    quoted_cost_vnd: int | None
    quote_accepted: bool | None
    assignee_id: int | None
    assignee_name: str | None
    version: int


def claim_view(session: Session, claim_id: int) -> ClaimView:
    c = session.get(Claim, claim_id)
    if c is None:
        raise NotFound(t("That claim does not exist."))
    customer = session.get(Customer, c.customer_id)
    purchase = session.get(Purchase, c.purchase_id)
    product = session.get(Product, purchase.product_id)
    assignee = session.get(User, c.assignee_id) if c.assignee_id else None
    return ClaimView(
        id=c.id,
        number=c.number,
        kind=c.kind.value,
        status=c.status.value,
        customer_id=c.customer_id,
        customer_name=customer.full_name,
        purchase_id=purchase.id,
        product_name=product.name,
        serial_no=purchase.serial_no,
        in_warranty=c.in_warranty,
        warranty_reason=c.warranty_reason,
        received_at=c.received_at,
        expected_return_date=c.expected_return_date,
        quoted_cost_vnd=c.quoted_cost_vnd,
        quote_accepted=c.quote_accepted,
        assignee_id=c.assignee_id,
        assignee_name=assignee.full_name if assignee else None,
        version=c.version,
    )


def check_quote(cost: int | None, accepted: bool | None) -> tuple[int | None, bool | None]:
    """A quote is a whole amount of đồng; it can be accepted only once it is given.
    Accepted None: the customer has not answered yet."""
    if cost is not None and (
        isinstance(cost, bool) or not isinstance(cost, int) or not 0 <= cost <= MAX_QUOTE_VND
    ):
        raise ValidationError(t("The quoted cost is a whole number of đồng, 0 or more."), "quote")
    if accepted and cost is None:
        raise ValidationError(t("Give the quoted cost the customer accepted."), "quote")
    return cost, (None if cost is None else accepted)


def _purchase(session: Session, purchase_id: int | None) -> tuple[Purchase, Customer]:
    if purchase_id is None:
        raise ValidationError(
            t(
                "Choose the purchase the claim is about: check the serial, invoice or phone "
                "first, and register the purchase if it is not found."
            ),
            "purchase",
        )
    purchase = session.get(Purchase, purchase_id)
    if purchase is None:
        raise NotFound(t("That purchase does not exist."))
    customer = session.get(Customer, purchase.customer_id)
    if customer.archived_at is not None:
        raise ValidationError(
            t(
                "{name} ({code}) is archived; restore the customer before taking a claim.",
                name=customer.full_name,
                code=customer.code,
            ),
            "customer",
        )
    busy = session.scalar(
        select(Claim.number)
        .where(Claim.purchase_id == purchase.id, Claim.status.in_(ACTIVE_STATUSES))
        .limit(1)
    )
    if busy is not None:
        raise ValidationError(
            t("This unit is already in claim {number}; continue that claim instead.", number=busy),
            "purchase",
        )
    return purchase, customer


def _late_return_approver(
    session: Session, actor: Actor, purchase: Purchase, today: date
) -> int | None:
    """The supervisor approving a return past the window (None: within the window)."""
    sale = original_sale(session, purchase)
    window = session.scalar(select(Product.return_days).where(Product.id == sale.product_id)) or 0
    days = (today - (sale.delivery_date or sale.purchase_date)).days
    if days <= window:
        return None
    if not allowed(actor, "claim.approve"):
        raise PermissionDenied(
            tn(
                "This return comes {n} day after the sale, past the {window}-day return "
                "window: a supervisor must approve it. Ask a supervisor to take it in.",
                "This return comes {n} days after the sale, past the {window}-day return "
                "window: a supervisor must approve it. Ask a supervisor to take it in.",
                days,
                window=window,
            )
        )
    return actor.user_id


@writes("claim")
def open_claim(
    session: Session, actor: Actor, data: ClaimInput, now: datetime | None = None
) -> ClaimView:
    """Take a unit in; the claim starts Received with the next YC number of the year."""
    require(actor, "claim.handle")
    try:
        kind = ClaimKind(data.kind)
    except ValueError:
        raise ValidationError(t("Choose repair, exchange or return."), "kind") from None
    purchase, customer = _purchase(session, data.purchase_id)
    at = now or now_utc()
    today = local_date(at)
    what = t("reason for the return") if kind is ClaimKind.RETURN else t("fault")
    fault = clean_text(data.fault_description, TEXT_MAX, "fault_description", what)
    condition = paragraphs(data.condition_on_receipt, SHORT_MAX, "condition_on_receipt")
    accessories = paragraphs(data.accessories, SHORT_MAX, "accessories")
    if data.expected_return_date is not None and data.expected_return_date < today:
        raise ValidationError(
            t("The expected return date is in the past; give a later date."),
            "expected_return_date",
        )
    state, _ = warranty_state(purchase.warranty_end, today)
    covered = state != "expired"
    cost, accepted = None, None
    if kind is ClaimKind.REPAIR and not covered:
        cost, accepted = check_quote(data.quoted_cost_vnd, data.quote_accepted)
    approver = None
    if kind is ClaimKind.RETURN:
        approver = _late_return_approver(session, actor, purchase, today)
    claim = Claim(
        number=next_number(session, "claim", today.year),
        kind=kind,
        status=ClaimStatus.RECEIVED,
        customer_id=customer.id,
        purchase_id=purchase.id,
        store_id=actor.store_id or purchase.store_id,
        created_by_id=actor.user_id,
        received_at=at,
        fault_description=fault,
        condition_on_receipt=condition,
        accessories=accessories,
        in_warranty=covered,
        warranty_reason=warranty_reason(covered, purchase.warranty_end),
        expected_return_date=data.expected_return_date,
        quoted_cost_vnd=cost,
        quote_accepted=accepted,
        approved_by_id=approver,
    )
    session.add(claim)
    session.flush()
    session.add(
        ClaimEvent(
            claim_id=claim.id,
            at=at,
            actor_id=actor.user_id,
            kind="opened",
            to_status=ClaimStatus.RECEIVED.value,
            note=fault,
            data={"in_warranty": covered, "approved_by_id": approver},
        )
    )
    audit.record(
        session,
        actor,
        "claim",
        claim.id,
        "create",
        None,
        audit.snapshot(
            claim, ("number", "kind", "customer_id", "purchase_id", "in_warranty", "approved_by_id")
        ),
    )
    return claim_view(session, claim.id)
