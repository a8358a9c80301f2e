"""Table model over the customer list: every id in order, rows read page by page.

The model holds the ordered ids of every customer the filter lets through (rowCount is
their number); ui/models/paged_rows.py reads full rows only for the pages looked at. A
row not read yet shows a placeholder; dataChanged repaints it when its page arrives.
"""

from __future__ import annotations

from array import array

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.db import Database
from app.formatting import format_count, format_date
from app.services.customers.customer_list import (
    CustomerListFilter,
    CustomerListSort,
    CustomerRow,
    customer_id_array,
    customer_rows,
)
from ui.customer_text import contact_date, phone_display
from ui.customers.paged_rows import MAX_PAGES, PAGE_SIZE, PagedRows
from ui.labels import customer_tier_labels, label
from ui.models.column_model import ColumnTableModel, Index
from ui.workers import Task, run_query

COLUMNS = (
    "code",
    "full_name",
    "phone",
    "tier",
    "points",
    "birthday",
    "province",
    "store",
    "last_contact",
    "complaints",
)
# Columns the list can be sorted by, and the service's name for each.
SORTABLE: dict[str, str] = {
    "code": "code",
    "full_name": "full_name",
    "tier": "tier",
    "points": "points",
    "birthday": "birthday",
    "province": "province",
    "last_contact": "last_contact_at",
}
PLACEHOLDER_COLOUR = "#9aa5b1"
ALERT_COLOUR = "#b42318"

_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_USER = Qt.ItemDataRole.UserRole
_ANSWERED = frozenset({_DISPLAY, _FOREGROUND, _ALIGN, _USER, Qt.ItemDataRole.ToolTipRole})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("CustomersModel", "Code"),
        QCoreApplication.translate("CustomersModel", "Full name"),
        QCoreApplication.translate("CustomersModel", "Phone"),
        QCoreApplication.translate("CustomersModel", "Tier", "loyalty"),
        QCoreApplication.translate("CustomersModel", "Points"),
        QCoreApplication.translate("CustomersModel", "Birthday"),
        QCoreApplication.translate("CustomersModel", "Province"),
        QCoreApplication.translate("CustomersModel", "Store"),
        QCoreApplication.translate("CustomersModel", "Last contact"),
        QCoreApplication.translate("CustomersModel", "Complaints"),
    )


class CustomersModel(ColumnTableModel):
    """Customers matching a filter in a sort order; Qt.UserRole gives the customer id.

    `ids_loaded(count)` when a new filter or sort has its ids; `page_loaded(first_row)`
    when rows arrive; `load_failed(exception)` when reading failed.
    """

    columns = COLUMNS

    ids_loaded = Signal(int)
    page_loaded = Signal(int)
    load_failed = Signal(object)

    def __init__(
        self,
        db: Database,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._filter = CustomerListFilter()
        self._sort = CustomerListSort()
        self.rows = PagedRows(db, customer_rows, page_size, max_pages, self)
        self.rows.page_arrived.connect(self._page_arrived)
        self.rows.failed.connect(self.load_failed)
        # Id lists for an older filter or sort are dropped when they arrive late.
        self._generation = 0
        self._ids_task: Task | None = None
        self._load_labels()

    def _load_labels(self) -> None:
        self._headers = _headers()
        self._tiers = customer_tier_labels()
        self._loading = QCoreApplication.translate("CustomersModel", "Loading…")
        self._placeholder_brush = QBrush(QColor(PLACEHOLDER_COLOUR))
        self._alert_brush = QBrush(QColor(ALERT_COLOUR))

    # -- what is listed ------------------------------------------------------------------

    def current_filter(self) -> CustomerListFilter:
        return self._filter

    def current_sort(self) -> CustomerListSort:
        return self._sort

    def set_query(
        self, f: CustomerListFilter | None = None, sort: CustomerListSort | None = None
    ) -> None:
        """Read the ids for `f` in `sort` (None: keep the current one); rows stay until then."""
        self._filter = f or self._filter
        self._sort = sort or self._sort
        self._generation += 1
        generation = self._generation
        self._ids_task = run_query(
            self._db,
            customer_id_array,
            self._filter,
            self._sort,
            on_done=lambda ids: self._take_ids(generation, ids),
            on_error=lambda exc: self._failed(generation, exc),
            context=self,
        )

    def reload(self) -> None:
        """Read ids and rows again (F5, or after a customer was created)."""
        self.set_query()

    def forget_rows(self) -> None:
        """Drop the rows read so far (a customer changed): those on screen are read again."""
        self.rows.forget()
        if self.rowCount():
            last = self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def is_loading(self) -> bool:
        return self._ids_task is not None and self._ids_task.is_running

    def _take_ids(self, generation: int, ids: array) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.rows.set_ids(ids)
        self._load_labels()
        self.endResetModel()
        self.ids_loaded.emit(len(ids))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.load_failed.emit(exc)

    def _page_arrived(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.page_loaded.emit(first)

    # -- reading -------------------------------------------------------------------------

    def id_at(self, row: int) -> int:
        return int(self.rows.ids()[row])

    def row_of(self, customer_id: int) -> int | None:
        try:
            return self.rows.ids().index(customer_id)
        except ValueError:
            return None

    def loaded_row(self, row: int) -> CustomerRow | None:
        """The row if it was read already (never asks for it)."""
        return self.rows.peek(row)

    def _row_count(self) -> int:
        return len(self.rows.ids())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            if COLUMNS[section] == "complaints":
                return QCoreApplication.translate("CustomersModel", "Open complaints")
            if COLUMNS[section] in SORTABLE:
                return QCoreApplication.translate("CustomersModel", "Click to sort")
            return None
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the database (a new id list); columns it cannot sort by are ignored."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column] not in SORTABLE:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        sort = CustomerListSort(SORTABLE[COLUMNS[column]], descending)  # type: ignore[arg-type]
        self.set_query(sort=sort)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called for every role of every cell on each repaint while scrolling: the roles
        # this model never answers leave first.
        if role not in _ANSWERED or not self._has_row(index):
            return None
        number = index.row()
        if role == _USER:
            return self.id_at(number)
        column = COLUMNS[index.column()]
        if role == _ALIGN:
            return _RIGHT if column in ("points", "complaints") else None
        row = self.rows.row(number)
        if row is None:
            if role == _DISPLAY:
                return self._loading if column == "full_name" else ""
            return self._placeholder_brush if role == _FOREGROUND else None
        if role == _DISPLAY:
            return self._text(row, column)
        if role == _FOREGROUND:
            return self._alert_brush if column == "complaints" and row.open_complaints else None
        if column == "full_name" and row.tags:  # the tooltip
            # Tags have no column of their own (the list must fit a laptop): on hover.
            return QCoreApplication.translate("CustomersModel", "Tags: {tags}").format(
                tags=", ".join(row.tags)
            )
        return None

    def _text(self, row: CustomerRow, column: str) -> str:
        match column:
            case "code":
                return row.code
            case "full_name":
                return row.full_name
            case "phone":
                return phone_display(row.primary_phone)
            case "tier":
                return label(self._tiers, str(row.tier))
            case "points":
                return format_count(row.points)
            case "birthday":
                return format_date(row.birthday)
            case "province":
                return row.province
            case "store":
                return row.store_code or ""
            case "last_contact":
                return contact_date(row.last_contact_at)
            case "complaints":
                return str(row.open_complaints) if row.open_complaints else ""
        return ""
