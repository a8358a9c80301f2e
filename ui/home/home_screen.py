"""Home: the counts that need attention now and the latest contacts, read in one worker call."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.formatting import format_datetime
from app.services.kpis.overview import HomeOverview, home_overview
from app.timeutil import now_utc
from ui.errors import failure_message
from ui.labels import claim_status_labels, complaint_status_labels, label
from ui.models.interactions_model import COLUMNS, InteractionsModel
from ui.screen import Screen
from ui.widgets.column_fit import ColumnFitter
from ui.widgets.screen_header import ScreenHeader
from ui.widgets.stat_card import StatCard
from ui.workers import Task, run_query

# fn(session) -> HomeOverview; the session is the worker's own.
OverviewReader = Callable[[Any], HomeOverview]


class HomeScreen(Screen):
    """Big-number cards (customers, complaints, SLA, claims, reminders) and the call log."""

    watches = frozenset({"customer", "contact", "complaint", "claim", "reminder"})

    def __init__(
        self,
        db: Database,
        read_overview: OverviewReader = home_overview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HomeScreen")
        self._db = db
        self._read_overview = read_overview
        self._task: Task | None = None
        self._overview: HomeOverview | None = None
        self._updated_at = ""

        self.header = ScreenHeader(
            self.tr("Home"), self.tr("Refresh"), self.tr("Read the figures again (F5)"), spacing=14
        )
        self.title_label = self.header.title_label
        self.state_label = self.header.state_label
        self.refresh_button = self.header.refresh_button
        self.refresh_button.clicked.connect(self.refresh)
        self.error_label = self.header.error_label
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.customers_card = StatCard(self.tr("Customers"), self.tr("Active customer records"))
        self.breached_card = StatCard(
            self.tr("SLA breached"), self.tr("Open complaints past their deadline")
        )
        self.due_today_card = StatCard(
            self.tr("Reminders due today"), self.tr("Follow-ups to finish today")
        )
        self.overdue_card = StatCard(
            self.tr("Overdue reminders"), self.tr("Follow-ups from earlier days not done yet")
        )
        self.complaints_card = StatCard(self.tr("Open complaints"), self.tr("By status"))
        self.claims_card = StatCard(
            self.tr("Claims in progress"), self.tr("Warranty repairs, exchanges and returns")
        )
        cards = QGridLayout()
        cards.setSpacing(14)
        for column, card in enumerate(
            (self.customers_card, self.breached_card, self.due_today_card, self.overdue_card)
        ):
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)
        cards.addWidget(self.complaints_card, 1, 0, 1, 2)
        cards.addWidget(self.claims_card, 1, 2, 1, 2)

        latest_title = QLabel(self.tr("Latest interactions"), objectName="SectionTitle")
        self.model = InteractionsModel(self)
        self.table = QTableView(objectName="LatestInteractions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header_view = self.table.horizontalHeader()
        header_view.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header_view.setHighlightSections(False)
        # The name is what an agent looks for: it gets spare room and gives way last
        # but one; the agent column is the first to be narrowed on a small screen.
        column = COLUMNS.index
        self.column_fitter = ColumnFitter(
            self.table,
            grow=column("customer"),
            give_way=[(column("agent"), 120), (column("customer"), 170), (column("topic"), 110)],
        )
        self.empty_label = QLabel(self.tr("No interactions logged yet."), objectName="EmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.latest_stack = QStackedWidget()
        self.latest_stack.addWidget(self.table)
        self.latest_stack.addWidget(self.empty_label)
        self.latest_stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(self.header)
        layout.addWidget(self.error_label)
        layout.addLayout(cards)
        layout.addSpacing(4)
        layout.addWidget(latest_title)
        layout.addWidget(self.latest_stack, 1)

    def overview(self) -> HomeOverview | None:
        """The figures on screen (None before the first successful load)."""
        return self._overview

    def is_loading(self) -> bool:
        return self._task is not None and self._task.is_running

    def refresh(self) -> None:
        if self.is_loading():
            return
        self.header.show_loading()
        self._task = run_query(
            self._db, self._read_overview, on_done=self._show_overview, on_error=self._show_error
        )

    def _show_overview(self, overview: HomeOverview) -> None:
        self._overview = overview
        self.customers_card.set_value(overview.customers)
        self.breached_card.set_value(overview.complaints_breached)
        self.breached_card.set_tone("alert" if overview.complaints_breached else "normal")
        self.due_today_card.set_value(overview.reminders_due_today)
        self.overdue_card.set_value(overview.reminders_overdue)
        self.overdue_card.set_tone("warning" if overview.reminders_overdue else "normal")
        complaint_labels = complaint_status_labels()
        self.complaints_card.set_value(overview.open_complaints_total)
        self.complaints_card.set_breakdown(
            [(label(complaint_labels, s), n) for s, n in overview.open_complaints.items()]
        )
        claim_labels = claim_status_labels()
        self.claims_card.set_value(overview.claims_in_progress_total)
        self.claims_card.set_breakdown(
            [(label(claim_labels, s), n) for s, n in overview.claims_in_progress.items()]
        )
        self.model.set_lines(overview.latest_interactions)
        self.latest_stack.setCurrentWidget(
            self.table if overview.latest_interactions else self.empty_label
        )
        self._updated_at = format_datetime(now_utc())
        self.header.show_loaded(self.tr("Updated {time}").format(time=self._updated_at))
        self.loaded.emit(overview)

    def _show_error(self, exc: BaseException) -> None:
        message = failure_message(
            exc,
            "Home overview could not be read",
            self.tr(
                "The overview could not be read from the database. Press Refresh (F5) to "
                "try again; if it keeps failing, tell IT support."
            ),
        )
        if self._updated_at:
            message += " " + self.tr("The figures shown are from {time}.").format(
                time=self._updated_at
            )
        self.header.show_failure(message)
        self.load_failed.emit(message)
