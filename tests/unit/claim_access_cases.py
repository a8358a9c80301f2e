"""The purchase, product and claim services as rows of the access and audit tables
(tests/unit/access_cases.py adds these to MUTATIONS and MECHANISMS).

Each case works on the world access_cases.build_world makes: An bought a TV ten days ago.
A claim a case needs is written straight into the database (not audited), as the world's
complaints are.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import ClaimKind, ClaimStatus, Product, Purchase, Role
from app.services.actor import Actor
from app.services.claims import (
    claim_actions,
    claim_outcomes,
    claim_workflow,
    claims,
    products,
    purchases,
)
from tests.factories import make_claim

A, S, M = Role.AGENT, Role.SUPERVISOR, Role.ADMIN
EVERYONE = frozenset({A, S, M})


def _tv(s: Session) -> int:
    return s.scalar(select(Product.id).where(Product.sku == "TV-55"))


def _claim(s: Session, w, kind: str = "repair", covered: bool = True) -> int:
    """An unassigned claim, just received, on An's TV."""
    purchase = s.scalars(
        select(Purchase).where(Purchase.customer_id == w.customer_id).order_by(Purchase.id)
    ).first()
    return make_claim(
        s,
        w.customer_id,
        purchase.id,
        number="YC-2025-000001",
        kind=ClaimKind(kind),
        status=ClaimStatus.RECEIVED,
        in_warranty=covered,
        warranty_reason=f"covered:{purchase.warranty_end.isoformat()}",
        fault_description="Tivi không lên hình",
    ).id


def _restore(s: Session, a: Actor, w) -> object:
    s.execute(update(Product).where(Product.id == _tv(s)).values(is_active=False))
    return products.restore_product(s, a, _tv(s))


Mutation = Callable[[Session, Actor, object], object]

CLAIM_MUTATIONS: dict[str, tuple[frozenset[Role], Mutation]] = {
    "products.create_product": (
        EVERYONE,
        lambda s, a, w: products.create_product(
            s, a, products.ProductInput("TL-322", "Tủ lạnh Panasonic 322 lít")
        ),
    ),
    "products.update_product": (
        frozenset({S, M}),
        lambda s, a, w: products.update_product(
            s, a, _tv(s), products.ProductInput("TV-55", "Tivi 55 inch 4K", return_days=15)
        ),
    ),
    "products.retire_product": (
        frozenset({S, M}),
        lambda s, a, w: products.retire_product(s, a, _tv(s)),
    ),
    "products.restore_product": (frozenset({S, M}), _restore),
    "purchases.register_purchase": (
        EVERYONE,
        lambda s, a, w: purchases.register_purchase(
            s,
            a,
            purchases.PurchaseInput(
                w.customer_id,
                _tv(s),
                date.today() - timedelta(days=1),
                serial_no="SN55NEW01",
                price_vnd=12_000_000,
            ),
        ),
    ),
    "claims.open_claim": (
        EVERYONE,
        lambda s, a, w: claims.open_claim(
            s,
            a,
            claims.ClaimInput(
                s.scalar(select(Purchase.id).where(Purchase.customer_id == w.customer_id)),
                "repair",
                "Tivi không lên hình",
            ),
        ),
    ),
    "claim_workflow.change_claim_status": (
        EVERYONE,
        lambda s, a, w: claim_workflow.change_claim_status(s, a, _claim(s, w), "diagnosing"),
    ),
    "claim_workflow.reject_claim": (
        EVERYONE,
        lambda s, a, w: claim_workflow.reject_claim(
            s, a, _claim(s, w), "misuse", "Máy bị vào nước"
        ),
    ),
    "claim_outcomes.exchange_claim": (
        EVERYONE,
        lambda s, a, w: claim_outcomes.exchange_claim(s, a, _claim(s, w, "exchange"), "SN55R0001"),
    ),
    "claim_outcomes.refund_claim": (
        EVERYONE,
        lambda s, a, w: claim_outcomes.refund_claim(s, a, _claim(s, w, "return"), 30_000_000),
    ),
    "claim_actions.add_claim_note": (
        EVERYONE,
        lambda s, a, w: claim_actions.add_claim_note(
            s, a, _claim(s, w), "Đã gọi khách báo chờ linh kiện"
        ),
    ),
    "claim_actions.assign_claim": (
        EVERYONE,
        lambda s, a, w: claim_actions.assign_claim(s, a, _claim(s, w), a.user_id),
    ),
    "claim_actions.record_quote": (
        EVERYONE,
        lambda s, a, w: claim_actions.record_quote(
            s, a, _claim(s, w, covered=False), 1_500_000, True
        ),
    ),
}

CLAIM_MECHANISMS = {"claim_workflow.load_for_change", "claim_workflow.move"}

# entity, action, whether the entry has a "before"
CLAIM_EXPECTED = {
    "products.create_product": ("product", "create", False),
    "products.update_product": ("product", "update", True),
    "products.retire_product": ("product", "retire", True),
    "products.restore_product": ("product", "restore", True),
    "purchases.register_purchase": ("purchase", "create", False),
    "claims.open_claim": ("claim", "create", False),
    "claim_workflow.change_claim_status": ("claim", "status", True),
    "claim_workflow.reject_claim": ("claim", "rejected", True),
    "claim_outcomes.exchange_claim": ("claim", "exchanged", True),
    "claim_outcomes.refund_claim": ("claim", "refunded", True),
    "claim_actions.add_claim_note": ("claim", "note", False),
    "claim_actions.assign_claim": ("claim", "assign", True),
    "claim_actions.record_quote": ("claim", "quote", True),
}
