"""The complaint queue's filters: which open status (or any, closed too), category,
priority, store, product and agent (the assignee); and the days the complaints were opened
on, which only the Dashboard sets (shown with a button that lifts it)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from app.formatting import format_date
from app.services.complaints.complaint_queue import ANY_STATUS, FilterChoices, QueueFilter
from app.text import fold
from ui.labels import complaint_category_labels, complaint_status_labels, severity_labels
from ui.widgets.filter_combo import choose_value, fill_choices, filter_combo
from ui.widgets.flow_layout import FlowBox

OPEN_STATUSES = ("new", "in_progress", "waiting_customer", "reopened")


class QueueFilterBar(QWidget):
    """Emits `changed(QueueFilter)` whenever a filter changes."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ComplaintFilters")
        self.status_combo = filter_combo("StatusFilter")
        self.category_combo = filter_combo("CategoryFilter")
        self.priority_combo = filter_combo("PriorityFilter")
        self.store_combo = filter_combo("StoreFilter")
        self.product_combo = filter_combo("ProductFilter")
        self.agent_combo = filter_combo("AgentFilter")
        statuses = complaint_status_labels()
        fill_choices(
            self.status_combo,
            self.tr("All open"),
            [(statuses[s], s) for s in OPEN_STATUSES]
            + [(self.tr("Any status, closed too"), ANY_STATUS)],
        )
        self._opened: tuple[date | None, date | None] = (None, None)
        self.opened_label = QLabel("", objectName="OpenedFilter")
        self.opened_clear = QPushButton(self.tr("All dates"), objectName="ClearOpened")
        self.opened_clear.setToolTip(self.tr("Show the complaints whatever day they were opened"))
        self.opened_clear.clicked.connect(lambda: self._set_opened(None, None, emit=True))
        fill_choices(
            self.category_combo,
            self.tr("All categories"),
            [(text, key) for key, text in complaint_category_labels().items()],
        )
        # The most urgent first: that is what a supervisor looks for.
        fill_choices(
            self.priority_combo,
            self.tr("All priorities"),
            [(text, key) for key, text in reversed(severity_labels().items())],
        )
        fill_choices(self.store_combo, self.tr("All stores"), [])
        fill_choices(self.product_combo, self.tr("All products"), [])
        fill_choices(self.agent_combo, self.tr("Anyone"), [])
        self.combos = (
            self.status_combo,
            self.category_combo,
            self.priority_combo,
            self.store_combo,
            self.product_combo,
            self.agent_combo,
        )
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._emit)
        self.clear_button = QPushButton(self.tr("C&lear filters"), objectName="ClearFilters")
        self.clear_button.setToolTip(self.tr("Show every open complaint of the queue"))
        self.clear_button.clicked.connect(self.clear)

        pairs = (
            (self.tr("&Status"), self.status_combo),
            (self.tr("C&ategory"), self.category_combo),
            (self.tr("&Priority"), self.priority_combo),
            (self.tr("St&ore"), self.store_combo),
            (self.tr("Pro&duct"), self.product_combo),
            (self.tr("A&gent"), self.agent_combo),
        )
        flow = FlowBox(h_spacing=16, v_spacing=6)
        for caption_text, field in pairs:
            caption = QLabel(caption_text)
            caption.setBuddy(field)
            box = QWidget()
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(8)
            row.addWidget(caption)
            row.addWidget(field, 1)
            box.setMinimumWidth(box.sizeHint().width())
            # A filter alone on a wrapped row stays a filter's width, not the window's.
            box.setMaximumWidth(max(box.minimumWidth() * 2, 360))
            flow.flow.addWidget(box)
        opened = QWidget()
        opened_row = QHBoxLayout(opened)
        opened_row.setContentsMargins(0, 0, 0, 0)
        opened_row.setSpacing(8)
        opened_row.addWidget(self.opened_label)
        opened_row.addWidget(self.opened_clear)
        self.opened_box = opened
        flow.flow.addWidget(opened)
        flow.flow.addWidget(self.clear_button)
        self._set_opened(None, None, emit=False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(flow)

    def set_stores(self, stores: Iterable) -> None:
        """Offer `stores` (with id and name), keeping the one chosen."""
        items = sorted(((s.name, s.id) for s in stores), key=lambda i: (fold(i[0]), i[0]))
        fill_choices(self.store_combo, self.tr("All stores"), items)

    def set_choices(self, choices: FilterChoices) -> None:
        """Offer these products and agents, keeping the ones chosen."""
        fill_choices(
            self.product_combo, self.tr("All products"), [(c.name, c.id) for c in choices.products]
        )
        fill_choices(self.agent_combo, self.tr("Anyone"), [(c.name, c.id) for c in choices.agents])

    def choose(self, combo: QComboBox, value: object) -> None:
        """Pick `value` in `combo` as a person would; an unknown value picks "all"."""
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(0, index))

    def current(self) -> QueueFilter:
        return QueueFilter(
            status=self.status_combo.currentData(),
            category=self.category_combo.currentData(),
            priority=self.priority_combo.currentData(),
            store_id=self.store_combo.currentData(),
            product_id=self.product_combo.currentData(),
            assignee_id=self.agent_combo.currentData(),
            opened_from=self._opened[0],
            opened_to=self._opened[1],
        )

    def clear(self) -> None:
        for combo in self.combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._set_opened(None, None, emit=False)
        self._emit()

    def show_filter(self, f: QueueFilter, names: Mapping[str, str]) -> None:
        """Show `f` (from the Dashboard) and emit it once. `names` ("store", "product",
        "agent") label a value whose choices are not read yet."""
        pairs = (
            (self.status_combo, f.status, ""),
            (self.category_combo, f.category, ""),
            (self.priority_combo, f.priority, ""),
            (self.store_combo, f.store_id, names.get("store", "")),
            (self.product_combo, f.product_id, names.get("product", "")),
            (self.agent_combo, f.assignee_id, names.get("agent", "")),
        )
        for combo, value, text in pairs:
            combo.blockSignals(True)
            choose_value(combo, value, text)
            combo.blockSignals(False)
        self._set_opened(f.opened_from, f.opened_to, emit=False)
        self._emit()

    def _set_opened(self, start: date | None, end: date | None, *, emit: bool) -> None:
        self._opened = (start, end)
        if start and end:
            text = self.tr("Opened {start} – {end}").format(
                start=format_date(start), end=format_date(end)
            )
        elif start or end:
            text = (
                self.tr("Opened on or after {day}").format(day=format_date(start))
                if start
                else self.tr("Opened on or before {day}").format(day=format_date(end))
            )
        else:
            text = ""
        self.opened_label.setText(text)
        self.opened_box.setVisible(bool(text))
        if emit:
            self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.current())
