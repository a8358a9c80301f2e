"""How an import shares the database while it writes: transactions of about a second,
with a pause after each on SQLite.

SQLite has one writer at a time and no queue: a seat that finds the file busy sleeps
and tries again (up to 100 ms between tries), so an import that starts its next
transaction the moment it commits the last one can keep another seat waiting for many
seconds, and a seat that gives up says "database is locked". Each transaction is sized
from how long the last ones took, so it holds the file about TARGET_SECONDS on any
machine, and on SQLite the import then pauses longer than that longest sleep: whoever
waits gets in, and no save waits much more than a second. PostgreSQL locks rows, not the
database: there the import does not pause.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager

TARGET_SECONDS = 1.0
PAUSE_SECONDS = 0.11  # longer than the longest sleep of SQLite's busy handler (100 ms)
FIRST_ROWS, MOST_ROWS = 500, 20_000


class Pacer:
    def __init__(self, *, pauses: bool) -> None:
        self.pauses = pauses
        self.size, self.most = min(FIRST_ROWS, MOST_ROWS), MOST_ROWS

    def parts(self, work: list) -> Iterator[tuple[int, list]]:
        """(position, rows) for one transaction after another; the caller writes each part
        while the loop body runs, so its time sizes the next one."""
        start = 0
        while start < len(work):
            part = work[start : start + self.size]
            began = time.perf_counter()
            yield start, part
            self.took(len(part), time.perf_counter() - began)
            start += len(part)
            if start < len(work):
                self.pause()

    def took(self, rows: int, seconds: float) -> None:
        """Size the next transaction from how fast this one went (never more than double)."""
        if rows and seconds > 0:
            wanted = int(rows * TARGET_SECONDS / seconds)
            self.size = max(1, min(wanted, 2 * self.size, self.most))

    def pause(self) -> None:
        if self.pauses:
            time.sleep(PAUSE_SECONDS)


@contextmanager
def without_collector() -> Iterator[None]:
    """The cyclic garbage collector off while an import builds and writes its rows.

    A checked file of 100,000 customers is millions of objects, none in a reference
    cycle: each full collection walks them all, a third of the time of the check, and one
    that falls inside a transaction keeps the database locked meanwhile.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
