"""Complaints: the queues an agent works from, least time left first.

A tab per queue (mine, my team, unassigned, and all for supervisors) with its count,
filters over them, and the queue's open complaints read a page at a time. Counts and
pages come from workers; the table colours the complaints at risk or past due.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.formatting import format_count
from app.services.access.permissions import allowed
from app.services.actor import Actor
from app.services.complaints.complaint_export import export_complaints
from app.services.complaints.complaint_queue import (
    ANY_STATUS,
    QueueFilter,
    queue_counts,
    queues_for,
)
from app.services.complaints.complaint_reads import queue_choices
from ui.complaints.complaint_queue_model import COLUMNS, ComplaintQueueModel
from ui.complaints.queue_filters import QueueFilterBar
from ui.complaints.templates_dialog import TemplatesDialog
from ui.screen import ListScreen
from ui.widgets.column_fit import ColumnFitter
from ui.widgets.list_export import ListExport
from ui.widgets.record_table import make_record_table, selected_row
from ui.widgets.screen_header import ScreenHeader
from ui.workers import LatestOnly, run_query

NEW_COMPLAINT_KEY = "Ctrl+K"


class RowColourDelegate(QStyledItemDelegate):
    """Paints the model's BackgroundRole: the style sheet's `::item` rule would hide it."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(brush, QBrush) and not option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, brush)
        super().paint(painter, option, index)


