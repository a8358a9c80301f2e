"""The Dashboard (supervisors, administrators): KPI tiles, charts and the team scorecard
for a period, with breakdown filters; for an agent, "My scorecard": their own card.

Every figure is computed on a worker (ui/workers.py) while a busy bar says so; a period
or filter changed meanwhile drops the older answer (LatestOnly). A click on a tile or a
bar asks the window for the records behind it (`open_records_requested(Drill)`). Changes
made elsewhere are counted again, but a KPI run is heavy: at most once a minute while the
screen is on view (a hidden screen reads again when it is next shown).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.formatting import format_datetime
from app.services.access.permissions import allowed
from app.services.actor import Actor
from app.services.complaints.complaint_reads import queue_choices
from app.services.kpis.dashboard import dashboard
from app.services.kpis.results import Dashboard, Scorecard
from app.services.kpis.scorecards import scorecards
from app.timeutil import now_utc
from ui.dashboard.charts_panel import ChartsPanel
from ui.dashboard.dashboard_export import DashboardExport
from ui.dashboard.drill import bar_drill, tile_drill
from ui.dashboard.kpi_tiles import KpiTiles
from ui.dashboard.period_bar import PeriodBar
from ui.dashboard.scorecard_view import ScorecardView
from ui.screen import Screen
from ui.widgets.date_edit import local_today
from ui.widgets.screen_header import ScreenHeader
from ui.workers import LatestOnly, run_query

# A change heard within this long after the last read waits for the rest of it.
CHANGE_REFRESH_MS = 60_000


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class DashboardScreen(Screen):
    """`loaded(Dashboard | cards)` once everything is on screen."""

    open_records_requested = Signal(object)
    open_complaint_requested = Signal(int)
    watches = frozenset(
        {"complaint", "contact", "reminder", "claim", "customer", "purchase", "setting", "user"}
    )

    def __init__(
        self,
        db: Database,
        actor: Actor,
        today: Callable[[], date] = local_today,
        read_dashboard: Callable[..., Dashboard] = dashboard,
        read_scorecards: Callable[..., tuple[Scorecard, ...]] = scorecards,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DashboardScreen")
        self._db = db
        self._actor = actor
        self.everyone = allowed(actor, "kpi.view")
        self._read_dashboard = read_dashboard
        self._read_scorecards = read_scorecards
        self._boards = LatestOnly(db, self)
        self._cards = LatestOnly(db, self)
        self._choices_read = False
        self._dashboard: Dashboard | None = None
        self._last_read = float("-inf")
        self._later = QTimer(self, singleShot=True)
        self._later.timeout.connect(self._refresh_if_stale)

        self.exporter = DashboardExport(db, actor, self, self._shown)
        self.exporter.finished.connect(lambda text: self._notify(text, False))
        self.exporter.failed.connect(lambda text: self._notify(text, True))
        self.exporter.button.setVisible(self.everyone)
        self.header = ScreenHeader(
            self.tr("Dashboard") if self.everyone else self.tr("My scorecard"),
            self.tr("Refresh"),
            self.tr("Compute the figures again (F5)"),
            [self.exporter.button],
            spacing=12,
        )
        self.refresh_button = self.header.refresh_button
        self.refresh_button.clicked.connect(self.refresh)
        self.state_label = self.header.state_label
        self.error_label = self.header.error_label
        self.notice_label = QLabel("", objectName="InfoBanner")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice_label.hide()
        self.period_bar = PeriodBar(today, with_filters=self.everyone)
        self.period_bar.changed.connect(self.refresh)

        self.busy_bar = QProgressBar(objectName="DashboardBusy")
        self.busy_bar.setRange(0, 0)  # no end known: it moves until the figures are in
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_label = QLabel(self.tr("Computing the figures…"), objectName="ScreenState")
        busy = QHBoxLayout()
        busy.setContentsMargins(0, 0, 0, 0)
        busy.addWidget(self.busy_label)
        busy.addWidget(self.busy_bar, 1)
        self.busy_box = QWidget()
        self.busy_box.setLayout(busy)
        self.busy_box.hide()

        self.scorecard = ScorecardView(own=not self.everyone)
        self.scorecard.open_complaint_requested.connect(self.open_complaint_requested)
        # An agent's screen is their card alone: no tiles of the whole team, no charts.
        self.tiles = KpiTiles() if self.everyone else None
        self.charts = ChartsPanel() if self.everyone else None
        self.tabs = QTabWidget(objectName="DashboardTabs") if self.everyone else None
        if self.tiles is not None and self.charts is not None and self.tabs is not None:
            self.tiles.tile_clicked.connect(self._tile_clicked)
            self.charts.bar_clicked.connect(self._bar_clicked)
            self.tabs.addTab(_scrolled(self.tiles), self.tr("&Figures"))
            self.tabs.addTab(_scrolled(self.charts), self.tr("C&harts"))
            self.tabs.addTab(self.scorecard, self.tr("Team &scorecard"))
            body: QWidget = self.tabs
        else:
            body = _scrolled(self.scorecard)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.period_bar)
        layout.addWidget(self.busy_box)
        layout.addWidget(body, 1)

    # -- reading ---------------------------------------------------------------------------

    def current_dashboard(self) -> Dashboard | None:
        return self._dashboard

    def refresh(self) -> None:
        """Compute the figures of the period and filters shown (F5)."""
        self._later.stop()
        period, filters = self._shown()
        parts = ["cards"] + (["board"] if self.everyone else [])
        if self.everyone and not self._choices_read:
            parts.append("choices")
            run_query(
                self._db,
                queue_choices,
                on_done=self._show_choices,
                on_error=self._failed,
                context=self,
            )
        self.start_loading(*parts)
        self.header.show_loading()
        self.busy_box.show()
        if self.everyone:
            self._boards.run(
                self._read_dashboard,
                self._actor,
                period,
                filters,
                on_done=self._show_dashboard,
                on_error=self._failed,
            )
        self._cards.run(
            self._read_scorecards,
            self._actor,
            period,
            on_done=self._show_cards,
            on_error=self._failed,
        )

    def _shown(self) -> tuple[Any, Any]:
        return self.period_bar.period(), self.period_bar.filters()

    def _show_choices(self, result: tuple) -> None:
        stores, choices = result
        self.period_bar.blockSignals(True)
        self.period_bar.set_choices(stores, choices)
        self.period_bar.blockSignals(False)
        self._choices_read = True
        self._part_in("choices")

    def _show_dashboard(self, board: Dashboard) -> None:
        self._dashboard = board
        if self.tiles is not None and self.charts is not None:
            self.tiles.set_values(board.report.values)
            self.charts.show_charts(board.charts)
        self._part_in("board")

    def _show_cards(self, cards: tuple[Scorecard, ...]) -> None:
        self.scorecard.set_cards(cards)
        self._part_in("cards")

    def _part_in(self, part: str) -> None:
        # After a part failed nothing is awaited: a late part shows, but the load stays
        # failed (its message stays up) until the next one.
        if part in self._waiting:
            self.part_loaded(part)

    def all_loaded(self) -> None:
        self.busy_box.hide()
        self._last_read = time.monotonic()
        period = self.period_bar.period()
        self.header.show_loaded(
            self.tr("{period} · updated {time}").format(
                period=period.text(), time=format_datetime(now_utc())
            )
        )
        self.loaded.emit(self._dashboard if self.everyone else self.scorecard.cards())

    def _failed(self, exc: BaseException) -> None:
        self.busy_box.hide()
        self.fail_loading(
            exc,
            "The Dashboard could not be computed",
            self.tr(
                "The figures could not be computed. Press Refresh (F5) to try again; if it "
                "keeps failing, tell IT support."
            ),
        )

    # -- changes made elsewhere ------------------------------------------------------------

    def refresh_for_changes(self) -> None:
        waited = (time.monotonic() - self._last_read) * 1000
        if waited >= CHANGE_REFRESH_MS:
            self.refresh()
        elif not self._later.isActive():
            self._later.start(int(CHANGE_REFRESH_MS - waited))

    def _refresh_if_stale(self) -> None:
        if self.isVisible() and not self.is_loading():
            self.refresh()
        else:
            self._stale = True  # read when next shown

    # -- click-through and notices ---------------------------------------------------------

    def _tile_clicked(self, key: str) -> None:
        period, filters = self._shown()
        self.open_records_requested.emit(tile_drill(key, period, filters, self.period_bar.names()))

    def _bar_clicked(self, chart: str, value: object) -> None:
        period, filters = self._shown()
        self.open_records_requested.emit(
            bar_drill(chart, value, period, filters, self.period_bar.names())
        )

    def _notify(self, text: str, failed: bool) -> None:
        self.notice_label.setText(text)
        self.notice_label.setProperty("tone", "error" if failed else "ok")
        self.notice_label.show()
