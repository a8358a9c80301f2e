"""The customer list's filters: tier, tag, store, province, birthday month, open
complaints, and whether archived customers are shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.models import Tier
from app.services.customers.customer_list import (
    CustomerFilterChoices,
    CustomerListFilter,
    StoreChoice,
)
from ui.labels import customer_tier_labels


def _combo(name: str, editable: bool = False) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.setEditable(editable)
    if editable:
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    # Long store names must not make the window wider than a counter laptop's screen.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


class CustomerFilterBar(QWidget):
    """Emits `changed(CustomerListFilter)` whenever a filter changes."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CustomerFilters")
        self.tier_combo = _combo("TierFilter")
        self.tier_combo.addItem(self.tr("All tiers"), None)
        for value, text in customer_tier_labels().items():
            self.tier_combo.addItem(text, value)
        self.tag_combo = _combo("TagFilter", editable=True)
        self.tag_combo.lineEdit().setPlaceholderText(self.tr("Any tag"))
        self.store_combo = _combo("StoreFilter")
        self.store_combo.addItem(self.tr("All stores"), None)
        self.province_combo = _combo("ProvinceFilter", editable=True)
        self.province_combo.lineEdit().setPlaceholderText(self.tr("Any province"))
        self.month_combo = _combo("BirthdayMonthFilter")
        self.month_combo.addItem(self.tr("Birthday in any month"), None)
        locale = QLocale()
        for month in range(1, 13):
            name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
            self.month_combo.addItem(self.tr("Birthday in {month}").format(month=name), month)
        self.complaints_combo = _combo("ComplaintsFilter")
        self.complaints_combo.addItem(self.tr("With or without complaints"), None)
        self.complaints_combo.addItem(self.tr("With open complaints"), True)
        self.complaints_combo.addItem(self.tr("Without open complaints"), False)
        self.archived_check = QCheckBox(self.tr("Show ar&chived"), objectName="ArchivedFilter")
        self.archived_check.setToolTip(
            self.tr("Also list archived and merged customers (to restore one)")
        )
        self.clear_button = QPushButton(self.tr("C&lear filters"), objectName="ClearFilters")
        self.clear_button.clicked.connect(self.clear)

        for combo in (self.tier_combo, self.store_combo, self.month_combo, self.complaints_combo):
            combo.currentIndexChanged.connect(self._emit)
        for combo in (self.tag_combo, self.province_combo):
            combo.activated.connect(self._emit)
            combo.lineEdit().editingFinished.connect(self._emit_if_changed)
        self.archived_check.toggled.connect(self._emit)
        self._last = self.current()

        # Each box says what it filters ("All tiers", "Any province"): no captions, so
        # the bar fits a small window in two rows.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        cells = (
            (self.tr("Tier", "loyalty"), self.tier_combo),
            (self.tr("Tag"), self.tag_combo),
            (self.tr("Store"), self.store_combo),
            (self.tr("Province"), self.province_combo),
            (self.tr("Birthday month"), self.month_combo),
            (self.tr("Open complaints"), self.complaints_combo),
        )
        for number, (caption, combo) in enumerate(cells):
            row, column = divmod(number, 3)
            combo.setToolTip(caption)
            combo.setAccessibleName(caption)
            grid.addWidget(combo, row, column)
            grid.setColumnStretch(column, 1)
        grid.addWidget(self.archived_check, 0, 3)
        grid.addWidget(self.clear_button, 1, 3)

    # -- choices -----------------------------------------------------------------------------

    def set_choices(self, choices: CustomerFilterChoices) -> None:
        """Offer the stores, and the provinces and tags of the customers listed."""
        self._set_stores(choices.stores)
        self._set_values(self.province_combo, choices.provinces)
        self._set_values(self.tag_combo, choices.tags)

    def _set_stores(self, stores: Sequence[StoreChoice]) -> None:
        chosen = self.store_combo.currentData()
        self.store_combo.blockSignals(True)
        self.store_combo.clear()
        self.store_combo.addItem(self.tr("All stores"), None)
        for store in stores:
            self.store_combo.addItem(f"{store.code} · {store.name}", store.id)
        index = self.store_combo.findData(chosen) if chosen is not None else 0
        self.store_combo.setCurrentIndex(max(0, index))
        self.store_combo.blockSignals(False)

    @staticmethod
    def _set_values(combo: QComboBox, values: Sequence[str]) -> None:
        # What the person typed stays, whether or not it is still among the values.
        text = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(list(values))
        combo.setCurrentIndex(-1)
        combo.setEditText(text)
        combo.blockSignals(False)

    # -- the filter --------------------------------------------------------------------------

    def current(self) -> CustomerListFilter:
        tier = self.tier_combo.currentData()
        return CustomerListFilter(
            tier=Tier(tier) if tier else None,
            tag=self.tag_combo.currentText().strip() or None,
            store_id=self.store_combo.currentData(),
            province=self.province_combo.currentText().strip() or None,
            birthday_month=self.month_combo.currentData(),
            has_open_complaints=self.complaints_combo.currentData(),
            include_archived=self.archived_check.isChecked(),
        )

    def clear(self) -> None:
        widgets = (
            self.tier_combo,
            self.tag_combo,
            self.store_combo,
            self.province_combo,
            self.month_combo,
            self.complaints_combo,
            self.archived_check,
        )
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.tier_combo, self.store_combo, self.month_combo, self.complaints_combo):
            combo.setCurrentIndex(0)
        for combo in (self.tag_combo, self.province_combo):
            combo.setCurrentIndex(-1)
            combo.setEditText("")
        self.archived_check.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._emit()

    def _emit_if_changed(self) -> None:
        if self.current() != self._last:
            self._emit()

    def _emit(self) -> None:
        self._last = self.current()
        self.changed.emit(self._last)
