"""Choosing the product of a purchase: by SKU or name from the catalogue, or a new one
typed at the counter when the customer brings something not listed yet."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.claims.products import (
    MAX_RETURN_DAYS,
    MAX_WARRANTY_MONTHS,
    ProductView,
    find_products,
)
from ui.errors import failure_message
from ui.workers import LatestOnly

SEARCH_DELAY_MS = 250
LIST_HEIGHT = 110
PICKER_LIMIT = 30


def months_spin(name: str, value: int = 12, maximum: int = MAX_WARRANTY_MONTHS) -> QSpinBox:
    spin = QSpinBox(objectName=name)
    spin.setRange(0, maximum)
    spin.setValue(value)
    spin.setMinimumWidth(110)
    return spin


class ProductPicker(QWidget):
    """A search over the catalogue with its matches. `chosen_changed(ProductView | None)`
    when the highlighted product changes; `searched()` after each answer."""

    chosen_changed = Signal(object)
    searched = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._products: list[ProductView] = []
        self._searching = LatestOnly(db, self)
        self.edit = QLineEdit(objectName="ProductSearch")
        self.edit.setPlaceholderText(self.tr("SKU or part of the product's name"))
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.list = QListWidget(objectName="ProductResults")
        self.list.setFixedHeight(LIST_HEIGHT)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(lambda _row: self.chosen_changed.emit(self.chosen()))
        self.state_label = QLabel("", objectName="FieldHint")
        self.state_label.setWordWrap(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.edit.textEdited.connect(lambda _t: self._timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        layout.addWidget(self.state_label)
        self.setFocusProxy(self.edit)

    def search_now(self, text: str | None = None) -> None:
        if text is not None:
            self.edit.setText(text)
        self._timer.stop()
        query = self.edit.text().strip()
        self.state_label.setText(self.tr("Searching…"))
        self._searching.run(
            find_products,
            query,
            PICKER_LIMIT,
            on_done=lambda found: self._show(query, found),
            on_error=self._failed,
        )

    def _show(self, query: str, found: list[ProductView]) -> None:
        self._products = list(found)
        self.list.blockSignals(True)
        self.list.clear()
        for p in self._products:
            months = self.tr("%n month(s)", "", p.warranty_months)
            item = QListWidgetItem(" · ".join((p.sku, p.name, months)))
            item.setToolTip(" · ".join(x for x in (p.sku, p.name, p.brand, months) if x))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
        if self._products:
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        if self._products:
            self.state_label.setText("")
        elif query:
            self.state_label.setText(self.tr("No product matches; tick “New product” to add it."))
        else:
            self.state_label.setText(self.tr("The catalogue is empty; add the product below."))
        self.chosen_changed.emit(self.chosen())
        self.searched.emit()

    def _failed(self, exc: BaseException) -> None:
        self.state_label.setText(
            failure_message(
                exc,
                "Product picker: the search failed",
                self.tr("The products could not be read; type again to retry."),
            )
        )
        self.searched.emit()

    def chosen(self) -> ProductView | None:
        row = self.list.currentRow()
        return self._products[row] if 0 <= row < len(self._products) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrows in the field move through the list: the hands stay on the keyboard.
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}
            key = event.key()  # type: ignore[attr-defined]
            if key in steps and self.list.count():
                row = self.list.currentRow() + steps[key]
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
                return True
        return False


class NewProductFields(QWidget):
    """The fields of a product added at the counter, shown when "New product" is ticked.
    Errors go under each through `error_labels` (keys as the product service names them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sku_edit = QLineEdit(objectName="NewProductSku")
        self.sku_edit.setPlaceholderText(self.tr("SKU, e.g. TV-55"))
        self.sku_edit.setMaxLength(40)
        self.name_edit = QLineEdit(objectName="NewProductName")
        self.name_edit.setPlaceholderText(self.tr("Product name"))
        self.name_edit.setMaxLength(200)
        self.brand_edit = QLineEdit(objectName="NewProductBrand")
        self.brand_edit.setPlaceholderText(self.tr("Brand (optional)"))
        self.brand_edit.setMaxLength(100)
        self.warranty_spin = months_spin("NewProductWarranty")
        self.warranty_spin.setSuffix(self.tr(" months"))
        self.return_spin = months_spin("NewProductReturnDays", 7, MAX_RETURN_DAYS)
        self.return_spin.setSuffix(self.tr(" days"))


class ProductChoice(QWidget):
    """The picker, and "New product" with its fields. `changed()` when what is chosen
    may have moved; `default_months(months)` when a product brings its warranty."""

    changed = Signal()
    default_months = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = ProductPicker(db)
        self.new_check = QCheckBox(
            self.tr("&New product, not in the list yet"), objectName="NewProduct"
        )
        self.new_check.toggled.connect(self._new_toggled)
        self.picker.chosen_changed.connect(self._picked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.picker)
        layout.addWidget(self.new_check)
        self.setFocusProxy(self.picker)

    def is_new(self) -> bool:
        return self.new_check.isChecked()

    def chosen(self) -> ProductView | None:
        return None if self.is_new() else self.picker.chosen()

    def _picked(self, product: ProductView | None) -> None:
        if product is not None and not self.is_new():
            self.default_months.emit(product.warranty_months)
        self.changed.emit()

    def _new_toggled(self, new: bool) -> None:
        self.picker.list.setEnabled(not new)
        self.changed.emit()
