"""Column widths that follow the contents and the space the table has.

Qt's header modes either stretch one column (the others then take what their contents
want, and the stretched one is squeezed to nothing on a narrow window) or size all to
contents (the table then scrolls sideways). A call log is read name first: this gives
each column what it needs, hands spare room to one column, and when room is short
narrows the least important columns first, down to a floor, eliding their text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnFitter(QObject):
    """Keeps `table`'s columns fitted after every model reset and resize."""

    def __init__(self, table: QTableView, grow: int, give_way: Sequence[tuple[int, int]]) -> None:
        """`grow` takes spare width; `give_way` lists (column, narrowest width) to narrow
        in order when the contents do not fit."""
        super().__init__(table)
        self._table = table
        self._grow = grow
        self._give_way = tuple(give_way)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)
        model = table.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def widths(self) -> list[int]:
        """The widths the columns would get now."""
        table, header = self._table, self._table.horizontalHeader()
        wanted = [
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(header.count())
        ]
        widths = list(wanted)
        spare = table.viewport().width() - sum(widths)
        if spare >= 0:
            if 0 <= self._grow < len(widths):
                widths[self._grow] += spare
            return widths
        short = -spare
        for column, floor in self._give_way:
            if short <= 0:
                break
            cut = max(0, min(short, widths[column] - floor))
            widths[column] -= cut
            short -= cut
        return widths

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        for column, width in enumerate(self.widths()):
            header.resizeSection(column, width)
