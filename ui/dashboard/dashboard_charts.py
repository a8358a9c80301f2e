"""The Dashboard's charts, built with QtCharts from the service's DashboardCharts.

Why QtCharts and not pyqtgraph: tests/bench/charts.py (first picture ~150 ms against
~350 ms, same Qt wheels, no numpy). Each builder returns a QChart, or None when the
period holds nothing to draw (the card then says so rather than show empty axes). Bars
call `on_click` with what they stand for, so the screen can open the records behind them.
A long period's days are drawn by week (over 62 days) or by month (over 53 weeks): a
bar per day of a year would be a pixel wide.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarSeries,
    QBarSet,
    QChart,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen

from app.services.kpis.kpi_text import decimal
from app.services.kpis.results import DashboardCharts, ParetoBar
from ui.dashboard import chart_axes as axes
from ui.labels import channel_labels

PALETTE = ("#2b6cb0", "#e07b24", "#2e8b57", "#8e5bb5", "#c2417a", "#6b7c93", "#b8860b", "#17a2b8")
ACCENT, SECOND = "#2b6cb0", "#c05621"
# First responses by business time taken: the service's bucket keys, in order.
BUCKETS = ("1h", "2h", "4h", "8h", "24h", "more")


def bucket_labels() -> dict[str, str]:
    return {
        "1h": QCoreApplication.translate("DashboardCharts", "under 1 h"),
        "2h": QCoreApplication.translate("DashboardCharts", "1–2 h"),
        "4h": QCoreApplication.translate("DashboardCharts", "2–4 h"),
        "8h": QCoreApplication.translate("DashboardCharts", "4–8 h"),
        "24h": QCoreApplication.translate("DashboardCharts", "8–24 h"),
        "more": QCoreApplication.translate("DashboardCharts", "over 24 h"),
    }


def contacts_per_day(
    charts: DashboardCharts, on_click: Callable[[str, date, date], None]
) -> QChart | None:
    """Stacked bars by channel; a click gives (channel, first day, last day)."""
    if not any(sum(counts) for counts in charts.contacts_per_day.values()):
        return None
    groups = axes.spans(charts.days)
    index = {d: i for i, d in enumerate(charts.days)}
    names = channel_labels()
    series = QStackedBarSeries()
    top = [0] * len(groups)
    for n, (channel, counts) in enumerate(charts.contacts_per_day.items()):
        bar_set = QBarSet(names.get(channel, channel))
        bar_set.setColor(QColor(PALETTE[n % len(PALETTE)]))
        values = [
            sum(counts[index[d]] for d in axes.days_of(first, last)) for first, last, _ in groups
        ]
        bar_set.append(values)
        top = [a + b for a, b in zip(top, values, strict=True)]
        bar_set.clicked.connect(lambda i, c=channel: on_click(c, groups[i][0], groups[i][1]))
        axes.hover(
            bar_set,
            lambda i, s=bar_set, v=values: f"{s.label()}, {axes.span_text(groups[i])}: {v[i]}",
        )
        series.append(bar_set)
    chart = axes.chart(legend=True)
    chart.addSeries(series)
    if len(groups) <= 16:
        axes.categories(chart, series, [label for _, _, label in groups])
    else:  # a label per bar would be cut to "…": a time axis below the bars instead
        hidden = axes.categories(chart, series, [str(n) for n in range(len(groups))])
        hidden.setVisible(False)
        axes.time_axis(chart, groups, axes.grouping(charts.days))
    axes.counts_axis(chart, max(top), series)
    return chart


def backlog(charts: DashboardCharts) -> QChart | None:
    """Complaints open at the end of each day."""
    if not charts.backlog or not charts.days:
        return None
    line = axes.line(
        QCoreApplication.translate("DashboardCharts", "Open complaints"),
        ACCENT,
        list(zip(charts.days, charts.backlog, strict=False)),
    )
    chart = axes.chart()
    chart.addSeries(line)
    axes.date_axis(chart, charts.days, line)
    axes.counts_axis(chart, max(charts.backlog), line)
    return chart


def sla_per_week(charts: DashboardCharts) -> QChart | None:
    """Both SLA rates per week, on a 0-100 % scale."""
    rates = (*charts.sla_first_response, *charts.sla_resolution)
    if not charts.weeks or all(r is None for r in rates):
        return None
    first = axes.line(
        QCoreApplication.translate("DashboardCharts", "First response"),
        ACCENT,
        list(zip(charts.weeks, charts.sla_first_response, strict=False)),
    )
    resolved = axes.line(
        QCoreApplication.translate("DashboardCharts", "Resolution"),
        SECOND,
        list(zip(charts.weeks, charts.sla_resolution, strict=False)),
    )
    chart = axes.chart(legend=True)
    chart.addSeries(first)
    chart.addSeries(resolved)
    axes.date_axis(chart, charts.weeks, first, resolved)
    axis = QValueAxis()
    axis.setRange(0, 100)
    axis.setLabelFormat("%d %%")
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    first.attachAxis(axis)
    resolved.attachAxis(axis)
    return chart


def _bars(
    labels: list[str],
    values: list[int],
    on_click: Callable[[int], None],
    tips: list[str] | None = None,
) -> tuple[QChart, QBarSeries]:
    bar_set = QBarSet("")
    bar_set.setColor(QColor(ACCENT))
    bar_set.append(values)
    bar_set.clicked.connect(on_click)
    shown = tips or [f"{label}: {value}" for label, value in zip(labels, values, strict=True)]
    axes.hover(bar_set, lambda i: shown[i])
    series = QBarSeries()
    series.append(bar_set)
    chart = axes.chart()
    chart.addSeries(series)
    axes.categories(chart, series, labels)
    axes.counts_axis(chart, max(values), series)
    return chart, series


def scores(counts: Sequence[int], on_click: Callable[[int], None]) -> QChart | None:
    """How many complaints were scored 1 to 5; a click gives the score."""
    if not sum(counts):
        return None
    chart, _ = _bars(["1", "2", "3", "4", "5"], list(counts), lambda i: on_click(i + 1))
    return chart


def first_response(
    buckets: Sequence[tuple[str, int]], on_click: Callable[[str], None]
) -> QChart | None:
    """First responses by business time taken, in the service's bucket order."""
    found = dict(buckets)
    if not sum(found.values()):
        return None
    keys = [k for k in BUCKETS if k in found] + [k for k in found if k not in BUCKETS]
    names = bucket_labels()
    labels = [names.get(k, k) for k in keys]
    chart, _ = _bars(labels, [found[k] for k in keys], lambda i: on_click(keys[i]))
    return chart


