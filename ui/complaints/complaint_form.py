"""Taking a complaint in: who, which purchase, what kind, how it came in, how bad, and
what the customer says. Not modal: a complaint can be taken while a call form is open.

The customer is fixed when the form is opened for one, else found with the picker; their
purchases are read on a worker whenever the customer changes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.db import Database
from app.formatting import format_date
from app.services.actor import Actor
from app.services.complaints.complaint_reads import complaint_purchases
from app.services.complaints.complaints import CATEGORIES, CHANNELS, ComplaintInput, open_complaint
from ui.calls.contact_customer import CustomerChoice
from ui.calls.contact_fields import value_combo
from ui.errors import failure_message
from ui.labels import channel_labels, complaint_category_labels, label, severity_labels
from ui.widgets.form_dialog import FormDialog, SaveCall
from ui.workers import run_query

SAVE_KEYS = "Ctrl+Return"
SEVERITIES = ("low", "normal", "high", "critical")


class ComplaintForm(FormDialog):
    """`saved(ComplaintView)` after Save; `purchases_loaded()` once the chosen customer's
    purchases are in the list (also when there are none)."""

    purchases_loaded = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        customer_id: int | None = None,
        description: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("ComplaintForm")
        self.setModal(False)
        self._actor = actor
        self._purchases_for: int | None = None
        self.set_heading(
            self.tr("New complaint"),
            self.tr(
                "Write down what the customer says in their words; the complaint gets "
                "its number, priority and due times when it is saved."
            ),
        )
        self.customer = CustomerChoice(db, actor)
        self.customer.change_button.setToolTip(self.tr("Take the complaint for another customer"))
        self.purchase_combo = QComboBox(objectName="ComplaintPurchase")
        self.purchase_combo.addItem(self.tr("— none —"), None)
        categories = complaint_category_labels()
        self.category_combo = value_combo(
            ((c, label(categories, c)) for c in CATEGORIES), "ComplaintCategory"
        )
        self.subcategory_edit = QLineEdit(objectName="ComplaintSubcategory")
        self.subcategory_edit.setMaxLength(80)
        self.subcategory_edit.setPlaceholderText(self.tr("e.g. noisy compressor (optional)"))
        channels = channel_labels()
        self.channel_combo = value_combo(
            ((c, label(channels, c)) for c in CHANNELS), "ComplaintChannel"
        )
        severities = severity_labels()
        self.severity_combo = value_combo(
            ((s, label(severities, s)) for s in SEVERITIES), "ComplaintSeverity"
        )
        self.severity_combo.setCurrentIndex(SEVERITIES.index("normal"))
        self.description_edit = QPlainTextEdit(description, objectName="ComplaintDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(130)
        self.add_field("customer", self.tr("C&ustomer"), self.customer)
        self.add_field(
            "purchase",
            self.tr("&Purchase"),
            self.purchase_combo,
            self.tr("The product the complaint is about, if any."),
        )
        self.add_field("category", self.tr("C&ategory"), self.category_combo)
        self.add_field("subcategory", self.tr("&Detail"), self.subcategory_edit)
        self.add_field("channel", self.tr("C&hannel"), self.channel_combo)
        vip_hint = self.tr("A VIP customer's complaint gets one step higher priority.")
        self.add_field("severity", self.tr("&Severity"), self.severity_combo, vip_hint)
        self.add_field("description", self.tr("Desc&ription"), self.description_edit)
        self.save_button.setText(self.tr("Open complaint"))
        keys = QKeySequence(SAVE_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(self.tr("Save the complaint ({keys})").format(keys=keys))
        QShortcut(QKeySequence(SAVE_KEYS), self, self.submit)
        self.customer.changed.connect(self._customer_changed)
        self.customer.loaded.connect(self._customer_loaded)
        self.setMinimumWidth(620)
        if customer_id is not None:
            self.customer.set_customer(customer_id)
            self.category_combo.setFocus()
        else:
            self.customer.setFocus()

    # -- the customer and their purchases --------------------------------------------------

    def set_customer(self, customer_id: int) -> None:
        self.customer.set_customer(customer_id)

    def _customer_loaded(self, view: object) -> None:
        name = getattr(view, "full_name", None)
        if name:
            self.setWindowTitle(self.tr("New complaint: {name}").format(name=name))

    def _customer_changed(self) -> None:
        customer_id = self.customer.customer_id()
        if customer_id == self._purchases_for:
            return
        self._purchases_for = customer_id
        self.purchase_combo.clear()
        self.purchase_combo.addItem(self.tr("— none —"), None)
        if customer_id is None:
            self.purchases_loaded.emit()
            return
        self.purchase_combo.setEnabled(False)
        run_query(
            self._db,
            complaint_purchases,
            self._actor,
            customer_id,
            on_done=lambda lines: self._show_purchases(customer_id, lines),
            on_error=lambda exc: self._purchases_failed(customer_id, exc),
            context=self,
        )

    def _show_purchases(self, customer_id: int, lines: tuple) -> None:
        if customer_id != self._purchases_for:
            return
        for line in lines:
            parts = [line.product_name, line.serial_no, format_date(line.purchase_date)]
            self.purchase_combo.addItem(" · ".join(p for p in parts if p), line.id)
        self.purchase_combo.setEnabled(not self.is_busy())
        self.purchases_loaded.emit()

    def _purchases_failed(self, customer_id: int, exc: BaseException) -> None:
        if customer_id == self._purchases_for:
            self.purchase_combo.setEnabled(True)
            self.show_message(
                failure_message(
                    exc,
                    "Complaint form: purchases could not be read",
                    self.tr(
                        "The customer's purchases could not be read; the complaint can be "
                        "saved without one."
                    ),
                ),
                "purchase",
            )
            self.purchases_loaded.emit()

    # -- saving ----------------------------------------------------------------------------

    def complaint_input(self) -> ComplaintInput:
        return ComplaintInput(
            customer_id=self.customer.customer_id(),
            category=self.category_combo.currentData(),
            description=self.description_edit.toPlainText(),
            severity=self.severity_combo.currentData(),
            channel=self.channel_combo.currentData(),
            subcategory=self.subcategory_edit.text(),
            purchase_id=self.purchase_combo.currentData(),
        )

    def save_call(self) -> SaveCall:
        return open_complaint, (self._actor, self.complaint_input())
