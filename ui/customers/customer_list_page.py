"""Every customer in a sortable, filterable list that scrolls smoothly through millions.

Clicking a sortable header asks the database for a new order; the model then reads only
the rows on screen. Enter or a double-click opens the profile.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import CareDeskError
from app.services.customers.customer_export import export_customers
from app.services.customers.customer_list import CustomerListFilter
from ui.customers.customer_filters import CustomerFilterBar
from ui.customers.customers_model import COLUMNS, SORTABLE, CustomersModel
from ui.customers.profile_actions import keys_text
from ui.errors import log_exception
from ui.widgets.column_fit import ColumnFitter
from ui.widgets.list_export import ListExport
from ui.widgets.record_table import make_record_table, select_row, selected_row
from ui.widgets.screen_header import ScreenHeader


class CustomerListPage(QWidget):
    """`open_requested(customer_id)`; `new_requested()`; `import_requested()` from the
    Import button (hidden unless the screen shows it); `loaded(count)` once the ids and
    the first rows are in; `load_failed(message)`."""

    open_requested = Signal(int)
    new_requested = Signal()
    import_requested = Signal()
    refresh_requested = Signal()
    loaded = Signal(int)
    load_failed = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CustomerListPage")
        self._waiting_first_page = False
        self._select_after_load: int | None = None

        self.new_button = QPushButton(self.tr("&New customer…"), objectName="NewCustomer")
        self.new_button.setToolTip(
            self.tr("Create a customer ({keys})").format(keys=keys_text("Ctrl+N"))
        )
        self.new_button.clicked.connect(self.new_requested)
        self.import_button = QPushButton(self.tr("&Import…"), objectName="ImportButton")
        self.import_button.setToolTip(
            self.tr("Bring customers or purchases in from a CSV file or an Excel workbook")
        )
        self.import_button.clicked.connect(self.import_requested)
        self.import_button.hide()
        # What the list shows: its filter and its order.
        self.exporter = ListExport(
            db,
            self,
            title=self.tr("Export the customer list"),
            file_stem=self.tr("customers-{day}"),
            settings_key="customers/export_folder",
            service=export_customers,
            shown=lambda: (self.model.current_filter(), self.model.current_sort()),
        )
        self.header = ScreenHeader(
            self.tr("Customers"),
            self.tr("Refresh"),
            self.tr("Read the list again (F5)"),
            buttons=[self.new_button, self.import_button, self.exporter.button],
            spacing=12,
        )
        self.title_label = self.header.title_label
        self.count_label = self.header.state_label
        self.refresh_button = self.header.refresh_button
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.error_label = self.header.error_label

        self.filters = CustomerFilterBar()
        self.filters.changed.connect(self.set_filter)
        self.model = CustomersModel(db, parent=self)
        self.model.ids_loaded.connect(self._ids_loaded)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.load_failed.connect(self._failed)
        self.table = make_record_table(self.model, "CustomersTable")
        # A million rows: every row the same height, so Qt never measures them.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        columns = self.table.horizontalHeader()
        columns.setSortIndicatorShown(True)
        columns.setSectionsClickable(True)
        columns.setSortIndicator(COLUMNS.index("code"), Qt.SortOrder.AscendingOrder)
        columns.sortIndicatorChanged.connect(self._sort_clicked)
        self._sort_column = COLUMNS.index("code")
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.table.activated.connect(self._activated)
        column = COLUMNS.index
        self.column_fitter = ColumnFitter(
            self.table,
            grow=column("full_name"),
            give_way=[
                (column("full_name"), 170),
                (column("province"), 125),
                (column("last_contact"), 100),
                (column("birthday"), 90),
            ],
        )
        self.empty_label = QLabel(
            self.tr("No customer matches these filters."), objectName="EmptyState"
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.filters)
        layout.addWidget(self.list_stack, 1)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_requested.emit, context=context)

    # -- loading ---------------------------------------------------------------------------

    def is_loading(self) -> bool:
        return self.model.is_loading() or self._waiting_first_page

    def refresh(self, select_id: int | None = None) -> None:
        """Read the ids for the current filter and sort again; then select `select_id`."""
        self._select_after_load = select_id if select_id is not None else self.selected_id()
        self._waiting_first_page = True
        self.count_label.setText(self.tr("Loading…"))
        self.model.set_query(self.filters.current())

    def set_filter(self, f: CustomerListFilter) -> None:
        self._select_after_load = None
        self._waiting_first_page = True
        self.count_label.setText(self.tr("Loading…"))
        self.model.set_query(f)

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        if COLUMNS[column] not in SORTABLE:
            # Phones, stores, complaints and tags have no order the database keeps.
            header.blockSignals(True)
            header.setSortIndicator(self._sort_column, self._sort_order)
            header.blockSignals(False)
            return
        self._sort_column, self._sort_order = column, order
        self._select_after_load = self.selected_id()
        self._waiting_first_page = True
        self.count_label.setText(self.tr("Loading…"))
        self.model.sort(column, order)

    def _ids_loaded(self, count: int) -> None:
        self.error_label.hide()
        self.count_label.setText(self.tr("%n customer(s)", "", count))
        self.list_stack.setCurrentWidget(self.table if count else self.empty_label)
        row = self.model.row_of(self._select_after_load) if self._select_after_load else None
        if count:
            select_row(self.table, row or 0)
            self.model.rows.fetch((row or 0) // self.model.rows.page_size)
        else:
            self._finish_first_page()

    def _page_loaded(self, _first_row: int) -> None:
        if self._waiting_first_page:
            self._finish_first_page()

    def _finish_first_page(self) -> None:
        self._waiting_first_page = False
        # Widths follow real rows, not the placeholders shown before they arrived.
        self.column_fitter.fit()
        self.loaded.emit(self.model.rowCount())

    def _failed(self, exc: object) -> None:
        if isinstance(exc, CareDeskError):
            message = exc.message
        else:
            if isinstance(exc, BaseException):
                log_exception(exc, "The customer list could not be read")
            message = self.tr(
                "The customer list could not be read from the database. Press Refresh (F5) "
                "to try again; if it keeps failing, tell IT support."
            )
        self._waiting_first_page = False
        self.error_label.setText(message)
        self.error_label.show()
        self.count_label.setText(self.tr("Not updated"))
        self.load_failed.emit(message)

    # -- choosing ----------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        row = selected_row(self.table)
        return self.model.id_at(row) if row is not None else None

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.id_at(index.row()))

    def focus_list(self) -> None:
        self.table.setFocus()
