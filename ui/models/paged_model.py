"""A table read a page at a time on a worker: the first page replaces the rows, scrolling
down reads the next (Qt's canFetchMore/fetchMore), and an answer to an older query is
dropped.

Subclasses say which service reads a page from a cursor (`_page_call`), what a page
holds (`_unpack`: offset paging by default, keyset paging by overriding it), and may
turn each page's rows into cell texts once (`_cell_texts`) rather than once per painted
cell. Signals: `first_page_loaded(rows)`, `page_loaded(rows)` after each further page,
`load_failed(exception)`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Signal

from app.db import Database
from ui.models.column_model import ColumnTableModel, Index
from ui.workers import Task, run_query


class PagedTableModel(ColumnTableModel):
    first_page_loaded = Signal(int)
    page_loaded = Signal(int)
    load_failed = Signal(object)

    # Where the first page starts: 0 for offsets, None for a keyset.
    first_cursor: object = 0

    def __init__(self, db: Database, page_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._page_size = page_size
        self._items: list[Any] = []
        self._texts: list[tuple[str, ...]] = []
        self._cursor: object = self.first_cursor
        self._has_more = False
        self._task: Task | None = None
        # Bumped by every new query: pages read for an older one are dropped.
        self._generation = 0

    # -- what subclasses say -----------------------------------------------------------

    def _page_call(self, cursor: object) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        """The service function and its arguments (after the session) reading one page."""
        raise NotImplementedError

    def _unpack(self, page: Any, start: int) -> tuple[Sequence[Any], object, bool]:
        """(rows, cursor of the next page, whether there may be more); offset paging."""
        return page, start + len(page), len(page) == self._page_size

    def _cell_texts(self, rows: Sequence[Any]) -> list[tuple[str, ...]]:
        return []

    def _reset_labels(self) -> None:
        """Look the translated labels up again (a new first page, maybe a new language)."""

    # -- loading -----------------------------------------------------------------------

    def is_loading(self) -> bool:
        return self._task is not None and self._task.is_running

    def has_more(self) -> bool:
        """Whether rows after the last one read are there to fetch."""
        return self._has_more

    def _start(self) -> None:
        """Read the first page of the current query; the rows shown stay until it arrives."""
        self._generation += 1
        self._read(self.first_cursor, self._first_page)

    def _read(self, cursor: object, arrived: Callable[[int, Any], None]) -> None:
        generation = self._generation
        fn, args = self._page_call(cursor)
        self._task = run_query(
            self._db,
            fn,
            *args,
            on_done=lambda page: arrived(generation, page),
            on_error=lambda exc: self._failed(generation, exc),
            context=self,
        )

    def _first_page(self, generation: int, page: Any) -> None:
        if generation != self._generation:
            return
        rows, cursor, more = self._unpack(page, 0)
        self.beginResetModel()
        self._reset_labels()
        self._items = list(rows)
        self._texts = self._cell_texts(rows)
        self._cursor, self._has_more = cursor, more
        self.endResetModel()
        self.first_page_loaded.emit(len(self._items))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        if parent.isValid():
            return False
        return self._has_more and not self.is_loading()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._read(self._cursor, self._more)

    def _more(self, generation: int, page: Any) -> None:
        if generation != self._generation:
            return
        rows, cursor, more = self._unpack(page, len(self._items))
        # The cursor moves first: a view (or a model tester) reacting to the insertion
        # may ask for the next page at once, and must not be given this one again.
        self._has_more = more
        if rows:
            self._cursor = cursor
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._items.extend(rows)
            self._texts.extend(self._cell_texts(rows))
            self.endInsertRows()
        self.page_loaded.emit(len(self._items))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.load_failed.emit(exc)

    def _row_count(self) -> int:
        return len(self._items)


class KeysetPagedModel(PagedTableModel):
    """Pages that carry their own keyset: `rows`, `after` (where the next page starts)
    and `has_more` (the call log, the claim list)."""

    first_cursor = None

    def _unpack(self, page: Any, start: int) -> tuple[Sequence[Any], object, bool]:
        return page.rows, page.after, page.has_more
