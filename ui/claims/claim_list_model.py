"""Table model over the claim list: newest first, read a page at a time as the view scrolls.

As the call log: the model keeps the rows read so far and the keyset (received, id) of
the last one; canFetchMore/fetchMore read the next page after it on a worker, one page
at a time, and a page that arrives for a filter no longer shown is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.db import Database
from app.formatting import format_date, format_datetime
from app.services.claims.claim_list import PAGE_SIZE, ClaimFilter, ClaimRow, claim_page
from app.timeutil import local_date
from ui.labels import claim_kind_labels, claim_status_labels, label
from ui.models.column_model import Index
from ui.models.paged_model import KeysetPagedModel

# Where it was taken in and who has it are a hover away (the number's tooltip): a counter
# laptop's screen has room for what the clerk reads out.
COLUMNS = (
    "number",
    "received",
    "customer",
    "product",
    "serial",
    "kind",
    "status",
    "warranty",
    "expected",
)
OUT_OF_WARRANTY_TEXT = "#b42318"


def _headers() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (
        translate("ClaimListModel", "Number"),
        translate("ClaimListModel", "Received", "date"),
        translate("ClaimListModel", "Customer"),
        translate("ClaimListModel", "Product"),
        translate("ClaimListModel", "Serial"),
        translate("ClaimListModel", "Kind"),
        translate("ClaimListModel", "Status"),
        translate("ClaimListModel", "Warranty"),
        translate("ClaimListModel", "Expected back"),
    )


class ClaimListModel(KeysetPagedModel):
    """Claims matching a filter, newest first (ties: higher id first).

    `first_page_loaded(rows)` after a filter's first page is in; `page_loaded(rows)` after
    each further page; `load_failed(exception)`. Qt.UserRole gives the claim id.
    """

    columns = COLUMNS
    # Pages follow the keyset (received_at, id) of the last row read.

    def __init__(
        self, db: Database, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(db, page_size, parent)
        self._filter = ClaimFilter()
        self._headers = _headers()

    def _reset_labels(self) -> None:
        self._headers = _headers()

    # -- loading ---------------------------------------------------------------------------

    def current_filter(self) -> ClaimFilter:
        return self._filter

    def set_filter(self, f: ClaimFilter) -> None:
        """Read the first page for `f`; the rows shown stay until it arrives."""
        self._filter = f
        self._start()

    def reload(self) -> None:
        self.set_filter(self._filter)

    def _page_call(self, cursor: object):  # noqa: ANN201
        return claim_page, (self._filter, cursor, self._page_size)

    # -- reading ---------------------------------------------------------------------------

    def row_at(self, row: int) -> ClaimRow:
        return self._items[row]

    def rows(self) -> tuple[ClaimRow, ...]:
        return tuple(self._items)

    def text(self, row: int, column: str) -> str:
        """What the cell of `row` in `column` shows."""
        return self._texts[row][COLUMNS.index(column)]

    def _cell_texts(self, rows: tuple[ClaimRow, ...]) -> list[tuple[str, ...]]:
        # Labels looked up once per page, not once per painted cell.
        kinds, statuses = claim_kind_labels(), claim_status_labels()
        translate = QCoreApplication.translate
        covered = translate("ClaimListModel", "In warranty")
        not_covered = translate("ClaimListModel", "Out of warranty")
        return [
            (
                r.number,
                format_date(local_date(r.received_at)),
                r.customer_name,
                r.product_name,
                r.serial_no or "",
                label(kinds, r.kind),
                label(statuses, r.status),
                covered if r.in_warranty else not_covered,
                format_date(r.expected_return_date),
            )
            for r in rows
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._has_row(index):
            return None
        row = self._items[index.row()]
        column = COLUMNS[index.column()]
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self._texts[index.row()][index.column()]
            case Qt.ItemDataRole.ForegroundRole:
                if column == "warranty" and not row.in_warranty:
                    return QBrush(QColor(OUT_OF_WARRANTY_TEXT))
                return None
            case Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(index.row(), column)
            case Qt.ItemDataRole.UserRole:
                return row.id
        return None

    def _tooltip(self, number: int, column: str) -> str | None:
        translate = QCoreApplication.translate
        row = self._items[number]
        match column:
            case "number" | "received":
                store = row.store_name or translate("ClaimListModel", "no store")
                who = row.assignee_name or translate("ClaimListModel", "unassigned")
                return translate("ClaimListModel", "Received {time} at {store} · {who}").format(
                    time=format_datetime(row.received_at), store=store, who=who
                )
            case "customer":
                return f"{row.customer_name} · {row.customer_code}"
            case "product" | "serial" | "status":
                return self.text(number, column) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return super().headerData(section, orientation, role)
