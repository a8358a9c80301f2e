"""Tiers from spend or points, a supervisor's manual tier, and a points balance never below 0."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry, Customer, PointsEntry, Tier
from app.services.actor import Actor
from app.services.customers.customers import CustomerInput, create_customer
from app.services.loyalty import loyalty
from app.services.settings import get_setting, set_setting
from tests.factories import AGENT, SUPERVISOR, make_purchase

TODAY = date(2026, 11, 22)
ADMIN = Actor.os_user()


def _customer(db, name: str = "Nguyễn Văn An") -> int:
    with db.session_scope() as s:
        return create_customer(s, AGENT, CustomerInput(name)).id


def _points(db, customer_id: int) -> tuple[int, int]:
    with db.session_scope() as s:
        ledger = s.scalar(
            select(func.coalesce(func.sum(PointsEntry.delta), 0)).where(
                PointsEntry.customer_id == customer_id
            )
        )
        return s.get(Customer, customer_id).points, ledger


def test_the_default_tiers_follow_the_spend_of_the_last_365_days(db):
    an = _customer(db)
    with db.session_scope() as s:
        assert get_setting(s, "loyalty.basis") == "spend"
        # Too old to count.
        make_purchase(s, an, purchase_date=TODAY - timedelta(days=400), price_vnd=90_000_000)
        assert loyalty.tier_for(s, an, TODAY) == Tier.MEMBER
        make_purchase(s, an, purchase_date=TODAY - timedelta(days=364), price_vnd=10_000_000)
        make_purchase(s, an, purchase_date=TODAY, price_vnd=5_000_000)
        assert loyalty.yearly_spend(s, an, TODAY) == 15_000_000
        assert loyalty.tier_for(s, an, TODAY) == Tier.SILVER  # the threshold itself counts
        make_purchase(s, an, purchase_date=TODAY, price_vnd=85_000_000)
        assert loyalty.tier_for(s, an, TODAY) == Tier.VIP


def test_thresholds_and_basis_are_settings(db):
    an = _customer(db)
    with db.session_scope() as s:
        set_setting(s, ADMIN, "loyalty.basis", "points")
        set_setting(s, ADMIN, "loyalty.points.gold", 250)
        with pytest.raises(ValidationError, match="choose one of spend, points"):
            set_setting(s, ADMIN, "loyalty.basis", "visits")
        s.get(Customer, an).points = 260
        assert loyalty.tier_for(s, an) == Tier.GOLD


def test_recompute_applies_the_tier_and_records_it(db):
    an = _customer(db)
    with db.session_scope() as s:
        make_purchase(s, an, purchase_date=TODAY - timedelta(days=3), price_vnd=31_000_000)
        status = loyalty.recompute_tier(s, AGENT, an, TODAY)
        again = loyalty.recompute_tier(s, AGENT, an, TODAY)
    assert (status.tier, status.computed, status.basis, status.measure) == (
        "gold",
        "gold",
        "spend",
        31_000_000,
    )
    assert again == status
    with db.session_scope() as s:
        [entry] = s.scalars(select(AuditEntry).where(AuditEntry.action == "recompute_tier"))
        assert (entry.before, entry.after["tier"]) == ({"tier": "member"}, "gold")


def test_a_manual_tier_holds_until_cleared(db):
    an = _customer(db)
    with db.session_scope() as s:
        with pytest.raises(PermissionDenied, match="set a customer's tier by hand"):
            loyalty.override_tier(s, AGENT, an, "vip", "Khách doanh nghiệp")
        with pytest.raises(ValidationError, match="Give the reason"):
            loyalty.override_tier(s, SUPERVISOR, an, "vip", "  ")
        with pytest.raises(ValidationError, match="Unknown tier"):
            loyalty.override_tier(s, SUPERVISOR, an, "diamond", "x")
        status = loyalty.override_tier(s, SUPERVISOR, an, "vip", "Khách doanh nghiệp")
    assert status.tier == "vip" and status.computed == "member"
    assert (status.override.tier, status.override.reason, status.override.by) == (
        "vip",
        "Khách doanh nghiệp",
        "hung.tran",
    )
    with db.session_scope() as s:
        assert loyalty.recompute_tier(s, AGENT, an, TODAY).tier == "vip"
        cleared = loyalty.clear_tier_override(s, SUPERVISOR, an)
    assert cleared.tier == "member" and cleared.override is None


def test_points_are_earned_redeemed_and_adjusted_in_the_ledger(db):
    an = _customer(db)
    with db.session_scope() as s:
        earned = loyalty.earn_points(s, AGENT, an, 300, "Mua tủ lạnh", "purchase", 7)
        redeemed = loyalty.redeem_points(s, AGENT, an, 120)
        adjusted = loyalty.adjust_points(s, SUPERVISOR, an, -30, "Trừ điểm cộng nhầm")
    assert (earned.points, redeemed.points, adjusted.points) == (300, 180, 150)
    assert _points(db, an) == (150, 150)
    with db.session_scope() as s:
        rows = s.execute(
            select(PointsEntry.delta, PointsEntry.reason, PointsEntry.source_type).order_by(
                PointsEntry.id
            )
        ).all()
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("%points")))
        assert list(actions) == ["earn_points", "redeem_points", "adjust_points"]
    assert rows == [
        (300, "Mua tủ lạnh", "purchase"),
        (-120, "Points redeemed", None),
        (-30, "Trừ điểm cộng nhầm", None),
    ]


def test_the_balance_never_goes_negative(db):
    an = _customer(db)
    with db.session_scope() as s:
        loyalty.earn_points(s, AGENT, an, 100)
    with db.session_scope() as s:
        with pytest.raises(ValidationError, match="has 100 points, so 101 cannot be taken"):
            loyalty.redeem_points(s, AGENT, an, 101)
        with pytest.raises(ValidationError, match="has 100 points, so 500 cannot be taken"):
            loyalty.adjust_points(s, SUPERVISOR, an, -500, "Sửa sai")
    assert _points(db, an) == (100, 100)


@pytest.mark.parametrize("points", [0, -5, True])
def test_earning_needs_a_positive_whole_number(db, points):
    an = _customer(db)
    with pytest.raises(ValidationError, match="above zero"), db.session_scope() as s:
        loyalty.earn_points(s, AGENT, an, points)


def test_adjusting_needs_a_supervisor_and_a_reason(db):
    an = _customer(db)
    with db.session_scope() as s:
        with pytest.raises(PermissionDenied, match="adjust loyalty points"):
            loyalty.adjust_points(s, AGENT, an, 10, "Quà")
        with pytest.raises(ValidationError, match="Give the reason"):
            loyalty.adjust_points(s, SUPERVISOR, an, 10, "")


def test_on_the_points_basis_earning_moves_the_tier_unless_set_by_hand(db):
    an, binh = _customer(db), _customer(db, "Trần Thị Bình")
    with db.session_scope() as s:
        set_setting(s, ADMIN, "loyalty.basis", "points")
        loyalty.override_tier(s, SUPERVISOR, binh, "silver", "Khách quen")
    with db.session_scope() as s:
        assert loyalty.earn_points(s, AGENT, an, 650).tier == "platinum"
        assert loyalty.earn_points(s, AGENT, binh, 1200).tier == "silver"
        assert loyalty.redeem_points(s, AGENT, an, 600).tier == "member"
