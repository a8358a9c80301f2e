"""The file as read, before any column is matched: the heading row and the first rows.

Shown cell by cell exactly as the reader gave them, under spreadsheet column letters and
beside the sheet's own row numbers, so a wrong encoding shows as garbled names and a
title row above the headings is seen to be left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from app.services.imports.runner import Inspection
from ui.imports.mapping_check import column_letter
from ui.models.column_model import Index

Role = Qt.ItemDataRole


class RawModel(QAbstractTableModel):
    """Row 0 is the heading row (bold); the others are the sample rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, Sequence[str]]] = []
        self._width = 0
        self._bold = QFont()
        self._bold.setBold(True)

    def set_inspection(self, inspection: Inspection | None) -> None:
        self.beginResetModel()
        if inspection is None:
            self._rows = []
        else:
            header = inspection.header
            self._rows = [(header.row, header.names), *inspection.sample]
        self._width = max((len(cells) for _, cells in self._rows), default=0)
        self.endResetModel()

    def cell(self, row: int, column: int) -> str:
        cells = self._rows[row][1]
        return cells[column] if column < len(cells) else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._width

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole):
        if role != Role.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section) if 0 <= section < self._width else None
        return str(self._rows[section][0]) if 0 <= section < len(self._rows) else None

    def data(self, index: Index, role: int = Role.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Role.DisplayRole, Role.ToolTipRole):
            text = self.cell(index.row(), index.column())
            return text if role == Role.DisplayRole or text else None
        if role == Role.FontRole and index.row() == 0:
            return self._bold
        return None
