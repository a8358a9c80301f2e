"""The line under the call log: how many contacts the filters match and how long they took.

Counting millions of contacts takes longer than reading the newest page, so the count
runs on its own worker and the line says "Counting…" meanwhile; an answer for filters
no longer shown is dropped.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.db import Database
from app.formatting import format_duration
from app.services.contacts.call_log import CallLogFilter, CallLogTotals, call_log_totals
from ui.errors import failure_message
from ui.workers import LatestOnly


class TotalsLine(QLabel):
    """ "1.234 contacts · total 12:34:56 · average 4:05" for the filter last counted."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("CallTotals")
        self._db = db
        self._counting = LatestOnly(db, self)
        self.totals: CallLogTotals | None = None

    def is_counting(self) -> bool:
        return self.totals is None

    def count(self, f: CallLogFilter) -> None:
        """Count the contacts matching `f`."""
        self.totals = None
        self.setText(self.tr("Counting…"))
        self._counting.run(call_log_totals, f, on_done=self._show, on_error=self._failed)

    def _show(self, totals: CallLogTotals) -> None:
        self.totals = totals
        self.setText(self.totals_text(totals))

    def _failed(self, exc: BaseException) -> None:
        failure_message(exc, "The call log totals could not be counted", "")
        self.setText(self.tr("Not counted: press Refresh (F5) to try again"))

    def totals_text(self, totals: CallLogTotals) -> str:
        """The line for `totals`; the average is over the contacts with a duration."""
        count = self.tr("%n contact(s)", "", totals.count)
        if not totals.timed:
            return count
        return self.tr("{count} · total {total} · average {average}").format(
            count=count,
            total=format_duration(totals.total_seconds),
            average=format_duration(totals.average_seconds),
        )
