"""Table model over the audit trail: fetched page by page through workers as it scrolls.

The trail grows without end, so the model holds only what was fetched so far;
canFetchMore/fetchMore ask for the next page when the view reaches the bottom.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from app.db import Database
from app.formatting import format_datetime
from app.services.actor import Actor
from app.services.audit import AuditFilter, AuditRow
from app.services.audit_names import NamedEntry
from app.services.audit_reads import audit_first_page, audit_page
from ui.audit.audit_text import AuditFormatter
from ui.models.column_model import ColumnTableModel, Index
from ui.workers import Task, run_query

COLUMNS = ("at", "who", "entity", "record", "action", "changes")
PAGE_SIZE = 200


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("AuditModel", "Time"),
        QCoreApplication.translate("AuditModel", "Who"),
        QCoreApplication.translate("AuditModel", "Type"),
        QCoreApplication.translate("AuditModel", "Record"),
        QCoreApplication.translate("AuditModel", "Action"),
        QCoreApplication.translate("AuditModel", "Changes"),
    )


class AuditModel(ColumnTableModel):
    """Entries matching a filter, newest first, each with the names of the records it
    points to (read with the page); Qt.UserRole gives the entry id.

    `page_loaded(total)` after a new filter's first page is in; `load_failed(exception)`
    when reading failed.
    """

    columns = COLUMNS

    page_loaded = Signal(int)
    load_failed = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._page_size = page_size
        self._filter = AuditFilter()
        self._rows: list[NamedEntry] = []
        # Words of a row, made when first painted: a summary formats every field.
        self._texts: dict[tuple[int, str], str] = {}
        self._ids: set[int] = set()
        self._offset = 0  # entries read so far, duplicates included
        self._total = 0
        # Answers to an older filter are dropped when they arrive late.
        self._generation = 0
        self._task: Task | None = None
        self._fetching = False
        self._load_labels()

    def _load_labels(self) -> None:
        self._headers = _headers()
        self._format = AuditFormatter()
        self._texts = {}

    # -- loading ---------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        return self._filter

    def total(self) -> int:
        """How many entries match the filter (also those not fetched yet)."""
        return self._total

    def is_loading(self) -> bool:
        return self._task is not None and self._task.is_running

    def set_filter(self, f: AuditFilter) -> None:
        """Read the first page for `f`; the rows shown stay until it arrives."""
        self._filter = f
        self._generation += 1
        generation = self._generation
        self._fetching = False
        self._task = run_query(
            self._db,
            audit_first_page,
            self._actor,
            f,
            self._page_size,
            on_done=lambda result: self._first_page(generation, result),
            on_error=lambda exc: self._failed(generation, exc),
            context=self,
        )

    def _first_page(self, generation: int, result: tuple[int, list[NamedEntry]]) -> None:
        if generation != self._generation:
            return
        total, rows = result
        self.beginResetModel()
        self._rows = list(rows)
        self._ids = {r.entry.id for r in rows}
        self._offset = len(rows)
        self._total = total
        self._load_labels()
        self.endResetModel()
        self.page_loaded.emit(total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid():
            return False
        return not self._fetching and not self.is_loading() and self._offset < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation
        self._task = run_query(
            self._db,
            audit_page,
            self._actor,
            self._filter,
            self._offset,
            self._page_size,
            on_done=lambda page: self._more(generation, page),
            on_error=lambda exc: self._failed(generation, exc),
            context=self,
        )

    def _more(self, generation: int, page: list[NamedEntry]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if not page:
            # Fewer entries than counted: stop asking.
            self._total = self._offset
            return
        self._offset += len(page)
        # Entries written since the first page shift the offsets: skip what is here.
        fresh = [r for r in page if r.entry.id not in self._ids]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self._ids.update(r.entry.id for r in fresh)
            self.endInsertRows()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.load_failed.emit(exc)

    # -- reading -------------------------------------------------------------------------

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row].entry

    def named_at(self, row: int) -> NamedEntry:
        """The entry at `row` with the names of the records it points to."""
        return self._rows[row]

    def rows(self) -> tuple[AuditRow, ...]:
        return tuple(r.entry for r in self._rows)

    def formatter(self) -> AuditFormatter:
        return self._format

    def _row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._has_row(index):
            return None
        named = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(named, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(named, column)
        if role == Qt.ItemDataRole.UserRole:
            return named.entry.id
        return None

    def _tooltip(self, named: NamedEntry, column: str) -> str | None:
        match column:
            case "changes":
                summary = self._text(named, column)
                return summary.replace("; ", "\n") if summary else None
            case "who":
                return named.entry.actor
            case "record":
                return self._text(named, column) or None
        return None

    def _text(self, named: NamedEntry, column: str) -> str:
        key = (named.entry.id, column)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._make_text(named, column)
        return text

    def _make_text(self, named: NamedEntry, column: str) -> str:
        row = named.entry
        match column:
            case "at":
                return format_datetime(row.at)
            case "who":
                return self._format.who(named)
            case "entity":
                return self._format.entity(row.entity)
            case "record":
                return self._format.record(named)
            case "action":
                return self._format.action(row.action)
            case "changes":
                return self._format.summary(named)
        return ""
