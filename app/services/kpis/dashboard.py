"""The Dashboard: every KPI with its target and the previous period, and the charts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.config import DEFAULT_TIMEZONE
from app.models import Complaint, Customer, Interaction, Purchase
from app.services.actor import Actor
from app.services.kpis import charts, phone_kpis
from app.services.kpis.kpi_report import kpi_report
from app.services.kpis.period import Period
from app.services.kpis.results import Dashboard, DashboardCharts, KpiFilter
from app.services.kpis.scope import scope
from app.services.kpis.window import Window, window
from app.slips.labels import complaint_category_label
from app.timeutil import now_utc


def _tiers(session: Session, w: Window, filters: KpiFilter) -> tuple[tuple[str, int], ...]:
    """Active customers by loyalty tier."""
    s = scope("customer", None, filters)
    if s is None:
        return ()
    touched = (
        select(Interaction.customer_id.label("cid"))
        .where(
            Interaction.started_at >= w.start,
            Interaction.started_at < w.end,
            Interaction.corrects_id.is_(None),
            Interaction.customer_id.is_not(None),
        )
        .union(
            select(Purchase.customer_id.label("cid")).where(
                Purchase.purchase_date >= w.period.start, Purchase.purchase_date <= w.period.end
            )
        )
        .subquery()
    )
    rows = session.execute(
        s.apply(
            select(Customer.tier, func.count())
            .select_from(Customer)
            .join(touched, touched.c.cid == Customer.id)
            .where(Customer.archived_at.is_(None), Customer.merged_into_id.is_(None))
        ).group_by(Customer.tier)
    ).all()
    return tuple((str(tier), n) for tier, n in rows)


def _phone_hours(session: Session, w: Window) -> tuple[tuple[int, int, int], ...]:
    return phone_kpis.calls_by_hour(session, w.period, w.tz)


def dashboard_charts(session: Session, w: Window, filters: KpiFilter) -> DashboardCharts:
    weeks, first, resolution = charts.sla_weeks(session, w, filters)
    categories = charts.pareto(session, w, filters, "category")
    products = charts.pareto(session, w, filters, "product")
    return DashboardCharts(
        days=charts.days_of(w),
        contacts_per_day=charts.contacts_per_day(session, w, filters),
        backlog=charts.backlog(session, w, filters),
        weeks=weeks,
        sla_first_response=first,
        sla_resolution=resolution,
        csat=charts.scores(session, w, filters, Complaint.csat),
        ces=charts.scores(session, w, filters, Complaint.ces),
        pareto_category=charts.pareto_bars(
            categories, {k: complaint_category_label(k) for k, _ in categories}
        ),
        pareto_product=charts.pareto_bars(
            products, charts.product_labels(session, [k for k, _ in products])
        ),
        first_response_buckets=charts.first_response_buckets(session, w, filters),
        claims_by_outcome=charts.claims_by_outcome(session, w, filters),
        customers_by_tier=_tiers(session, w, filters),
        calls_by_hour=_phone_hours(session, w),
    )


def dashboard(
    session: Session,
    actor: Actor,
    period: Period,
    filters: KpiFilter | None = None,
    now: datetime | None = None,
    tz: str = DEFAULT_TIMEZONE,
) -> Dashboard:
    now = now or now_utc()
    filters = filters or KpiFilter()
    report = kpi_report(session, actor, period, None, filters, now, tz)
    return Dashboard(report, dashboard_charts(session, window(session, period, now, tz), filters))
