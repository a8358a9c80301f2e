"""The Admin screen's store form: the details printed on slips."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.db import Database
from app.services.access.stores import StoreView, add_store, update_store
from app.services.actor import Actor
from ui.widgets.form_dialog import FormDialog, SaveCall
from ui.widgets.province_combo import ProvinceCombo


class StoreDialog(FormDialog):
    """Add a store (`store` None) or edit one: code, name, address, province, phone."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        store: StoreView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("StoreDialog")
        self._actor = actor
        self._store = store
        self._version = store.version if store else None
        intro = self.tr("The name, address and phone are printed on warranty and return slips.")
        if store is None:
            self.set_heading(self.tr("Add a store"), intro)
        else:
            self.set_heading(self.tr("Edit {name}").format(name=store.name), intro)
        self.code_edit = QLineEdit(objectName="CodeEdit")
        self.code_edit.setPlaceholderText(self.tr("e.g. HN01"))
        self.name_edit = QLineEdit(objectName="NameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Cửa hàng Hoàn Kiếm"))
        self.address_edit = QLineEdit(objectName="AddressEdit")
        self.address_edit.setPlaceholderText(
            self.tr("e.g. 12 Tràng Tiền, Phường Hoàn Kiếm (street and ward)")
        )
        self.province_edit = ProvinceCombo()
        self.phone_edit = QLineEdit(objectName="PhoneEdit")
        self.phone_edit.setPlaceholderText(self.tr("e.g. 024 3826 1234"))
        self.add_field(
            "code",
            self.tr("&Code"),
            self.code_edit,
            self.tr("2 to 20 letters A-Z, digits or dashes; short, it appears on slip numbers."),
        )
        self.add_field("name", self.tr("&Name"), self.name_edit)
        self.add_field("address", self.tr("&Address"), self.address_edit)
        self.add_field(
            "province",
            self.tr("P&rovince"),
            self.province_edit,
            after=self.province_edit.messages,
        )
        self.add_field("phone", self.tr("P&hone"), self.phone_edit)
        if store is None:
            self.save_button.setText(self.tr("Add store"))
            self.code_edit.setFocus()
        else:
            self.active_check = QCheckBox(
                self.tr("Open (staff can be assigned to it)"), objectName="ActiveCheck"
            )
            self.add_field("is_active", self.tr("Status"), self.active_check)
            self.code_edit.setText(store.code)
            self.name_edit.setText(store.name)
            self.address_edit.setText(store.address)
            self.province_edit.setText(store.province)
            self.phone_edit.setText(store.phone)
            self.active_check.setChecked(store.is_active)
            self.name_edit.setFocus()

    def store(self) -> StoreView | None:
        return self._store

    def take_version(self, stores: list[StoreView]) -> None:
        """After a conflict and reload: the next Save applies over the change just shown."""
        if self._store is not None:
            fresh = next((s for s in stores if s.id == self._store.id), None)
            if fresh is not None:
                self._version = fresh.version

    def save_call(self) -> SaveCall:
        values = {
            "code": self.code_edit.text(),
            "name": self.name_edit.text(),
            "address": self.address_edit.text(),
            "phone": self.phone_edit.text(),
            "province": self.province_edit.value(),
        }
        if self._store is None:
            return partial(add_store, **values), (self._actor,)
        call = partial(
            update_store,
            **values,
            is_active=self.active_check.isChecked(),
            expected_version=self._version,
        )
        return call, (self._actor, self._store.id)
