"""The four small charts of the one-page KPI summary, drawn with reportlab.graphics:
contacts per day by channel, the open backlog, the complaint Pareto by category and the
CSAT distribution.

A long period is drawn per week (over two months) or per month (over 13 months), so the
bars stay readable on paper; the backlog then shows each week's or month's last day.
A chart with nothing to draw says so instead of drawing empty axes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Circle, Drawing, PolyLine, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from app.i18n import group_digits, t
from app.services.contacts.contact_labels import channel_names
from app.services.kpis.results import DashboardCharts, ParetoBar
from app.slips.fonts import BOLD, register_fonts

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
GRID = colors.HexColor("#DDDDDD")
PALETTE = [colors.HexColor(c) for c in ("#2F6DB5", "#E08A1E", "#3A9A5B", "#8E5BB8",
                                          "#C8474B", "#4AA3B5", "#9C7A3C", "#7F7F7F")]  # fmt: skip
CSAT_COLOURS = [colors.HexColor(c) for c in ("#C8474B", "#E08A1E", "#C9B33A", "#7DB35A", "#3A9A5B")]
PARETO_BARS = 8  # the categories a small chart has room for
_TITLE, _LABEL = 9, 6.5


def _frame(width: float, height: float, title: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(0, height - _TITLE, title, fontName=BOLD, fontSize=_TITLE, fillColor=INK))
    return drawing


def _nothing(drawing: Drawing) -> Drawing:
    drawing.add(
        String(drawing.width / 2, drawing.height / 2, t("Nothing to show in this period."),
               fontName=register_fonts(), fontSize=8, fillColor=MUTED, textAnchor="middle")
    )  # fmt: skip
    return drawing


def _step(top: float) -> int:
    """A whole step giving at most five ticks up to `top`: 1, 2, 5, 10, 20, 50..."""
    step = 1
    while top / step > 5:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if top / step <= 5:
                break
    return step


def _value_axis(axis, top: float) -> None:
    step = _step(max(top, 1))
    axis.valueMin, axis.valueStep = 0, step
    axis.valueMax = step * -(-max(top, 1) // step)
    axis.labels.fontName, axis.labels.fontSize = register_fonts(), _LABEL
    axis.labelTextFormat = lambda v: group_digits(int(v))
    axis.visibleGrid, axis.gridStrokeColor, axis.strokeColor = True, GRID, MUTED


def _category_axis(axis, names: Sequence[str], every: int = 1, angle: float = 0) -> None:
    axis.categoryNames = [n if i % every == 0 else "" for i, n in enumerate(names)]
    axis.labels.fontName, axis.labels.fontSize = register_fonts(), _LABEL
    axis.strokeColor, axis.visibleTicks = MUTED, False
    if angle:
        axis.labels.angle, axis.labels.boxAnchor, axis.labels.dy = angle, "ne", -2


def _slim(chart, slots: int, widest: float = 34) -> None:
    """Bars at most `widest` points wide: two categories are not two walls of colour.
    ReportLab shares each slot between barWidth and groupSpacing by their ratio."""
    slot = chart.width / max(slots, 1)
    chart.barWidth = 10
    chart.groupSpacing = 10 * max(slot - widest, slot / 3) / min(widest, slot * 2 / 3)


def buckets(days: Sequence[date]) -> tuple[str, list[tuple[str, list[int]]]]:
    """The days grouped as the chart draws them: (unit, [(label, day indexes)])."""
    if len(days) <= 62:
        return "day", [(d.strftime("%d/%m"), [i]) for i, d in enumerate(days)]
    grouped: dict[date, list[int]] = {}
    monthly = len(days) > 400
    for i, d in enumerate(days):
        first = d.replace(day=1) if monthly else date.fromordinal(d.toordinal() - d.weekday())
        grouped.setdefault(first, []).append(i)
    form = "%m/%Y" if monthly else "%d/%m"
    return ("month" if monthly else "week"), [(k.strftime(form), v) for k, v in grouped.items()]


def _every(n: int, room: float) -> int:
    """Show every n-th label so that labels of about 28 points do not overlap."""
    return max(1, -(-n * 28 // int(max(room, 1))))


def contacts_chart(charts: DashboardCharts, width: float, height: float) -> Drawing:
    unit, groups = buckets(charts.days)
    titles = {
        "day": t("Contacts per day, by channel"),
        "week": t("Contacts per week, by channel"),
        "month": t("Contacts per month, by channel"),
    }
    drawing = _frame(width, height, titles[unit])
    series = [
        (channel, [sum(counts[i] for i in idx) for _, idx in groups])
        for channel, counts in charts.contacts_per_day.items()
        if any(counts)
    ]
    if not series:
        return _nothing(drawing)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 16, width - 120, height - 34
    chart.data = [tuple(values) for _, values in series]
    chart.categoryAxis.style = "stacked"
    chart.bars.strokeColor, chart.barSpacing = None, 0
    _slim(chart, len(groups))
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
    totals = [sum(column) for column in zip(*chart.data, strict=True)]
    _value_axis(chart.valueAxis, max(totals))
    _category_axis(chart.categoryAxis, [g[0] for g in groups], _every(len(groups), chart.width))
    drawing.add(chart)
    names = channel_names()
    legend = Legend()
    legend.x, legend.y, legend.alignment = width - 82, height - 22, "right"
    legend.columnMaximum = len(series)  # one column beside the bars
    legend.fontName, legend.fontSize, legend.deltay = register_fonts(), _LABEL, 9
    legend.dx = legend.dy = 6
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], names.get(channel, channel))
        for i, (channel, _) in enumerate(series)
    ]
    drawing.add(legend)
    return drawing


def backlog_chart(charts: DashboardCharts, width: float, height: float) -> Drawing:
    unit, groups = buckets(charts.days)
    drawing = _frame(width, height, t("Open complaints at the end of each day"))
    if not charts.backlog:
        return _nothing(drawing)
    if unit != "day":
        drawing.contents[0].text = {
            "week": t("Open complaints at the end of each week"),
            "month": t("Open complaints at the end of each month"),
        }[unit]
    values = [charts.backlog[idx[-1]] for _, idx in groups]
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 30, 16, width - 40, height - 34
    chart.data = [tuple(values)]
    chart.joinedLines = 1
    chart.lines[0].strokeColor, chart.lines[0].strokeWidth = PALETTE[4], 1.5
    if len(values) <= 31:  # a dot a day: one day alone is a point, not an empty chart
        chart.lines[0].symbol = makeMarker("FilledCircle", size=3, fillColor=PALETTE[4])
    _value_axis(chart.valueAxis, max(values))
    _category_axis(chart.categoryAxis, [g[0] for g in groups], _every(len(groups), chart.width))
    drawing.add(chart)
    return drawing


def _short(text: str, limit: int = 16) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def pareto_chart(bars: Sequence[ParetoBar], width: float, height: float) -> Drawing:
    drawing = _frame(width, height, t("Complaints by category (Pareto)"))
    shown = [b for b in bars[:PARETO_BARS] if b.count]
    if not shown:
        return _nothing(drawing)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 40, width - 62, height - 58
    chart.data = [tuple(b.count for b in shown)]
    chart.bars.strokeColor, chart.bars[0].fillColor = None, PALETTE[0]
    _slim(chart, len(shown))
    _value_axis(chart.valueAxis, max(b.count for b in shown))
    _category_axis(chart.categoryAxis, [_short(b.label) for b in shown], angle=25)
    drawing.add(chart)
    # The running share on a 0-100 % scale at the right, over the bars' centres.
    slot = chart.width / len(shown)
    points: list[float] = []
    for i, bar in enumerate(shown):
        x = chart.x + (i + 0.5) * slot
        y = chart.y + chart.height * min(bar.cumulative_percent, 100) / 100
        points += [x, y]
        drawing.add(Circle(x, y, 1.6, fillColor=PALETTE[1], strokeColor=None))
    drawing.add(PolyLine(points, strokeColor=PALETTE[1], strokeWidth=1.2))
    font = register_fonts()
    for share in (0, 50, 100):
        y = chart.y + chart.height * share / 100 - 2
        drawing.add(String(chart.x + chart.width + 3, y, f"{share} %", fontName=font,
                           fontSize=_LABEL, fillColor=PALETTE[1]))  # fmt: skip
    return drawing


def csat_chart(charts: DashboardCharts, width: float, height: float) -> Drawing:
    drawing = _frame(width, height, t("Satisfaction (CSAT) scores given"))
    if not any(charts.csat):
        return _nothing(drawing)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 16, width - 40, height - 34
    chart.data = [tuple(charts.csat)]
    chart.bars.strokeColor = None
    _slim(chart, 5)
    for i, colour in enumerate(CSAT_COLOURS):
        chart.bars[(0, i)].fillColor = colour
    chart.barLabelFormat = lambda v: group_digits(int(v))
    chart.barLabels.fontName, chart.barLabels.fontSize = register_fonts(), _LABEL
    chart.barLabels.nudge = 5
    _value_axis(chart.valueAxis, max(charts.csat) * 1.1)
    names = [t("1 very unhappy"), "2", "3", "4", t("5 very happy")]
    _category_axis(chart.categoryAxis, names)
    drawing.add(chart)
    return drawing
