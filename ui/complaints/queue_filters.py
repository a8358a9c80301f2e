"""The complaint queue's filters: which open status, category, priority, store, product
and agent (the assignee)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from app.services.complaints.complaint_queue import FilterChoices, QueueFilter
from app.text import fold
from ui.labels import complaint_category_labels, complaint_status_labels, severity_labels
from ui.widgets.filter_combo import fill_choices, filter_combo
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
            self.status_combo, self.tr("All open"), [(statuses[s], s) for s in OPEN_STATUSES]
        )
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
        flow.flow.addWidget(self.clear_button)
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
        )

    def clear(self) -> None:
        for combo in self.combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.current())
