"""What the KPI services hand the screens, the reports and the command line: plain values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.services.kpis.period import Period


@dataclass(frozen=True)
class KpiFilter:
    """Narrow every KPI to one agent, store, category, product, channel or priority."""

    agent_id: int | None = None
    store_id: int | None = None
    category: str | None = None
    product_id: int | None = None
    channel: str | None = None
    priority: str | None = None


@dataclass(frozen=True)
class KpiValue:
    key: str
    value: float | None  # None: nothing to count in the period (never 0 for that)
    count: int  # the records it was computed from
    target: float | None = None  # in the KPI's unit (durations in seconds)
    amber: float | None = None
    status: str | None = None  # green, amber, red; None without a value or a target
    previous: float | None = None  # the same KPI over the previous period

    @property
    def change(self) -> float | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous


@dataclass(frozen=True)
class BreakdownRow:
    key: str  # the dimension's value: an id as text, a channel, a category, a priority
    label: str  # as shown
    values: dict[str, KpiValue]  # only the KPIs that break down by this dimension


@dataclass(frozen=True)
class KpiReport:
    period: Period
    previous: Period
    by: str | None
    filters: KpiFilter
    values: dict[str, KpiValue]  # every KPI, in catalogue order
    breakdown: tuple[BreakdownRow, ...] = ()
    computed_at: datetime | None = None


@dataclass(frozen=True)
class ParetoBar:
    key: str
    label: str
    count: int
    cumulative_percent: float


@dataclass(frozen=True)
class DashboardCharts:
    days: tuple[date, ...]  # every day of the period
    contacts_per_day: dict[str, tuple[int, ...]]  # channel -> a count per day
    backlog: tuple[int, ...]  # complaints open at the end of each day
    weeks: tuple[date, ...]  # the Monday of each week touching the period
    sla_first_response: tuple[float | None, ...]  # rate per week
    sla_resolution: tuple[float | None, ...]
    csat: tuple[int, int, int, int, int]  # how many scored 1, 2, 3, 4, 5
    ces: tuple[int, int, int, int, int]
    pareto_category: tuple[ParetoBar, ...]
    pareto_product: tuple[ParetoBar, ...]
    first_response_buckets: tuple[tuple[str, int], ...]  # bucket key -> complaints
    claims_by_outcome: tuple[tuple[str, int], ...]
    customers_by_tier: tuple[tuple[str, int], ...]
    calls_by_hour: tuple[tuple[int, int, int], ...] = ()  # (hour 0-23, answered, abandoned)


@dataclass(frozen=True)
class Dashboard:
    report: KpiReport
    charts: DashboardCharts


@dataclass(frozen=True)
class Compliment:
    complaint_id: int
    number: str
    customer_name: str
    closed_at: datetime
    comment: str


@dataclass(frozen=True)
class Scorecard:
    agent_id: int
    agent_name: str
    values: dict[str, KpiValue]
    compliments: tuple[Compliment, ...] = field(default_factory=tuple)
