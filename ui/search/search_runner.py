"""Search as you type without blocking the typing: debounce, a worker per query, and
only the answer to the latest query shown.

A query is sent once the typing pauses; every query carries a sequence number, and an
answer that arrives after a newer query was sent is dropped, so a slow answer to "ng"
can never replace the answer to "nguyen".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.db import Database
from app.errors import CareDeskError
from app.services.customers.customer_search import search_customers
from ui.errors import log_exception
from ui.workers import run_query

PAUSE_MS = 180
RESULT_LIMIT = 20
# More than any name, number or code: a pasted page is cut here before it is sent.
MAX_QUERY_CHARS = 200

SearchFn = Callable[..., Any]


class SearchRunner(QObject):
    """`results(query, hits)` for the latest query only; `failed(message)` when it failed.

    `busy_changed(bool)` says whether the latest query is still being answered.
    """

    results = Signal(str, list)
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self,
        db: Database,
        limit: int = RESULT_LIMIT,
        search: SearchFn = search_customers,
        pause_ms: int = PAUSE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._limit = limit
        self._search = search
        self._sequence = 0
        self._pending = ""
        self._answered: str | None = None
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self._send)

    def schedule(self, text: str) -> None:
        """Search for `text` once the typing pauses."""
        self._pending = text[:MAX_QUERY_CHARS]
        self._answered = None
        self._set_busy(True)
        self._timer.start()

    def run_now(self, text: str) -> None:
        """Search for `text` at once (Enter pressed, the field focused)."""
        self._timer.stop()
        self._pending = text[:MAX_QUERY_CHARS]
        self._answered = None
        self._send()

    def flush(self) -> None:
        """Send the query waiting for the pause now, if there is one."""
        if self._timer.isActive():
            self._timer.stop()
            self._send()

    def is_busy(self) -> bool:
        """Whether the text last given has not been answered yet."""
        return self._busy

    def pending_query(self) -> str:
        """The text last given (answered or not)."""
        return self._pending

    def answered_query(self) -> str | None:
        """The query whose results were last delivered, while it is still the latest."""
        return self._answered

    def _send(self) -> None:
        self._sequence += 1
        sequence, query = self._sequence, self._pending
        self._set_busy(True)
        run_query(
            self._db,
            self._search,
            query,
            self._limit,
            on_done=lambda hits: self._done(sequence, query, hits),
            on_error=lambda exc: self._failed(sequence, exc),
            context=self,
        )

    def _done(self, sequence: int, query: str, hits: list) -> None:
        if sequence != self._sequence or self._timer.isActive():
            return  # a newer query was typed since: its answer is the one to show
        self._answered = query
        self._set_busy(False)
        self.results.emit(query, list(hits))

    def _failed(self, sequence: int, exc: BaseException) -> None:
        if sequence != self._sequence or self._timer.isActive():
            return
        self._set_busy(False)
        if isinstance(exc, CareDeskError):
            message = exc.message
        else:
            log_exception(exc, "Customer search failed")
            message = self.tr(
                "The search could not be run: the database did not answer. Try again; if it "
                "keeps failing, tell IT support."
            )
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
