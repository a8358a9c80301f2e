"""Dashboards and scorecards built by hand for the Dashboard screen's tests: each figure
is written here, so a test can say what a person must read on screen."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.services.kpis.catalogue import KPIS
from app.services.kpis.period import Period
from app.services.kpis.results import (
    Compliment,
    Dashboard,
    DashboardCharts,
    KpiFilter,
    KpiReport,
    KpiValue,
    ParetoBar,
    Scorecard,
)

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
TODAY = date(2026, 3, 20)  # "this month" is 01/03 to 20/03
THIS_MONTH = Period(date(2026, 3, 1), date(2026, 3, 20))

# The figures a test looks for, with what a person reads in English.
FIGURES = {
    # 76.5 % against 75 / 65, higher is better: green; 71 % before: +5.5 points.
    "fcr_rate": KpiValue("fcr_rate", 76.5, 200, 75, 65, "green", 71.0),
    # 2 h 15 min against 2 h / 4 h, lower is better: amber; 2 h 30 min before: 15 min less.
    "first_response_median": KpiValue(
        "first_response_median", 8100, 40, 7200, 14400, "amber", 9000
    ),
    # 12 % reopened against 5 / 10: red.
    "reopen_rate": KpiValue("reopen_rate", 12.0, 25, 5, 10, "red", 12.0),
    "contacts": KpiValue("contacts", 1234, 1234, previous=1000),
}


def report(period: Period = THIS_MONTH, empty: bool = False) -> KpiReport:
    values = {k.key: KpiValue(k.key, None, 0) for k in KPIS}
    if not empty:
        values.update(FIGURES)
    return KpiReport(period, period.previous(), None, KpiFilter(), values)


def charts(period: Period = THIS_MONTH, empty: bool = False) -> DashboardCharts:
    days = tuple(date(2026, 3, d) for d in range(period.start.day, period.end.day + 1))
    if empty:
        return DashboardCharts(
            days, {}, tuple(0 for _ in days), (date(2026, 2, 23),), (None,), (None,),
            (0, 0, 0, 0, 0), (0, 0, 0, 0, 0), (), (), (), (), (),
        )  # fmt: skip
    phone = tuple(3 if d.day % 2 else 1 for d in days)
    return DashboardCharts(
        days=days,
        contacts_per_day={"phone": phone, "email": tuple(1 for _ in days)},
        backlog=tuple(5 + n % 3 for n in range(len(days))),
        weeks=(date(2026, 2, 23), date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)),
        sla_first_response=(80.0, 90.0, None, 100.0),
        sla_resolution=(70.0, None, 75.0, 90.0),
        csat=(0, 1, 0, 2, 5),
        ces=(0, 0, 1, 1, 1),
        pareto_category=(
            ParetoBar("delivery", "Delivery", 6, 60.0),
            ParetoBar("billing", "Billing", 4, 100.0),
        ),
        pareto_product=(
            ParetoBar("12", "Tivi Sony 55 inch", 3, 75.0),
            ParetoBar("", "", 1, 100.0),
        ),
        first_response_buckets=(("1h", 2), ("2h", 1), ("more", 1)),
        claims_by_outcome=(),
        customers_by_tier=(),
    )


def board(period: Period = THIS_MONTH, empty: bool = False) -> Dashboard:
    return Dashboard(report(period, empty), charts(period, empty))


def compliment(number: str, name: str, comment: str, day: int) -> Compliment:
    return Compliment(day, number, name, datetime(2026, 3, day, 3, 0, tzinfo=UTC), comment)


def cards() -> tuple[Scorecard, ...]:
    """Two agents: Yến, quick and praised twice; Khoa, slower, praised never."""
    yen = Scorecard(
        7,
        "Trần Thị Yến",
        {
            "first_response_median": KpiValue(
                "first_response_median", 3600, 10, 7200, 14400, "green"
            ),
            "csat_mean": KpiValue("csat_mean", 4.8, 9, 4.2, 3.8, "green"),
            "contacts": KpiValue("contacts", 321, 321),
        },
        (
            compliment("KN-2026-000012", "Nguyễn Văn An", "Chị Yến hỗ trợ rất nhiệt tình", 12),
            compliment("KN-2026-000009", "Lê Thị Hoa", "Rất hài lòng", 9),
        ),
    )
    khoa = Scorecard(
        8,
        "Phạm Minh Khoa",
        {
            "first_response_median": KpiValue(
                "first_response_median", 18000, 12, 7200, 14400, "red"
            ),
            "csat_mean": KpiValue("csat_mean", None, 0, 4.2, 3.8),
            "contacts": KpiValue("contacts", 150, 150),
        },
    )
    return (yen, khoa)
