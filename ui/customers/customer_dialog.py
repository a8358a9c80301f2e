"""Create or edit a customer: name, phones, contact details, address, tags, consent, notes.

Every refusal is shown where it belongs and nothing typed is lost. A number another
customer already has offers to open that customer instead of creating a duplicate, or to
save it on both (a household sharing one phone).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import partial
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.date_input import birthday_limits
from app.db import Database
from app.services.access.stores import StoreView
from app.services.actor import Actor
from app.services.customers.customer_input import CustomerInput, SharedPhone
from app.services.customers.customer_views import PhoneView
from app.services.customers.customers import create_customer, update_customer
from app.text import looks_like_phone
from ui.customers.phone_rows import PhoneRows, SharedNumberBox
from ui.labels import gender_labels
from ui.widgets.date_edit import DateEdit, local_today
from ui.widgets.form_dialog import FormDialog, SaveCall
from ui.widgets.province_combo import ProvinceCombo

NOTES_HEIGHT = 52


class EditableCustomer(Protocol):
    """What the form shows of a customer (a CustomerView or a profile header)."""

    id: int
    code: str
    full_name: str
    phones: tuple[PhoneView, ...]
    email: str | None
    birthday: date | None
    gender: str | None
    province: str
    ward: str
    address: str
    store_id: int | None
    tags: tuple[str, ...]
    marketing_consent: bool
    notes: str
    version: int


class CustomerDialog(FormDialog):
    """New customer (`customer` None, optionally pre-filled from a search) or edit one.

    `open_customer_requested(customer_id)` when the agent chose to open a customer who
    already has a number typed here; the dialog closes.
    """

    open_customer_requested = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        stores: Sequence[StoreView],
        customer: EditableCustomer | None = None,
        prefill: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("CustomerDialog")
        self._actor = actor
        self._customer = customer
        self._version = customer.version if customer else None
        # Numbers the agent said this customer shares with the others who have them.
        self._shared: set[str] = set()
        self._shared_pending: tuple[str, ...] = ()
        if customer is None:
            self.set_heading(self.tr("New customer"))
            self.save_button.setText(self.tr("Create customer"))
        else:
            self.set_heading(
                self.tr("Edit {name} ({code})").format(name=customer.full_name, code=customer.code)
            )

        self.full_name_edit = QLineEdit(objectName="FullNameEdit")
        self.full_name_edit.setPlaceholderText(self.tr("e.g. Nguyễn Thị Lan"))
        self.phones = PhoneRows()
        self.shared_box = SharedNumberBox()
        self.shared_box.open_requested.connect(self._open_other)
        self.shared_box.confirmed.connect(self._save_as_household)
        self.email_edit = QLineEdit(objectName="EmailEdit")
        self.email_edit.setPlaceholderText(self.tr("e.g. lan.nguyen@gmail.com"))
        earliest, latest = birthday_limits(local_today())
        self.birthday_edit = DateEdit(past_only=True, minimum=earliest, maximum=latest)
        self.gender_combo = QComboBox(objectName="GenderCombo")
        self.gender_combo.addItem(self.tr("Not given"), None)
        for value, text in gender_labels().items():
            self.gender_combo.addItem(text, value)
        self.province_edit = ProvinceCombo()
        self.ward_edit = QLineEdit(objectName="WardEdit")
        self.ward_edit.setPlaceholderText(self.tr("e.g. Phường Bến Thành"))
        self.address_edit = QLineEdit(objectName="AddressEdit")
        self.address_edit.setPlaceholderText(self.tr("House number and street"))
        self.store_combo = QComboBox(objectName="StoreCombo")
        self.store_combo.addItem(self.tr("No store"), None)
        for store in stores:
            if store.is_active or (customer is not None and store.id == customer.store_id):
                self.store_combo.addItem(f"{store.code} · {store.name}", store.id)
        self.tags_edit = QLineEdit(objectName="TagsEdit")
        self.tags_edit.setPlaceholderText(self.tr("e.g. người cao tuổi, doanh nghiệp"))
        self.consent_check = QCheckBox(
            self.tr("Agrees to receive offers (SMS, Zalo, e-mail)"), objectName="ConsentCheck"
        )
        self.notes_edit = QPlainTextEdit(objectName="NotesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(NOTES_HEIGHT)

        self.add_field("full_name", self.tr("&Full name"), self.full_name_edit)
        self.add_field("phones", self.tr("&Phones"), self.phones, after=self.shared_box)
        self.add_field("email", self.tr("&E-mail"), self.email_edit)
        self.add_field("birthday", self.tr("&Birthday"), self.birthday_edit)
        self.add_field("gender", self.tr("&Gender"), self.gender_combo)
        self.add_field(
            "province", self.tr("Pro&vince"), self.province_edit, after=self.province_edit.messages
        )
        self.add_field("ward", self.tr("&Ward / commune"), self.ward_edit)
        self.add_field("address", self.tr("&Address"), self.address_edit)
        self.add_field("store_id", self.tr("&Store"), self.store_combo)
        self.add_field(
            "tags", self.tr("&Tags"), self.tags_edit, self.tr("Separate tags with commas.")
        )
        self.add_field("marketing_consent", self.tr("Marketing"), self.consent_check)
        self.add_field("notes", self.tr("&Notes"), self.notes_edit)
        self.setMinimumWidth(640)
        # Thirteen rows must fit a 768-pixel laptop screen, also with a message showing.
        self.form.setVerticalSpacing(6)

        if customer is not None:
            self._fill(customer)
        else:
            self._select(self.store_combo, actor.store_id)
            text = prefill.strip()
            if text and looks_like_phone(text):
                self.phones.set_phones([(text, "mobile", True, None)])
            elif text:
                self.full_name_edit.setText(text)
        self.full_name_edit.setFocus()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _fill(self, c: EditableCustomer) -> None:
        self.full_name_edit.setText(c.full_name)
        self.phones.set_phones([(p.display, p.label, p.is_primary, p.e164) for p in c.phones])
        self.email_edit.setText(c.email or "")
        self.birthday_edit.set_value(c.birthday)
        self._select(self.gender_combo, c.gender)
        self.province_edit.setText(c.province)
        self.ward_edit.setText(c.ward)
        self.address_edit.setText(c.address)
        self._select(self.store_combo, c.store_id)
        self.tags_edit.setText(", ".join(c.tags))
        self.consent_check.setChecked(c.marketing_consent)
        self.notes_edit.setPlainText(c.notes)

    def customer_id(self) -> int | None:
        return self._customer.id if self._customer else None

    def take_version(self, version: int) -> None:
        """After a conflict and reload: the next Save applies over the change just shown."""
        self._version = version

    def values(self) -> CustomerInput:
        return CustomerInput(
            full_name=self.full_name_edit.text(),
            phones=self.phones.values(),
            email=self.email_edit.text(),
            birthday=self.birthday_edit.value(),
            gender=self.gender_combo.currentData(),
            province=self.province_edit.value(),
            ward=self.ward_edit.text(),
            address=self.address_edit.text(),
            marketing_consent=self.consent_check.isChecked(),
            store_id=self.store_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
            tags=tuple(tag.strip() for tag in self.tags_edit.text().split(",")),
            shared_phones=tuple(sorted(self._shared)),
        )

    def save_call(self) -> SaveCall:
        if self._customer is None:
            return create_customer, (self._actor, self.values())
        call = partial(update_customer, expected_version=self._version)
        return call, (self._actor, self._customer.id, self.values())

    # -- refusals ------------------------------------------------------------------------

    def clear_errors(self) -> None:
        super().clear_errors()
        self.shared_box.clear()
        self._shared_pending = ()

    def show_error(self, exc: BaseException) -> None:
        super().show_error(exc)
        if isinstance(exc, SharedPhone):
            self._shared_pending = exc.e164s
            self.shared_box.show_owners(exc.owners)
            self.fit_height()

    def _save_as_household(self) -> None:
        """Save again, the numbers just named confirmed as shared."""
        if self._shared_pending and not self.is_busy():
            self._shared.update(self._shared_pending)
            self.submit()

    def _open_other(self, customer_id: int) -> None:
        if not self.is_busy():
            self.reject()
            self.open_customer_requested.emit(customer_id)