class ComplaintsScreen(ListScreen):
    """`open_complaint_requested(id)` on Enter or a double-click on a row;
    `new_complaint_requested()` from "New complaint…" (Ctrl+K); `loaded(rows)` once the
    counts and the first page are in."""

    open_complaint_requested = Signal(int)
    new_complaint_requested = Signal()
    watches = frozenset({"complaint"})

    def __init__(
        self, db: Database, actor: Actor, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ComplaintsScreen")
        self._db = db
        self._actor = actor
        self._read_only = read_only
        self._counts: dict[str, int] = {}
        self._counting = LatestOnly(db, self)

        self.new_button = QPushButton(self.tr("New complaint… (Ctrl+K)"), objectName="NewComplaint")
        self.new_button.setToolTip(self.tr("Take down a customer's complaint (Ctrl+K)"))
        self.new_button.clicked.connect(self._ask_new)
        self.new_button.setEnabled(not read_only)
        self.templates_button = QPushButton(
            self.tr("Reply &templates…"), objectName="ReplyTemplatesButton"
        )
        self.templates_button.setToolTip(
            self.tr("Write the canned replies agents insert into complaints (supervisors)")
        )
        self.templates_button.setEnabled(not read_only and allowed(actor, "template.edit"))
        self.templates_button.clicked.connect(self.open_templates)
        self.templates_dialog: TemplatesDialog | None = None
        shortcut = QShortcut(QKeySequence(NEW_COMPLAINT_KEY), self, self._ask_new)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # What the table shows: the queue of the tab and the filters it was read with.
        self.exporter = ListExport(
            db,
            self,
            title=self.tr("Export the complaints"),
            file_stem=self.tr("complaints-{day}"),
            settings_key="complaints/export_folder",
            service=export_complaints,
            shown=lambda: (actor, self.model.current_queue(), self.model.current_filter()),
        )
        self.header = ScreenHeader(
            self.tr("Complaints"),
            self.tr("Refresh"),
            self.tr("Read the queues again (F5)"),
            [self.exporter.button],
            spacing=12,
        )
        self.state_label = self.header.state_label
        self.refresh_button = self.header.refresh_button
        self.refresh_button.clicked.connect(self.refresh)
        self.error_label = self.header.error_label

        self.tabs = QTabBar(objectName="QueueTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for queue in queues_for(actor):
            self.tabs.setTabData(self.tabs.addTab(self._queue_name(queue)), queue)
        self.tabs.currentChanged.connect(self._queue_changed)
        self.filters = QueueFilterBar()
        self.filters.changed.connect(self._filter_changed)

        self.model = ComplaintQueueModel(db, actor, parent=self)
        self.model.first_page_loaded.connect(self._first_page)
        self.model.load_failed.connect(self._show_error)
        self.table = self._make_table()
        self.empty_label = QLabel("", objectName="EmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.error_label)
        # The new-complaint button sits beside the tabs: the header row stays narrow enough
        # for a small window.
        tab_row = QHBoxLayout()
        tab_row.addWidget(self.tabs, 0, Qt.AlignmentFlag.AlignBottom)
        tab_row.addStretch(1)
        tab_row.addWidget(self.templates_button)
        tab_row.addWidget(self.new_button)
        layout.addLayout(tab_row)
        layout.addWidget(self.filters)
        layout.addWidget(self.list_stack, 1)

    def _make_table(self) -> QTableView:
        table = make_record_table(self.model, "ComplaintsTable")
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        table.setItemDelegate(RowColourDelegate(table))
        table.activated.connect(self._activated)
        column = COLUMNS.index
        self.column_fitter = ColumnFitter(
            table,
            grow=column("customer"),
            give_way=[
                (column("customer"), 130),
                (column("assignee"), 100),
                (column("category"), 90),
                (column("tier"), 80),
                (column("status"), 90),
                (column("due"), 110),
            ],
        )
        return table

    def _queue_name(self, queue: str) -> str:
        names = {
            "mine": self.tr("Mine"),
            "team": self.tr("My team"),
            "unassigned": self.tr("Unassigned"),
            "all": self.tr("All"),
        }
        name = names.get(queue, queue)
        if queue not in self._counts:
            return name
        return self.tr("{queue} ({count})").format(
            queue=name, count=format_count(self._counts[queue])
        )

    # -- loading ---------------------------------------------------------------------------

    def current_queue(self) -> str:
        return self.tabs.tabData(self.tabs.currentIndex())

    def choose_queue(self, queue: str) -> None:
        """Show `queue`'s tab, as a click on it would."""
        for index in range(self.tabs.count()):
            if self.tabs.tabData(index) == queue:
                self.tabs.setCurrentIndex(index)

    def refresh(self) -> None:
        """F5: the stores, the counts and the first page again."""
        self.start_loading("stores", "counts", "page")
        self.header.show_loading()
        run_query(
            self._db,
            queue_choices,
            on_done=self._show_stores,
            on_error=self._show_error,
            context=self,
        )
        self._count()
        self.model.set_query(self.current_queue(), self.filters.current())

    def _count(self) -> None:
        self._counting.run(
            queue_counts,
            self._actor,
            self.filters.current(),
            on_done=self._show_counts,
            on_error=self._show_error,
        )

    def show_matching(self, f: QueueFilter, names: Mapping[str, str]) -> None:
        """The complaints behind a Dashboard figure: every queue ("all") with `f`'s
        filters (`names` label a store, product or agent not listed yet)."""
        self.tabs.blockSignals(True)
        self.choose_queue("all")
        self.tabs.blockSignals(False)
        self.filters.show_filter(f, names)

    def _queue_changed(self, _index: int) -> None:
        if not self._shown_once:
            return
        self.also_loading("page")
        self.header.show_loading(lock_refresh=False)
        self.model.set_query(self.current_queue(), self.filters.current())

    def _filter_changed(self, f: QueueFilter) -> None:
        if not self._shown_once:
            return  # the first show reads what the filters say then
        self.also_loading("counts", "page")
        self.header.show_loading(lock_refresh=False)
        self._count()
        self.model.set_query(self.current_queue(), f)

    def _show_stores(self, result: tuple) -> None:
        stores, choices = result
        self.filters.blockSignals(True)
        self.filters.set_stores(stores)
        self.filters.set_choices(choices)
        self.filters.blockSignals(False)
        self.part_loaded("stores")

    def _show_counts(self, counts: dict[str, int]) -> None:
        first = not self._counts
        self._counts = counts
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, self._queue_name(self.tabs.tabData(index)))
        if first and not counts.get(self.current_queue()):
            # Nothing of one's own yet: open on the first queue that has work in it.
            busy = [q for q in queues_for(self._actor) if counts.get(q)]
            if busy:
                self.choose_queue(busy[0])
        self.part_loaded("counts")

    def _first_page(self, rows: int) -> None:
        if self.model.current_filter() == QueueFilter():
            empty = self.tr("No open complaints in this queue.")
        elif self.model.current_filter().status == ANY_STATUS:
            empty = self.tr("No complaints match these filters.")
        else:
            empty = self.tr("No open complaints match these filters.")
        self.show_first_page(rows, empty)

    def _show_error(self, exc: Any) -> None:
        self.fail_loading(
            exc,
            "The complaint queue could not be read",
            self.tr(
                "The complaints could not be read from the database. Press Refresh (F5) "
                "to try again; if it keeps failing, tell IT support."
            ),
        )

    # -- rows ------------------------------------------------------------------------------

    def selected_row(self) -> int | None:
        return selected_row(self.table)

    def _activated(self, index) -> None:  # noqa: ANN001 - a QModelIndex
        if index.isValid() and index.row() < self.model.rowCount():
            self.open_complaint_requested.emit(self.model.row_at(index.row()).row.id)

    def open_templates(self) -> TemplatesDialog | None:
        """The reply templates editor (one at a time: a second click brings it up)."""
        if not self.templates_button.isEnabled():
            return None
        if self.templates_dialog is None:
            dialog = TemplatesDialog(self._db, self._actor, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._templates_closed)
            self.templates_dialog = dialog
        self.templates_dialog.show()
        self.templates_dialog.activateWindow()
        return self.templates_dialog

    def _templates_closed(self, _result: int) -> None:
        self.templates_dialog = None

    def _ask_new(self) -> None:
        if not self._read_only:
            self.new_complaint_requested.emit()
