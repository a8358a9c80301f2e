"""A flat, read-only table model whose columns are named by keys and headed by labels.

Subclasses say how many rows there are (`_row_count`), fill `_headers` with the
translated header of each column, and answer data(); rowCount, columnCount,
headerData and the index check of data() are here once.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class ColumnTableModel(QAbstractTableModel):
    """A table over `columns` (keys), headed by `_headers` (one label per column)."""

    columns: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()

    def _row_count(self) -> int:
        raise NotImplementedError

    def _has_row(self, index: Index) -> bool:
        """Whether `index` is a valid cell of a row this model holds."""
        return index.isValid() and 0 <= index.row() < self._row_count()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
