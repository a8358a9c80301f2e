"""The claim list's filters: status, kind, store, and a search over number, serial and
customer (name without accents, or phone)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.services.claims.claim_list import ClaimFilter
from app.text import fold
from ui.labels import claim_kind_labels, claim_status_labels
from ui.widgets.filter_combo import choose_value, fill_choices, filter_combo
from ui.widgets.flow_layout import FlowBox

SEARCH_DELAY_MS = 300


class ClaimFilterBar(QWidget):
    """Emits `changed()` whenever a filter changes (the search after a short pause)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClaimFilters")
        self.search_edit = QLineEdit(objectName="ClaimSearch")
        self.search_edit.setPlaceholderText(self.tr("Claim number, serial, customer or phone"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.changed)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_now)
        self.status_combo = filter_combo("ClaimStatusFilter")
        self.kind_combo = filter_combo("ClaimKindFilter")
        self.store_combo = filter_combo("ClaimStoreFilter")
        fill_choices(
            self.status_combo,
            self.tr("Any status"),
            [(text, key) for key, text in claim_status_labels().items()],
        )
        fill_choices(
            self.kind_combo,
            self.tr("All kinds"),
            [(text, key) for key, text in claim_kind_labels().items()],
        )
        fill_choices(self.store_combo, self.tr("All stores"), [])
        self.combos = (self.status_combo, self.kind_combo, self.store_combo)
        for combo in self.combos:
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.clear_button = QPushButton(self.tr("C&lear filters"), objectName="ClearClaimFilters")
        self.clear_button.setToolTip(self.tr("Show every claim"))
        self.clear_button.clicked.connect(self.clear)

        flow = FlowBox(h_spacing=16, v_spacing=6)
        pairs = (
            (self.tr("Fi&nd"), self.search_edit),
            (self.tr("&Status"), self.status_combo),
            (self.tr("&Kind"), self.kind_combo),
            (self.tr("St&ore"), self.store_combo),
        )
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
            flow.flow.addWidget(box)
        flow.flow.addWidget(self.clear_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(flow)

    def _search_now(self) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.changed.emit()

    def set_stores(self, stores: Iterable) -> None:
        """Offer `stores` (with id and name), keeping the one chosen."""
        items = sorted(((s.name, s.id) for s in stores), key=lambda i: (fold(i[0]), i[0]))
        fill_choices(self.store_combo, self.tr("All stores"), items)

    def choose(self, combo: QComboBox, value: object) -> None:
        """Pick `value` in `combo` as a person would; an unknown value picks "all"."""
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(0, index))

    def set_search(self, text: str) -> None:
        """Search for `text` at once (a claim number from the warranty check)."""
        self.search_edit.blockSignals(True)
        self.search_edit.setText(text)
        self.search_edit.blockSignals(False)
        self._search_timer.stop()
        self.changed.emit()

    def current(self, group: str | None = None) -> ClaimFilter:
        return ClaimFilter(
            status=self.status_combo.currentData(),
            group=group,
            kind=self.kind_combo.currentData(),
            store_id=self.store_combo.currentData(),
            search=self.search_edit.text().strip(),
        )

    def show_filter(self, kind: str | None, store_id: int | None, store_name: str = "") -> None:
        """Any status, `kind` and `store_id` (from the Dashboard), no search; emits once.
        `store_name` labels a store not listed yet."""
        for combo, value, text in (
            (self.status_combo, None, ""),
            (self.kind_combo, kind, ""),
            (self.store_combo, store_id, store_name),
        ):
            combo.blockSignals(True)
            choose_value(combo, value, text)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._search_timer.stop()
        self.changed.emit()

    def clear(self) -> None:
        for combo in self.combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._search_timer.stop()
        self.changed.emit()
