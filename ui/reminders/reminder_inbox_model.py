"""The reminders inbox as a table: one tab (Overdue, Today, Upcoming, Done) of one scope.

Rows are read a page at a time on a worker (app.services.reminders.inbox_reads) together
with the customers' phone numbers, so an agent can dial from the list. Overdue
reminders are painted red; the shared pool's rows say so in the assignee column. One a
rule made after its day (the desk was closed on it) reads "Late: due dd/mm/yyyy".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.db import Database
from app.formatting import format_date, format_datetime
from app.services.actor import Actor
from app.services.reminders.inbox_reads import InboxLine, inbox_lines
from app.services.reminders.reminder_inbox import PAGE_SIZE, ReminderRow
from app.timeutil import local_date
from ui.labels import label, reminder_outcome_labels, reminder_rule_labels, reminder_status_labels
from ui.models.column_model import Index
from ui.models.paged_model import PagedTableModel

COLUMNS = ("due", "kind", "customer", "phone", "title", "assignee", "status")
OVERDUE_TEXT = "#b42318"
OVERDUE_BACKGROUND = "#fdecea"
MUTED = "#7b8794"


def _headers() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (
        translate("ReminderInboxModel", "Due"),
        translate("ReminderInboxModel", "Kind"),
        translate("ReminderInboxModel", "Customer"),
        translate("ReminderInboxModel", "Phone"),
        translate("ReminderInboxModel", "Reason"),
        translate("ReminderInboxModel", "Assignee"),
        translate("ReminderInboxModel", "Status"),
    )


def due_text(row: ReminderRow) -> str:
    """What the due column says: when it counts as due, or, for one made late and not
    snoozed since, "Late: due" and the day it was due."""
    if row.late and row.snoozed_until is None:
        return QCoreApplication.translate("ReminderInboxModel", "Late: due {date}").format(
            date=format_date(local_date(row.due_at))
        )
    return format_datetime(row.when)


def late_note(row: ReminderRow) -> str:
    """Why a reminder made late is late, for a tooltip ("" when it is not)."""
    if not row.late:
        return ""
    return QCoreApplication.translate(
        "ReminderInboxModel",
        "It was due {due}, on a day CareDesk was closed; it was added late.",
    ).format(due=format_datetime(row.due_at))


def status_text(row: ReminderRow) -> str:
    """What the status column says: snoozed, done by whom and how, or to do."""
    translate = QCoreApplication.translate
    if row.status == "done":
        outcome = label(reminder_outcome_labels(), row.outcome)
        who = row.done_by_name or ""
        if outcome and who:
            return translate("ReminderInboxModel", "{outcome} · {who}").format(
                outcome=outcome, who=who
            )
        return outcome or label(reminder_status_labels(), row.status)
    if row.status == "open" and row.snoozed_until is not None:
        return translate("ReminderInboxModel", "Snoozed")
    return label(reminder_status_labels(), row.status)


class ReminderInboxModel(PagedTableModel):
    """One tab of one scope, in the service's order (soonest first; Done: latest first).

    `first_page_loaded(rows)`, `page_loaded(rows)`, `load_failed(exception)`.
    Qt.UserRole gives the reminder id.
    """

    columns = COLUMNS

    def __init__(
        self, db: Database, actor: Actor, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(db, page_size, parent)
        self._actor = actor
        self._tab = "today"
        self._scope = "mine"
        self._headers = _headers()

    def _reset_labels(self) -> None:
        self._headers = _headers()

    # -- loading ---------------------------------------------------------------------------

    def current_query(self) -> tuple[str, str]:
        return self._tab, self._scope

    def set_query(self, tab: str, scope: str) -> None:
        """Read the first page of `tab` in `scope`; the rows shown stay until it arrives."""
        self._tab, self._scope = tab, scope
        self._start()

    def reload(self) -> None:
        self.set_query(self._tab, self._scope)

    def _page_call(self, cursor: object):  # noqa: ANN201
        return inbox_lines, (self._actor, self._tab, self._scope, cursor, self._page_size)

    # -- reading ---------------------------------------------------------------------------

    def line_at(self, row: int) -> InboxLine:
        return self._items[row]

    def row_at(self, row: int) -> ReminderRow:
        return self._items[row].row

    def find(self, reminder_id: int) -> int | None:
        """The table row of `reminder_id`, if it is on this page."""
        for number, line in enumerate(self._items):
            if line.row.id == reminder_id:
                return number
        return None

    def text(self, row: int, column: str) -> str:
        """What the cell of `row` in `column` shows."""
        return self._texts[row][COLUMNS.index(column)]

    def _cell_texts(self, lines: tuple[InboxLine, ...]) -> list[tuple[str, ...]]:
        # Labels looked up once per page, not once per painted cell.
        rules = reminder_rule_labels()
        pool = QCoreApplication.translate("ReminderInboxModel", "Shared pool")
        return [
            (
                due_text(line.row),
                label(rules, line.row.rule),
                line.row.customer_name or "",
                line.phone,
                line.row.title,
                line.row.assignee_name or pool,
                status_text(line.row),
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
                return QBrush(QColor(OVERDUE_BACKGROUND)) if line.overdue else None
            case Qt.ItemDataRole.ForegroundRole:
                if line.overdue:
                    return QBrush(QColor(OVERDUE_TEXT))
                if column == "assignee" and line.row.assignee_id is None:
                    return QBrush(QColor(MUTED))
                return None
            case Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(line, column)
            case Qt.ItemDataRole.UserRole:
                return line.row.id
        return None

    def _tooltip(self, line: InboxLine, column: str) -> str | None:
        translate = QCoreApplication.translate
        row = line.row
        if column == "title" and row.notes:
            return f"{row.title}\n\n{row.notes}"
        if column == "due" and row.snoozed_until is not None and row.status == "open":
            snoozed = translate("ReminderInboxModel", "Due {due}; snoozed until {until}.").format(
                due=format_datetime(row.due_at), until=format_datetime(row.snoozed_until)
            )
            return f"{snoozed}\n{late_note(row)}".strip()
        if column == "due" and row.late:
            return late_note(row)
        if line.overdue:
            return translate("ReminderInboxModel", "Overdue: it was due {due}.").format(
                due=format_datetime(row.when)
            )
        return None
