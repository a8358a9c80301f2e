"""The Dashboard's KPI tiles: name, value in its unit, target, the change against the
previous period with an arrow, and the colour band told in words and a symbol too.

Tiles are grouped as docs/kpis.md groups the KPIs (speed, first contact, effort, volume,
quality, customers, telephony) and flow to the width of the window, so a 1366x768
laptop at 125 % shows three or four to a row. A click (or Enter on a focused tile) asks
for the records behind it: `KpiTiles.tile_clicked(key)`.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.services.kpis.catalogue import BY_KEY, GROUPS, KPIS, group_names, kpi_names
from app.services.kpis.kpi_text import EMPTY, format_change, format_kpi, is_better, status_names
from app.services.kpis.results import KpiValue
from ui.widgets.flow_layout import FlowBox

# Four to a row on a 1366x768 laptop at 125 % (the screen's 837 px), five at 1280 px.
TILE_WIDTH = 195
# Tinted, never solid: dark text stays readable on every band (contrast above 7:1).
STYLE = """
QFrame#KpiTile { background: #ffffff; border: 1px solid #d9e2ec;
    border-left: 5px solid #9aa5b1; border-radius: 8px; }
QFrame#KpiTile:hover, QFrame#KpiTile:focus { border-color: #2b6cb0; }
QFrame#KpiTile[status="green"] { border-left-color: #2e7d32; }
QFrame#KpiTile[status="amber"] { border-left-color: #d97706; }
QFrame#KpiTile[status="red"] { border-left-color: #c62828; }
QFrame#KpiTile QLabel { background: transparent; border: none; }
QLabel#KpiName { color: #3e4c59; font-weight: bold; }
QLabel#KpiValue { color: #102a43; font-size: 15pt; font-weight: bold; }
QLabel#KpiTarget, QLabel#KpiChange { color: #52606d; font-size: 9pt; }
QLabel#KpiChange[better="true"] { color: #1b5e20; }
QLabel#KpiChange[better="false"] { color: #a61b1b; }
QLabel#KpiStatus { font-size: 9pt; font-weight: bold; border-radius: 4px; padding: 1px 6px; }
QLabel#KpiStatus[status="green"] { background: #e3f4e8; color: #1b5e20; }
QLabel#KpiStatus[status="amber"] { background: #fff4d6; color: #7a4500; }
QLabel#KpiStatus[status="red"] { background: #fdecea; color: #8a1c1c; }
QLabel#KpiGroup { color: #102a43; font-size: 11pt; font-weight: bold; padding-top: 6px; }
"""
SYMBOLS = {"green": "✓", "amber": "!", "red": "✗"}


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class KpiTile(QFrame):
    """One KPI. `clicked(key)` on a click, Enter or Space, when `clickable`."""

    clicked = Signal(str)

    def __init__(
        self, key: str, name: str, clickable: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("KpiTile")
        self.key = key
        self.clickable = clickable
        if clickable:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(
                QCoreApplication.translate(
                    "KpiTile", "Click to list the records behind this figure"
                )
            )
        # One size for every tile: values line up from tile to tile and row to row.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedWidth(TILE_WIDTH)
        self.name_label = QLabel(name, objectName="KpiName")
        self.name_label.setWordWrap(True)
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.name_label.setFixedHeight(self.name_label.fontMetrics().lineSpacing() * 2 + 2)
        self.value_label = QLabel(EMPTY, objectName="KpiValue")
        self.target_label = QLabel("", objectName="KpiTarget")
        self.change_label = QLabel("", objectName="KpiChange")
        # A long change ("-106 h 25 min") takes a second line; every tile keeps room for it.
        self.change_label.setWordWrap(True)
        self.change_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.change_label.setFixedHeight(self.change_label.fontMetrics().lineSpacing() * 2 + 2)
        self.status_label = QLabel("", objectName="KpiStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(1)
        layout.addWidget(self.name_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.target_label)
        layout.addWidget(self.change_label)
        layout.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_value(None)

    def set_value(self, kpi: KpiValue | None) -> None:
        """Show `kpi` (None, or a value None: nothing to count, "—" and no colour)."""
        value = None if kpi is None else kpi.value
        self.value_label.setText(format_kpi(self.key, value))
        self.target_label.setText(self._target_text(kpi))
        self._show_change(kpi)
        status = kpi.status if kpi is not None and value is not None else None
        self.setProperty("status", status or "none")
        self.status_label.setProperty("status", status or "none")
        words = status_names()
        self.status_label.setText(f"{SYMBOLS[status]} {words[status]}" if status else "")
        for widget in (self, self.status_label, self.change_label):
            _repolish(widget)
        self.setAccessibleName(
            " — ".join(
                text
                for text in (
                    self.name_label.text(),
                    self.value_label.text(),
                    self.target_label.text(),
                    self.change_label.text(),
                    self.status_label.text(),
                )
                if text
            )
        )

    def status(self) -> str | None:
        status = self.property("status")
        return None if status in (None, "none") else str(status)

    def _target_text(self, kpi: KpiValue | None) -> str:
        if kpi is None or kpi.target is None:
            return ""
        better = BY_KEY[self.key].higher_is_better
        sign = "≥" if better else "≤" if better is False else ""
        return QCoreApplication.translate("KpiTile", "Target {sign} {target}").format(
            sign=sign, target=format_kpi(self.key, kpi.target)
        )

    def _show_change(self, kpi: KpiValue | None) -> None:
        change = None if kpi is None else kpi.change
        if kpi is None or (kpi.value is None and kpi.previous is None):
            self.change_label.setText("")
            self.change_label.setProperty("better", "none")
            return
        arrow = "▲" if change and change > 0 else "▼" if change and change < 0 else "="
        shown = format_change(self.key, change)
        if change is None:
            arrow = ""
        text = QCoreApplication.translate("KpiTile", "{arrow} {change} vs previous period")
        self.change_label.setText(text.format(arrow=arrow, change=shown).strip())
        better = is_better(self.key, change)
        self.change_label.setProperty("better", "none" if better is None else str(better).lower())
        previous = format_kpi(self.key, kpi.previous)
        self.change_label.setToolTip(
            QCoreApplication.translate("KpiTile", "Previous period: {value}").format(value=previous)
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (
            self.clickable
            and event.button() == Qt.MouseButton.LeftButton
            and self.rect().contains(event.position().toPoint())
        ):
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if self.clickable and event.key() in keys:
            self.clicked.emit(self.key)
            return
        super().keyPressEvent(event)


class KpiTiles(QWidget):
    """Every KPI's tile, in its group; `tile_clicked(key)` when `clickable`."""

    tile_clicked = Signal(str)

    def __init__(self, clickable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KpiTiles")
        self.setStyleSheet(STYLE)
        names, groups = kpi_names(), group_names()
        self.tiles: dict[str, KpiTile] = {}
        self.group_titles: dict[str, QLabel] = {}
        self._group_boxes: dict[str, FlowBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for group in GROUPS:
            title = QLabel(groups[group], objectName="KpiGroup")
            box = FlowBox(h_spacing=10, v_spacing=10)
            for kpi in (k for k in KPIS if k.group == group):
                tile = KpiTile(kpi.key, names[kpi.key], clickable)
                tile.clicked.connect(self.tile_clicked)
                box.flow.addWidget(tile)
                self.tiles[kpi.key] = tile
            layout.addWidget(title)
            layout.addWidget(box)
            self.group_titles[group] = title
            self._group_boxes[group] = box
        layout.addStretch(1)

    def set_values(self, values: Mapping[str, KpiValue], only_given: bool = False) -> None:
        """Show `values`; a KPI missing from them shows "—", or, with `only_given` (an
        agent's card holds some KPIs only), is left out with its group when it is empty."""
        for key, tile in self.tiles.items():
            tile.set_value(values.get(key))
            tile.setVisible(not only_given or key in values)
        for group, box in self._group_boxes.items():
            shown = any(not self.tiles[k.key].isHidden() for k in KPIS if k.group == group)
            box.setVisible(shown)
            self.group_titles[group].setVisible(shown)
