"""The audit screen's filters: who, which kind of record, which action, which days."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.audit import AuditFilter
from ui.audit.audit_text import AuditFormatter, who_choice
from ui.widgets.date_edit import DateEdit, validate_range
from ui.widgets.filter_combo import filter_combo


class AuditFilterBar(QWidget):
    """Emits `changed(AuditFilter)` whenever a filter changes to one that can be applied.

    An empty day is no bound; a day that cannot be read, or a "to" before the "from",
    is said under its field and the trail keeps its last filter until it is put right.
    """

    changed = Signal(object)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AuditFilters")
        self.who_combo = filter_combo("WhoFilter", 9)
        self.entity_combo = filter_combo("EntityFilter", 9)
        self.action_combo = filter_combo("ActionFilter", 9)
        self.set_choices([], [], [])
        self._days: tuple[date | None, date | None] = (None, None)
        self.from_edit = DateEdit(today=lambda: today)
        self.to_edit = DateEdit(today=lambda: today)
        self.from_edit.setObjectName("FromDate")
        self.to_edit.setObjectName("ToDate")
        self.from_edit.setToolTip(self.tr("Only entries on or after this day"))
        self.to_edit.setToolTip(self.tr("Only entries on or before this day"))
        self.clear_button = QPushButton(self.tr("C&lear filters"), objectName="ClearFilters")
        self.clear_button.clicked.connect(self.clear)

        for combo in (self.who_combo, self.entity_combo, self.action_combo):
            combo.currentIndexChanged.connect(self._emit)
        for edit in (self.from_edit, self.to_edit):
            # A date is settled once typed and left, or picked: no query per key.
            edit.changed.connect(self._emit)

        # Two rows: what and who above, which days below, so a 1366-pixel screen (and
        # a smaller window) has room for every filter.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        for number, (caption, combo) in enumerate(
            (
                (self.tr("&Who"), self.who_combo),
                (self.tr("&Record"), self.entity_combo),
                (self.tr("&Action"), self.action_combo),
            )
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            grid.addWidget(label, 0, number * 2)
            grid.addWidget(combo, 0, number * 2 + 1)
            grid.setColumnStretch(number * 2 + 1, 1)
        days = QHBoxLayout()
        days.setSpacing(8)
        for number, (caption, edit) in enumerate(
            ((self.tr("Fro&m"), self.from_edit), (self.tr("&To"), self.to_edit))
        ):
            label = QLabel(caption)
            label.setBuddy(edit)
            edit.set_accessible_name(caption)
            if number:
                days.addSpacing(8)
            days.addWidget(label)
            days.addWidget(edit)
        days.addStretch(1)
        days.addWidget(self.clear_button)
        grid.addLayout(days, 1, 0, 1, 6)
        messages = QVBoxLayout()
        messages.setSpacing(3)
        grid.addLayout(messages, 2, 0, 1, 6)
        for edit in (self.from_edit, self.to_edit):
            # Across the bar, under the days: the row of filters keeps its height.
            edit.place_message(messages)

    def set_choices(
        self,
        actors: Sequence[str],
        entities: Sequence[str],
        actions: Sequence[str],
        actor_names: Mapping[str, str] | None = None,
    ) -> None:
        """Fill the lists with what the trail holds, keeping what was chosen; a user is
        listed by full name when `actor_names` (username -> full name) has it."""
        labels = AuditFormatter()
        names = actor_names or {}
        fill = (
            (self.who_combo, self.tr("Everyone"), [(who_choice(a, names), a) for a in actors]),
            (
                self.entity_combo,
                self.tr("All records"),
                [(labels.entity(e), e) for e in entities],
            ),
            (self.action_combo, self.tr("All actions"), [(labels.action(a), a) for a in actions]),
        )
        for combo, everything, items in fill:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in sorted(items, key=lambda item: item[0].casefold()):
                combo.addItem(text, value)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def choose(self, combo: QComboBox, value: str | None) -> None:
        """Pick `value` in `combo` (as a person would); an unknown value picks "all"."""
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(0, index))

    def current(self) -> AuditFilter:
        return AuditFilter(
            actor=self.who_combo.currentData(),
            entity=self.entity_combo.currentData(),
            action=self.action_combo.currentData(),
            date_from=self._days[0],
            date_to=self._days[1],
        )

    def clear(self) -> None:
        widgets = (
            self.who_combo,
            self.entity_combo,
            self.action_combo,
            self.from_edit,
            self.to_edit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        for combo in widgets[:3]:
            combo.setCurrentIndex(0)
        self.from_edit.clear()
        self.to_edit.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self._emit()

    def days_valid(self) -> bool:
        """Both days read as dates, "to" not before "from"; else each says why under it."""
        return validate_range(self.from_edit, self.to_edit)

    def _emit(self) -> None:
        if not self.days_valid():
            return
        self._days = (self.from_edit.value(), self.to_edit.value())
        self.changed.emit(self.current())
