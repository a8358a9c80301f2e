"""Calls: the log of every contact, newest first, filtered, counted and exported.

The first page shows as soon as it is read; the totals of the filtered set are counted
beside it on their own worker, since counting millions of contacts takes longer than
reading the newest two hundred.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.access.permissions import allowed
from app.services.actor import Actor
from app.services.contacts.call_log import CallLogChoices, CallLogFilter, call_log_choices
from app.services.contacts.call_log_export import export_call_log
from app.timeutil import local_date, now_utc
from ui.calls.call_filters import CallFilterBar
from ui.calls.call_log_model import COLUMNS, CallLogModel
from ui.calls.call_row_actions import CallRowActions
from ui.calls.call_totals import TotalsLine
from ui.screen import ListScreen
from ui.widgets.column_fit import ColumnFitter
from ui.widgets.flow_layout import FlowBox
from ui.widgets.list_export import ListExport
from ui.widgets.record_table import make_record_table, select_row, selected_row
from ui.widgets.screen_header import ScreenHeader
from ui.workers import Task, run_query


class CallsScreen(ListScreen):
    """`open_customer_requested(id)` on Enter or a double-click on a customer's contact;
    `new_contact_requested()` from "New contact"; `loaded(rows)` once the first page
    and the filter lists are in."""

    open_customer_requested = Signal(int)
    new_contact_requested = Signal()
    # An unknown caller to make a customer: (national number, the contact's id).
    create_customer_requested = Signal(str, int)
    # Its rows name the customer and the topic of each contact.
    watches = frozenset({"contact", "customer", "topic"})

    def __init__(
        self, db: Database, actor: Actor, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CallsScreen")
        self._db = db
        self._actor = actor
        self._read_only = read_only
        self._choices_task: Task | None = None

        self.new_button = QPushButton(self.tr("&New contact (F2)"), objectName="NewContact")
        self.new_button.setToolTip(self.tr("Log a call, visit or message (F2)"))
        self.new_button.clicked.connect(self.new_contact_requested)
        self.topics_button = QPushButton(self.tr("Topics and &scripts…"), objectName="Topics")
        self.topics_button.setToolTip(
            self.tr("The topics agents choose, and the questions each topic's script asks")
        )
        self.topics_button.clicked.connect(self.open_topics)
        self.topics_button.setVisible(allowed(actor, "script.edit"))
        self.topics_button.setEnabled(not read_only)
        self.header = ScreenHeader(
            self.tr("Calls"),
            self.tr("Refresh"),
            self.tr("Read the log again (F5)"),
            buttons=[self.new_button],
            spacing=12,
        )
        self.state_label = self.header.state_label
        self.refresh_button = self.header.refresh_button
        self.refresh_button.clicked.connect(self.refresh)
        self.error_label = self.header.error_label

        self.filters = CallFilterBar(db, local_date(now_utc()))
        self.filters.changed.connect(self._filter_changed)
        self.model = CallLogModel(db, parent=self)
        self.model.first_page_loaded.connect(self._first_page)
        self.model.load_failed.connect(self._show_error)
        self.table = self._make_table()
        self.empty_label = QLabel(
            self.tr("No contacts match these filters."), objectName="EmptyState"
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        self.actions = CallRowActions(db, actor, self.model, read_only, self)
        self.actions.linked.connect(lambda _count: self.reload())
        self.actions.create_customer_requested.connect(self.create_customer_requested)
        self.exporter = ListExport(
            db,
            self,
            title=self.tr("Export the call log"),
            file_stem=self.tr("call-log-{day}"),
            settings_key="calls/export_folder",
            service=export_call_log,
            shown=lambda: (self.model.current_filter(),),
            busy_text=self.tr("Exporting the call log…"),
            done_text=lambda count: self.tr("%n contact(s) exported to:\n{path}", "", count),
        )
        self.totals_label = TotalsLine(db)
        # The buttons go under the totals when the window is narrow.
        footer_box = FlowBox(h_spacing=8, v_spacing=8)
        footer = footer_box.flow
        self.totals_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        footer.addWidget(self.totals_label)
        for button in (
            self.actions.link_button,
            self.actions.create_button,
            self.actions.correction_button,
            self.exporter.button,
            self.topics_button,
        ):
            footer.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.filters)
        layout.addWidget(self.list_stack, 1)
        layout.addWidget(footer_box)

    def _make_table(self) -> QTableView:
        table = make_record_table(self.model, "CallsTable")
        # Pages of identical rows: Qt never needs to measure each one.
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        table.activated.connect(self._activated)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        column = COLUMNS.index
        self.column_fitter = ColumnFitter(
            table,
            grow=column("notes"),
            # Eleven columns on a 1280-pixel screen: the long texts narrow first, and
            # every cell and header keeps its full text in a tooltip.
            give_way=[
                (column("notes"), 120),
                (column("store"), 80),
                (column("agent"), 90),
                (column("outcome"), 90),
                (column("topic"), 80),
                (column("customer"), 130),
                (column("satisfaction"), 50),
                (column("channel"), 80),
                (column("direction"), 70),
                (column("duration"), 60),
            ],
        )
        return table

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """F5: the filter lists, the first page and the totals again."""
        if self._choices_task is not None and self._choices_task.is_running:
            return
        self.start_loading("choices", "page")
        self.header.show_loading()
        self._choices_task = run_query(
            self._db, call_log_choices, on_done=self._show_choices, on_error=self._show_error
        )
        self._load(
            self.model.current_filter()
            if self.filters.error_label.isVisible()
            else self.filters.current()
        )

    def reload(self) -> None:
        """The first page and the totals again, for the same filters (a caller was linked)."""
        self._filter_changed(self.model.current_filter())

    def _filter_changed(self, f: CallLogFilter) -> None:
        if not self._shown_once:
            return  # the first show loads what the filters say then
        self.also_loading("page")
        self.header.show_loading(lock_refresh=False)
        self._load(f)

    def _load(self, f: CallLogFilter) -> None:
        self.model.set_filter(f)
        self.totals_label.count(f)

    def _show_choices(self, choices: CallLogChoices) -> None:
        self.filters.blockSignals(True)
        self.filters.set_choices(choices)
        self.filters.blockSignals(False)
        self.part_loaded("choices")

    def _first_page(self, rows: int) -> None:
        if self.model.current_filter() == CallLogFilter():
            empty = self.tr("No contacts have been logged yet.")
        else:
            empty = self.tr("No contacts match these filters.")
        if not rows:
            self._row_changed(QModelIndex())
        self.show_first_page(rows, empty)

    def _show_error(self, exc: Any) -> None:
        self.fail_loading(
            exc,
            "The call log could not be read",
            self.tr(
                "The call log could not be read from the database. Press Refresh (F5) to "
                "try again; if it keeps failing, tell IT support."
            ),
        )

    # -- filters from elsewhere ------------------------------------------------------------

    def set_customer_filter(self, customer_id: int | None, name: str = "") -> None:
        """List only `customer_id`'s contacts (a profile's "calls of this customer")."""
        self.filters.set_customer(customer_id, name)

    def show_matching(self, f: CallLogFilter, names: Mapping[str, str]) -> None:
        """The contacts behind a Dashboard figure: `f`'s days, agent, store, channel...
        (`names` label an agent or store not listed yet)."""
        self.filters.show_filter(f, names)

    # -- rows ------------------------------------------------------------------------------

    def selected_row(self) -> int | None:
        return selected_row(self.table)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        valid = current.isValid() and current.row() < self.model.rowCount()
        self.actions.show_row(self.model.row_at(current.row()) if valid else None)

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if row.customer_id is not None:
            self.open_customer_requested.emit(row.customer_id)
        else:
            self.actions.link()

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            select_row(self.table, index.row())
            menu = self.actions.menu()
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.table.viewport().mapToGlobal(point))

    # -- buttons ---------------------------------------------------------------------------

    def open_topics(self) -> QWidget | None:
        if self._read_only or not allowed(self._actor, "script.edit"):
            return None
        # Imported here: the editor is its own module, and the log works without it.
        from ui.calls.topics_dialog import TopicsDialog

        dialog = TopicsDialog(self._db, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Topics added or renamed show in the filter and the log once the editor closes.
        changed: list[object] = []
        dialog.saved.connect(changed.append)
        dialog.finished.connect(lambda _result: self.refresh() if changed else None)
        self.topics_dialog = dialog
        dialog.open()
        return dialog
