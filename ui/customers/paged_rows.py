"""Rows of a long ordered id list, read page by page on workers into a small LRU cache.

What Anki's browser does for its card list, off the UI thread: the table model holds
the ids (rowCount is their number) and asks this cache for a row; a row not read yet
comes back as None and its page is asked for. Only the last pages looked at are kept,
so scrolling through a million records keeps a few thousand rows in memory.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.db import Database
from ui.workers import run_query

PAGE_SIZE = 200
MAX_PAGES = 25
MAX_IN_FLIGHT = 2
# Pages asked for while scrolling fast: the oldest wishes are dropped. The page asked for
# last is fetched first, since a repaint asks for the rows on screen now.
MAX_WAITING = 8

# fn(session, ids) -> rows with an `id`, in any order; missing ids are simply absent.
RowReader = Callable[[Any, list[int]], Sequence[Any]]


class PagedRows(QObject):
    """`page_arrived(first_row, last_row)` when a page is in; `failed(exception)`."""

    page_arrived = Signal(int, int)
    failed = Signal(object)

    def __init__(
        self,
        db: Database,
        read_rows: RowReader,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._read_rows = read_rows
        self.page_size = page_size
        self._max_pages = max(2, max_pages)
        self._ids: array = array("q")
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._waiting: OrderedDict[int, None] = OrderedDict()
        self._in_flight: set[int] = set()
        # Pages read for an older id list arrive too late to be used.
        self._generation = 0

    def set_ids(self, ids: array) -> None:
        """A new id list: every page read so far is forgotten."""
        self._ids = ids
        self.forget()

    def forget(self) -> None:
        """Drop the rows read so far (records changed); they are read again when shown."""
        self._generation += 1
        self._pages.clear()
        self._waiting.clear()
        self._in_flight.clear()

    def ids(self) -> array:
        return self._ids

    def cached_pages(self) -> tuple[int, ...]:
        """Pages held now, least recently shown first."""
        return tuple(self._pages)

    def is_busy(self) -> bool:
        return bool(self._in_flight or self._waiting)

    def peek(self, row: int) -> Any | None:
        """The row if it was read already (never asks for it)."""
        rows = self._pages.get(row // self.page_size)
        return rows[row % self.page_size] if rows is not None else None

    def row(self, row: int) -> Any | None:
        """The row, or None while its page is being read (the page is asked for)."""
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            self.fetch(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def fetch(self, page: int) -> None:
        if page in self._pages or page in self._in_flight:
            return
        if not 0 <= page * self.page_size < len(self._ids):
            return
        self._waiting.pop(page, None)
        self._waiting[page] = None
        while len(self._waiting) > MAX_WAITING:
            self._waiting.popitem(last=False)
        self._start()

    def _start(self) -> None:
        while self._waiting and len(self._in_flight) < MAX_IN_FLIGHT:
            page, _ = self._waiting.popitem(last=True)
            self._in_flight.add(page)
            start = page * self.page_size
            ids = self._ids[start : start + self.page_size].tolist()
            generation = self._generation
            run_query(
                self._db,
                self._read_rows,
                ids,
                on_done=lambda rows, p=page, g=generation, i=ids: self._arrived(g, p, i, rows),
                on_error=lambda exc, p=page, g=generation: self._failed(g, p, exc),
                context=self,
            )

    def _arrived(self, generation: int, page: int, ids: list[int], rows: Sequence[Any]) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(page)
        found = {r.id: r for r in rows}
        self._pages[page] = [found.get(cid) for cid in ids]
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        first = page * self.page_size
        self.page_arrived.emit(first, first + len(ids) - 1)
        self._start()

    def _failed(self, generation: int, page: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(page)
        self.failed.emit(exc)
        self._start()
