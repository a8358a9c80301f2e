"""The Dashboard's period and breakdown filters: a preset (today, this week, this month,
last month) or a custom range typed in the project's date fields, then agent, store,
category, product, channel and priority.

A custom range is checked by the KPI service's own rule (app.services.kpis.period): a
range it refuses is said under the dates, which keep what was typed, and the figures
on screen stay those of the last good period.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.errors import ValidationError
from app.services.complaints.complaint_queue import FilterChoices
from app.services.kpis.period import Period, period, preset
from app.services.kpis.results import KpiFilter
from app.text import fold
from ui.labels import channel_labels, complaint_category_labels, severity_labels
from ui.widgets.date_edit import DateEdit
from ui.widgets.filter_combo import fill_choices, filter_combo
from ui.widgets.flow_layout import FlowBox

CUSTOM = "custom"


class PeriodBar(QWidget):
    """`changed()` once the period or a filter changed to something that can be computed.
    `with_filters` False (an agent's own card): the period only."""

    changed = Signal()

    def __init__(
        self, today: Callable[[], date], with_filters: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PeriodBar")
        self._today = today
        self._last_preset = "this_month"
        self._period = preset(self._last_preset, today())  # the custom range, once chosen
        self.preset_combo = filter_combo("PeriodPreset", 12)
        for text, name in (
            (self.tr("Today"), "today"),
            (self.tr("This week"), "this_week"),
            (self.tr("This month"), "this_month"),
            (self.tr("Last month"), "last_month"),
            (self.tr("Custom dates"), CUSTOM),
        ):
            self.preset_combo.addItem(text, name)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData("this_month"))
        self.preset_combo.currentIndexChanged.connect(self._preset_changed)
        self.from_edit = DateEdit(optional=False, today=today)
        self.to_edit = DateEdit(optional=False, today=today)
        self.from_edit.setObjectName("PeriodFrom")
        self.to_edit.setObjectName("PeriodTo")
        for edit in (self.from_edit, self.to_edit):
            edit.changed.connect(self._dates_changed)
        self.error_label = QLabel("", objectName="FieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b42318; font-weight: bold;")
        self.error_label.hide()

        self.agent_combo = filter_combo("AgentFilter", 9)
        self.store_combo = filter_combo("StoreFilter", 9)
        self.category_combo = filter_combo("CategoryFilter", 9)
        self.product_combo = filter_combo("ProductFilter", 9)
        self.channel_combo = filter_combo("ChannelFilter", 9)
        self.priority_combo = filter_combo("PriorityFilter", 9)
        self.combos = (
            self.agent_combo,
            self.store_combo,
            self.category_combo,
            self.product_combo,
            self.channel_combo,
            self.priority_combo,
        )
        fill_choices(
            self.category_combo, self.tr("All categories"), _swap(complaint_category_labels())
        )
        fill_choices(self.channel_combo, self.tr("All channels"), _swap(channel_labels()))
        fill_choices(self.priority_combo, self.tr("All priorities"), _swap(severity_labels())[::-1])
        self.set_choices((), FilterChoices((), ()))
        for combo in self.combos:
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._lay_out(with_filters)
        self._show_dates()

    def _lay_out(self, with_filters: bool) -> None:
        pairs: list[tuple[str, QWidget]] = [
            (self.tr("&Period"), self.preset_combo),
            (self.tr("Fro&m"), self.from_edit),
            (self.tr("&To"), self.to_edit),
        ]
        if with_filters:
            pairs += [
                (self.tr("&Agent"), self.agent_combo),
                (self.tr("St&ore"), self.store_combo),
                (self.tr("C&ategory"), self.category_combo),
                (self.tr("Pro&duct"), self.product_combo),
                (self.tr("C&hannel"), self.channel_combo),
                (self.tr("Priorit&y"), self.priority_combo),
            ]
        flow = FlowBox(h_spacing=14, v_spacing=6)
        self.boxes: dict[QWidget, QWidget] = {}
        for text, field in pairs:
            caption = QLabel(text)
            caption.setBuddy(field)
            if isinstance(field, DateEdit):
                field.set_accessible_name(text)
            box = QWidget()
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            row.addWidget(caption)
            row.addWidget(field, 1)
            box.setMinimumWidth(box.sizeHint().width())
            box.setMaximumWidth(box.minimumWidth() + 90)
            flow.flow.addWidget(box)
            self.boxes[field] = box
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(flow)
        column.addWidget(self.error_label)
        for edit in (self.from_edit, self.to_edit):
            edit.place_message(column)  # under the whole bar: the rows keep their height

    # -- choices -------------------------------------------------------------------------

    def set_choices(self, stores: Iterable, choices: FilterChoices) -> None:
        """Offer these stores (id, name), products and agents, keeping what was chosen."""
        by_name = sorted(((s.name, s.id) for s in stores), key=lambda i: (fold(i[0]), i[0]))
        fill_choices(self.store_combo, self.tr("All stores"), by_name)
        fill_choices(
            self.product_combo, self.tr("All products"), [(c.name, c.id) for c in choices.products]
        )
        fill_choices(
            self.agent_combo, self.tr("All agents"), [(c.name, c.id) for c in choices.agents]
        )

    # -- what is chosen ------------------------------------------------------------------

    def period(self) -> Period:
        """A preset's days as of today (the window may stay open past midnight), or the
        last custom range that could be computed (a refused one is not)."""
        name = self.preset_combo.currentData()
        return self._period if name == CUSTOM else preset(name, self._today())

    def filters(self) -> KpiFilter:
        return KpiFilter(
            agent_id=self.agent_combo.currentData(),
            store_id=self.store_combo.currentData(),
            category=self.category_combo.currentData(),
            product_id=self.product_combo.currentData(),
            channel=self.channel_combo.currentData(),
            priority=self.priority_combo.currentData(),
        )

    def names(self) -> dict[str, str]:
        """The agent, store and product chosen, as shown (for the screens a click opens)."""
        found = {}
        for dim, combo in (
            ("agent", self.agent_combo),
            ("store", self.store_combo),
            ("product", self.product_combo),
        ):
            if combo.currentData() is not None:
                found[dim] = combo.currentText()
        return found

    def choose_preset(self, name: str) -> None:
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(name)))

    def set_custom(self, start: date, end: date) -> None:
        """A custom range, as if typed in the two fields."""
        self.choose_preset(CUSTOM)
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.set_value(day)
            edit.blockSignals(False)
        self._dates_changed()

    def problem(self) -> str:
        """What is wrong with the custom range ("" when nothing)."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    # -- changes -------------------------------------------------------------------------

    def _preset_changed(self, _index: int) -> None:
        name = self.preset_combo.currentData()
        if name == CUSTOM:
            # Start from the period on screen (a person changes one end, not both).
            self._period = preset(self._last_preset, self._today())
            for edit, day in (
                (self.from_edit, self._period.start),
                (self.to_edit, self._period.end),
            ):
                edit.blockSignals(True)
                edit.set_value(day)
                edit.blockSignals(False)
            self._show_dates()
            return
        self._last_preset = name
        self._say("")
        self._show_dates()
        self.changed.emit()

    def _show_dates(self) -> None:
        custom = self.preset_combo.currentData() == CUSTOM
        for edit in (self.from_edit, self.to_edit):
            self.boxes[edit].setVisible(custom)
        if not custom:
            for edit in (self.from_edit, self.to_edit):
                edit.blockSignals(True)
                edit.clear_error()
                edit.blockSignals(False)

    def _dates_changed(self, _value: object = None) -> None:
        if self.preset_combo.currentData() != CUSTOM:
            return
        if not all([self.from_edit.validate(), self.to_edit.validate()]):
            self._say("")
            return
        try:
            chosen = period(self.from_edit.value(), self.to_edit.value())
        except ValidationError as exc:
            self._say(exc.message)  # the dates stay as typed, to be put right
            return
        self._say("")
        if chosen != self._period:
            self._period = chosen
            self.changed.emit()

    def _say(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))


def _swap(labels: dict[str, str]) -> list[tuple[str, str]]:
    return [(text, key) for key, text in labels.items()]
