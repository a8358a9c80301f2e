"""The audit screen's filters: who, which kind of record, which action, which days."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.services.audit import AuditFilter
from ui.audit.audit_text import AuditFormatter, who_label
from ui.widgets.filter_combo import filter_combo

DATE_FORMAT = "dd/MM/yyyy"
# Typing a date changes it once per digit: wait for a pause before asking again.
DATE_PAUSE_MS = 400


class AuditFilterBar(QWidget):
    """Emits `changed(AuditFilter)` whenever a filter changes."""

    changed = Signal(object)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AuditFilters")
        self.who_combo = filter_combo("WhoFilter", 9)
        self.entity_combo = filter_combo("EntityFilter", 9)
        self.action_combo = filter_combo("ActionFilter", 9)
        self.set_choices([], [], [])
        self.from_check = QCheckBox(self.tr("Fro&m"), objectName="FromCheck")
        self.to_check = QCheckBox(self.tr("&To"), objectName="ToCheck")
        self.from_edit = self._date_edit("FromDate", QDate(today).addDays(-7))
        self.to_edit = self._date_edit("ToDate", QDate(today))
        self.from_check.setToolTip(self.tr("Only entries on or after this day"))
        self.to_check.setToolTip(self.tr("Only entries on or before this day"))
        self.clear_button = QPushButton(self.tr("C&lear filters"), objectName="ClearFilters")
        self.clear_button.clicked.connect(self.clear)
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_PAUSE_MS)
        self._date_timer.timeout.connect(self._emit)

        for combo in (self.who_combo, self.entity_combo, self.action_combo):
            combo.currentIndexChanged.connect(self._emit)
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._emit)
            edit.dateChanged.connect(self._date_timer.start)

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
        days.addWidget(self.from_check)
        days.addWidget(self.from_edit)
        days.addSpacing(8)
        days.addWidget(self.to_check)
        days.addWidget(self.to_edit)
        days.addStretch(1)
        days.addWidget(self.clear_button)
        grid.addLayout(days, 1, 0, 1, 6)

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, objectName=name)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setEnabled(False)
        return edit

    def set_choices(
        self, actors: Sequence[str], entities: Sequence[str], actions: Sequence[str]
    ) -> None:
        """Fill the lists with what the trail holds, keeping what was chosen."""
        labels = AuditFormatter()
        fill = (
            (self.who_combo, self.tr("Everyone"), [(who_label(a), a) for a in actors]),
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
            date_from=self.from_edit.date().toPython() if self.from_check.isChecked() else None,
            date_to=self.to_edit.date().toPython() if self.to_check.isChecked() else None,
        )

    def clear(self) -> None:
        widgets = (self.who_combo, self.entity_combo, self.action_combo)
        for widget in (*widgets, self.from_check, self.to_check):
            widget.blockSignals(True)
        for combo in widgets:
            combo.setCurrentIndex(0)
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            check.setChecked(False)
            edit.setEnabled(False)
        for widget in (*widgets, self.from_check, self.to_check):
            widget.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self._date_timer.stop()
        self.changed.emit(self.current())
