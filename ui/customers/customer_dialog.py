"""Create or edit a customer: name, phones, contact details, address, tags, consent, notes.

Every refusal is shown where it belongs and nothing typed is lost. A number that already
belongs to someone else offers to open that customer instead of creating a duplicate;
an ambiguous "08" number asks which reading is meant, then saves again with the choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import partial
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.db import Database
from app.services.actor import Actor
from app.services.customer_input import CustomerInput, DuplicatePhone
from app.services.customer_views import PhoneView
from app.services.customers import create_customer, update_customer
from app.services.stores import StoreView
from app.text import looks_like_phone
from ui.customers.phone_rows import PhoneRows
from ui.labels import gender_labels
from ui.widgets.form_dialog import FormDialog, SaveCall
from ui.widgets.optional_date_edit import OptionalDateEdit

NOTES_HEIGHT = 52
# Where the birthday calendar opens when no date is set: most customers are adults.
CALENDAR_START = date(1985, 1, 1)


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
    district: str
    address: str
    store_id: int | None
    tags: tuple[str, ...]
    marketing_consent: bool
    notes: str
    version: int


class CustomerDialog(FormDialog):
    """New customer (`customer` None, optionally pre-filled from a search) or edit one.

    `open_customer_requested(customer_id)` when the agent chose to open the customer who
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
        provinces: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("CustomerDialog")
        self._actor = actor
        self._customer = customer
        self._version = customer.version if customer else None
        self._duplicate_id: int | None = None
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
        self.phones.choice_made.connect(self.submit)
        self.duplicate_button = QPushButton(objectName="OpenDuplicate")
        self.duplicate_button.hide()
        self.duplicate_button.setAutoDefault(False)
        self.duplicate_button.clicked.connect(self._open_duplicate)
        self.email_edit = QLineEdit(objectName="EmailEdit")
        self.email_edit.setPlaceholderText(self.tr("e.g. lan.nguyen@gmail.com"))
        self.birthday_edit = OptionalDateEdit(CALENDAR_START)
        self.gender_combo = QComboBox(objectName="GenderCombo")
        self.gender_combo.addItem(self.tr("Not given"), None)
        for value, text in gender_labels().items():
            self.gender_combo.addItem(text, value)
        self.province_edit = QLineEdit(objectName="ProvinceEdit")
        completer = QCompleter(sorted(set(provinces), key=str.casefold), self.province_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.province_edit.setCompleter(completer)
        self.district_edit = QLineEdit(objectName="DistrictEdit")
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
        self.add_field("phones", self.tr("&Phones"), self.phones, after=self.duplicate_button)
        self.add_field("email", self.tr("&E-mail"), self.email_edit)
        self.add_field("birthday", self.tr("&Birthday"), self.birthday_edit)
        self.add_field("gender", self.tr("&Gender"), self.gender_combo)
        self.add_field("province", self.tr("Pro&vince"), self.province_edit)
        self.add_field("district", self.tr("&District"), self.district_edit)
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
                self.phones.set_phones([(text, "mobile", True)])
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
        self.phones.set_phones([(p.display, p.label, p.is_primary) for p in c.phones])
        self.email_edit.setText(c.email or "")
        self.birthday_edit.set_value(c.birthday)
        self._select(self.gender_combo, c.gender)
        self.province_edit.setText(c.province)
        self.district_edit.setText(c.district)
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
            province=self.province_edit.text(),
            district=self.district_edit.text(),
            address=self.address_edit.text(),
            marketing_consent=self.consent_check.isChecked(),
            store_id=self.store_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
            tags=tuple(tag.strip() for tag in self.tags_edit.text().split(",")),
        )

    def save_call(self) -> SaveCall:
        if self._customer is None:
            return create_customer, (self._actor, self.values())
        call = partial(update_customer, expected_version=self._version)
        return call, (self._actor, self._customer.id, self.values())

    # -- refusals ------------------------------------------------------------------------

    def clear_errors(self) -> None:
        super().clear_errors()
        self.phones.hide_choices()
        self.duplicate_button.hide()
        self._duplicate_id = None

    def show_error(self, exc: BaseException) -> None:
        super().show_error(exc)
        if isinstance(exc, DuplicatePhone):
            self._duplicate_id = exc.customer_id
            self.duplicate_button.setText(
                self.tr("Open {name} ({code})").format(
                    name=exc.customer_name, code=exc.customer_code
                )
            )
            self.duplicate_button.setToolTip(
                self.tr("Close this form and open the customer who has this number")
            )
            self.duplicate_button.show()
            self.fit_height()
        elif getattr(exc, "field", None) == "phones":
            self.phones.ask_readings()
            self.fit_height()

    def duplicate_customer_id(self) -> int | None:
        """The customer who has a number typed here, while that refusal is shown."""
        return self._duplicate_id

    def _open_duplicate(self) -> None:
        if self._duplicate_id is not None and not self.is_busy():
            customer_id = self._duplicate_id
            self.reject()
            self.open_customer_requested.emit(customer_id)
