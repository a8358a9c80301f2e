"""The table view every list screen uses: whole rows, one at a time, read-only cells."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def make_record_table(
    model: QAbstractItemModel, name: str, parent: QWidget | None = None
) -> QTableView:
    """A QTableView over `model` styled like the Home call log (rows, no grid, no editing)."""
    table = QTableView(parent, objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    return table


def selected_row(table: QTableView) -> int | None:
    """The row of the current selection, or None."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return rows[0].row() if rows else None


def select_row(table: QTableView, row: int) -> None:
    """Select and show `row`, with the keyboard cursor on it."""
    index = table.model().index(row, 0)
    table.setCurrentIndex(index)
    table.selectRow(row)
    table.scrollTo(index)
