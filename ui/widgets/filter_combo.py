"""Combo boxes of the filter bars: "every …" first, then the choices.

They stay narrow (a long store name must not make the window wider than a counter
laptop's screen) and keep what was chosen when their choices are read again.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QSizePolicy


def filter_combo(name: str, min_chars: int = 10) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min_chars)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


def fill_choices(combo: QComboBox, everything: str, items: Iterable[tuple[str, object]]) -> None:
    """Offer `everything` (no filter) then `items` (text, value), keeping the value chosen
    before; no change signal is sent while refilling."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    index = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def choose_value(combo: QComboBox, value: object, text: str = "") -> None:
    """Pick `value` (None: "every …"). A value the choices do not hold yet (they are read
    when the screen is first shown) is offered as `text` until they are: fill_choices then
    keeps it chosen. Without a `text` such a value picks "every …"."""
    index = combo.findData(value) if value is not None else 0
    if index < 0 and text:
        combo.addItem(text, value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(0, index))
