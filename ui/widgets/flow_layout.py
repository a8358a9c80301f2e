"""A layout that fills rows left to right and wraps, so a bar of many filters fits any width.

A grid of eight filters is as wide as its widest row on every screen, which makes the
whole window refuse to get narrower; here the narrowest width is that of one item,
and a wide window still shows everything in a couple of rows. The room left in a row
goes to its items whose horizontal size policy expands (evenly), so rows of equally
wide items line up as a grid would.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(
        self, parent: QWidget | None = None, h_spacing: int = 8, v_spacing: int = 6
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._h_spacing = h_spacing
        self._v_spacing = v_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item bookkeeping --------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes -------------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        # Preferred: everything in one row.
        shown = self._shown()
        width = sum(self._width(i) for i in shown) + self._h_spacing * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height) + self._margins()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size + self._margins()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # -- placing ---------------------------------------------------------------------------

    def _margins(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    @staticmethod
    def _width(item: QLayoutItem) -> int:
        return max(item.sizeHint().width(), item.minimumSize().width())

    @staticmethod
    def _expands(item: QLayoutItem) -> bool:
        widget = item.widget()
        policy = widget.sizePolicy().horizontalPolicy() if widget else QSizePolicy.Policy.Fixed
        return bool(policy.value & QSizePolicy.PolicyFlag.ExpandFlag.value)

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            needed = self._width(item)
            if rows[-1] and used + self._h_spacing + needed > width:
                rows.append([])
                used = 0
            used += needed + (self._h_spacing if rows[-1] else 0)
            rows[-1].append(item)
        return [row for row in rows if row]

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in `rect` (or only measure); return the height they take."""
        area = rect.marginsRemoved(self.contentsMargins())
        y = area.y()
        for row in self._rows(area.width()):
            widths = [min(self._width(i), area.width()) for i in row]
            spare = area.width() - sum(widths) - self._h_spacing * (len(row) - 1)
            growing = [n for n, item in enumerate(row) if self._expands(item)]
            for k, n in enumerate(growing):
                # The first items take the pixels an even share leaves over.
                widths[n] += spare // len(growing) + (k < spare % len(growing))
            height = max(i.sizeHint().height() for i in row)
            x = area.x()
            for item, width in zip(row, widths, strict=True):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + self._h_spacing
            y += height + self._v_spacing
        margins = self.contentsMargins()
        used = max(0, y - self._v_spacing - area.y())
        return used + margins.top() + margins.bottom()


class FlowBox(QWidget):
    """A widget holding a FlowLayout that never gets less height than its rows need.

    Qt sizes a window from minimum sizes, which know nothing of wrapping: without this a
    short window would draw the wrapped rows over what lies under them.
    """

    def __init__(
        self, h_spacing: int = 8, v_spacing: int = 6, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self, h_spacing, v_spacing)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.flow.heightForWidth(self.width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
