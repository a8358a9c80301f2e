"""A read-only table model over a tuple of records, described column by column.

The profile's sections (timeline, purchases, points, dates) are short lists of frozen
dataclasses; each section only says what its columns show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QIcon

from ui.models.column_model import ColumnTableModel, Index


@dataclass(frozen=True)
class Column:
    """How one column shows a record: its text, and optionally a colour, icon, tooltip."""

    key: str
    header: str
    text: Callable[[Any], str]
    colour: Callable[[Any], str | None] | None = None
    icon: Callable[[Any], QIcon | None] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    align_right: bool = False


class RecordsModel(ColumnTableModel):
    """Rows of `records` under `columns`; Qt.UserRole gives a record's `id`."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self.columns = tuple(c.key for c in self._columns)
        self._records: tuple[Any, ...] = ()
        self._headers = tuple(c.header for c in self._columns)

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = tuple(records)
        self.endResetModel()

    def records(self) -> tuple[Any, ...]:
        return self._records

    def record_at(self, row: int) -> Any:
        return self._records[row]

    def column_keys(self) -> tuple[str, ...]:
        return self.columns

    def text(self, row: int, key: str) -> str:
        """The text shown in column `key` of `row` (for tests and copying)."""
        column = self.column_keys().index(key)
        return str(self.index(row, column).data() or "")

    def _row_count(self) -> int:
        return len(self._records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._has_row(index):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(record)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return getattr(record, "id", None)
        return None
