"""How a claim can end besides handing the unit back: an exchange or a refund.

An exchange records the replacement's serial and makes it the customer's purchase,
keeping the original warranty end (a replacement does not restart the warranty). A
refund is never more than the price paid for the unit (for a replacement: the price of
the original sale).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.formatting import format_vnd
from app.i18n import t
from app.models import ClaimStatus, Product, Purchase
from app.services.actor import Actor
from app.services.changes import writes
from app.services.claims.claim_workflow import NOTE_MAX, load_for_change, move, refuse_illegal_step
from app.services.claims.claims import ClaimView, claim_view
from app.services.claims.purchases import (
    normal_serial,
    original_sale,
    refuse_registered_serial,
    replacement_purchase,
)
from app.services.complaints.complaints import clean_text
from app.timeutil import now_utc

S = ClaimStatus


def _note(note: str) -> str:
    return clean_text(note, NOTE_MAX, "note", t("step")) if (note or "").strip() else ""


@writes("claim", "purchase")
def exchange_claim(
    session: Session,
    actor: Actor,
    claim_id: int,
    replacement_serial: str,
    product_id: int | None = None,
    note: str = "",
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ClaimView:
    """Hand over a replacement unit (the same product unless another is given)."""
    claim = load_for_change(session, actor, claim_id, expected_version)
    refuse_illegal_step(claim, S.EXCHANGED)
    original = session.get(Purchase, claim.purchase_id)
    product = session.get(Product, product_id or original.product_id)
    if product is None:
        raise NotFound(t("That product does not exist."))
    if product_id is not None and not product.is_active:
        raise ValidationError(
            t(
                "{name} is no longer sold; choose another product or ask a supervisor to "
                "restore it.",
                name=product.name,
            ),
            "product",
        )
    serial = normal_serial(replacement_serial)
    if not serial:
        raise ValidationError(
            t("Type the serial number of the replacement unit."), "replacement_serial"
        )
    if len(serial) > 60:
        raise ValidationError(t("At most {n} characters fit here.", n=60), "replacement_serial")
    refuse_registered_serial(session, product.id, serial)
    text = _note(note)
    at = now or now_utc()
    replacement = replacement_purchase(
        session, original, product.id, serial, claim.store_id or original.store_id
    )
    claim.replacement_serial = serial
    claim.replacement_purchase_id = replacement.id
    move(
        session,
        actor,
        claim,
        S.EXCHANGED,
        "exchanged",
        text,
        {
            "replacement_serial": serial,
            "replacement_purchase_id": replacement.id,
            "product_id": product.id,
        },
        now=at,
    )
    return claim_view(session, claim.id)


@writes("claim")
def refund_claim(
    session: Session,
    actor: Actor,
    claim_id: int,
    amount_vnd: int,
    note: str = "",
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ClaimView:
    """Give the money back: more than 0 and at most the price paid."""
    claim = load_for_change(session, actor, claim_id, expected_version)
    refuse_illegal_step(claim, S.REFUNDED)
    if isinstance(amount_vnd, bool) or not isinstance(amount_vnd, int) or amount_vnd <= 0:
        raise ValidationError(
            t("Give the amount refunded, a whole number of đồng above 0."), "refund_vnd"
        )
    paid = original_sale(session, session.get(Purchase, claim.purchase_id)).price_vnd
    if amount_vnd > paid:
        raise ValidationError(
            t(
                "A refund of {amount} is more than the {paid} paid for it; refund at most {paid}.",
                amount=format_vnd(amount_vnd),
                paid=format_vnd(paid),
            ),
            "refund_vnd",
        )
    text = _note(note)
    claim.refund_vnd = amount_vnd
    move(session, actor, claim, S.REFUNDED, "refunded", text, {"refund_vnd": amount_vnd}, now=now)
    return claim_view(session, claim.id)
