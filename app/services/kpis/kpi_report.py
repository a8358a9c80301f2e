"""Every KPI for a period, the previous period of the same length, and a breakdown.

Each KPI is computed by the database (app/services/kpis/*_kpis.py); this module only
asks for the groups, puts targets and colours on the values and names the rows.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.config import DEFAULT_TIMEZONE
from app.errors import ValidationError
from app.i18n import t
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.kpis import complaint_kpis, contact_kpis, phone_kpis, sales_kpis
from app.services.kpis.breakdown_labels import breakdown_labels
from app.services.kpis.catalogue import DIMENSIONS, KPIS, dimension_names
from app.services.kpis.period import Period
from app.services.kpis.results import BreakdownRow, KpiFilter, KpiReport, KpiValue
from app.services.kpis.scope import scope
from app.services.kpis.targets import read_targets, status
from app.services.kpis.window import Values, Window, window
from app.services.reminders.reminder_settings import rule_config
from app.timeutil import now_utc

_COMPLAINT_STEPS = (
    complaint_kpis.speed,
    complaint_kpis.sla,
    complaint_kpis.resolved,
    complaint_kpis.effort,
    complaint_kpis.scores,
    complaint_kpis.backlog,
)
_CONTACT_STEPS = (contact_kpis.contacts,)


def no_jit(session: Session) -> None:
    """PostgreSQL's JIT compiles each of these big statements for 100-200 ms, more than
    it saves on them (measured by tests/bench/kpis.py); for this transaction only, so a
    pooler in transaction mode keeps nothing of it."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL jit = off"))


def check_dimension(by: str | None) -> str | None:
    if by is None or by == "":
        return None
    if by not in DIMENSIONS:
        names = dimension_names()
        raise ValidationError(
            t(
                "There is no breakdown by “{by}”: choose one of {choices}.",
                by=by,
                choices=", ".join(f"{d} ({names[d]})" for d in DIMENSIONS),
            ),
            "by",
        )
    return by


def compute(session: Session, w: Window, by: str | None, filters: KpiFilter) -> Values:
    """group -> KPI -> (value, count), for the groups of `by` (None: the overall row)."""
    values: Values = {}
    for source, steps in (
        ("complaint", _COMPLAINT_STEPS),
        ("contact", _CONTACT_STEPS),
        ("reminder", (contact_kpis.reminders,)),
    ):
        found = scope(source, by, filters)
        if found is not None:
            for step in steps:
                step(session, w, found, values)
    sales_kpis.per_purchase(session, w, by, filters, values)
    customers = scope("customer", by, filters)
    if customers is not None:
        quiet_days = rule_config(session).days["inactive"]
        sales_kpis.customers(session, w, customers, quiet_days, values)
    _phone(session, w, by, filters, values)
    return values


def _phone(session: Session, w: Window, by: str | None, filters: KpiFilter, values: Values):
    for group, found in phone_kpis.call_values(session, w.period, by, filters, w.tz).items():
        values.setdefault(group, {}).update(found)


def kpi_values(
    values: dict[str, tuple[float | None, int]],
    targets: dict[str, tuple[float, float]],
    previous: dict[str, tuple[float | None, int]] | None = None,
    only: frozenset[str] | None = None,
) -> dict[str, KpiValue]:
    out: dict[str, KpiValue] = {}
    for kpi in KPIS:
        if only is not None and kpi.key not in only:
            continue
        value, count = values.get(kpi.key, (None, 0))
        goal = targets.get(kpi.key)
        before = (previous or {}).get(kpi.key, (None, 0))[0]
        out[kpi.key] = KpiValue(
            kpi.key,
            value,
            count,
            goal[0] if goal else None,
            goal[1] if goal else None,
            status(kpi, value, goal),
            before,
        )
    return out


def kpi_report(
    session: Session,
    actor: Actor,
    period: Period,
    by: str | None = None,
    filters: KpiFilter | None = None,
    now: datetime | None = None,
    tz: str = DEFAULT_TIMEZONE,
) -> KpiReport:
    require(actor, "kpi.view")
    by = check_dimension(by)
    no_jit(session)
    filters = filters or KpiFilter()
    now = now or now_utc()
    targets = read_targets(session)
    current = compute(session, window(session, period, now, tz), None, filters).get(None, {})
    before = compute(session, window(session, period.previous(), now, tz), None, filters)
    rows: tuple[BreakdownRow, ...] = ()
    if by is not None:
        grouped = compute(session, window(session, period, now, tz), by, filters)
        keys = sorted(k for k in grouped if k is not None)
        labels = breakdown_labels(session, by, keys)
        dims = frozenset(k.key for k in KPIS if by in k.dims)
        rows = tuple(
            sorted(
                (
                    BreakdownRow(key, labels[key], kpi_values(grouped[key], targets, None, dims))
                    for key in keys
                ),
                key=lambda r: (r.key == "", r.label.casefold()),
            )
        )
    return KpiReport(
        period,
        period.previous(),
        by,
        filters,
        kpi_values(current, targets, before.get(None, {})),
        rows,
        now,
    )
