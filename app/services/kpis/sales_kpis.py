"""What was sold and what came back: complaints and returns per 100 purchases, warranty
repairs, and the customers' KPIs. Definitions: docs/kpis.md."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from app.models import Claim, ClaimKind, Complaint, Customer, Interaction, Purchase
from app.services.kpis.results import KpiFilter
from app.services.kpis.scope import Scope, scope
from app.services.kpis.window import Values, Window, group_key, rows_into


def _counts(session: Session, stmt, grouped: bool) -> dict[str | None, int]:
    return {
        (group_key(row[0]) if grouped else None): int(row[-1] or 0)
        for row in session.execute(stmt).all()
    }


def _key(s: Scope) -> list:
    return [s.key()] if s.group is not None else []


def per_purchase(
    session: Session, w: Window, by: str | None, filters: KpiFilter, values: Values
) -> None:
    """Complaints and returns/exchanges per 100 purchases, and warranty repairs."""
    bought = scope("purchase", by, filters)
    if bought is None:
        return
    grouped = bought.group is not None
    purchases = _counts(
        session,
        bought.apply(
            select(*_key(bought), func.count())
            .select_from(Purchase)
            .where(Purchase.purchase_date >= w.period.start, Purchase.purchase_date <= w.period.end)
        ),
        grouped,
    )
    complained = scope("sold_complaint", by, filters)
    complaints = (
        _counts(
            session,
            complained.apply(
                select(*_key(complained), func.count())
                .select_from(Complaint)
                .where(
                    Complaint.archived_at.is_(None),
                    Complaint.opened_at >= w.start,
                    Complaint.opened_at < w.end,
                )
            ),
            grouped,
        )
        if complained is not None
        else {}
    )
    claimed = scope("claim", by, filters)
    live_claims = (
        Claim.archived_at.is_(None),
        Claim.received_at >= w.start,
        Claim.received_at < w.end,
    )
    returns = _counts(
        session,
        claimed.apply(
            select(*_key(claimed), func.count())
            .select_from(Claim)
            .where(*live_claims, Claim.kind.in_((ClaimKind.RETURN, ClaimKind.EXCHANGE)))
        ),
        grouped,
    )
    repairs = claimed.apply(
        select(*_key(claimed), func.count(), func.count())
        .select_from(Claim)
        .where(*live_claims, Claim.kind == ClaimKind.REPAIR)
    )
    rows_into(values, session.execute(repairs).all(), {"warranty_claims": 1}, grouped)
    for group, sold in purchases.items():
        if not sold:
            continue
        slot = values.setdefault(group, {})
        slot["complaints_per_100_purchases"] = (100.0 * complaints.get(group, 0) / sold, sold)
        slot["returns_per_100_purchases"] = (100.0 * returns.get(group, 0) / sold, sold)


def customers(session: Session, w: Window, s: Scope, quiet_days: int, values: Values) -> None:
    """Active (a contact or a purchase in the period), new, and gone quiet."""
    grouped = s.group is not None
    touched = union(
        select(Interaction.customer_id.label("cid")).where(
            Interaction.started_at >= w.start,
            Interaction.started_at < w.end,
            Interaction.corrects_id.is_(None),
            Interaction.customer_id.is_not(None),
        ),
        select(Purchase.customer_id.label("cid")).where(
            Purchase.purchase_date >= w.period.start, Purchase.purchase_date <= w.period.end
        ),
    ).subquery()
    live = (Customer.archived_at.is_(None), Customer.merged_into_id.is_(None))
    active = s.apply(
        select(*_key(s), func.count(), func.count())
        .select_from(Customer)
        .join(touched, touched.c.cid == Customer.id)
        .where(*live)
    )
    rows_into(values, session.execute(active).all(), {"customers_active": 1}, grouped)
    new = s.apply(
        select(*_key(s), func.count(), func.count())
        .select_from(Customer)
        .where(*live, Customer.created_at >= w.start, Customer.created_at < w.end)
    )
    rows_into(values, session.execute(new).all(), {"customers_new": 1}, grouped)
    quiet = s.apply(
        select(*_key(s), func.count(), func.count())
        .select_from(Customer)
        .where(*live, Customer.last_contact_at < w.end - timedelta(days=quiet_days))
    )
    rows_into(values, session.execute(quiet).all(), {"customers_quiet": 1}, grouped)
