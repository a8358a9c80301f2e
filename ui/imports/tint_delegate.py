"""Paints a cell's BackgroundRole tint, which the style sheet's `::item` rule would hide.

The tint stays on a selected row too (as a band inside the cell), so the cell that is
wrong is still seen in the row being read.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


class TintDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(brush, QBrush):
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            painter.fillRect(option.rect.adjusted(2, 3, -2, -3) if selected else option.rect, brush)
        super().paint(painter, option, index)
