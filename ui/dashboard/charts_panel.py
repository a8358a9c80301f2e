"""The Dashboard's charts tab: one card per chart, two to a row (contacts per day across
the whole width), each saying so in words when its period holds nothing to draw.

`bar_clicked(chart, value)` says which bar was clicked: ("contacts", (channel, first
day, last day)), ("csat" or "ces", score), ("pareto_category" or "pareto_product",
ParetoBar), ("first_response", bucket key).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.services.kpis.results import DashboardCharts
from ui.dashboard import dashboard_charts as build

CHART_HEIGHT = 250
CARD_STYLE = """
QFrame#ChartCard { background: #ffffff; border: 1px solid #d9e2ec; border-radius: 8px; }
QFrame#ChartCard QLabel#ChartTitle { color: #102a43; font-weight: bold; border: none; }
QFrame#ChartCard QLabel#ChartHint { color: #616e7c; font-size: 9pt; border: none; }
QFrame#ChartCard QLabel#EmptyState { color: #616e7c; border: none; }
"""


class ChartCard(QFrame):
    """A title, a hint, and the chart or the sentence saying there is nothing to draw."""

    def __init__(self, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChartCard")
        self.title_label = QLabel(title, objectName="ChartTitle")
        self.hint_label = QLabel(hint, objectName="ChartHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setVisible(bool(hint))
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setStyleSheet("background: transparent; border: none;")
        self.view.setMinimumHeight(CHART_HEIGHT)
        self.empty_label = QLabel("", objectName="EmptyState")
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.stack, 1)
        self.setMinimumWidth(300)

    def set_chart(self, chart: QChart | None, empty_text: str) -> None:
        old = self.view.chart()
        if chart is None:
            self.view.setChart(QChart())
            self.empty_label.setText(empty_text)
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.view.setChart(chart)
            self.stack.setCurrentWidget(self.view)
        # The view gives the chart it held back: it is ours to delete.
        old.deleteLater()

    def chart(self) -> QChart | None:
        """The chart on show (None when the card says there is nothing to draw)."""
        return self.view.chart() if self.stack.currentWidget() is self.view else None


class ChartsPanel(QWidget):
    bar_clicked = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChartsPanel")
        self.setStyleSheet(CARD_STYLE)
        click = self.tr("Click a bar to list its records.")
        self.cards = {
            "contacts": ChartCard(self.tr("Contacts per day, by channel"), click),
            "backlog": ChartCard(self.tr("Open complaints at the end of each day"), ""),
            "sla": ChartCard(self.tr("Within SLA per week (%)"), ""),
            "csat": ChartCard(
                self.tr("Satisfaction (CSAT) given at closing"),
                self.tr("1 very unhappy … 5 very happy"),
            ),
            "ces": ChartCard(
                self.tr("Customer effort (CES) given at closing"),
                self.tr("1 very hard … 5 very easy"),
            ),
            "pareto_category": ChartCard(self.tr("Complaints by category"), click),
            "pareto_product": ChartCard(self.tr("Complaints by product"), click),
            "first_response": ChartCard(self.tr("First responses by business time taken"), click),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        # Charts with many or long labels (days, products) take the whole width.
        for row, keys in enumerate(
            (
                ("contacts",),
                ("backlog", "sla"),
                ("pareto_category",),
                ("pareto_product",),
                ("csat", "ces"),
                ("first_response",),
            )
        ):
            for column, key in enumerate(keys):
                grid.addWidget(self.cards[key], row, column, 1, 2 if len(keys) == 1 else 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def show_charts(self, charts: DashboardCharts) -> None:
        nothing = self.tr("Nothing to draw for this period.")

        def emit(name: str) -> Callable[..., None]:
            return lambda *value: self.bar_clicked.emit(
                name, value[0] if len(value) == 1 else value
            )

        made = {
            "contacts": build.contacts_per_day(charts, emit("contacts")),
            "backlog": build.backlog(charts),
            "sla": build.sla_per_week(charts),
            "csat": build.scores(charts.csat, emit("csat")),
            "ces": build.scores(charts.ces, emit("ces")),
            "pareto_category": build.pareto(charts.pareto_category, emit("pareto_category")),
            "pareto_product": build.pareto(charts.pareto_product, emit("pareto_product")),
            "first_response": build.first_response(
                charts.first_response_buckets, emit("first_response")
            ),
        }
        for key, chart in made.items():
            self.cards[key].set_chart(chart, nothing)
