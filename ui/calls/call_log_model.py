"""Table model over the call log: newest first, read a page at a time as the view scrolls.

The log can hold millions of contacts, so the model never asks how many there are nor
holds their ids: it keeps the rows read so far and the keyset (time, id) of the last
one, and canFetchMore/fetchMore read the next page after it on a worker. One page is
read at a time; a page that arrives for a filter no longer shown is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QFont

from app.db import Database
from app.services.contacts.call_log import PAGE_SIZE, CallLogFilter, CallLogRow, call_log_page
from ui.models.column_model import Index
from ui.models.interactions_model import ContactCells
from ui.models.paged_model import KeysetPagedModel

COLUMNS = (
    "time",
    "customer",
    "channel",
    "direction",
    "topic",
    "outcome",
    "agent",
    "store",
    "duration",
    "satisfaction",
    "notes",
)
RIGHT_ALIGNED = frozenset({"duration", "satisfaction"})
# A tooltip is for reading a long note, not for showing a whole letter a customer wrote.
TOOLTIP_MAX = 1_000
# What the notes column asks for: it takes the room the others leave, and one long note
# must not make every other column narrow.
NOTES_WIDTH = QSize(160, 0)


def _headers() -> tuple[str, ...]:
    # The columns the Home screen's latest contacts also have keep its words (and their
    # translations): the same thing is called the same on both screens.
    home = "InteractionsModel"
    return (
        QCoreApplication.translate(home, "Time"),
        QCoreApplication.translate(home, "Customer"),
        QCoreApplication.translate(home, "Channel"),
        QCoreApplication.translate(home, "Direction"),
        QCoreApplication.translate(home, "Topic"),
        QCoreApplication.translate(home, "Outcome"),
        QCoreApplication.translate(home, "Agent"),
        QCoreApplication.translate("CallLogModel", "Store"),
        QCoreApplication.translate(home, "Duration"),
        QCoreApplication.translate("CallLogModel", "Satisfaction"),
        QCoreApplication.translate("CallLogModel", "Notes"),
    )


def first_line(text: str) -> str:
    """The first non-blank line of a note, as a one-line cell shows it."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


class CallLogModel(KeysetPagedModel):
    """Contacts matching a filter, newest first (ties: higher id first).

    `first_page_loaded(rows)` after a filter's first page is in; `page_loaded(rows)` after
    each further page; `load_failed(exception)` when a page could not be read.
    Qt.UserRole gives the interaction id.
    """

    columns = COLUMNS
    # Pages follow the keyset (started_at, id) of the last row read.

    def __init__(
        self, db: Database, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(db, page_size, parent)
        self._filter = CallLogFilter()
        self._reset_labels()

    def _reset_labels(self) -> None:
        # Looked up once per reset, not once per painted cell.
        self._headers = _headers()
        self._cells = ContactCells()

    # -- loading ---------------------------------------------------------------------------

    def current_filter(self) -> CallLogFilter:
        return self._filter

    def set_filter(self, f: CallLogFilter) -> None:
        """Read the first page for `f`; the rows shown stay until it arrives."""
        self._filter = f
        self._start()

    def reload(self) -> None:
        """Read the current filter's first page again (new contacts, a linked caller)."""
        self.set_filter(self._filter)

    def _page_call(self, cursor: object):  # noqa: ANN201
        return call_log_page, (self._filter, cursor, self._page_size)

    # -- reading -------------------------------------------------------------------------

    def row_at(self, row: int) -> CallLogRow:
        return self._items[row]

    def rows(self) -> tuple[CallLogRow, ...]:
        return tuple(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._has_row(index):
            return None
        row = self._items[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT_ALIGNED:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and column == "customer" and row.customer_id is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.SizeHintRole and column == "notes":
            return NOTES_WIDTH
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        # A narrowed header is elided: its full name is a hover away.
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return super().headerData(section, orientation, role)

    def topic_text(self, row: CallLogRow) -> str:
        """A supervisor's topic by its own name, a built-in one by its label."""
        return self._cells.topic(row)

    def text(self, row: CallLogRow, column: str) -> str:
        """What the cell of `row` in `column` shows."""
        match column:
            case "store":
                return row.store_name or ""
            case "satisfaction":
                return f"{row.satisfaction}/5" if row.satisfaction is not None else ""
            case "notes":
                return first_line(row.notes)
        return self._cells.text(row, column)

    def _tooltip(self, row: CallLogRow, column: str) -> str | None:
        match column:
            case "customer":
                return self._cells.customer_tooltip(row)
            case "agent" | "store" | "topic" | "outcome" | "channel":
                # These narrow first on small screens: the full text stays a hover away.
                return self.text(row, column) or None
            case "notes":
                notes = row.notes.strip()
                return notes[:TOOLTIP_MAX] + ("…" if len(notes) > TOOLTIP_MAX else "") or None
        return None
