"""Registering a purchase at the counter, so its warranty can be checked and its slip
printed: who bought what (a product from the catalogue, or a new one typed here), the
serial and invoice, where and when, the price and the warranty.

A new product and the purchase are saved in one transaction: when the purchase is
refused, the product is not left behind. Every refusal shows under its field and
everything typed stays.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.date_input import delivery_date_limit, purchase_date_limit, purchase_date_missing
from app.db import Database
from app.services.access.stores import open_stores
from app.services.actor import Actor
from app.services.claims.counter_sale import register_at_counter
from app.services.claims.products import ProductInput
from app.services.claims.purchases import MAX_MONTHS, PurchaseInput
from ui.calls.contact_customer import CustomerChoice
from ui.claims.product_picker import NewProductFields, ProductChoice, months_spin
from ui.widgets.date_edit import DateEdit, local_today
from ui.widgets.form_dialog import FormDialog, SaveCall
from ui.widgets.large_int_spin_box import LargeIntSpinBox
from ui.workers import run_query

MAX_PRICE = 10**13
LIST_HEIGHT = 90


class PurchaseForm(FormDialog):
    """`saved(PurchaseView)` after Save; `stores_loaded()` once the store list is in."""

    stores_loaded = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        serial: str = "",
        customer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("PurchaseForm")
        self.setModal(False)
        self._actor = actor
        self._pair_of: dict[str, str] = {}
        self.set_heading(
            self.tr("Register a purchase"),
            self.tr("Record the sale from the invoice; the warranty slip is printed next."),
        )
        self.customer = CustomerChoice(db, actor)
        self.customer.change_button.setToolTip(self.tr("Register it for another customer"))
        self.product = ProductChoice(db)
        self.new_product = NewProductFields()
        self.serial_edit = QLineEdit(serial, objectName="PurchaseSerial")
        self.serial_edit.setMaxLength(60)
        self.serial_edit.setPlaceholderText(self.tr("As printed on the unit"))
        self.invoice_edit = QLineEdit(objectName="PurchaseInvoice")
        self.invoice_edit.setMaxLength(60)
        self.store_combo = QComboBox(objectName="PurchaseStore")
        self.store_combo.addItem(self.tr("— this seat's store —"), None)
        today = local_today()
        self.purchase_date = DateEdit(
            optional=False, maximum=purchase_date_limit(today), missing=purchase_date_missing()
        )
        self.purchase_date.setObjectName("PurchaseDate")
        self.purchase_date.set_value(today)
        self.delivery_date = DateEdit(minimum=delivery_date_limit(today))
        self.delivery_date.setObjectName("DeliveryDate")
        self.purchase_date.changed.connect(self._purchase_date_changed)
        self.price_spin = LargeIntSpinBox(0, MAX_PRICE, 100_000, " ₫")
        self.price_spin.setObjectName("PurchasePrice")
        self.warranty_spin = months_spin("PurchaseWarranty", 12, MAX_MONTHS)
        self.warranty_spin.setSuffix(self.tr(" months"))
        self.extended_spin = months_spin("PurchaseExtended", 0, MAX_MONTHS)
        self.extended_spin.setSuffix(self.tr(" months"))

        self.customer.picker.list.setFixedHeight(LIST_HEIGHT)
        n = self.new_product
        # Pairs that belong together share a row (the form fits a laptop's screen); an
        # error about either shows under the row, the cursor in the field it is about.
        self._focus_of: dict[str, QWidget] = {}
        self.add_field("customer", self.tr("C&ustomer"), self.customer)
        self.add_field("product", self.tr("&Product"), self.product)
        self._add_pair(
            "product_name",
            self.tr("New product"),
            ((n.sku_edit, "product_sku", ""), (n.name_edit, "product_name", "")),
            stretch=(1, 3),
        )
        self._add_pair(
            "product_terms",
            self.tr("Brand, terms"),
            (
                (n.brand_edit, "product_brand", ""),
                (n.warranty_spin, "product_warranty_months", self.tr("warranty")),
                (n.return_spin, "product_return_days", self.tr("returns")),
            ),
        )
        self._add_pair(
            "serial_no",
            self.tr("&Serial number"),
            (
                (self.serial_edit, "serial_no", ""),
                (self.invoice_edit, "invoice_no", self.tr("&Invoice")),
            ),
        )
        self.add_field("store", self.tr("S&tore"), self.store_combo)
        self._add_pair(
            "purchase_date",
            self.tr("Purchase &date"),
            (
                (self.purchase_date, "purchase_date", ""),
                (self.delivery_date, "delivery_date", self.tr("De&livered")),
            ),
            self.tr("Delivered later: the warranty counts from delivery."),
        )
        self.add_field("price_vnd", self.tr("P&rice paid"), self.price_spin)
        self._add_pair(
            "warranty_months",
            self.tr("&Warranty"),
            (
                (self.warranty_spin, "warranty_months", ""),
                (self.extended_spin, "extended_warranty_months", self.tr("E&xtended by")),
            ),
            self.tr("Filled in from the product; change it if the invoice says otherwise."),
        )
        self.save_button.setText(self.tr("Register purchase"))
        self.product.default_months.connect(self.warranty_spin.setValue)
        self.product.new_check.toggled.connect(self._show_new_product)
        n.warranty_spin.valueChanged.connect(self._new_product_months)
        self._show_new_product(False)
        self.setMinimumWidth(640)
        run_query(
            db, open_stores, on_done=self._show_stores, on_error=lambda _e: None, context=self
        )
        self.product.picker.search_now("")
        if customer_id is not None:
            self.customer.set_customer(customer_id)
            self.product.setFocus()
        else:
            self.customer.setFocus()

    # -- building --------------------------------------------------------------------------

    def _add_pair(
        self,
        key: str,
        caption: str,
        parts: tuple[tuple[QWidget, str, str], ...],
        hint: str = "",
        stretch: tuple[int, ...] = (),
    ) -> None:
        """One row of several inputs (widget, service field, caption before it)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        row = QHBoxLayout()
        row.setSpacing(8)
        column.addLayout(row)
        for number, (widget, field, text) in enumerate(parts):
            if text:
                label = QLabel(text)
                label.setBuddy(widget)
                row.addSpacing(8)
                row.addWidget(label)
            row.addWidget(widget, stretch[number] if number < len(stretch) else 1)
            self._focus_of[field] = widget
            if isinstance(widget, DateEdit):
                widget.set_accessible_name(text or caption)
                # Across the whole row, so a message takes one line, not three.
                widget.place_message(column)
        box.setFocusProxy(parts[0][0])
        self.add_field(key, caption, box, hint)
        for _widget, field, _text in parts:
            self._pair_of[field] = key

    def show_message(self, message: str, key: str | None = None) -> None:
        """An error about one input of a shared row shows under the row, focus on it;
        one about a date, on that date's own line."""
        if isinstance(self._focus_of.get(key or ""), DateEdit):
            self.show_date_message(self._focus_of[key or ""], message)
            return
        row = self._pair_of.get(key or "", key)
        super().show_message(message, row)
        if key in self._focus_of:
            self._focus_of[key].setFocus()

    def field_error(self, key: str) -> str:
        widget = self._focus_of.get(key)
        if isinstance(widget, DateEdit):
            return widget.error_text()
        return super().field_error(key)

    def _purchase_date_changed(self, bought: date | None) -> None:
        # Delivered on or after the day it was bought, whichever day that turns out to be.
        self.delivery_date.set_minimum(delivery_date_limit(bought) if bought else None)

    def _row_of(self, key: str) -> int:
        box = self.field(key).parentWidget()
        row, _role = self.form.getWidgetPosition(box)
        return row

    def _show_new_product(self, new: bool) -> None:
        for key in ("product_name", "product_terms"):
            self.form.setRowVisible(self._row_of(key), new)
        self.product.picker.list.setVisible(not new)
        if new:
            typed = self.product.picker.edit.text().strip()
            if typed and not self.new_product.name_edit.text():
                self.new_product.name_edit.setText(typed)
            self.warranty_spin.setValue(self.new_product.warranty_spin.value())
            self.new_product.sku_edit.setFocus()
        self.fit_height()

    def _new_product_months(self, months: int) -> None:
        if self.product.is_new():
            self.warranty_spin.setValue(months)

    def _show_stores(self, stores: list) -> None:
        for store in stores:
            self.store_combo.addItem(f"{store.code} · {store.name}", store.id)
        index = self.store_combo.findData(self._actor.store_id)
        if self._actor.store_id is not None and index >= 0:
            self.store_combo.setCurrentIndex(index)
        self.stores_loaded.emit()

    # -- saving ----------------------------------------------------------------------------

    def product_input(self) -> ProductInput | None:
        if not self.product.is_new():
            return None
        n = self.new_product
        return ProductInput(
            sku=n.sku_edit.text(),
            name=n.name_edit.text(),
            brand=n.brand_edit.text(),
            warranty_months=n.warranty_spin.value(),
            return_days=n.return_spin.value(),
            list_price_vnd=self.price_spin.value(),
        )

    def purchase_input(self) -> PurchaseInput:
        chosen = self.product.chosen()
        bought = self.purchase_date.value()
        return PurchaseInput(
            customer_id=self.customer.customer_id(),
            product_id=chosen.id if chosen is not None else None,
            purchase_date=bought,
            serial_no=self.serial_edit.text(),
            invoice_no=self.invoice_edit.text(),
            store_id=self.store_combo.currentData(),
            delivery_date=self.delivery_date.value(),
            price_vnd=self.price_spin.value(),
            warranty_months=self.warranty_spin.value(),
            extended_warranty_months=self.extended_spin.value(),
        )

    def save_call(self) -> SaveCall:
        return register_at_counter, (self._actor, self.product_input(), self.purchase_input())

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.product.new_check.setEnabled(not busy)
