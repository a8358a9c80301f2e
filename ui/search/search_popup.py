"""The list under the search field: results as they arrive, a line saying what they are,
and the keys that work.

It is a child widget laid over the window, not a separate popup window: the search field
keeps the keyboard focus (typing goes on while the list changes) and a picture of the
window shows the list too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.customers.customer_search import CustomerHit
from ui.search.search_results_model import COLUMNS, SearchResultsModel

VISIBLE_ROWS = 10
MAX_WIDTH = 1000
MARGIN = 12


class SearchPopup(QFrame):
    """`chosen(customer_id)` on a double-click (the field handles Enter);
    `new_customer_requested()` from the New customer button."""

    chosen = Signal(int)
    new_customer_requested = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("SearchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.state_label = QLabel("", objectName="SearchState")
        self.model = SearchResultsModel(self)
        self.table = QTableView(objectName="SearchResults")
        self.table.setModel(self.model)
        # The field keeps the focus: arrows and Enter reach the list through it.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("full_name"), QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._choose_row(index.row()))
        self.hint_label = QLabel(
            self.tr("↑ ↓ choose · Enter opens the customer · F2 logs a contact · Esc closes"),
            objectName="SearchHint",
        )
        new_keys = QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)
        self.new_button = QPushButton(
            self.tr("New customer… ({keys})").format(keys=new_keys), objectName="SearchNewButton"
        )
        self.new_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.new_button.setToolTip(self.tr("Create a customer from what you typed"))
        self.new_button.clicked.connect(self.new_customer_requested)
        footer = QHBoxLayout()
        footer.addWidget(self.hint_label, 1)
        footer.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.state_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self._anchor: QWidget | None = None
        # The window's size decides how wide and tall the list may be.
        host.installEventFilter(self)
        self.hide()

    # -- contents --------------------------------------------------------------------------

    def set_state(self, text: str) -> None:
        self.state_label.setText(text)

    def set_hits(self, hits: Sequence[CustomerHit], query: str = "") -> None:
        self.model.set_hits(hits, query)
        self.table.setVisible(bool(hits))
        if hits:
            self.select(0)
        self.place()

    def select(self, row: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        row = max(0, min(count - 1, row))
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def step(self, delta: int) -> None:
        """Move the selection by `delta` rows (arrows, Page Up/Down)."""
        current = self.current_row()
        self.select(0 if current is None else current + delta)

    def current_id(self) -> int | None:
        row = self.current_row()
        return self.model.hit_at(row).id if row is not None else None

    def _choose_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.chosen.emit(self.model.hit_at(row).id)

    # -- place on the window ---------------------------------------------------------------

    def show_under(self, anchor: QWidget) -> None:
        self._anchor = anchor
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        """Under the field, as wide as the columns need, never past the window's edge."""
        anchor, host = self._anchor, self.parentWidget()
        if anchor is None or host is None:
            return
        top_left = anchor.mapTo(host, QPoint(0, anchor.height() + 4))
        room = host.width() - top_left.x() - MARGIN
        wanted = max(anchor.width(), self._columns_width() + 40)
        width = max(min(wanted, MAX_WIDTH, room), min(anchor.width(), room))
        rows = min(self.model.rowCount(), VISIBLE_ROWS)
        row_height = self.table.verticalHeader().defaultSectionSize()
        table_height = self.table.horizontalHeader().height() + rows * row_height + 4 if rows else 0
        layout = self.layout()
        chrome = layout.contentsMargins().top() + layout.contentsMargins().bottom()
        height = (
            chrome
            + self.state_label.sizeHint().height()
            + self.new_button.sizeHint().height()
            + layout.spacing() * (2 if rows else 1)
            + table_height
        )
        height = min(height, host.height() - top_left.y() - MARGIN)
        self.setGeometry(top_left.x(), top_left.y(), width, max(height, 60))

    def _columns_width(self) -> int:
        header = self.table.horizontalHeader()
        return sum(
            max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(header.count())
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.place()
        return False
