"""Archive a customer (hidden from search and lists, nothing deleted) or restore one."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.db import Database
from app.services.actor import Actor
from app.services.customers.customer_profile import ProfileHeader
from app.services.customers.customers import archive_customer, restore_customer
from ui.widgets.form_dialog import FormDialog, SaveCall


class ArchiveDialog(FormDialog):
    def __init__(
        self, db: Database, actor: Actor, header: ProfileHeader, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("ArchiveDialog")
        self._actor = actor
        self._header = header
        self._restore = header.archived_at is not None
        name = f"{header.full_name} ({header.code})"
        if self._restore:
            self.set_heading(
                self.tr("Restore {name}?").format(name=name),
                self.tr(
                    "The customer is found by search and listed again, with all their history."
                ),
            )
            self.save_button.setText(self.tr("Restore"))
        else:
            self.set_heading(
                self.tr("Archive {name}?").format(name=name),
                self.tr(
                    "Search and the customer list stop showing this customer. Nothing is "
                    "deleted: calls, complaints, claims and purchases stay, and a "
                    "supervisor can restore the customer at any time."
                ),
            )
            self.save_button.setText(self.tr("Archive"))

    def save_call(self) -> SaveCall:
        if self._restore:
            return restore_customer, (self._actor, self._header.id)
        return archive_customer, (self._actor, self._header.id, self._header.version)
