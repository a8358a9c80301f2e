"""Claims: the warranty check a clerk starts from, and the claims taken in, newest first.

At the top, a serial, invoice or phone shows whether the unit is in warranty and what can
be done with it; nothing found offers to register the purchase. Below, the claim list:
a tab per status group with its count, filters, and the rows read a page at a time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.formatting import format_count
from app.services.access.stores import open_stores
from app.services.actor import Actor
from app.services.claims.claim_export import export_claims
from app.services.claims.claim_list import ClaimFilter, claim_counts
from app.services.claims.warranty_check import WarrantyRow
from ui.claims.claim_filters import ClaimFilterBar
from ui.claims.claim_list_model import COLUMNS, ClaimListModel
from ui.claims.warranty_check import WarrantyCheckPanel
from ui.labels import claim_group_labels
from ui.screen import ListScreen
from ui.widgets.column_fit import ColumnFitter
from ui.widgets.list_export import ListExport
from ui.widgets.record_table import make_record_table, selected_row
from ui.widgets.screen_header import ScreenHeader
from ui.workers import LatestOnly, run_query

CHECK_KEY = "Ctrl+W"
GROUPS = (None, "open", "ready", "closed")


class ClaimsScreen(ListScreen):
    """`open_claim_requested(id)` on Enter or a double-click on a row;
    `new_claim_requested(WarrantyRow)` and `warranty_slip_requested(WarrantyRow)` from a
    match of the warranty check; `register_purchase_requested(serial)`; `loaded(rows)`
    once the counts and the first page are in."""

    open_claim_requested = Signal(int)
    new_claim_requested = Signal(object)
    warranty_slip_requested = Signal(object)
    register_purchase_requested = Signal(str)
    watches = frozenset({"claim", "purchase"})

    def __init__(
        self, db: Database, actor: Actor, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ClaimsScreen")
        self._db = db
        self._actor = actor
        self._read_only = read_only
        self._counts: dict[str, int] = {}
        self._counting = LatestOnly(db, self)

        # What the list shows: the tab's status group and the filters, as it was read.
        self.exporter = ListExport(
            db,
            self,
            title=self.tr("Export the claims"),
            file_stem=self.tr("claims-{day}"),
            settings_key="claims/export_folder",
            service=export_claims,
            shown=lambda: (self.model.current_filter(),),
        )
        self.header = ScreenHeader(
            self.tr("Claims"),
            self.tr("Refresh"),
            self.tr("Read the claims again (F5)"),
            [self.exporter.button],
            spacing=12,
        )
        self.state_label = self.header.state_label
        self.refresh_button = self.header.refresh_button
        self.refresh_button.clicked.connect(self.refresh)
        self.error_label = self.header.error_label

        self.warranty = WarrantyCheckPanel(db, read_only)
        self.warranty.new_claim_requested.connect(self._ask_new_claim)
        self.warranty.slip_requested.connect(self.warranty_slip_requested)
        self.warranty.register_requested.connect(self._ask_register)
        self.warranty.claim_requested.connect(self.show_claim_number)
        keys = QKeySequence(CHECK_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        self.warranty.edit.setToolTip(self.tr("Check a warranty ({keys})").format(keys=keys))
        shortcut = QShortcut(QKeySequence(CHECK_KEY), self, self.focus_check)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.tabs = QTabBar(objectName="ClaimTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for group in GROUPS:
            self.tabs.setTabData(self.tabs.addTab(self._group_name(group)), group)
        self.tabs.currentChanged.connect(lambda _i: self._filter_changed(count=False))
        self.filters = ClaimFilterBar()
        self.filters.changed.connect(self._filter_changed)

        self.model = ClaimListModel(db, parent=self)
        self.model.first_page_loaded.connect(self._first_page)
        self.model.load_failed.connect(self._show_error)
        self.table = self._make_table()
        self.empty_label = QLabel("", objectName="EmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.warranty)
        tab_row = QHBoxLayout()
        tab_row.addWidget(QLabel(self.tr("Claims taken in"), objectName="SectionTitle"))
        tab_row.addSpacing(12)
        tab_row.addWidget(self.tabs, 0, Qt.AlignmentFlag.AlignBottom)
        tab_row.addStretch(1)
        layout.addLayout(tab_row)
        layout.addWidget(self.filters)
        layout.addWidget(self.list_stack, 1)

    def _make_table(self) -> QTableView:
        table = make_record_table(self.model, "ClaimsTable")
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        table.activated.connect(self._activated)
        column = COLUMNS.index
        self.column_fitter = ColumnFitter(
            table,
            grow=column("product"),
            give_way=[
                (column("product"), 120),
                (column("customer"), 120),
                (column("serial"), 90),
                (column("expected"), 90),
                (column("warranty"), 90),
                (column("status"), 110),
            ],
        )
        return table

    def _group_name(self, group: str | None) -> str:
        name = claim_group_labels().get(group or "", self.tr("All"))
        if not self._counts:
            return name
        count = sum(self._counts.values()) if group is None else self._counts.get(group, 0)
        return self.tr("{group} ({count})").format(group=name, count=format_count(count))

    # -- loading ---------------------------------------------------------------------------

    def current_group(self) -> str | None:
        return self.tabs.tabData(self.tabs.currentIndex())

    def choose_group(self, group: str | None) -> None:
        for index in range(self.tabs.count()):
            if self.tabs.tabData(index) == group:
                self.tabs.setCurrentIndex(index)

    def show_matching(self, kind: str | None, store_id: int | None, store_name: str = "") -> None:
        """The claims behind a Dashboard figure: every group, of `kind` at `store_id`."""
        self.tabs.blockSignals(True)
        self.choose_group(None)
        self.tabs.blockSignals(False)
        self.filters.show_filter(kind, store_id, store_name)

    def current_filter(self) -> ClaimFilter:
        return self.filters.current(self.current_group())

    def refresh(self) -> None:
        """F5: the stores, the counts and the first page again."""
        self.start_loading("stores", "counts", "page")
        self.header.show_loading()
        run_query(
            self._db,
            open_stores,
            on_done=self._show_stores,
            on_error=self._show_error,
            context=self,
        )
        self._count()
        self.model.set_filter(self.current_filter())

    def _count(self) -> None:
        self._counting.run(
            claim_counts,
            self.filters.current(),
            on_done=self._show_counts,
            on_error=self._show_error,
        )

    def _filter_changed(self, count: bool = True) -> None:
        if not self._shown_once:
            return  # the first show reads what the filters say then
        self.also_loading("page")
        if count:
            self.also_loading("counts")
            self._count()
        self.header.show_loading(lock_refresh=False)
        self.model.set_filter(self.current_filter())

    def _show_stores(self, stores: list) -> None:
        self.filters.blockSignals(True)
        self.filters.set_stores(stores)
        self.filters.blockSignals(False)
        self.part_loaded("stores")

    def _show_counts(self, counts: dict[str, int]) -> None:
        self._counts = counts
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, self._group_name(self.tabs.tabData(index)))
        self.part_loaded("counts")

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def _first_page(self, rows: int) -> None:
        if self.current_filter() == ClaimFilter():
            empty = self.tr("No claims yet. Check a warranty above to take one in.")
        else:
            empty = self.tr("No claims match these filters.")
        self.show_first_page(rows, empty)

    def _show_error(self, exc: Any) -> None:
        self.fail_loading(
            exc,
            "The claim list could not be read",
            self.tr(
                "The claims could not be read from the database. Press Refresh (F5) to "
                "try again; if it keeps failing, tell IT support."
            ),
        )

    # -- the warranty check ----------------------------------------------------------------

    def focus_check(self) -> None:
        """Ctrl+W: type a serial, invoice or phone."""
        self.warranty.edit.setFocus()
        self.warranty.edit.selectAll()

    def check_warranty(self, text: str) -> None:
        """Check `text` as if typed (after a purchase was registered)."""
        self.warranty.check(text)

    def _ask_new_claim(self, row: WarrantyRow) -> None:
        if not self._read_only:
            self.new_claim_requested.emit(row)

    def _ask_register(self, serial: str) -> None:
        if not self._read_only:
            self.register_purchase_requested.emit(serial)

    def show_claim_number(self, number: str) -> None:
        """Show the claim with this number in the list (every tab, that number only)."""
        self.choose_group(None)
        self.filters.set_search(number)

    # -- rows ------------------------------------------------------------------------------

    def selected_row(self) -> int | None:
        return selected_row(self.table)

    def _activated(self, index) -> None:  # noqa: ANN001 - a QModelIndex
        if index.isValid() and index.row() < self.model.rowCount():
            self.open_claim_requested.emit(self.model.row_at(index.row()).id)
