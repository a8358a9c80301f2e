"""Loyalty: tiers from spend or points, a supervisor's manual tier, the points ledger.

A manual tier is stored as what it is, a supervisor's decision with a reason: the latest
"override_tier" / "clear_tier_override" entry of the customer's audit trail. That keeps it
with who decided and why, and needs no column of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.formatting import format_count
from app.i18n import t, tn
from app.models import Customer, PointsEntry, Purchase, Tier, utcnow
from app.services import audit
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.changes import writes
from app.services.customers.customers import check_editable, get_customer_row
from app.services.loyalty.ledger_text import default_reason
from app.services.loyalty.loyalty_settings import loyalty_setting
from app.services.stored_text import ENGLISH
from app.text import nfc
from app.timeutil import local_date, now_utc

TIER_ORDER = (Tier.MEMBER, Tier.SILVER, Tier.GOLD, Tier.PLATINUM, Tier.VIP)
_OVERRIDE, _CLEAR = "override_tier", "clear_tier_override"
REASON_MAX = 200


@dataclass(frozen=True)
class TierOverride:
    tier: str
    reason: str
    by: str
    at: datetime


@dataclass(frozen=True)
class TierStatus:
    customer_id: int
    tier: str  # what the customer has now
    computed: str  # what the thresholds give
    basis: str  # "spend" or "points"
    measure: int  # VND spent in the last 365 days, or the points balance
    override: TierOverride | None


@dataclass(frozen=True)
class PointsBalance:
    customer_id: int
    points: int
    tier: str
    entry_id: int
    version: int


def yearly_spend(session: Session, customer_id: int, today: date | None = None) -> int:
    since = (today or local_date(now_utc())) - timedelta(days=365)
    total = session.scalar(
        select(func.coalesce(func.sum(Purchase.price_vnd), 0)).where(
            Purchase.customer_id == customer_id, Purchase.purchase_date > since
        )
    )
    return int(total or 0)


def _computed(session: Session, customer: Customer, today: date | None) -> tuple[Tier, str, int]:
    basis = str(loyalty_setting(session, "loyalty.basis"))
    measure = customer.points if basis == "points" else yearly_spend(session, customer.id, today)
    tier = Tier.MEMBER
    for candidate in TIER_ORDER[1:]:
        # The highest tier reached wins, even if someone set the thresholds out of order.
        if measure >= int(loyalty_setting(session, f"loyalty.{basis}.{candidate.value}")):
            tier = candidate
    return tier, basis, measure


def tier_for(session: Session, customer_id: int, today: date | None = None) -> Tier:
    """The tier the thresholds give this customer now (ignoring any manual tier)."""
    return _computed(session, get_customer_row(session, customer_id), today)[0]


def tier_override(session: Session, customer_id: int) -> TierOverride | None:
    customer = get_customer_row(session, customer_id)
    if customer.tier_override is None:
        return None
    return TierOverride(
        Tier(customer.tier_override).value,
        customer.tier_override_reason or "",
        customer.tier_override_by or "",
        customer.tier_override_at,
    )


def tier_status(session: Session, customer_id: int, today: date | None = None) -> TierStatus:
    customer = get_customer_row(session, customer_id)
    computed, basis, measure = _computed(session, customer, today)
    return TierStatus(
        customer.id,
        Tier(customer.tier).value,
        computed.value,
        basis,
        measure,
        tier_override(session, customer.id),
    )


def recompute_tier(
    session: Session, actor: Actor, customer_id: int, today: date | None = None
) -> TierStatus:
    """Give the customer the tier the thresholds say, unless a supervisor set one by hand."""
    require(actor, "customer.edit")
    customer = get_customer_row(session, customer_id)
    computed, basis, measure = _computed(session, customer, today)
    manual = tier_override(session, customer.id)
    if manual is None and computed != customer.tier:
        before = {"tier": Tier(customer.tier).value}
        customer.tier = computed
        session.flush()
        audit.record(
            session,
            actor,
            "customer",
            customer.id,
            "recompute_tier",
            before,
            {"tier": computed.value, "basis": basis, "measure": measure},
        )
    return tier_status(session, customer.id, today)


def _reason(reason: str | None, field: str = "reason") -> str:
    text = nfc(reason or "")
    if not text:
        raise ValidationError(t("Give the reason: the customer's history will show it."), field)
    if len(text) > REASON_MAX:
        raise ValidationError(t("Too long: at most {n} characters.", n=REASON_MAX), field)
    return text


@writes("loyalty", "customer")
def override_tier(
    session: Session, actor: Actor, customer_id: int, tier: Tier | str, reason: str
) -> TierStatus:
    """Set a tier by hand; it stays until cleared, whatever spend or points do."""
    require(actor, "tier.override")
    customer = get_customer_row(session, customer_id)
    check_editable(session, customer)
    try:
        chosen = Tier(tier)
    except ValueError:
        raise ValidationError(
            t("Unknown tier “{tier}”: use member, silver, gold, platinum or vip.", tier=tier),
            "tier",
        ) from None
    why = _reason(reason)
    before = {"tier": Tier(customer.tier).value}
    customer.tier = chosen
    customer.tier_override, customer.tier_override_reason = chosen, why
    customer.tier_override_by, customer.tier_override_at = actor.audit_name, utcnow()
    session.flush()
    audit.record(
        session,
        actor,
        "customer",
        customer.id,
        _OVERRIDE,
        before,
        {"tier": chosen.value, "override_tier": chosen.value, "override_reason": why},
    )
    return tier_status(session, customer.id)


@writes("loyalty", "customer")
def clear_tier_override(session: Session, actor: Actor, customer_id: int) -> TierStatus:
    """Back to the tier the thresholds give."""
    require(actor, "tier.override")
    customer = get_customer_row(session, customer_id)
    check_editable(session, customer)
    manual = tier_override(session, customer.id)
    if manual is None:
        return tier_status(session, customer.id)
    computed, _, _ = _computed(session, customer, None)
    before = {
        "tier": Tier(customer.tier).value,
        "override_tier": manual.tier,
        "override_reason": manual.reason,
    }
    customer.tier = computed
    customer.tier_override = customer.tier_override_reason = None
    customer.tier_override_by = customer.tier_override_at = None
    session.flush()
    audit.record(
        session,
        actor,
        "customer",
        customer.id,
        _CLEAR,
        before,
        {"tier": computed.value, "override_tier": None, "override_reason": None},
    )
    return tier_status(session, customer.id)


def _change_points(
    session: Session,
    actor: Actor,
    customer_id: int,
    delta: int,
    reason: str,
    action: str,
    source: tuple[str | None, int | None] = (None, None),
) -> PointsBalance:
    # Locked (PostgreSQL) and versioned: two seats redeeming at once cannot both pass the
    # balance check on the same balance.
    customer = session.get(Customer, customer_id, with_for_update=True, populate_existing=True)
    if customer is None:
        customer = get_customer_row(session, customer_id)  # raises NotFound
    check_editable(session, customer)
    if customer.points + delta < 0:
        raise ValidationError(
            tn(
                "{name} has {n} point, so {points} cannot be taken: the balance cannot "
                "go below zero.",
                "{name} has {n} points, so {points} cannot be taken: the balance cannot "
                "go below zero.",
                customer.points,
                name=customer.full_name,
                points=format_count(-delta),
            ),
            "points",
        )
    before = {"points": customer.points, "tier": Tier(customer.tier).value}
    entry = PointsEntry(
        customer_id=customer.id,
        delta=delta,
        reason=reason,
        source_type=source[0],
        source_id=source[1],
        created_by_id=actor.user_id,
    )
    session.add(entry)
    customer.points += delta
    if str(loyalty_setting(session, "loyalty.basis")) == "points" and (
        tier_override(session, customer.id) is None
    ):
        customer.tier = _computed(session, customer, None)[0]
    session.flush()
    audit.record(
        session,
        actor,
        "customer",
        customer.id,
        action,
        before,
        {
            "points": customer.points,
            "tier": Tier(customer.tier).value,
            "delta": delta,
            "reason": reason,
        },
    )
    return PointsBalance(
        customer.id, customer.points, Tier(customer.tier).value, entry.id, customer.version
    )


def _positive(points: int) -> int:
    if not isinstance(points, int) or isinstance(points, bool) or points <= 0:
        raise ValidationError(t("Type a whole number of points above zero."), "points")
    return points


def earn_points(
    session: Session,
    actor: Actor,
    customer_id: int,
    points: int,
    reason: str | None = None,
    source_type: str | None = None,
    source_id: int | None = None,
) -> PointsBalance:
    """Points earned (a purchase, a birthday gift); `source_*` names what earned them."""
    require(actor, "customer.edit")
    why = _reason(reason) if reason else default_reason(points, ENGLISH)  # worded when shown
    return _change_points(
        session, actor, customer_id, _positive(points), why, "earn_points", (source_type, source_id)
    )


def redeem_points(
    session: Session, actor: Actor, customer_id: int, points: int, reason: str | None = None
) -> PointsBalance:
    """Points spent by the customer; refused beyond the balance."""
    require(actor, "customer.edit")
    why = _reason(reason) if reason else default_reason(-points, ENGLISH)  # worded when shown
    return _change_points(session, actor, customer_id, -_positive(points), why, "redeem_points")


@writes("loyalty", "customer")
def adjust_points(
    session: Session, actor: Actor, customer_id: int, delta: int, reason: str
) -> PointsBalance:
    """A correction up or down by a supervisor, always with the reason."""
    require(actor, "points.adjust")
    if not isinstance(delta, int) or isinstance(delta, bool) or delta == 0:
        raise ValidationError(
            t("Type how many points to add, or to take with a minus sign."), "points"
        )
    return _change_points(session, actor, customer_id, delta, _reason(reason), "adjust_points")
