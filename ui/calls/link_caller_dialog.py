"""Link an unknown caller's contact to a customer (and every unlinked contact from that number)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.db import Database
from app.services.actor import Actor
from app.services.contacts.call_log import CallLogRow
from app.services.contacts.interactions import link_caller
from ui.calls.customer_choice import CallCustomerPicker
from ui.models.interactions_model import national_phone
from ui.widgets.form_dialog import FormDialog, SaveCall


class LinkCallerDialog(FormDialog):
    """Find the customer, Link. `saved(count)` with how many contacts were linked."""

    def __init__(
        self, db: Database, actor: Actor, row: CallLogRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("LinkCallerDialog")
        self._actor = actor
        self._row = row
        self._phone = national_phone(row.phone_e164) if row.phone_e164 else ""
        if self._phone:
            intro = self.tr(
                "Find the customer who called from {phone}. Every contact from this number "
                "that is not linked yet goes to them as well."
            ).format(phone=self._phone)
        else:
            intro = self.tr("Find the customer this contact was with.")
        self.set_heading(self.tr("Link to customer"), intro)
        self.picker = CallCustomerPicker(db)
        self.picker.chosen_changed.connect(self._update_save)
        self.note_label = QLabel("", objectName="DialogNote")
        self.note_label.setWordWrap(True)
        self.add_field("customer", self.tr("&Customer"), self.picker, after=self.note_label)
        self.save_button.setText(self.tr("Link"))
        self.setMinimumWidth(600)
        self._update_save()
        self.picker.setFocus()
        if self._phone:
            # The number may belong to a customer created since the call: try it first.
            self.picker.search_now(self._phone)

    def _update_save(self) -> None:
        hit = self.picker.chosen()
        self.save_button.setEnabled(hit is not None and not self.is_busy())
        if hit is not None:
            self.save_button.setDefault(True)
            self.note_label.setText(
                self.tr("The contact will show under {name} ({code}).").format(
                    name=hit.full_name, code=hit.code
                )
            )
        else:
            self.note_label.setText("")

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy:
            self._update_save()

    def save_call(self) -> SaveCall:
        hit = self.picker.chosen()
        assert hit is not None  # Link is enabled only with a choice
        return link_caller, (self._actor, self._row.id, hit.id)

    def submit(self) -> None:
        if self.picker.chosen() is None:
            self.show_message(self.tr("Find and choose the customer first."), "customer")
            return
        super().submit()
