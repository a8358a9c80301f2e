"""Merge two records of one person: everything of this customer moves to the one kept."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.db import Database
from app.services.actor import Actor
from app.services.customers.customer_merge import merge_customers
from app.services.customers.customer_profile import ProfileHeader
from ui.customer_text import phone_display
from ui.search.customer_picker import CustomerPicker
from ui.widgets.form_dialog import FormDialog, SaveCall


class MergeDialog(FormDialog):
    """Choose the customer to keep, read what will happen, Merge."""

    def __init__(
        self, db: Database, actor: Actor, header: ProfileHeader, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("MergeDialog")
        self._actor = actor
        self._header = header
        self.set_heading(
            self.tr("Merge {name} ({code}) into…").format(name=header.full_name, code=header.code),
            self.tr(
                "Use this when one person has two records. Find the record to keep: "
                "everything of {code} moves to it."
            ).format(code=header.code),
        )
        self.picker = CustomerPicker(db, exclude_id=header.id)
        self.picker.chosen_changed.connect(self._explain)
        self.summary_label = QLabel("", objectName="DialogNote")
        self.summary_label.setWordWrap(True)
        self.add_field("keep", self.tr("&Keep"), self.picker, after=self.summary_label)
        self.save_button.setText(self.tr("Merge"))
        self.setMinimumWidth(620)
        self._explain()
        self.picker.setFocus()

    def _explain(self) -> None:
        kept = self.picker.chosen()
        if kept is None:
            self.summary_label.setText("")
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)
        self.save_button.setDefault(True)
        phone = phone_display(kept.primary_phone)
        self.summary_label.setText(
            self.tr(
                "{gone} ({gone_code}) goes into {kept} ({kept_code}{phone}): contacts, "
                "complaints, claims, purchases, points, phone numbers and tags all move. "
                "{gone_code} is archived; searching for it finds {kept_code}."
            ).format(
                gone=self._header.full_name,
                gone_code=self._header.code,
                kept=kept.full_name,
                kept_code=kept.code,
                phone=f", {phone}" if phone else "",
            )
        )
        self.fit_height()

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy:
            self.save_button.setEnabled(self.picker.chosen() is not None)

    def save_call(self) -> SaveCall:
        kept = self.picker.chosen()
        assert kept is not None  # Merge is enabled only with a choice
        return merge_customers, (self._actor, kept.id, self._header.id)

    def submit(self) -> None:
        if self.picker.chosen() is None:
            self.show_message(self.tr("Find and choose the customer to keep first."), "keep")
            return
        super().submit()
