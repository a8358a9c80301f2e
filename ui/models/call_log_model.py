"""Table model over the call log: newest first, read a page at a time as the view scrolls.

The log can hold millions of contacts, so the model never asks how many there are nor
holds their ids: it keeps the rows read so far and the keyset (time, id) of the last
one, and canFetchMore/fetchMore read the next page after it on a worker. One page is
read at a time; a page that arrives for a filter no longer shown is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont

from app.db import Database
from app.services.call_log import PAGE_SIZE, CallLogFilter, CallLogPage, CallLogRow, call_log_page
from ui.models.column_model import ColumnTableModel, Index
from ui.models.interactions_model import ContactCells
from ui.workers import Task, run_in_worker

COLUMNS = ("time", "customer", "channel", "direction", "topic", "outcome", "agent", "store",
           "duration", "satisfaction", "notes")  # fmt: skip
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


class CallLogModel(ColumnTableModel):
    """Contacts matching a filter, newest first (ties: higher id first).

    `first_page_loaded(rows)` after a filter's first page is in; `page_loaded(rows)` after
    each further page; `load_failed(exception)` when a page could not be read.
    Qt.UserRole gives the interaction id.
    """

    columns = COLUMNS

    first_page_loaded = Signal(int)
    page_loaded = Signal(int)
    load_failed = Signal(object)

    def __init__(
        self, db: Database, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._page_size = page_size
        self._filter = CallLogFilter()
        self._rows: list[CallLogRow] = []
        self._after: tuple | None = None
        self._has_more = False
        self._task: Task | None = None
        # Bumped by every new filter: answers carrying an older number are dropped.
        self._generation = 0
        self._load_labels()

    def _load_labels(self) -> None:
        # Looked up once per reset, not once per painted cell.
        self._headers = _headers()
        self._cells = ContactCells()

    # -- loading ---------------------------------------------------------------------------

    def current_filter(self) -> CallLogFilter:
        return self._filter

    def is_loading(self) -> bool:
        return self._task is not None and self._task.is_running

    def has_more(self) -> bool:
        """Whether older contacts than the last row read are there to fetch."""
        return self._has_more

    def set_filter(self, f: CallLogFilter) -> None:
        """Read the first page for `f`; the rows shown stay until it arrives."""
        self._filter = f
        self._generation += 1
        self._read(None, self._first_page)

    def reload(self) -> None:
        """Read the current filter's first page again (new contacts, a linked caller)."""
        self.set_filter(self._filter)

    def _read(self, after: tuple | None, arrived) -> None:  # noqa: ANN001 - a bound method
        generation = self._generation
        self._task = run_in_worker(
            self._db,
            call_log_page,
            self._filter,
            after,
            self._page_size,
            on_done=lambda page: arrived(generation, page),
            on_error=lambda exc: self._failed(generation, exc),
            context=self,
        )

    def _first_page(self, generation: int, page: CallLogPage) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self._after = page.after
        self._has_more = page.has_more
        self._load_labels()
        self.endResetModel()
        self.first_page_loaded.emit(len(self._rows))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid():
            return False
        return self._has_more and not self.is_loading()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._read(self._after, self._more)

    def _more(self, generation: int, page: CallLogPage) -> None:
        if generation != self._generation:
            return
        # The keyset moves first: a view reacting to the insertion may ask for the next
        # page at once, and must not be given this one again.
        self._has_more = page.has_more
        if page.rows:
            self._after = page.after
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self._rows))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.load_failed.emit(exc)

    # -- reading -------------------------------------------------------------------------

    def row_at(self, row: int) -> CallLogRow:
        return self._rows[row]

    def rows(self) -> tuple[CallLogRow, ...]:
        return tuple(self._rows)

    def _row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._has_row(index):
            return None
        row = self._rows[index.row()]
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
