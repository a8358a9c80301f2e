"""The parts the Dashboard's charts are built from: a chart without its own background,
category and count axes with whole-number ticks, a time axis under bars, lines with gaps
for weeks with nothing to count, and the days a bar stands for."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QPen
from PySide6.QtWidgets import QToolTip

from app.formatting import format_date

Span = tuple[date, date, str]  # first day, last day, label on the axis


def grouping(days: Sequence[date]) -> str:
    """What one bar stands for, whichever keeps the bars readable: day, week or month."""
    return "day" if len(days) <= 62 else "week" if len(days) <= 53 * 7 else "month"


def spans(days: Sequence[date]) -> list[Span]:
    """A bar's days: one, a week's from Monday or a month's, as `grouping` says."""
    if grouping(days) == "day":
        return [(d, d, d.strftime("%d/%m")) for d in days]
    found: dict[date, list[date]] = {}
    weekly = grouping(days) == "week"
    for d in days:
        key = d - timedelta(days=d.weekday()) if weekly else d.replace(day=1)
        found.setdefault(key, []).append(d)
    label = "%d/%m" if weekly else "%m/%Y"
    return [(group[0], group[-1], key.strftime(label)) for key, group in found.items()]


def chart(legend: bool = False) -> QChart:
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundVisible(False)  # the card is the background
    chart.legend().setVisible(legend)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def categories(chart: QChart, series: QAbstractBarSeries, labels: list[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(labels)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    return axis


def counts_axis(chart: QChart, top: float, *series: object) -> QValueAxis:
    """0 to a little above `top`, ticks on whole numbers (1, 2, 5, 10, 20... apart)."""
    step = 1
    # Few ticks: Qt cuts a value axis's labels to "…" when they stand close together.
    while top / step > 4:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, max(step, -(-top // step) * step))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    for s in series:
        s.attachAxis(axis)
    return axis


def hover(bar_set: QBarSet, text: Callable[[int], str]) -> None:
    def show(inside: bool, index: int) -> None:
        if inside:
            QToolTip.showText(QCursor.pos(), text(index))
        else:
            QToolTip.hideText()

    bar_set.hovered.connect(show)


def time_axis(chart: QChart, groups: list[Span], by: str) -> None:
    """Dates under bars of equal width: from the first group's first day to the day after
    the last group's (a week from Monday, a month from the 1st), so bar and date agree."""
    first, last = groups[0][0], groups[-1][1]
    if by == "month":
        first, fmt = first.replace(day=1), "MM/yyyy"
        last = (last.replace(day=1) + timedelta(days=32)).replace(day=1)
    elif by == "week":
        first, fmt = first - timedelta(days=first.weekday()), "dd/MM"
        last = last - timedelta(days=last.weekday()) + timedelta(days=7)
    else:
        fmt, last = "dd/MM", last + timedelta(days=1)
    axis = QDateTimeAxis()
    axis.setFormat(fmt)
    axis.setTickCount(8)
    axis.setRange(
        QDateTime(datetime.combine(first, time(0))), QDateTime(datetime.combine(last, time(0)))
    )
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)


def days_of(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def span_text(span: Span) -> str:
    first, last, _ = span
    return format_date(first) if first == last else f"{format_date(first)} – {format_date(last)}"


def moment(day: date) -> float:
    return float(QDateTime(datetime.combine(day, time(12))).toMSecsSinceEpoch())


def date_axis(chart: QChart, days: Sequence[date], *series: QLineSeries) -> None:
    axis = QDateTimeAxis()
    axis.setFormat("dd/MM")
    axis.setTickCount(min(8, max(2, len(days))))
    first, last = days[0], days[-1]
    if first == last:
        first, last = first - timedelta(days=1), last + timedelta(days=1)
    axis.setRange(
        QDateTime(datetime.combine(first, time(0))), QDateTime(datetime.combine(last, time(23)))
    )
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    for s in series:
        s.attachAxis(axis)


def line(name: str, colour: str, points: Sequence[tuple[date, float | None]]) -> QLineSeries:
    line = QLineSeries()
    line.setName(name)
    line.setPen(QPen(QColor(colour), 2))
    line.setPointsVisible(len(points) <= 62)  # a dot a day over a year is a smear
    for day, value in points:
        if value is not None:  # a week with nothing to count is a gap, not zero
            line.append(moment(day), value)
    return line