def pareto(bars: Sequence[ParetoBar], on_click: Callable[[ParetoBar], None]) -> QChart | None:
    """Complaints by category or product, most first, and the running share (right axis)."""
    if not bars:
        return None
    other = QCoreApplication.translate("DashboardCharts", "(none)")
    labels = [_unique(b.label or other, n) for n, b in enumerate(bars)]
    tips = [f"{b.label or other}: {b.count} ({decimal(b.cumulative_percent, 1)} %)" for b in bars]
    chart, _ = _bars(labels, [b.count for b in bars], lambda i: on_click(bars[i]), tips)
    running = QLineSeries()
    running.setName(QCoreApplication.translate("DashboardCharts", "Running share"))
    running.setPen(QPen(QColor(SECOND), 2))
    running.setPointsVisible(True)
    for n, bar in enumerate(bars):
        running.append(n, bar.cumulative_percent)
    chart.addSeries(running)
    places = QValueAxis()
    places.setRange(-0.5, len(bars) - 0.5)
    places.setVisible(False)
    chart.addAxis(places, Qt.AlignmentFlag.AlignBottom)
    running.attachAxis(places)
    share = QValueAxis()
    share.setRange(0, 100)
    share.setLabelFormat("%d %%")
    chart.addAxis(share, Qt.AlignmentFlag.AlignRight)
    running.attachAxis(share)
    return chart


def _unique(label: str, n: int) -> str:
    # A category axis drops a repeated label: two products of one name stay two bars.
    return label + "\u200b" * n
