"""Table model over a complaint queue: open complaints, least time left first, paged.

A queue page comes from app/services/complaints/queue_reads.py (offset paging, 200 rows a
page) with the business time left on each row counted on the worker that read it, so
painting a cell never walks a calendar. The colours say which complaints need someone
now: amber when three quarters of the time is used, red when the due time has passed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.db import Database
from app.formatting import format_datetime
from app.services.actor import Actor
from app.services.complaints.complaint_queue import PAGE_SIZE, QueueFilter
from app.services.complaints.queue_reads import QueueLine, queue_lines
from ui.labels import (
    complaint_category_labels,
    complaint_status_labels,
    label,
    severity_labels,
    tier_labels,
)
from ui.models.column_model import Index
from ui.models.paged_model import PagedTableModel

COLUMNS = (
    "number",
    "customer",
    "category",
    "priority",
    "status",
    "tier",
    "assignee",
    "time_left",
    "due",
)
# Set both colours: the row stays readable on a light or a dark palette alike.
AT_RISK_BACKGROUND, AT_RISK_TEXT = "#fcd34d", "#3b2a00"
BREACHED_BACKGROUND, BREACHED_TEXT = "#b42318", "#ffffff"
MUTED = "#7b8794"


def format_time_left(seconds: float | None) -> str:
    """ "2 h 15 min", "45 min", "overdue 1 h 10 min"; empty without a due time."""
    if seconds is None:
        return ""
    if -60 < seconds < 0:
        return QCoreApplication.translate("ComplaintQueueModel", "overdue")
    minutes = int(abs(seconds) // 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        text = QCoreApplication.translate("ComplaintQueueModel", "{hours} h {minutes} min")
    elif hours:
        text = QCoreApplication.translate("ComplaintQueueModel", "{hours} h")
    else:
        text = QCoreApplication.translate("ComplaintQueueModel", "{minutes} min")
    text = text.format(hours=hours, minutes=minutes)
    if seconds < 0:
        return QCoreApplication.translate("ComplaintQueueModel", "overdue {time}").format(time=text)
    return text


def _headers() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (
        translate("ComplaintQueueModel", "Number"),
        translate("ComplaintQueueModel", "Customer"),
        translate("ComplaintQueueModel", "Category"),
        translate("ComplaintQueueModel", "Priority"),
        translate("ComplaintQueueModel", "Status"),
        translate("ComplaintQueueModel", "Tier", "escalation"),
        translate("ComplaintQueueModel", "Assignee"),
        translate("ComplaintQueueModel", "Time left"),
        translate("ComplaintQueueModel", "Due"),
    )


class ComplaintQueueModel(PagedTableModel):
    """One queue's open complaints under a filter, in the order the service gives.

    `first_page_loaded(rows)`, `page_loaded(rows)` after a further page,
    `load_failed(exception)`. Qt.UserRole gives the complaint id.
    """

    columns = COLUMNS

    def __init__(
        self, db: Database, actor: Actor, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(db, page_size, parent)
        self._actor = actor
        self._queue = "mine"
        self._filter = QueueFilter()
        self._headers = _headers()

    def _reset_labels(self) -> None:
        self._headers = _headers()

    # -- loading ---------------------------------------------------------------------------

    def current_queue(self) -> str:
        return self._queue

    def current_filter(self) -> QueueFilter:
        return self._filter

    def set_query(self, queue: str, f: QueueFilter) -> None:
        """Read the first page of `queue` under `f`; the rows shown stay until it arrives."""
        self._queue, self._filter = queue, f
        self._start()

    def reload(self) -> None:
        self.set_query(self._queue, self._filter)

    def _page_call(self, cursor: object):  # noqa: ANN201
        return queue_lines, (self._actor, self._queue, self._filter, cursor, self._page_size)

    # -- reading ---------------------------------------------------------------------------

    def row_at(self, row: int) -> QueueLine:
        return self._items[row]

    def rows(self) -> tuple[QueueLine, ...]:
        return tuple(self._items)

    def text(self, row: int, column: str) -> str:
        """What the cell of `row` in `column` shows."""
        return self._texts[row][COLUMNS.index(column)]

    def _cell_texts(self, lines: tuple[QueueLine, ...]) -> list[tuple[str, ...]]:
        # Labels looked up once per page, not once per painted cell.
        categories, priorities = complaint_category_labels(), severity_labels()
        statuses, tiers = complaint_status_labels(), tier_labels()
        nobody = QCoreApplication.translate("ComplaintQueueModel", "Unassigned")
        return [
            (
                line.row.number,
                line.row.customer_name,
                label(categories, line.row.category),
                label(priorities, line.row.priority),
                label(statuses, line.row.status),
                tiers.get(line.row.tier, str(line.row.tier)),
                line.row.assignee_name or nobody,
                format_time_left(line.seconds_left),
                format_datetime(line.due) if line.due else "",
            )
            for line in lines
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._has_row(index):
            return None
        line = self._items[index.row()]
        column = COLUMNS[index.column()]
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self._texts[index.row()][index.column()]
            case Qt.ItemDataRole.BackgroundRole:
                colour = {"at_risk": AT_RISK_BACKGROUND, "breached": BREACHED_BACKGROUND}
                return QBrush(QColor(colour[line.state])) if line.state in colour else None
            case Qt.ItemDataRole.ForegroundRole:
                colour = {"at_risk": AT_RISK_TEXT, "breached": BREACHED_TEXT}.get(line.state)
                if colour is None and column == "assignee" and not line.row.assignee_name:
                    colour = MUTED
                return QBrush(QColor(colour)) if colour else None
            case Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(line)
            case Qt.ItemDataRole.UserRole:
                return line.row.id
        return None

    def _tooltip(self, line: QueueLine) -> str | None:
        translate = QCoreApplication.translate
        if line.state == "breached" and line.first_response:
            why = translate("ComplaintQueueModel", "Breached: the first response was due {due}.")
        elif line.state == "breached":
            why = translate("ComplaintQueueModel", "Breached: the resolution was due {due}.")
        elif line.state == "at_risk" and line.first_response:
            why = translate(
                "ComplaintQueueModel",
                "At risk: three quarters of the time to the "
                "first response is used; it is due {due}.",
            )
        elif line.state == "at_risk":
            why = translate(
                "ComplaintQueueModel",
                "At risk: three quarters of the time to the resolution is used; it is due {due}.",
            )
        else:
            return None
        return why.format(due=format_datetime(line.due) if line.due else "—")
