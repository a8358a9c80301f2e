"""A card on the Home screen: a title, one big number and, optionally, a breakdown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.formatting import format_count

TONES = ("normal", "warning", "alert")
NO_VALUE = "–"


class StatCard(QFrame):
    """One figure that needs attention, styled by its tone (normal, warning, alert)."""

    def __init__(self, title: str, caption: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatCard")
        self.setProperty("tone", "normal")
        self._title = QLabel(title, objectName="StatTitle")
        self._title.setWordWrap(True)
        self._value = QLabel(NO_VALUE, objectName="StatValue")
        self._value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._caption = QLabel(caption, objectName="StatCaption")
        self._caption.setWordWrap(True)
        self._caption.setVisible(bool(caption))

        figure = QVBoxLayout()
        figure.setSpacing(2)
        figure.addWidget(self._title)
        figure.addWidget(self._value)
        figure.addWidget(self._caption)
        figure.addStretch(1)

        self._breakdown_box = QWidget(objectName="StatBreakdown")
        self._breakdown = QGridLayout(self._breakdown_box)
        self._breakdown.setContentsMargins(0, 0, 0, 0)
        self._breakdown.setHorizontalSpacing(16)
        self._breakdown.setVerticalSpacing(3)
        self._breakdown_box.hide()
        self._breakdown_values: dict[str, QLabel] = {}

        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(24)
        layout.addLayout(figure, 1)
        layout.addWidget(self._breakdown_box, 0, Qt.AlignmentFlag.AlignTop)
        self._update_accessible_name()

    def title(self) -> str:
        return self._title.text()

    def value_text(self) -> str:
        return self._value.text()

    def tone(self) -> str:
        return str(self.property("tone"))

    def breakdown(self) -> dict[str, str]:
        """Label -> shown count, in display order."""
        return {name: value.text() for name, value in self._breakdown_values.items()}

    def set_value(self, value: int | None) -> None:
        """The big number; None shows a dash (not loaded yet)."""
        self._value.setText(NO_VALUE if value is None else format_count(value))
        self._update_accessible_name()

    def set_tone(self, tone: str) -> None:
        if tone not in TONES:
            raise ValueError(f"tone must be one of {TONES}, not {tone!r}")
        if self.property("tone") == tone:
            return
        self.setProperty("tone", tone)
        # A dynamic property used in the style sheet only applies after a re-polish.
        for widget in (self, self._value):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def set_breakdown(self, rows: Sequence[tuple[str, int]]) -> None:
        """Per-status counts shown beside the number, in the order given."""
        while self._breakdown.count():
            item = self._breakdown.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._breakdown_values.clear()
        for row, (name, count) in enumerate(rows):
            name_label = QLabel(name, objectName="StatBreakdownLabel")
            value_label = QLabel(format_count(count), objectName="StatBreakdownValue")
            value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value_label.setProperty("zero", count == 0)
            self._breakdown.addWidget(name_label, row, 0)
            self._breakdown.addWidget(value_label, row, 1)
            self._breakdown_values[name] = value_label
        self._breakdown_box.setVisible(bool(rows))
        self._update_accessible_name()

    def _update_accessible_name(self) -> None:
        parts = [f"{self._title.text()}: {self._value.text()}"]
        parts += [f"{name}: {value.text()}" for name, value in self._breakdown_values.items()]
        self.setAccessibleName("; ".join(parts))
